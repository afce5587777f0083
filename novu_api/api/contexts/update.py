# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Update a context: `PATCH /v2/contexts/{type}/{id}` (ContextsController_updateContext).

Standalone function module; the same call is `novu.contexts.update(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.get_context_response_dto import GetContextResponseDto
from novu_api.models.update_context_request_dto import UpdateContextRequestDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="ContextsController_updateContext",
    method="PATCH",
    path="/v2/contexts/{type}/{id}",
    facade="contexts.update",
    envelope=True,
    bare_keys=(
        "createdAt",
        "id",
        "type",
        "updatedAt",
    ),
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
    "type": "type_",
    "id": "id",
}


def _parts(
    *,
    type_: str,
    id: str,
    body: UpdateContextRequestDto | dict[str, Any],
) -> RequestParts:
    return RequestParts(
        method="PATCH",
        url=f"/v2/contexts/{_c.path_param('type_', type_)}/{_c.path_param('id', id)}",
        json=_c.json_body(body, ("model", UpdateContextRequestDto)) if body is not UNSET else None,
    )


def _parse(data: Any, strict: bool = False) -> GetContextResponseDto:
    parsed: GetContextResponseDto = _c.root(OPERATION.facade, strict, data, ("model", GetContextResponseDto))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    type_: str,
    id: str,
    body: UpdateContextRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[GetContextResponseDto]:
    """Update a context

    `PATCH /v2/contexts/{type}/{id}`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(type_=type_, id=id, body=body),
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
    type_: str,
    id: str,
    body: UpdateContextRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> GetContextResponseDto:
    """Update a context

    Update the data of an existing context.
          **type** and **id** are required fields, **data** is required. Only the data field is updated,
    the rest of the context is not affected.
          If the context does not exist, it returns the 404 response

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(type_=type_, id=id, body=body),
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
    type_: str,
    id: str,
    body: UpdateContextRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[GetContextResponseDto]:
    """Update a context (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(type_=type_, id=id, body=body),
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
    type_: str,
    id: str,
    body: UpdateContextRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> GetContextResponseDto:
    """Update a context (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(type_=type_, id=id, body=body),
            _parse,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
    ).parsed
