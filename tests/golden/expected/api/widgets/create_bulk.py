# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
"""Create widgets in bulk: `POST /v1/widgets/bulk` (WidgetsController_createWidgets).

Standalone function module; the same call is `novu.widgets.create_bulk(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.bulk_create_widgets_request_dto import BulkCreateWidgetsRequestDto
from novu_api.models.widget_response_dto import WidgetResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="WidgetsController_createWidgets",
    method="POST",
    path="/v1/widgets/bulk",
    facade="widgets.create_bulk",
    envelope=True,
    bulk={"items": "widgets", "limit": 50},
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {}


def _parts(
    *,
    body: BulkCreateWidgetsRequestDto | dict[str, Any],
) -> RequestParts:
    return RequestParts(
        method="POST",
        url="/v1/widgets/bulk",
        json=_c.json_body(body, ("model", BulkCreateWidgetsRequestDto)) if body is not UNSET else None,
    )


def _parse(data: Any, strict: bool = False) -> list[WidgetResponseDto]:
    parsed: list[WidgetResponseDto] = _c.root(
        OPERATION.facade, strict, data, ("list", ("model", WidgetResponseDto))
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    body: BulkCreateWidgetsRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[list[WidgetResponseDto]]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(body=body), _parse, **options)


def sync(
    *,
    client: Novu,
    body: BulkCreateWidgetsRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> list[WidgetResponseDto]:
    """Create widgets in bulk

    `POST /v1/widgets/bulk` (WidgetsController_createWidgets). On a client:
    `novu.widgets.create_bulk(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        body (BulkCreateWidgetsRequestDto | dict[str, Any]; JSON body): the request: a
            `BulkCreateWidgetsRequestDto`, or a dict of its fields
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        list[WidgetResponseDto]: the decoded response.

    Raises:
        APIConnectionError: no response arrived (APITimeoutError when it timed out).
        ResponseValidationError: the response does not fit its declared type.

    Example:
        result = create_bulk.sync(client=novu, body={...})
    """
    return client._request(OPERATION, _parts(body=body), _parse, **options).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    body: BulkCreateWidgetsRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[list[WidgetResponseDto]]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(OPERATION, _parts(body=body), _parse, **options)


async def asyncio(
    *,
    client: AsyncNovu,
    body: BulkCreateWidgetsRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> list[WidgetResponseDto]:
    """The async form of `sync`: the same arguments, awaited."""
    return (await client._request(OPERATION, _parts(body=body), _parse, **options)).parsed


asyncio.__doc__ = sync.__doc__
