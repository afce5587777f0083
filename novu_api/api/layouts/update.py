# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Update a layout: `PUT /v2/layouts/{layoutId}` (LayoutsController_update).

Standalone function module; the same call is `novu.layouts.update(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.layout_response_dto import LayoutResponseDto
from novu_api.models.update_layout_dto import UpdateLayoutDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="LayoutsController_update",
    method="PUT",
    path="/v2/layouts/{layoutId}",
    facade="layouts.update",
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
    "layoutId": "layout_id",
}


def _parts(
    *,
    layout_id: str,
    body: UpdateLayoutDto | dict[str, Any],
) -> RequestParts:
    return RequestParts(
        method="PUT",
        url=f"/v2/layouts/{_c.path_param('layout_id', layout_id)}",
        json=_c.json_body(body, ("model", UpdateLayoutDto)) if body is not UNSET else None,
    )


def _parse(data: Any, strict: bool = False) -> LayoutResponseDto:
    parsed: LayoutResponseDto = _c.root(OPERATION.facade, strict, data, ("model", LayoutResponseDto))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    layout_id: str,
    body: UpdateLayoutDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[LayoutResponseDto]:
    """Update a layout

    `PUT /v2/layouts/{layoutId}`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(layout_id=layout_id, body=body),
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
    layout_id: str,
    body: UpdateLayoutDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> LayoutResponseDto:
    """Update a layout

    Updates the details of an existing layout, here **layoutId** is the identifier of the layout

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(layout_id=layout_id, body=body),
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
    layout_id: str,
    body: UpdateLayoutDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[LayoutResponseDto]:
    """Update a layout (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(layout_id=layout_id, body=body),
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
    layout_id: str,
    body: UpdateLayoutDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> LayoutResponseDto:
    """Update a layout (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(layout_id=layout_id, body=body),
            _parse,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
    ).parsed
