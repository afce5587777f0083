# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Update an environment: `PUT /v1/environments/{environmentId}` (EnvironmentsControllerV1_updateMyEnvironment).

Standalone function module; the same call is `novu.environments.update(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.environment_response_dto import EnvironmentResponseDto
from novu_api.models.update_environment_request_dto import UpdateEnvironmentRequestDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="EnvironmentsControllerV1_updateMyEnvironment",
    method="PUT",
    path="/v1/environments/{environmentId}",
    facade="environments.update",
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
    "environmentId": "environment_id",
}


def _parts(
    *,
    environment_id: str,
    body: UpdateEnvironmentRequestDto | dict[str, Any],
) -> RequestParts:
    return RequestParts(
        method="PUT",
        url=f"/v1/environments/{_c.path_param('environment_id', environment_id)}",
        json=_c.json_body(body, ("model", UpdateEnvironmentRequestDto)) if body is not UNSET else None,
    )


def _parse(data: Any, strict: bool = False) -> EnvironmentResponseDto:
    parsed: EnvironmentResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", EnvironmentResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    environment_id: str,
    body: UpdateEnvironmentRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[EnvironmentResponseDto]:
    """Update an environment

    `PUT /v1/environments/{environmentId}`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(environment_id=environment_id, body=body),
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
    environment_id: str,
    body: UpdateEnvironmentRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> EnvironmentResponseDto:
    """Update an environment

    Update an environment by its unique identifier **environmentId**.
        You can modify the environment name, identifier, color, and other configuration settings.

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(environment_id=environment_id, body=body),
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
    environment_id: str,
    body: UpdateEnvironmentRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[EnvironmentResponseDto]:
    """Update an environment (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(environment_id=environment_id, body=body),
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
    environment_id: str,
    body: UpdateEnvironmentRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> EnvironmentResponseDto:
    """Update an environment (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(environment_id=environment_id, body=body),
            _parse,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
    ).parsed
