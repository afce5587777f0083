# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
"""Create a widget: `POST /v1/widgets` (WidgetsController_createWidget).

Standalone function module; the same call is `novu.widgets.create(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.widget_response_dto import WidgetResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    from novu_api.models.create_widget_request_dto import CreateWidgetRequestDto

if TYPE_CHECKING:
    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="WidgetsController_createWidget",
    method="POST",
    path="/v1/widgets",
    facade="widgets.create",
    envelope=True,
    bare_keys=(),
    pagination=None,
    errors={"400": "ErrorDto", "default": "ErrorDto"},
    has_body=True,
    returns_json=True,
)


def _parts(
    *,
    x_request_source: str | Unset = UNSET,
    body: CreateWidgetRequestDto | dict[str, Any],
) -> RequestParts:
    headers: dict[str, str] = {}
    if x_request_source is not UNSET:
        headers["x-request-source"] = str(_c.query_value("x_request_source", x_request_source))
    return RequestParts(
        method="POST",
        url="/v1/widgets",
        headers=headers,
        json=_c.json_body(body, "CreateWidgetRequestDto") if body is not UNSET else None,
    )


def _parse(data: Any) -> WidgetResponseDto:
    parsed: WidgetResponseDto = _c.root(lambda: _c.model(WidgetResponseDto, data, "$"))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    x_request_source: str | Unset = UNSET,
    body: CreateWidgetRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[WidgetResponseDto]:
    """Create a widget

    `POST /v1/widgets`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(x_request_source=x_request_source, body=body),
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
    x_request_source: str | Unset = UNSET,
    body: CreateWidgetRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> WidgetResponseDto:
    """Create a widget

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(x_request_source=x_request_source, body=body),
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
    x_request_source: str | Unset = UNSET,
    body: CreateWidgetRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[WidgetResponseDto]:
    """Create a widget (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(x_request_source=x_request_source, body=body),
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
    x_request_source: str | Unset = UNSET,
    body: CreateWidgetRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> WidgetResponseDto:
    """Create a widget (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(x_request_source=x_request_source, body=body),
            _parse,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
    ).parsed
