# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
"""Schedule a widget: `PUT /v1/widgets/{widgetId}/schedule` (WidgetsController_scheduleWidget).

Standalone function module; the same call is `novu.widgets.schedule(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.schedule_dto import ScheduleDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts, plain_json
from ..._types import UNSET, Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="WidgetsController_scheduleWidget",
    method="PUT",
    path="/v1/widgets/{widgetId}/schedule",
    facade="widgets.schedule",
    envelope=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "widgetId": "widget_id",
}

# Body field (wire name) -> the exact types its value is sent as given in (None: any value JSON
# can carry). A body of such values skips the per-field checks; any other goes through `_c.json_body`.
_PLAIN_BODY: dict[str, tuple[type, ...] | None] = {
    "startsOn": (str,),
    "timeout": (
        int,
        float,
    ),
}


def _parts(
    *,
    widget_id: str,
    body: ScheduleDto | dict[str, Any],
) -> RequestParts:
    wire, content = plain_json(body, _PLAIN_BODY) or (
        _c.json_body(body, ("model", ScheduleDto)) if body is not UNSET else None,
        None,
    )
    return RequestParts(
        method="PUT",
        url=f"/v1/widgets/{_c.path_param('widget_id', widget_id)}/schedule",
        json=wire,
        content=content,
    )


def _parse(data: Any, strict: bool = False) -> ScheduleDto:
    parsed: ScheduleDto = _c.root(OPERATION.facade, strict, data, ("model", ScheduleDto))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    widget_id: str,
    body: ScheduleDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[ScheduleDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(widget_id=widget_id, body=body), _parse, **options)


def sync(
    *,
    client: Novu,
    widget_id: str,
    body: ScheduleDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> ScheduleDto:
    """Schedule a widget

    The body has a `timeout` field, the name of a per-call option, so it is passed as `body=`.

    `PUT /v1/widgets/{widgetId}/schedule` (WidgetsController_scheduleWidget). On a client:
    `novu.widgets.schedule(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        widget_id (str; path):
        body (ScheduleDto | dict[str, Any]; JSON body): the request: a `ScheduleDto`, or a dict of
            its fields
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        ScheduleDto: the decoded response.

    Raises:
        APIConnectionError: no response arrived (APITimeoutError when it timed out).
        ResponseValidationError: the response does not fit its declared type.

    Example:
        result = schedule.sync(client=novu, widget_id="WIDGET_ID", body={...})
    """
    return client._request(OPERATION, _parts(widget_id=widget_id, body=body), _parse, **options).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    widget_id: str,
    body: ScheduleDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[ScheduleDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(OPERATION, _parts(widget_id=widget_id, body=body), _parse, **options)


async def asyncio(
    *,
    client: AsyncNovu,
    widget_id: str,
    body: ScheduleDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> ScheduleDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (
        await client._request(OPERATION, _parts(widget_id=widget_id, body=body), _parse, **options)
    ).parsed


asyncio.__doc__ = sync.__doc__
