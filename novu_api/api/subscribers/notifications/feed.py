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
    from typing_extensions import Unpack

    from ...._client import AsyncNovu, Novu
    from ...._options import RequestOptions
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
        "response": {
            "has_more": "has_more",
            "total": "total_count",
            "page": "page",
            "page_size": "page_size",
        },
    },
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
    **options: Unpack[RequestOptions],
) -> Response[FeedResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(
        OPERATION,
        _parts(subscriber_id=subscriber_id, page=page, limit=limit, read=read, seen=seen, payload=payload),
        _parse,
        **options,
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
    **options: Unpack[RequestOptions],
) -> SyncPage[NotificationFeedItemDto]:
    """Retrieve subscriber notifications

    This API is deprecated, use v2 API instead. Retrieve subscriber in-app notifications by its
    unique key identifier **subscriberId**.

    `GET /v1/subscribers/{subscriberId}/notifications/feed`
    (SubscribersV1Controller_getNotificationsFeed). On a client:
    `novu.subscribers.notifications.feed(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        subscriber_id (str; path):
        page (float, optional; query): Constraints: >= 0.
        limit (float, optional; query): Constraints: <= 100; default 10.
        read (bool, optional; query):
        seen (bool, optional; query):
        payload (str, optional; query): Base64 encoded string of the partial payload JSON object
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        SyncPage[NotificationFeedItemDto]: the first page of `FeedResponseDto`; iterating gives
            every item, following page pagination.

    Raises:
        BadRequestError: 400; `.body`: `ErrorDto`.
        AuthenticationError: 401; `.body`: `ErrorDto`.
        PermissionDeniedError: 403; `.body`: `ErrorDto`.
        NotFoundError: 404; `.body`: `ErrorDto`.
        MethodNotAllowedError: 405; `.body`: `ErrorDto`.
        ConflictError: 409; `.body`: `ErrorDto`.
        PayloadTooLargeError: 413; `.body`: `ErrorDto`.
        URITooLongError: 414; `.body`: `ErrorDto`.
        UnsupportedMediaTypeError: 415; `.body`: `ErrorDto`.
        UnprocessableEntityError: 422; `.body`: `ValidationErrorDto`.
        RateLimitError: 429; `.body`: `ErrorDto`.
        InternalServerError: 500; `.body`: `ErrorDto`.
        ServiceUnavailableError: 503; `.body`: `ErrorDto`.
        APIConnectionError: no response arrived (APITimeoutError when it timed out).
        ResponseValidationError: the response does not fit its declared type.

    Example:
        for item in feed.sync(client=novu, subscriber_id="SUBSCRIBER_ID"):
            print(item)
    """
    return client._request_page(
        OPERATION,
        _parts(subscriber_id=subscriber_id, page=page, limit=limit, read=read, seen=seen, payload=payload),
        _parse,
        **options,
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
    **options: Unpack[RequestOptions],
) -> Response[FeedResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(
        OPERATION,
        _parts(subscriber_id=subscriber_id, page=page, limit=limit, read=read, seen=seen, payload=payload),
        _parse,
        **options,
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
    **options: Unpack[RequestOptions],
) -> AsyncPage[NotificationFeedItemDto]:
    """The async form of `sync`: the same arguments, awaited."""
    return await client._request_page(
        OPERATION,
        _parts(subscriber_id=subscriber_id, page=page, limit=limit, read=read, seen=seen, payload=payload),
        _parse,
        **options,
    )


asyncio.__doc__ = sync.__doc__
