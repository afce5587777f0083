# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""List all events: `GET /v1/notifications` (NotificationsController_listNotifications).

Standalone function module; the same call is `novu.notifications.list(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.activities_response_dto import ActivitiesResponseDto
from novu_api.models.channel_type_enum import ChannelTypeEnum

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    from novu_api.models.activity_notification_response_dto import ActivityNotificationResponseDto

if TYPE_CHECKING:
    from collections.abc import Sequence

    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy
    from ...pagination import AsyncPage, SyncPage

OPERATION = Operation(
    operation_id="NotificationsController_listNotifications",
    method="GET",
    path="/v1/notifications",
    facade="notifications.list",
    envelope=True,
    bare_keys=(
        "hasMore",
        "page",
        "pageSize",
    ),
    pagination={
        "style": "page",
        "items": "data",
        "request": {"page": "page", "limit": "limit"},
        "response": {"has_more": "has_more"},
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
    "channels": "channels",
    "templates": "templates",
    "emails": "emails",
    "search": "search",
    "subscriberIds": "subscriber_ids",
    "severity": "severity",
    "page": "page",
    "limit": "limit",
    "transactionId": "transaction_id",
    "topicKey": "topic_key",
    "subscriptionId": "subscription_id",
    "contextKeys": "context_keys",
    "after": "after",
    "before": "before",
}


def _parts(
    *,
    channels: Sequence[ChannelTypeEnum | str] | Unset = UNSET,
    templates: Sequence[str] | Unset = UNSET,
    emails: Sequence[str] | Unset = UNSET,
    search: str | Unset = UNSET,
    subscriber_ids: Sequence[str] | Unset = UNSET,
    severity: Sequence[str] | Unset = UNSET,
    page: float | Unset = UNSET,
    limit: float | Unset = UNSET,
    transaction_id: str | Unset = UNSET,
    topic_key: str | Unset = UNSET,
    subscription_id: str | Unset = UNSET,
    context_keys: Sequence[str] | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> RequestParts:
    params: dict[str, Any] = {}
    if channels is not UNSET:
        params["channels"] = _c.query_value("channels", channels, ("list", ("enum", ChannelTypeEnum)))
    if templates is not UNSET:
        params["templates"] = _c.query_value("templates", templates, ("list", ("str",)))
    if emails is not UNSET:
        params["emails"] = _c.query_value("emails", emails, ("list", ("str",)))
    if search is not UNSET:
        params["search"] = _c.query_value("search", search, ("str",))
    if subscriber_ids is not UNSET:
        params["subscriberIds"] = _c.query_value("subscriber_ids", subscriber_ids, ("list", ("str",)))
    if severity is not UNSET:
        params["severity"] = _c.query_value("severity", severity, ("list", ("str",)))
    if page is not UNSET:
        params["page"] = _c.query_value("page", page, ("num",))
    if limit is not UNSET:
        params["limit"] = _c.query_value("limit", limit, ("num",))
    if transaction_id is not UNSET:
        params["transactionId"] = _c.query_value("transaction_id", transaction_id, ("str",))
    if topic_key is not UNSET:
        params["topicKey"] = _c.query_value("topic_key", topic_key, ("str",))
    if subscription_id is not UNSET:
        params["subscriptionId"] = _c.query_value("subscription_id", subscription_id, ("str",))
    if context_keys is not UNSET:
        params["contextKeys"] = _c.query_value("context_keys", context_keys, ("list", ("str",)))
    if after is not UNSET:
        params["after"] = _c.query_value("after", after, ("str",))
    if before is not UNSET:
        params["before"] = _c.query_value("before", before, ("str",))
    return RequestParts(
        method="GET",
        url="/v1/notifications",
        params=params,
    )


def _parse(data: Any, strict: bool = False) -> ActivitiesResponseDto:
    parsed: ActivitiesResponseDto = _c.root(OPERATION.facade, strict, data, ("model", ActivitiesResponseDto))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    channels: Sequence[ChannelTypeEnum | str] | Unset = UNSET,
    templates: Sequence[str] | Unset = UNSET,
    emails: Sequence[str] | Unset = UNSET,
    search: str | Unset = UNSET,
    subscriber_ids: Sequence[str] | Unset = UNSET,
    severity: Sequence[str] | Unset = UNSET,
    page: float | Unset = UNSET,
    limit: float | Unset = UNSET,
    transaction_id: str | Unset = UNSET,
    topic_key: str | Unset = UNSET,
    subscription_id: str | Unset = UNSET,
    context_keys: Sequence[str] | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[ActivitiesResponseDto]:
    """List all events

    `GET /v1/notifications`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(
            channels=channels,
            templates=templates,
            emails=emails,
            search=search,
            subscriber_ids=subscriber_ids,
            severity=severity,
            page=page,
            limit=limit,
            transaction_id=transaction_id,
            topic_key=topic_key,
            subscription_id=subscription_id,
            context_keys=context_keys,
            after=after,
            before=before,
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
    channels: Sequence[ChannelTypeEnum | str] | Unset = UNSET,
    templates: Sequence[str] | Unset = UNSET,
    emails: Sequence[str] | Unset = UNSET,
    search: str | Unset = UNSET,
    subscriber_ids: Sequence[str] | Unset = UNSET,
    severity: Sequence[str] | Unset = UNSET,
    page: float | Unset = UNSET,
    limit: float | Unset = UNSET,
    transaction_id: str | Unset = UNSET,
    topic_key: str | Unset = UNSET,
    subscription_id: str | Unset = UNSET,
    context_keys: Sequence[str] | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> SyncPage[ActivityNotificationResponseDto]:
    """List all events

    List all notification events (triggered events) for the current environment.
        This API supports filtering by **channels**, **templates**, **emails**, **subscriberIds**,
    **transactionId**, **topicKey**, **severity**, **contextKeys**.
        Checkout all available filters in the query section.
        This API returns event triggers, to list each channel notifications, check messages APIs.

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request_page(
        OPERATION,
        _parts(
            channels=channels,
            templates=templates,
            emails=emails,
            search=search,
            subscriber_ids=subscriber_ids,
            severity=severity,
            page=page,
            limit=limit,
            transaction_id=transaction_id,
            topic_key=topic_key,
            subscription_id=subscription_id,
            context_keys=context_keys,
            after=after,
            before=before,
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
    channels: Sequence[ChannelTypeEnum | str] | Unset = UNSET,
    templates: Sequence[str] | Unset = UNSET,
    emails: Sequence[str] | Unset = UNSET,
    search: str | Unset = UNSET,
    subscriber_ids: Sequence[str] | Unset = UNSET,
    severity: Sequence[str] | Unset = UNSET,
    page: float | Unset = UNSET,
    limit: float | Unset = UNSET,
    transaction_id: str | Unset = UNSET,
    topic_key: str | Unset = UNSET,
    subscription_id: str | Unset = UNSET,
    context_keys: Sequence[str] | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[ActivitiesResponseDto]:
    """List all events (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(
            channels=channels,
            templates=templates,
            emails=emails,
            search=search,
            subscriber_ids=subscriber_ids,
            severity=severity,
            page=page,
            limit=limit,
            transaction_id=transaction_id,
            topic_key=topic_key,
            subscription_id=subscription_id,
            context_keys=context_keys,
            after=after,
            before=before,
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
    channels: Sequence[ChannelTypeEnum | str] | Unset = UNSET,
    templates: Sequence[str] | Unset = UNSET,
    emails: Sequence[str] | Unset = UNSET,
    search: str | Unset = UNSET,
    subscriber_ids: Sequence[str] | Unset = UNSET,
    severity: Sequence[str] | Unset = UNSET,
    page: float | Unset = UNSET,
    limit: float | Unset = UNSET,
    transaction_id: str | Unset = UNSET,
    topic_key: str | Unset = UNSET,
    subscription_id: str | Unset = UNSET,
    context_keys: Sequence[str] | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> AsyncPage[ActivityNotificationResponseDto]:
    """List all events (async)."""
    return await client._request_page(
        OPERATION,
        _parts(
            channels=channels,
            templates=templates,
            emails=emails,
            search=search,
            subscriber_ids=subscriber_ids,
            severity=severity,
            page=page,
            limit=limit,
            transaction_id=transaction_id,
            topic_key=topic_key,
            subscription_id=subscription_id,
            context_keys=context_keys,
            after=after,
            before=before,
        ),
        _parse,
        timeout=timeout,
        max_retries=max_retries,
        retry=retry,
        idempotency_key=idempotency_key,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
