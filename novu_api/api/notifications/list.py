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

    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions
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
        "response": {"has_more": "has_more", "page": "page", "page_size": "page_size"},
    },
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
    **options: Unpack[RequestOptions],
) -> Response[ActivitiesResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
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
        **options,
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
    **options: Unpack[RequestOptions],
) -> SyncPage[ActivityNotificationResponseDto]:
    """List all events

    List all notification events (triggered events) for the current environment. This API supports
    filtering by **channels**, **templates**, **emails**, **subscriberIds**, **transactionId**,
    **topicKey**, **severity**, **contextKeys**. Checkout all available filters in the query
    section. This API returns event triggers, to list each channel notifications, check messages
    APIs.

    `GET /v1/notifications` (NotificationsController_listNotifications). On a client:
    `novu.notifications.list(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        channels (Sequence[ChannelTypeEnum | str], optional; query): Array of channel types.
            Constraints: each item one of "in_app", "email", "sms", "chat", "push".
        templates (Sequence[str], optional; query): Array of template IDs or a single template ID
        emails (Sequence[str], optional; query): Array of email addresses or a single email address
        search (str, optional; query): Search term (deprecated)
        subscriber_ids (Sequence[str], optional; query): Array of subscriber IDs or a single
            subscriber ID
        severity (Sequence[str], optional; query): Array of severity levels or a single severity
            level
        page (float, optional; query): Page number for pagination. Constraints: >= 0; default 0.
        limit (float, optional; query): Limit for pagination. Constraints: >= 1; <= 50; default 10.
        transaction_id (str, optional; query): The transaction ID to filter by
        topic_key (str, optional; query): Topic Key for filtering notifications by topic
        subscription_id (str, optional; query): Subscription ID for filtering notifications by
            subscription
        context_keys (Sequence[str], optional; query): Filter by exact context keys, order
            insensitive (format: "type:id")
        after (str, optional; query): Date filter for records after this timestamp. Defaults to
            earliest date allowed by subscription plan
        before (str, optional; query): Date filter for records before this timestamp. Defaults to
            current time of request (now)
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        SyncPage[ActivityNotificationResponseDto]: the first page of `ActivitiesResponseDto`;
            iterating gives every item, following page pagination.

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
        for item in list.sync(client=novu):
            print(item)
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
        **options,
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
    **options: Unpack[RequestOptions],
) -> Response[ActivitiesResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
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
        **options,
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
    **options: Unpack[RequestOptions],
) -> AsyncPage[ActivityNotificationResponseDto]:
    """The async form of `sync`: the same arguments, awaited."""
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
        **options,
    )


asyncio.__doc__ = sync.__doc__
