# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
"""Import widgets from a list: `POST /v1/widgets/import` (WidgetsController_importWidgets).

Standalone function module; the same call is `novu.widgets.import_(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.create_widget_request_dto import CreateWidgetRequestDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="WidgetsController_importWidgets",
    method="POST",
    path="/v1/widgets/import",
    facade="widgets.import_",
    returns_json=False,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {}


def _parts(
    *,
    body: list[CreateWidgetRequestDto],
) -> RequestParts:
    return RequestParts(
        method="POST",
        url="/v1/widgets/import",
        json=_c.json_body(body, ("list", ("model", CreateWidgetRequestDto))) if body is not UNSET else None,
    )


def _parse(data: Any, strict: bool = False) -> None:
    return None


def sync_detailed(
    *,
    client: Novu,
    body: list[CreateWidgetRequestDto],
    **options: Unpack[RequestOptions],
) -> Response[None]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(body=body), _parse, **options)


def sync(
    *,
    client: Novu,
    body: list[CreateWidgetRequestDto],
    **options: Unpack[RequestOptions],
) -> None:
    """Import widgets from a list

    `POST /v1/widgets/import` (WidgetsController_importWidgets). On a client:
    `novu.widgets.import_(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        body (list[CreateWidgetRequestDto]; JSON body): the request body
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        None: the call has no response body.

    Raises:
        APIConnectionError: no response arrived (APITimeoutError when it timed out).
        ResponseValidationError: the response does not fit its declared type.

    Example:
        import_.sync(client=novu, body={...})
    """
    return client._request(OPERATION, _parts(body=body), _parse, **options).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    body: list[CreateWidgetRequestDto],
    **options: Unpack[RequestOptions],
) -> Response[None]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(OPERATION, _parts(body=body), _parse, **options)


async def asyncio(
    *,
    client: AsyncNovu,
    body: list[CreateWidgetRequestDto],
    **options: Unpack[RequestOptions],
) -> None:
    """The async form of `sync`: the same arguments, awaited."""
    return (await client._request(OPERATION, _parts(body=body), _parse, **options)).parsed


asyncio.__doc__ = sync.__doc__
