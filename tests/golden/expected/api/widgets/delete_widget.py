# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
"""Delete a widget: `DELETE /v1/widgets/{widgetId}` (WidgetsController_deleteWidget).

Standalone function module; the same call is `novu.widgets.delete_widget(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="WidgetsController_deleteWidget",
    method="DELETE",
    path="/v1/widgets/{widgetId}",
    facade="widgets.delete_widget",
    returns_json=False,
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
        method="DELETE",
        url=f"/v1/widgets/{_c.path_param('widget_id', widget_id)}",
    )


def _parse(data: Any, strict: bool = False) -> None:
    return None


def sync_detailed(
    *,
    client: Novu,
    widget_id: str,
    **options: Unpack[RequestOptions],
) -> Response[None]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(widget_id=widget_id), _parse, **options)


def sync(
    *,
    client: Novu,
    widget_id: str,
    **options: Unpack[RequestOptions],
) -> None:
    """Delete a widget

    `DELETE /v1/widgets/{widgetId}` (WidgetsController_deleteWidget). On a client:
    `novu.widgets.delete_widget(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        widget_id (str; path):
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        None: the call has no response body.

    Raises:
        APIConnectionError: no response arrived (APITimeoutError when it timed out).
        ResponseValidationError: the response does not fit its declared type.

    Example:
        delete_widget.sync(client=novu, widget_id="WIDGET_ID")
    """
    return client._request(OPERATION, _parts(widget_id=widget_id), _parse, **options).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    widget_id: str,
    **options: Unpack[RequestOptions],
) -> Response[None]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(OPERATION, _parts(widget_id=widget_id), _parse, **options)


async def asyncio(
    *,
    client: AsyncNovu,
    widget_id: str,
    **options: Unpack[RequestOptions],
) -> None:
    """The async form of `sync`: the same arguments, awaited."""
    return (await client._request(OPERATION, _parts(widget_id=widget_id), _parse, **options)).parsed


asyncio.__doc__ = sync.__doc__
