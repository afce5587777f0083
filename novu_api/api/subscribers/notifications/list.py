# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Retrieve subscriber notifications: `GET /v2/subscribers/{subscriberId}/notifications` (SubscribersController_getSubscriberNotifications).

Standalone function module; the same call is `novu.subscribers.notifications.list(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.get_subscriber_notifications_response_dto import GetSubscriberNotificationsResponseDto
from novu_api.models.subscribers_controller_get_subscriber_notifications_severity_item import (
    SubscribersControllerGetSubscriberNotificationsSeverityItem,
)

from .... import _codec as _c
from ...._operation import Operation, RequestParts
from ...._types import UNSET, Response, Unset

if TYPE_CHECKING:
    from novu_api.models.inbox_notification_dto import InboxNotificationDto

if TYPE_CHECKING:
    from collections.abc import Sequence

    from typing_extensions import Unpack

    from ...._client import AsyncNovu, Novu
    from ...._options import RequestOptions
    from ....pagination import AsyncPage, SyncPage

OPERATION = Operation(
    operation_id="SubscribersController_getSubscriberNotifications",
    method="GET",
    path="/v2/subscribers/{subscriberId}/notifications",
    facade="subscribers.notifications.list",
    envelope=True,
    bare_keys=(
        "filter",
        "hasMore",
    ),
    pagination={"style": "offset", "items": "data", "response": {"has_more": "has_more"}},
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "subscriberId": "subscriber_id",
    "limit": "limit",
    "after": "after",
    "offset": "offset",
    "read": "read",
    "archived": "archived",
    "snoozed": "snoozed",
    "seen": "seen",
    "data": "data",
    "severity": "severity",
    "createdGte": "created_gte",
    "createdLte": "created_lte",
    "contextKeys": "context_keys",
}


def _parts(
    *,
    subscriber_id: str,
    limit: float | Unset = UNSET,
    after: str | Unset = UNSET,
    offset: float | Unset = UNSET,
    read: bool | Unset = UNSET,
    archived: bool | Unset = UNSET,
    snoozed: bool | Unset = UNSET,
    seen: bool | Unset = UNSET,
    data: str | Unset = UNSET,
    severity: Sequence[SubscribersControllerGetSubscriberNotificationsSeverityItem | str] | Unset = UNSET,
    created_gte: float | Unset = UNSET,
    created_lte: float | Unset = UNSET,
    context_keys: Sequence[str] | Unset = UNSET,
) -> RequestParts:
    params: dict[str, Any] = {}
    if limit is not UNSET:
        params["limit"] = _c.query_value("limit", limit, ("num",))
    if after is not UNSET:
        params["after"] = _c.query_value("after", after, ("str",))
    if offset is not UNSET:
        params["offset"] = _c.query_value("offset", offset, ("num",))
    if read is not UNSET:
        params["read"] = _c.query_value("read", read, ("bool",))
    if archived is not UNSET:
        params["archived"] = _c.query_value("archived", archived, ("bool",))
    if snoozed is not UNSET:
        params["snoozed"] = _c.query_value("snoozed", snoozed, ("bool",))
    if seen is not UNSET:
        params["seen"] = _c.query_value("seen", seen, ("bool",))
    if data is not UNSET:
        params["data"] = _c.query_value("data", data, ("str",))
    if severity is not UNSET:
        params["severity"] = _c.query_value(
            "severity",
            severity,
            ("list", ("enum", SubscribersControllerGetSubscriberNotificationsSeverityItem)),
        )
    if created_gte is not UNSET:
        params["createdGte"] = _c.query_value("created_gte", created_gte, ("num",))
    if created_lte is not UNSET:
        params["createdLte"] = _c.query_value("created_lte", created_lte, ("num",))
    if context_keys is not UNSET:
        params["contextKeys"] = _c.query_value("context_keys", context_keys, ("list", ("str",)))
    return RequestParts(
        method="GET",
        url=f"/v2/subscribers/{_c.path_param('subscriber_id', subscriber_id)}/notifications",
        params=params,
    )


def _parse(data: Any, strict: bool = False) -> GetSubscriberNotificationsResponseDto:
    parsed: GetSubscriberNotificationsResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", GetSubscriberNotificationsResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    subscriber_id: str,
    limit: float | Unset = UNSET,
    after: str | Unset = UNSET,
    offset: float | Unset = UNSET,
    read: bool | Unset = UNSET,
    archived: bool | Unset = UNSET,
    snoozed: bool | Unset = UNSET,
    seen: bool | Unset = UNSET,
    data: str | Unset = UNSET,
    severity: Sequence[SubscribersControllerGetSubscriberNotificationsSeverityItem | str] | Unset = UNSET,
    created_gte: float | Unset = UNSET,
    created_lte: float | Unset = UNSET,
    context_keys: Sequence[str] | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> Response[GetSubscriberNotificationsResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(
        OPERATION,
        _parts(
            subscriber_id=subscriber_id,
            limit=limit,
            after=after,
            offset=offset,
            read=read,
            archived=archived,
            snoozed=snoozed,
            seen=seen,
            data=data,
            severity=severity,
            created_gte=created_gte,
            created_lte=created_lte,
            context_keys=context_keys,
        ),
        _parse,
        **options,
    )


def sync(
    *,
    client: Novu,
    subscriber_id: str,
    limit: float | Unset = UNSET,
    after: str | Unset = UNSET,
    offset: float | Unset = UNSET,
    read: bool | Unset = UNSET,
    archived: bool | Unset = UNSET,
    snoozed: bool | Unset = UNSET,
    seen: bool | Unset = UNSET,
    data: str | Unset = UNSET,
    severity: Sequence[SubscribersControllerGetSubscriberNotificationsSeverityItem | str] | Unset = UNSET,
    created_gte: float | Unset = UNSET,
    created_lte: float | Unset = UNSET,
    context_keys: Sequence[str] | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> SyncPage[InboxNotificationDto]:
    """Retrieve subscriber notifications

    Retrieve in-app (inbox) notifications for a subscriber by its unique key identifier
    **subscriberId**. Supports filtering by tags, read/archived/snoozed/seen state, data attributes,
    severity, date range, and context keys.

    `GET /v2/subscribers/{subscriberId}/notifications`
    (SubscribersController_getSubscriberNotifications). On a client:
    `novu.subscribers.notifications.list(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        subscriber_id (str; path): The identifier of the subscriber
        limit (float, optional; query): Constraints: <= 100; default 10.
        after (str, optional; query):
        offset (float, optional; query):
        read (bool, optional; query): Filter by read/unread state
        archived (bool, optional; query): Filter by archived state
        snoozed (bool, optional; query): Filter by snoozed state
        seen (bool, optional; query): Filter by seen state
        data (str, optional; query): Filter by data attributes (JSON string)
        severity (Sequence[SubscribersControllerGetSubscriberNotificationsSeverityItem | str],
            optional; query): Filter by severity levels. Constraints: each item one of "high",
            "medium", "low", "none".
        created_gte (float, optional; query): Filter notifications created on or after this
            timestamp (Unix timestamp in milliseconds)
        created_lte (float, optional; query): Filter notifications created on or before this
            timestamp (Unix timestamp in milliseconds)
        context_keys (Sequence[str], optional; query): Context keys for filtering notifications in
            multi-context scenarios
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        SyncPage[InboxNotificationDto]: the first page of `GetSubscriberNotificationsResponseDto`;
            iterating gives every item, following offset pagination.

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
            limit=limit,
            after=after,
            offset=offset,
            read=read,
            archived=archived,
            snoozed=snoozed,
            seen=seen,
            data=data,
            severity=severity,
            created_gte=created_gte,
            created_lte=created_lte,
            context_keys=context_keys,
        ),
        _parse,
        **options,
    )


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    subscriber_id: str,
    limit: float | Unset = UNSET,
    after: str | Unset = UNSET,
    offset: float | Unset = UNSET,
    read: bool | Unset = UNSET,
    archived: bool | Unset = UNSET,
    snoozed: bool | Unset = UNSET,
    seen: bool | Unset = UNSET,
    data: str | Unset = UNSET,
    severity: Sequence[SubscribersControllerGetSubscriberNotificationsSeverityItem | str] | Unset = UNSET,
    created_gte: float | Unset = UNSET,
    created_lte: float | Unset = UNSET,
    context_keys: Sequence[str] | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> Response[GetSubscriberNotificationsResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(
        OPERATION,
        _parts(
            subscriber_id=subscriber_id,
            limit=limit,
            after=after,
            offset=offset,
            read=read,
            archived=archived,
            snoozed=snoozed,
            seen=seen,
            data=data,
            severity=severity,
            created_gte=created_gte,
            created_lte=created_lte,
            context_keys=context_keys,
        ),
        _parse,
        **options,
    )


async def asyncio(
    *,
    client: AsyncNovu,
    subscriber_id: str,
    limit: float | Unset = UNSET,
    after: str | Unset = UNSET,
    offset: float | Unset = UNSET,
    read: bool | Unset = UNSET,
    archived: bool | Unset = UNSET,
    snoozed: bool | Unset = UNSET,
    seen: bool | Unset = UNSET,
    data: str | Unset = UNSET,
    severity: Sequence[SubscribersControllerGetSubscriberNotificationsSeverityItem | str] | Unset = UNSET,
    created_gte: float | Unset = UNSET,
    created_lte: float | Unset = UNSET,
    context_keys: Sequence[str] | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> AsyncPage[InboxNotificationDto]:
    """The async form of `sync`: the same arguments, awaited."""
    return await client._request_page(
        OPERATION,
        _parts(
            subscriber_id=subscriber_id,
            limit=limit,
            after=after,
            offset=offset,
            read=read,
            archived=archived,
            snoozed=snoozed,
            seen=seen,
            data=data,
            severity=severity,
            created_gte=created_gte,
            created_lte=created_lte,
            context_keys=context_keys,
        ),
        _parse,
        **options,
    )


asyncio.__doc__ = sync.__doc__
