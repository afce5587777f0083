# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Retrieve subscriber subscriptions: `GET /v2/subscribers/{subscriberId}/subscriptions` (SubscribersController_listSubscriberTopics).

Standalone function module; the same call is `novu.subscribers.topics.list(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.list_topic_subscriptions_response_dto import ListTopicSubscriptionsResponseDto
from novu_api.models.subscribers_controller_list_subscriber_topics_order_direction import (
    SubscribersControllerListSubscriberTopicsOrderDirection,
)

from .... import _codec as _c
from ...._operation import Operation, RequestParts
from ...._types import UNSET, Response, Unset

if TYPE_CHECKING:
    from novu_api.models.topic_subscription_response_dto import TopicSubscriptionResponseDto

if TYPE_CHECKING:
    from collections.abc import Sequence

    from typing_extensions import Unpack

    from ...._client import AsyncNovu, Novu
    from ...._options import RequestOptions
    from ....pagination import AsyncPage, SyncPage

OPERATION = Operation(
    operation_id="SubscribersController_listSubscriberTopics",
    method="GET",
    path="/v2/subscribers/{subscriberId}/subscriptions",
    facade="subscribers.topics.list",
    envelope=True,
    bare_keys=(
        "next",
        "previous",
        "totalCount",
        "totalCountCapped",
    ),
    pagination={
        "style": "cursor",
        "items": "data",
        "response": {"next": "next_", "previous": "previous", "total": "total_count"},
    },
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "subscriberId": "subscriber_id",
    "after": "after",
    "before": "before",
    "limit": "limit",
    "orderDirection": "order_direction",
    "orderBy": "order_by",
    "includeCursor": "include_cursor",
    "key": "key",
    "contextKeys": "context_keys",
}


def _parts(
    *,
    subscriber_id: str,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    order_direction: SubscribersControllerListSubscriberTopicsOrderDirection | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    include_cursor: bool | Unset = UNSET,
    key: str | Unset = UNSET,
    context_keys: Sequence[str] | Unset = UNSET,
) -> RequestParts:
    params: dict[str, Any] = {}
    if after is not UNSET:
        params["after"] = _c.query_value("after", after, ("str",))
    if before is not UNSET:
        params["before"] = _c.query_value("before", before, ("str",))
    if limit is not UNSET:
        params["limit"] = _c.query_value("limit", limit, ("num",))
    if order_direction is not UNSET:
        params["orderDirection"] = _c.query_value(
            "order_direction",
            order_direction,
            ("enum", SubscribersControllerListSubscriberTopicsOrderDirection),
        )
    if order_by is not UNSET:
        params["orderBy"] = _c.query_value("order_by", order_by, ("str",))
    if include_cursor is not UNSET:
        params["includeCursor"] = _c.query_value("include_cursor", include_cursor, ("bool",))
    if key is not UNSET:
        params["key"] = _c.query_value("key", key, ("str",))
    if context_keys is not UNSET:
        params["contextKeys"] = _c.query_value("context_keys", context_keys, ("list", ("str",)))
    return RequestParts(
        method="GET",
        url=f"/v2/subscribers/{_c.path_param('subscriber_id', subscriber_id)}/subscriptions",
        params=params,
    )


def _parse(data: Any, strict: bool = False) -> ListTopicSubscriptionsResponseDto:
    parsed: ListTopicSubscriptionsResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", ListTopicSubscriptionsResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    subscriber_id: str,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    order_direction: SubscribersControllerListSubscriberTopicsOrderDirection | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    include_cursor: bool | Unset = UNSET,
    key: str | Unset = UNSET,
    context_keys: Sequence[str] | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> Response[ListTopicSubscriptionsResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(
        OPERATION,
        _parts(
            subscriber_id=subscriber_id,
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            key=key,
            context_keys=context_keys,
        ),
        _parse,
        **options,
    )


def sync(
    *,
    client: Novu,
    subscriber_id: str,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    order_direction: SubscribersControllerListSubscriberTopicsOrderDirection | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    include_cursor: bool | Unset = UNSET,
    key: str | Unset = UNSET,
    context_keys: Sequence[str] | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> SyncPage[TopicSubscriptionResponseDto]:
    """Retrieve subscriber subscriptions

    Retrieve subscriber's topic subscriptions by its unique key identifier **subscriberId**.
    Checkout all available filters in the query section.

    `GET /v2/subscribers/{subscriberId}/subscriptions` (SubscribersController_listSubscriberTopics).
    On a client: `novu.subscribers.topics.list(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        subscriber_id (str; path): The identifier of the subscriber
        after (str, optional; query): Cursor for pagination indicating the starting point after
            which to fetch results.
        before (str, optional; query): Cursor for pagination indicating the ending point before
            which to fetch results.
        limit (float, optional; query): Limit the number of items to return (max 100). Constraints:
            <= 100.
        order_direction (SubscribersControllerListSubscriberTopicsOrderDirection | str, optional;
            query): Direction of sorting. Constraints: one of "ASC", "DESC".
        order_by (str, optional; query): Field to order by
        include_cursor (bool, optional; query): Include cursor item in response
        key (str, optional; query): Filter by topic key
        context_keys (Sequence[str], optional; query): Filter by exact context keys, order
            insensitive (format: "type:id")
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        SyncPage[TopicSubscriptionResponseDto]: the first page of
            `ListTopicSubscriptionsResponseDto`; iterating gives every item, following cursor
            pagination.

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
        for item in list.sync(client=novu, subscriber_id="SUBSCRIBER_ID"):
            print(item)
    """
    return client._request_page(
        OPERATION,
        _parts(
            subscriber_id=subscriber_id,
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            key=key,
            context_keys=context_keys,
        ),
        _parse,
        **options,
    )


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    subscriber_id: str,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    order_direction: SubscribersControllerListSubscriberTopicsOrderDirection | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    include_cursor: bool | Unset = UNSET,
    key: str | Unset = UNSET,
    context_keys: Sequence[str] | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> Response[ListTopicSubscriptionsResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(
        OPERATION,
        _parts(
            subscriber_id=subscriber_id,
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            key=key,
            context_keys=context_keys,
        ),
        _parse,
        **options,
    )


async def asyncio(
    *,
    client: AsyncNovu,
    subscriber_id: str,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    order_direction: SubscribersControllerListSubscriberTopicsOrderDirection | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    include_cursor: bool | Unset = UNSET,
    key: str | Unset = UNSET,
    context_keys: Sequence[str] | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> AsyncPage[TopicSubscriptionResponseDto]:
    """The async form of `sync`: the same arguments, awaited."""
    return await client._request_page(
        OPERATION,
        _parts(
            subscriber_id=subscriber_id,
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            key=key,
            context_keys=context_keys,
        ),
        _parse,
        **options,
    )


asyncio.__doc__ = sync.__doc__
