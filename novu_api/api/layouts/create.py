# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Create a layout: `POST /v2/layouts` (LayoutsController_create).

Standalone function module; the same call is `novu.layouts.create(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.create_layout_dto import CreateLayoutDto
from novu_api.models.layout_response_dto import LayoutResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="LayoutsController_create",
    method="POST",
    path="/v2/layouts",
    facade="layouts.create",
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
_PARAMETERS: dict[str, str] = {}


def _parts(
    *,
    body: CreateLayoutDto | dict[str, Any],
) -> RequestParts:
    return RequestParts(
        method="POST",
        url="/v2/layouts",
        json=_c.json_body(body, ("model", CreateLayoutDto)) if body is not UNSET else None,
    )


def _parse(data: Any, strict: bool = False) -> LayoutResponseDto:
    parsed: LayoutResponseDto = _c.root(OPERATION.facade, strict, data, ("model", LayoutResponseDto))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    body: CreateLayoutDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[LayoutResponseDto]:
    """Create a layout

    `POST /v2/layouts`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(body=body),
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
    body: CreateLayoutDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> LayoutResponseDto:
    """Create a layout

    Creates a new layout in the Novu Cloud environment

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(body=body),
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
    body: CreateLayoutDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[LayoutResponseDto]:
    """Create a layout (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(body=body),
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
    body: CreateLayoutDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> LayoutResponseDto:
    """Create a layout (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(body=body),
            _parse,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
    ).parsed
