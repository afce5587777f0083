# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
"""Create a widget: `POST /v1/widgets` (WidgetsController_createWidget).

Standalone function module; the same call is `novu.widgets.create(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.create_widget_request_dto import CreateWidgetRequestDto
from novu_api.models.widget_response_dto import WidgetResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts, plain_json
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="WidgetsController_createWidget",
    method="POST",
    path="/v1/widgets",
    facade="widgets.create",
    envelope=True,
    errors={"400": "ErrorDto", "default": "ErrorDto"},
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "x-request-source": "x_request_source",
}

# Body field (wire name) -> the exact types its value is sent as given in (None: any value JSON
# can carry). A body of such values skips the per-field checks; any other goes through `_c.json_body`.
_PLAIN_BODY: dict[str, tuple[type, ...] | None] = {
    "name": (str,),
    "color": (str,),
    "priority": (int,),
}


def _parts(
    *,
    x_request_source: str | Unset = UNSET,
    body: CreateWidgetRequestDto | dict[str, Any],
) -> RequestParts:
    headers: dict[str, str] = {}
    if x_request_source is not UNSET:
        headers["x-request-source"] = str(_c.query_value("x_request_source", x_request_source, ("str",)))
    wire, content = plain_json(body, _PLAIN_BODY) or (
        _c.json_body(body, ("model", CreateWidgetRequestDto)) if body is not UNSET else None,
        None,
    )
    return RequestParts(
        method="POST",
        url="/v1/widgets",
        headers=headers,
        json=wire,
        content=content,
    )


def _parse(data: Any, strict: bool = False) -> WidgetResponseDto:
    parsed: WidgetResponseDto = _c.root(OPERATION.facade, strict, data, ("model", WidgetResponseDto))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    x_request_source: str | Unset = UNSET,
    body: CreateWidgetRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[WidgetResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(x_request_source=x_request_source, body=body), _parse, **options)


def sync(
    *,
    client: Novu,
    x_request_source: str | Unset = UNSET,
    body: CreateWidgetRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> WidgetResponseDto:
    """Create a widget

    `POST /v1/widgets` (WidgetsController_createWidget). On a client: `novu.widgets.create(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        body (CreateWidgetRequestDto | dict[str, Any]; JSON body): the request: a
            `CreateWidgetRequestDto`, or a dict of its fields
        x_request_source (str, optional; header): Where the request comes from, sent as a header
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        WidgetResponseDto: the decoded response.

    Raises:
        BadRequestError: 400; `.body`: `ErrorDto`.
        APIStatusError: any other status; `.body`: `ErrorDto`.
        APIConnectionError: no response arrived (APITimeoutError when it timed out).
        ResponseValidationError: the response does not fit its declared type.

    Example:
        result = create.sync(client=novu, body={...})
    """
    return client._request(
        OPERATION, _parts(x_request_source=x_request_source, body=body), _parse, **options
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    x_request_source: str | Unset = UNSET,
    body: CreateWidgetRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[WidgetResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(
        OPERATION, _parts(x_request_source=x_request_source, body=body), _parse, **options
    )


async def asyncio(
    *,
    client: AsyncNovu,
    x_request_source: str | Unset = UNSET,
    body: CreateWidgetRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> WidgetResponseDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (
        await client._request(
            OPERATION, _parts(x_request_source=x_request_source, body=body), _parse, **options
        )
    ).parsed


asyncio.__doc__ = sync.__doc__
