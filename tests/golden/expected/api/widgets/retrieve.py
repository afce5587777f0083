# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
"""Retrieve a widget: `GET /v1/widgets/{widgetId}` (WidgetsController_getWidget).

Standalone function module; the same call is `novu.widgets.retrieve(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.widget_response_dto import WidgetResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="WidgetsController_getWidget",
    method="GET",
    path="/v1/widgets/{widgetId}",
    facade="widgets.retrieve",
    envelope=True,
    errors={"404": "NotFoundErrorDto"},
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "widgetId": "widget_id",
}


def _parts(
    *,
    widget_id: str,
) -> RequestParts:
    return RequestParts(
        method="GET",
        url=f"/v1/widgets/{_c.path_param('widget_id', widget_id)}",
    )


def _parse(data: Any, strict: bool = False) -> WidgetResponseDto:
    parsed: WidgetResponseDto = _c.root(OPERATION.facade, strict, data, ("model", WidgetResponseDto))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    widget_id: str,
    **options: Unpack[RequestOptions],
) -> Response[WidgetResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(widget_id=widget_id), _parse, **options)


def sync(
    *,
    client: Novu,
    widget_id: str,
    **options: Unpack[RequestOptions],
) -> WidgetResponseDto:
    """Retrieve a widget

    `GET /v1/widgets/{widgetId}` (WidgetsController_getWidget). On a client:
    `novu.widgets.retrieve(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        widget_id (str; path):
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        WidgetResponseDto: the decoded response.

    Raises:
        NotFoundError: 404; `.body`: `NotFoundErrorDto`.
        APIConnectionError: no response arrived (APITimeoutError when it timed out).
        ResponseValidationError: the response does not fit its declared type.

    Example:
        result = retrieve.sync(client=novu, widget_id="WIDGET_ID")
    """
    return client._request(OPERATION, _parts(widget_id=widget_id), _parse, **options).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    widget_id: str,
    **options: Unpack[RequestOptions],
) -> Response[WidgetResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(OPERATION, _parts(widget_id=widget_id), _parse, **options)


async def asyncio(
    *,
    client: AsyncNovu,
    widget_id: str,
    **options: Unpack[RequestOptions],
) -> WidgetResponseDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (await client._request(OPERATION, _parts(widget_id=widget_id), _parse, **options)).parsed


asyncio.__doc__ = sync.__doc__
