# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
"""Retrieve a widget: `GET /v1/widgets/{widgetId}` (WidgetsController_getWidget).

Standalone function module; the same call is `novu.widgets.retrieve(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.widget_response_dto import WidgetResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="WidgetsController_getWidget",
    method="GET",
    path="/v1/widgets/{widgetId}",
    facade="widgets.retrieve",
    envelope=True,
    bare_keys=(),
    pagination=None,
    errors={"404": "NotFoundErrorDto"},
    has_body=False,
    returns_json=True,
)


def _parts(
    *,
    widget_id: str,
) -> RequestParts:
    return RequestParts(
        method="GET",
        url=f"/v1/widgets/{_c.path_param('widget_id', widget_id)}",
    )


def _parse(data: Any) -> WidgetResponseDto:
    parsed: WidgetResponseDto = _c.root(lambda: _c.model(WidgetResponseDto, data, "$"))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    widget_id: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[WidgetResponseDto]:
    """Retrieve a widget

    `GET /v1/widgets/{widgetId}`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(
            widget_id=widget_id,
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
    widget_id: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> WidgetResponseDto:
    """Retrieve a widget

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(
            widget_id=widget_id,
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
    widget_id: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[WidgetResponseDto]:
    """Retrieve a widget (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(
            widget_id=widget_id,
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
    widget_id: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> WidgetResponseDto:
    """Retrieve a widget (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(
                widget_id=widget_id,
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
