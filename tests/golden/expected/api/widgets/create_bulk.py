# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
"""Create widgets in bulk: `POST /v1/widgets/bulk` (WidgetsController_createWidgets).

Standalone function module; the same call is `novu.widgets.create_bulk(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.widget_response_dto import WidgetResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    from novu_api.models.bulk_create_widgets_request_dto import BulkCreateWidgetsRequestDto

if TYPE_CHECKING:
    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="WidgetsController_createWidgets",
    method="POST",
    path="/v1/widgets/bulk",
    facade="widgets.create_bulk",
    envelope=True,
    bare_keys=(),
    pagination=None,
    errors={},
    has_body=True,
    returns_json=True,
    bulk={"items": "widgets", "limit": 50},
)


def _parts(
    *,
    body: BulkCreateWidgetsRequestDto | dict[str, Any],
) -> RequestParts:
    return RequestParts(
        method="POST",
        url="/v1/widgets/bulk",
        json=_c.json_body(body, "BulkCreateWidgetsRequestDto") if body is not UNSET else None,
    )


def _parse(data: Any) -> list[WidgetResponseDto]:
    parsed: list[WidgetResponseDto] = _c.root(lambda: _c.model_list(WidgetResponseDto, data, "$"))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    body: BulkCreateWidgetsRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[list[WidgetResponseDto]]:
    """Create widgets in bulk

    `POST /v1/widgets/bulk`; returns the parsed value with status and headers.
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
    body: BulkCreateWidgetsRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> list[WidgetResponseDto]:
    """Create widgets in bulk

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
    body: BulkCreateWidgetsRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[list[WidgetResponseDto]]:
    """Create widgets in bulk (async); returns the parsed value with status and headers."""
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
    body: BulkCreateWidgetsRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> list[WidgetResponseDto]:
    """Create widgets in bulk (async)."""
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
