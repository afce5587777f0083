# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Get environment variable: `GET /v1/environment-variables/{variableKey}` (EnvironmentVariablesController_getEnvironmentVariable).

Standalone function module; the same call is `novu.environment_variables.retrieve(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.environment_variable_response_dto import EnvironmentVariableResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="EnvironmentVariablesController_getEnvironmentVariable",
    method="GET",
    path="/v1/environment-variables/{variableKey}",
    facade="environment_variables.retrieve",
    envelope=True,
    bare_keys=(),
    pagination=None,
    errors={
        "400": "ErrorDto",
        "401": "ErrorDto",
        "403": "ErrorDto",
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
    "variableKey": "variable_key",
}


def _parts(
    *,
    variable_key: str,
) -> RequestParts:
    return RequestParts(
        method="GET",
        url=f"/v1/environment-variables/{_c.path_param('variable_key', variable_key)}",
    )


def _parse(data: Any, strict: bool = False) -> EnvironmentVariableResponseDto:
    parsed: EnvironmentVariableResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", EnvironmentVariableResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    variable_key: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[EnvironmentVariableResponseDto]:
    """Get environment variable

    `GET /v1/environment-variables/{variableKey}`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(
            variable_key=variable_key,
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
    variable_key: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> EnvironmentVariableResponseDto:
    """Get environment variable

    Returns a single environment variable by key. Secret values are masked.

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(
            variable_key=variable_key,
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
    variable_key: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[EnvironmentVariableResponseDto]:
    """Get environment variable (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(
            variable_key=variable_key,
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
    variable_key: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> EnvironmentVariableResponseDto:
    """Get environment variable (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(
                variable_key=variable_key,
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
