# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Retrieve subscriber notifications: `GET /v1/subscribers/{subscriberId}/notifications/feed` (SubscribersV1Controller_getNotificationsFeed).

Standalone function module; the same call is `novu.subscribers.notifications.feed(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.feed_response_dto import FeedResponseDto

from .... import _codec as _c
from ...._operation import Operation, RequestParts
from ...._types import UNSET, Response, Unset

if TYPE_CHECKING:
    from novu_api.models.notification_feed_item_dto import NotificationFeedItemDto

if TYPE_CHECKING:
    import httpx

    from ...._client import AsyncNovu, Novu, RetryPolicy
    from ....pagination import AsyncPage, SyncPage

OPERATION = Operation(
    operation_id="SubscribersV1Controller_getNotificationsFeed",
    method="GET",
    path="/v1/subscribers/{subscriberId}/notifications/feed",
    facade="subscribers.notifications.feed",
    envelope=True,
    bare_keys=(
        "hasMore",
        "page",
        "pageSize",
        "totalCount",
    ),
    pagination={
        "style": "page",
        "items": "data",
        "request": {"page": "page", "limit": "limit"},
        "response": {"has_more": "has_more", "total": "total_count"},
    },
    errors={
        "400": "ErrorDto",
        "401": "ErrorDto",
        "403": "ErrorDto",
        "404": "ErrorDto",
        "405": "ErrorDto",
        "409": "ErrorDto",
        "413": "ErrorDto",
        "414": "ErrorDto",
        "415": "ErrorDto",
        "422": "ValidationErrorDto",
        "500": "ErrorDto",
    },
    has_body=False,
    returns_json=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "subscriberId": "subscriber_id",
    "page": "page",
    "limit": "limit",
    "read": "read",
    "seen": "seen",
    "payload": "payload",
}


def _parts(
    *,
    subscriber_id: str,
    page: float | Unset = UNSET,
    limit: float | Unset = UNSET,
    read: bool | Unset = UNSET,
    seen: bool | Unset = UNSET,
    payload: str | Unset = UNSET,
) -> RequestParts:
    params: dict[str, Any] = {}
    if page is not UNSET:
        params["page"] = _c.query_value("page", page, ("num",))
    if limit is not UNSET:
        params["limit"] = _c.query_value("limit", limit, ("num",))
    if read is not UNSET:
        params["read"] = _c.query_value("read", read, ("bool",))
    if seen is not UNSET:
        params["seen"] = _c.query_value("seen", seen, ("bool",))
    if payload is not UNSET:
        params["payload"] = _c.query_value("payload", payload, ("str",))
    return RequestParts(
        method="GET",
        url=f"/v1/subscribers/{_c.path_param('subscriber_id', subscriber_id)}/notifications/feed",
        params=params,
    )


def _parse(data: Any, strict: bool = False) -> FeedResponseDto:
    parsed: FeedResponseDto = _c.root(OPERATION.facade, strict, data, ("model", FeedResponseDto))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    subscriber_id: str,
    page: float | Unset = UNSET,
    limit: float | Unset = UNSET,
    read: bool | Unset = UNSET,
    seen: bool | Unset = UNSET,
    payload: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[FeedResponseDto]:
    """Retrieve subscriber notifications

    `GET /v1/subscribers/{subscriberId}/notifications/feed`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(
            subscriber_id=subscriber_id,
            page=page,
            limit=limit,
            read=read,
            seen=seen,
            payload=payload,
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
    subscriber_id: str,
    page: float | Unset = UNSET,
    limit: float | Unset = UNSET,
    read: bool | Unset = UNSET,
    seen: bool | Unset = UNSET,
    payload: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> SyncPage[NotificationFeedItemDto]:
    """Retrieve subscriber notifications

    This API is deprecated, use v2 API instead. Retrieve subscriber in-app notifications by its unique
    key identifier **subscriberId**.

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request_page(
        OPERATION,
        _parts(
            subscriber_id=subscriber_id,
            page=page,
            limit=limit,
            read=read,
            seen=seen,
            payload=payload,
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
    subscriber_id: str,
    page: float | Unset = UNSET,
    limit: float | Unset = UNSET,
    read: bool | Unset = UNSET,
    seen: bool | Unset = UNSET,
    payload: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[FeedResponseDto]:
    """Retrieve subscriber notifications (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(
            subscriber_id=subscriber_id,
            page=page,
            limit=limit,
            read=read,
            seen=seen,
            payload=payload,
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
    subscriber_id: str,
    page: float | Unset = UNSET,
    limit: float | Unset = UNSET,
    read: bool | Unset = UNSET,
    seen: bool | Unset = UNSET,
    payload: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> AsyncPage[NotificationFeedItemDto]:
    """Retrieve subscriber notifications (async)."""
    return await client._request_page(
        OPERATION,
        _parts(
            subscriber_id=subscriber_id,
            page=page,
            limit=limit,
            read=read,
            seen=seen,
            payload=payload,
        ),
        _parse,
        timeout=timeout,
        max_retries=max_retries,
        retry=retry,
        idempotency_key=idempotency_key,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
