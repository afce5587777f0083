# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
"""Upload an image: `POST /v1/widgets/{widgetId}/images` (ImagesController_uploadImage).

Standalone function module; the same call is `novu.widgets.images.upload(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.image_dto import ImageDto

from .... import _codec as _c
from ...._operation import Operation, RequestParts
from ...._types import UNSET, Response, Unset

if TYPE_CHECKING:
    from novu_api.models.upload_image_request_dto import UploadImageRequestDto

if TYPE_CHECKING:
    import httpx

    from ...._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="ImagesController_uploadImage",
    method="POST",
    path="/v1/widgets/{widgetId}/images",
    facade="widgets.images.upload",
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
    body: UploadImageRequestDto | dict[str, Any],
) -> RequestParts:
    fields, files = _c.multipart_parts(body, ["file", "thumbnails"])
    return RequestParts(
        method="POST",
        url=f"/v1/widgets/{_c.path_param('widget_id', widget_id)}/images",
        data=fields,
        files=files,
    )


def _parse(data: Any) -> ImageDto:
    parsed: ImageDto = _c.root(lambda: _c.model(ImageDto, data, "$"))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    widget_id: str,
    body: UploadImageRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[ImageDto]:
    """Upload an image

    `POST /v1/widgets/{widgetId}/images`; returns the parsed value with status and headers.
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
    body: UploadImageRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> ImageDto:
    """Upload an image

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
    body: UploadImageRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[ImageDto]:
    """Upload an image (async); returns the parsed value with status and headers."""
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
    body: UploadImageRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> ImageDto:
    """Upload an image (async)."""
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
