# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Compare resources between environments: `POST /v2/environments/{targetEnvironmentId}/diff` (EnvironmentsController_diffEnvironment).

Standalone function module; the same call is `novu.environments.diff(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.diff_environment_request_dto import DiffEnvironmentRequestDto
from novu_api.models.diff_environment_response_dto import DiffEnvironmentResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="EnvironmentsController_diffEnvironment",
    method="POST",
    path="/v2/environments/{targetEnvironmentId}/diff",
    facade="environments.diff",
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
    "targetEnvironmentId": "target_environment_id",
}


def _parts(
    *,
    target_environment_id: str,
    body: DiffEnvironmentRequestDto | dict[str, Any],
) -> RequestParts:
    return RequestParts(
        method="POST",
        url=f"/v2/environments/{_c.path_param('target_environment_id', target_environment_id)}/diff",
        json=_c.json_body(body, ("model", DiffEnvironmentRequestDto)) if body is not UNSET else None,
    )


def _parse(data: Any, strict: bool = False) -> DiffEnvironmentResponseDto:
    parsed: DiffEnvironmentResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", DiffEnvironmentResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    target_environment_id: str,
    body: DiffEnvironmentRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[DiffEnvironmentResponseDto]:
    """Compare resources between environments

    `POST /v2/environments/{targetEnvironmentId}/diff`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(target_environment_id=target_environment_id, body=body),
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
    target_environment_id: str,
    body: DiffEnvironmentRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> DiffEnvironmentResponseDto:
    """Compare resources between environments

    Compares workflows and other resources between the source and target environments, returning
    detailed diff information including additions, modifications, and deletions.

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(target_environment_id=target_environment_id, body=body),
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
    target_environment_id: str,
    body: DiffEnvironmentRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[DiffEnvironmentResponseDto]:
    """Compare resources between environments (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(target_environment_id=target_environment_id, body=body),
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
    target_environment_id: str,
    body: DiffEnvironmentRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> DiffEnvironmentResponseDto:
    """Compare resources between environments (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(target_environment_id=target_environment_id, body=body),
            _parse,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
    ).parsed
