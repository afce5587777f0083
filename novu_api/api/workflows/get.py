# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Retrieve a workflow: `GET /v2/workflows/{workflowId}` (WorkflowController_getWorkflow).

Standalone function module; the same call is `novu.workflows.get(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.workflow_response_dto import WorkflowResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="WorkflowController_getWorkflow",
    method="GET",
    path="/v2/workflows/{workflowId}",
    facade="workflows.get",
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
    has_body=False,
    returns_json=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "workflowId": "workflow_id",
    "environmentId": "environment_id",
}


def _parts(
    *,
    workflow_id: str,
    environment_id: str | Unset = UNSET,
) -> RequestParts:
    params: dict[str, Any] = {}
    if environment_id is not UNSET:
        params["environmentId"] = _c.query_value("environment_id", environment_id, ("str",))
    return RequestParts(
        method="GET",
        url=f"/v2/workflows/{_c.path_param('workflow_id', workflow_id)}",
        params=params,
    )


def _parse(data: Any, strict: bool = False) -> WorkflowResponseDto:
    parsed: WorkflowResponseDto = _c.root(OPERATION.facade, strict, data, ("model", WorkflowResponseDto))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    workflow_id: str,
    environment_id: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[WorkflowResponseDto]:
    """Retrieve a workflow

    `GET /v2/workflows/{workflowId}`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(
            workflow_id=workflow_id,
            environment_id=environment_id,
        ),
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
    environment_id: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> WorkflowResponseDto:
    """Retrieve a workflow

    Fetches details of a specific workflow by its unique identifier **workflowId**

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(
            workflow_id=workflow_id,
            environment_id=environment_id,
        ),
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
    environment_id: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[WorkflowResponseDto]:
    """Retrieve a workflow (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(
            workflow_id=workflow_id,
            environment_id=environment_id,
        ),
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
    environment_id: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> WorkflowResponseDto:
    """Retrieve a workflow (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(
                workflow_id=workflow_id,
                environment_id=environment_id,
            ),
            _parse,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
    ).parsed
