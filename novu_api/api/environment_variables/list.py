# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""List all variables: `GET /v1/environment-variables` (EnvironmentVariablesController_listEnvironmentVariables).

Standalone function module; the same call is `novu.environment_variables.list(...)` on a client.
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
    operation_id="EnvironmentVariablesController_listEnvironmentVariables",
    method="GET",
    path="/v1/environment-variables",
    facade="environment_variables.list",
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
    "search": "search",
}


def _parts(
    *,
    search: str | Unset = UNSET,
) -> RequestParts:
    params: dict[str, Any] = {}
    if search is not UNSET:
        params["search"] = _c.query_value("search", search, ("str",))
    return RequestParts(
        method="GET",
        url="/v1/environment-variables",
        params=params,
    )


def _parse(data: Any, strict: bool = False) -> list[EnvironmentVariableResponseDto]:
    parsed: list[EnvironmentVariableResponseDto] = _c.root(
        OPERATION.facade, strict, data, ("list", ("model", EnvironmentVariableResponseDto))
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    search: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[list[EnvironmentVariableResponseDto]]:
    """List all variables

    `GET /v1/environment-variables`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(
            search=search,
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
    search: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> list[EnvironmentVariableResponseDto]:
    """List all variables

    Returns all environment variables for the current organization. Secret values are masked.

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(
            search=search,
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
    search: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[list[EnvironmentVariableResponseDto]]:
    """List all variables (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(
            search=search,
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
    search: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> list[EnvironmentVariableResponseDto]:
    """List all variables (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(
                search=search,
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
