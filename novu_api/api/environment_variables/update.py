# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Update a variable: `PATCH /v1/environment-variables/{variableKey}` (EnvironmentVariablesController_updateEnvironmentVariable).

Standalone function module; the same call is `novu.environment_variables.update(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.environment_variable_response_dto import EnvironmentVariableResponseDto
from novu_api.models.update_environment_variable_request_dto import UpdateEnvironmentVariableRequestDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="EnvironmentVariablesController_updateEnvironmentVariable",
    method="PATCH",
    path="/v1/environment-variables/{variableKey}",
    facade="environment_variables.update",
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
    has_body=True,
    returns_json=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "variableKey": "variable_key",
}


def _parts(
    *,
    variable_key: str,
    body: UpdateEnvironmentVariableRequestDto | dict[str, Any],
) -> RequestParts:
    return RequestParts(
        method="PATCH",
        url=f"/v1/environment-variables/{_c.path_param('variable_key', variable_key)}",
        json=_c.json_body(body, ("model", UpdateEnvironmentVariableRequestDto))
        if body is not UNSET
        else None,
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
    body: UpdateEnvironmentVariableRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[EnvironmentVariableResponseDto]:
    """Update a variable

    `PATCH /v1/environment-variables/{variableKey}`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(variable_key=variable_key, body=body),
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
    body: UpdateEnvironmentVariableRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> EnvironmentVariableResponseDto:
    """Update a variable

    Updates an existing environment variable. Providing `values` merges them into the existing per-
    environment values by `_environmentId`; envs not present in the request keep their stored value.
    Submitting the masked secret placeholder (the value returned by read endpoints for secret variables)
    as a real value is rejected.

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(variable_key=variable_key, body=body),
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
    body: UpdateEnvironmentVariableRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[EnvironmentVariableResponseDto]:
    """Update a variable (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(variable_key=variable_key, body=body),
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
    body: UpdateEnvironmentVariableRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> EnvironmentVariableResponseDto:
    """Update a variable (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(variable_key=variable_key, body=body),
            _parse,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
    ).parsed
