# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
"""Upload an image: `POST /v1/widgets/{widgetId}/images` (ImagesController_uploadImage).

Standalone function module; the same call is `novu.widgets.images.upload(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.image_dto import ImageDto
from novu_api.models.upload_image_request_dto import UploadImageRequestDto

from .... import _codec as _c
from ...._operation import Operation, RequestParts
from ...._types import Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ...._client import AsyncNovu, Novu
    from ...._options import RequestOptions

OPERATION = Operation(
    operation_id="ImagesController_uploadImage",
    method="POST",
    path="/v1/widgets/{widgetId}/images",
    facade="widgets.images.upload",
    envelope=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "widgetId": "widget_id",
}


def _parts(
    *,
    widget_id: str,
    body: UploadImageRequestDto | dict[str, Any],
) -> RequestParts:
    fields, files = _c.multipart_parts(body, ["file", "thumbnails"], ("model", UploadImageRequestDto))
    return RequestParts(
        method="POST",
        url=f"/v1/widgets/{_c.path_param('widget_id', widget_id)}/images",
        data=fields,
        files=files,
    )


def _parse(data: Any, strict: bool = False) -> ImageDto:
    parsed: ImageDto = _c.root(OPERATION.facade, strict, data, ("model", ImageDto))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    widget_id: str,
    body: UploadImageRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[ImageDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(widget_id=widget_id, body=body), _parse, **options)


def sync(
    *,
    client: Novu,
    widget_id: str,
    body: UploadImageRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> ImageDto:
    """Upload an image

    `POST /v1/widgets/{widgetId}/images` (ImagesController_uploadImage). On a client:
    `novu.widgets.images.upload(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        widget_id (str; path):
        body (UploadImageRequestDto | dict[str, Any]; multipart body): the request: a
            `UploadImageRequestDto`, or a dict of its fields
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        ImageDto: the decoded response.

    Raises:
        APIConnectionError: no response arrived (APITimeoutError when it timed out).
        ResponseValidationError: the response does not fit its declared type.

    Example:
        result = upload.sync(client=novu, widget_id="WIDGET_ID", body={...})
    """
    return client._request(OPERATION, _parts(widget_id=widget_id, body=body), _parse, **options).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    widget_id: str,
    body: UploadImageRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[ImageDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(OPERATION, _parts(widget_id=widget_id, body=body), _parse, **options)


async def asyncio(
    *,
    client: AsyncNovu,
    widget_id: str,
    body: UploadImageRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> ImageDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (
        await client._request(OPERATION, _parts(widget_id=widget_id, body=body), _parse, **options)
    ).parsed


asyncio.__doc__ = sync.__doc__
