# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
"""List a widget's images: `GET /v1/widgets/{widgetId}/images` (ImagesController_listImages).

Standalone function module; the same call is `novu.widgets.images.list(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.list_images_response_dto import ListImagesResponseDto

from .... import _codec as _c
from ...._operation import Operation, RequestParts
from ...._types import UNSET, Response, Unset

if TYPE_CHECKING:
    from novu_api.models.image_dto import ImageDto

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ...._client import AsyncNovu, Novu
    from ...._options import RequestOptions
    from ....pagination import AsyncPage, SyncPage

OPERATION = Operation(
    operation_id="ImagesController_listImages",
    method="GET",
    path="/v1/widgets/{widgetId}/images",
    facade="widgets.images.list",
    envelope=True,
    bare_keys=(
        "hasMore",
        "page",
        "totalCount",
    ),
    pagination={
        "style": "page",
        "items": "data",
        "response": {"has_more": "has_more", "total": "total_count", "page": "page"},
    },
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "widgetId": "widget_id",
    "page": "page",
    "limit": "limit",
}


def _parts(
    *,
    widget_id: str,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> RequestParts:
    params: dict[str, Any] = {}
    if page is not UNSET:
        params["page"] = _c.query_value("page", page, ("int",))
    if limit is not UNSET:
        params["limit"] = _c.query_value("limit", limit, ("int",))
    return RequestParts(
        method="GET",
        url=f"/v1/widgets/{_c.path_param('widget_id', widget_id)}/images",
        params=params,
    )


def _parse(data: Any, strict: bool = False) -> ListImagesResponseDto:
    parsed: ListImagesResponseDto = _c.root(OPERATION.facade, strict, data, ("model", ListImagesResponseDto))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    widget_id: str,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> Response[ListImagesResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(widget_id=widget_id, page=page, limit=limit), _parse, **options)


def sync(
    *,
    client: Novu,
    widget_id: str,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> SyncPage[ImageDto]:
    """List a widget's images

    `GET /v1/widgets/{widgetId}/images` (ImagesController_listImages). On a client:
    `novu.widgets.images.list(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        widget_id (str; path):
        page (int, optional; query): Constraints: >= 0.
        limit (int, optional; query): Constraints: <= 50.
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        SyncPage[ImageDto]: the first page of `ListImagesResponseDto`; iterating gives every item,
            following page pagination.

    Raises:
        APIConnectionError: no response arrived (APITimeoutError when it timed out).
        ResponseValidationError: the response does not fit its declared type.

    Example:
        for item in list.sync(client=novu, widget_id="WIDGET_ID"):
            print(item)
    """
    return client._request_page(
        OPERATION, _parts(widget_id=widget_id, page=page, limit=limit), _parse, **options
    )


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    widget_id: str,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> Response[ListImagesResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(
        OPERATION, _parts(widget_id=widget_id, page=page, limit=limit), _parse, **options
    )


async def asyncio(
    *,
    client: AsyncNovu,
    widget_id: str,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> AsyncPage[ImageDto]:
    """The async form of `sync`: the same arguments, awaited."""
    return await client._request_page(
        OPERATION, _parts(widget_id=widget_id, page=page, limit=limit), _parse, **options
    )


asyncio.__doc__ = sync.__doc__
