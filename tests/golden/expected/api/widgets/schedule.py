# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
"""Schedule a widget: `PUT /v1/widgets/{widgetId}/schedule` (WidgetsController_scheduleWidget).

Standalone function module; the same call is `novu.widgets.schedule(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.schedule_dto import ScheduleDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="WidgetsController_scheduleWidget",
    method="PUT",
    path="/v1/widgets/{widgetId}/schedule",
    facade="widgets.schedule",
    envelope=True,
    bare_keys=(),
    pagination=None,
    errors={},
    has_body=True,
    returns_json=True,
)


def _parts(
    *,
    widget_id: str,
    body: ScheduleDto | dict[str, Any],
) -> RequestParts:
    return RequestParts(
        method="PUT",
        url=f"/v1/widgets/{_c.path_param('widget_id', widget_id)}/schedule",
        json=_c.json_body(body, "ScheduleDto") if body is not UNSET else None,
    )


def _parse(data: Any) -> ScheduleDto:
    parsed: ScheduleDto = _c.root(lambda: _c.model(ScheduleDto, data, "$"))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    widget_id: str,
    body: ScheduleDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[ScheduleDto]:
    """Schedule a widget

    `PUT /v1/widgets/{widgetId}/schedule`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(widget_id=widget_id, body=body),
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
    body: ScheduleDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> ScheduleDto:
    """Schedule a widget

    The body has a `timeout` field, the name of a per-call option, so it is passed as `body=`.

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(widget_id=widget_id, body=body),
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
    body: ScheduleDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[ScheduleDto]:
    """Schedule a widget (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(widget_id=widget_id, body=body),
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
    body: ScheduleDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> ScheduleDto:
    """Schedule a widget (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(widget_id=widget_id, body=body),
            _parse,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
    ).parsed
