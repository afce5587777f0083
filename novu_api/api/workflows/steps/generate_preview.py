# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Generate a step preview: `POST /v2/workflows/{workflowId}/step/{stepId}/preview` (WorkflowController_generatePreview).

Standalone function module; the same call is `novu.workflows.steps.generate_preview(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.generate_preview_request_dto import GeneratePreviewRequestDto
from novu_api.models.generate_preview_response_dto import GeneratePreviewResponseDto

from .... import _codec as _c
from ...._operation import Operation, RequestParts
from ...._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="WorkflowController_generatePreview",
    method="POST",
    path="/v2/workflows/{workflowId}/step/{stepId}/preview",
    facade="workflows.steps.generate_preview",
    envelope=True,
    bare_keys=(),
    pagination=None,
    errors={
        "400": "ErrorDto",
        "401": "ErrorDto",
        "403": "ErrorDto",
        "404": "ErrorDto",
        "405": "ErrorDto",
        "409": "ErrorDto",
        "413": "ErrorDto",
        "414": "ErrorDto",
        "415": "ErrorDto",
        "422": "ValidationErrorDto",
        "500": "ErrorDto",
    },
    has_body=True,
    returns_json=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "workflowId": "workflow_id",
    "stepId": "step_id",
}


def _parts(
    *,
    workflow_id: str,
    step_id: str,
    body: GeneratePreviewRequestDto | dict[str, Any],
) -> RequestParts:
    return RequestParts(
        method="POST",
        url=f"/v2/workflows/{_c.path_param('workflow_id', workflow_id)}/step/{_c.path_param('step_id', step_id)}/preview",
        json=_c.json_body(body, ("model", GeneratePreviewRequestDto)) if body is not UNSET else None,
    )


def _parse(data: Any, strict: bool = False) -> GeneratePreviewResponseDto:
    parsed: GeneratePreviewResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", GeneratePreviewResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    workflow_id: str,
    step_id: str,
    body: GeneratePreviewRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[GeneratePreviewResponseDto]:
    """Generate a step preview

    `POST /v2/workflows/{workflowId}/step/{stepId}/preview`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(workflow_id=workflow_id, step_id=step_id, body=body),
        _parse,
        timeout=timeout,
        max_retries=max_retries,
        retry=retry,
        idempotency_key=idempotency_key,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )


def sync(
    *,
    client: Novu,
    workflow_id: str,
    step_id: str,
    body: GeneratePreviewRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> GeneratePreviewResponseDto:
    """Generate a step preview

    Generates a preview for a specific workflow step by its unique identifier **stepId**

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(workflow_id=workflow_id, step_id=step_id, body=body),
        _parse,
        timeout=timeout,
        max_retries=max_retries,
        retry=retry,
        idempotency_key=idempotency_key,
        extra_headers=extra_headers,
        extra_query=extra_query,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    workflow_id: str,
    step_id: str,
    body: GeneratePreviewRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[GeneratePreviewResponseDto]:
    """Generate a step preview (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(workflow_id=workflow_id, step_id=step_id, body=body),
        _parse,
        timeout=timeout,
        max_retries=max_retries,
        retry=retry,
        idempotency_key=idempotency_key,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )


async def asyncio(
    *,
    client: AsyncNovu,
    workflow_id: str,
    step_id: str,
    body: GeneratePreviewRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> GeneratePreviewResponseDto:
    """Generate a step preview (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(workflow_id=workflow_id, step_id=step_id, body=body),
            _parse,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
    ).parsed
