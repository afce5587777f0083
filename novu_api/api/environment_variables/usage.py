# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Retrieve a variable usage: `GET /v1/environment-variables/{variableKey}/usage` (EnvironmentVariablesController_getEnvironmentVariableUsage).

Standalone function module; the same call is `novu.environment_variables.usage(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.get_environment_variable_usage_response_dto import GetEnvironmentVariableUsageResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="EnvironmentVariablesController_getEnvironmentVariableUsage",
    method="GET",
    path="/v1/environment-variables/{variableKey}/usage",
    facade="environment_variables.usage",
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
        url=f"/v1/environment-variables/{_c.path_param('variable_key', variable_key)}/usage",
    )


def _parse(data: Any, strict: bool = False) -> GetEnvironmentVariableUsageResponseDto:
    parsed: GetEnvironmentVariableUsageResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", GetEnvironmentVariableUsageResponseDto)
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
) -> Response[GetEnvironmentVariableUsageResponseDto]:
    """Retrieve a variable usage

    `GET /v1/environment-variables/{variableKey}/usage`; returns the parsed value with status and headers.
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
) -> GetEnvironmentVariableUsageResponseDto:
    """Retrieve a variable usage

    Returns the workflows that reference this environment variable via `{{env.KEY}}` in their step
    controls. **variableId** is required.

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
) -> Response[GetEnvironmentVariableUsageResponseDto]:
    """Retrieve a variable usage (async); returns the parsed value with status and headers."""
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
) -> GetEnvironmentVariableUsageResponseDto:
    """Retrieve a variable usage (async)."""
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
