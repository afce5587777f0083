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

    import httpx

    from ...._client import AsyncNovu, Novu, RetryPolicy
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
        "request": {"after": "after", "before": "before", "limit": "limit"},
        "response": {"next": "next_", "previous": "previous", "total": "total_count"},
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
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[ListTopicSubscriptionsResponseDto]:
    """Retrieve subscriber subscriptions

    `GET /v2/subscribers/{subscriberId}/subscriptions`; returns the parsed value with status and headers.
    """
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
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    order_direction: SubscribersControllerListSubscriberTopicsOrderDirection | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    include_cursor: bool | Unset = UNSET,
    key: str | Unset = UNSET,
    context_keys: Sequence[str] | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> SyncPage[TopicSubscriptionResponseDto]:
    """Retrieve subscriber subscriptions

    Retrieve subscriber's topic subscriptions by its unique key identifier **subscriberId**.
        Checkout all available filters in the query section.

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
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
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    order_direction: SubscribersControllerListSubscriberTopicsOrderDirection | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    include_cursor: bool | Unset = UNSET,
    key: str | Unset = UNSET,
    context_keys: Sequence[str] | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[ListTopicSubscriptionsResponseDto]:
    """Retrieve subscriber subscriptions (async); returns the parsed value with status and headers."""
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
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    order_direction: SubscribersControllerListSubscriberTopicsOrderDirection | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    include_cursor: bool | Unset = UNSET,
    key: str | Unset = UNSET,
    context_keys: Sequence[str] | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> AsyncPage[TopicSubscriptionResponseDto]:
    """Retrieve subscriber subscriptions (async)."""
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
        timeout=timeout,
        max_retries=max_retries,
        retry=retry,
        idempotency_key=idempotency_key,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
