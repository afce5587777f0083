# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
"""List widgets: `GET /v1/widgets` (WidgetsController_listWidgets).

Standalone function module; the same call is `novu.widgets.list(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.list_widgets_response_dto import ListWidgetsResponseDto
from novu_api.models.widget_color import WidgetColor

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    from novu_api.models.widget_response_dto import WidgetResponseDto

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions
    from ...pagination import AsyncPage, SyncPage

OPERATION = Operation(
    operation_id="WidgetsController_listWidgets",
    method="GET",
    path="/v1/widgets",
    facade="widgets.list",
    envelope=True,
    bare_keys=(
        "next",
        "previous",
        "totalCount",
    ),
    pagination={
        "style": "cursor",
        "items": "data",
        "response": {"next": "next_", "previous": "previous", "total": "total_count"},
    },
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "after": "after",
    "before": "before",
    "limit": "limit",
    "color": "color",
}


def _parts(
    *,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    color: WidgetColor | str | Unset = UNSET,
) -> RequestParts:
    params: dict[str, Any] = {}
    if after is not UNSET:
        params["after"] = _c.query_value("after", after, ("str",))
    if before is not UNSET:
        params["before"] = _c.query_value("before", before, ("str",))
    if limit is not UNSET:
        params["limit"] = _c.query_value("limit", limit, ("num",))
    if color is not UNSET:
        params["color"] = _c.query_value("color", color, ("enum", WidgetColor))
    return RequestParts(
        method="GET",
        url="/v1/widgets",
        params=params,
    )


def _parse(data: Any, strict: bool = False) -> ListWidgetsResponseDto:
    parsed: ListWidgetsResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", ListWidgetsResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    color: WidgetColor | str | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> Response[ListWidgetsResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(
        OPERATION, _parts(after=after, before=before, limit=limit, color=color), _parse, **options
    )


def sync(
    *,
    client: Novu,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    color: WidgetColor | str | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> SyncPage[WidgetResponseDto]:
    """List widgets

    Widgets, newest first, with a cursor.

    `GET /v1/widgets` (WidgetsController_listWidgets). On a client: `novu.widgets.list(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        after (str, optional; query): Cursor of the next page
        before (str, optional; query): Cursor of the previous page
        limit (float, optional; query): Constraints: <= 100.
        color (WidgetColor | str, optional; query): Colour of a widget. Constraints: one of "red",
            "green", "sky-blue".
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        SyncPage[WidgetResponseDto]: the first page of `ListWidgetsResponseDto`; iterating gives
            every item, following cursor pagination.

    Raises:
        APIConnectionError: no response arrived (APITimeoutError when it timed out).
        ResponseValidationError: the response does not fit its declared type.

    Example:
        for item in list.sync(client=novu):
            print(item)
    """
    return client._request_page(
        OPERATION, _parts(after=after, before=before, limit=limit, color=color), _parse, **options
    )


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    color: WidgetColor | str | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> Response[ListWidgetsResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(
        OPERATION, _parts(after=after, before=before, limit=limit, color=color), _parse, **options
    )


async def asyncio(
    *,
    client: AsyncNovu,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    color: WidgetColor | str | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> AsyncPage[WidgetResponseDto]:
    """The async form of `sync`: the same arguments, awaited."""
    return await client._request_page(
        OPERATION, _parts(after=after, before=before, limit=limit, color=color), _parse, **options
    )


asyncio.__doc__ = sync.__doc__
