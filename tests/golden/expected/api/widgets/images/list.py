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
    import httpx

    from ...._client import AsyncNovu, Novu, RetryPolicy
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
        "request": {"page": "page", "limit": "limit"},
        "response": {"has_more": "has_more", "total": "total_count"},
    },
    errors={},
    has_body=False,
    returns_json=True,
)


def _parts(
    *,
    widget_id: str,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> RequestParts:
    params: dict[str, Any] = {}
    if page is not UNSET:
        params["page"] = _c.query_value("page", page)
    if limit is not UNSET:
        params["limit"] = _c.query_value("limit", limit)
    return RequestParts(
        method="GET",
        url=f"/v1/widgets/{_c.path_param('widget_id', widget_id)}/images",
        params=params,
    )


def _parse(data: Any) -> ListImagesResponseDto:
    parsed: ListImagesResponseDto = _c.root(lambda: _c.model(ListImagesResponseDto, data, "$"))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    widget_id: str,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[ListImagesResponseDto]:
    """List a widget's images

    `GET /v1/widgets/{widgetId}/images`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(
            widget_id=widget_id,
            page=page,
            limit=limit,
        ),
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
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> SyncPage[ImageDto]:
    """List a widget's images

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request_page(
        OPERATION,
        _parts(
            widget_id=widget_id,
            page=page,
            limit=limit,
        ),
        _parse,
        timeout=timeout,
        max_retries=max_retries,
        retry=retry,
        idempotency_key=idempotency_key,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    widget_id: str,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[ListImagesResponseDto]:
    """List a widget's images (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(
            widget_id=widget_id,
            page=page,
            limit=limit,
        ),
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
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> AsyncPage[ImageDto]:
    """List a widget's images (async)."""
    return await client._request_page(
        OPERATION,
        _parts(
            widget_id=widget_id,
            page=page,
            limit=limit,
        ),
        _parse,
        timeout=timeout,
        max_retries=max_retries,
        retry=retry,
        idempotency_key=idempotency_key,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
