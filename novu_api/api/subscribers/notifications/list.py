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

    import httpx

    from ...._client import AsyncNovu, Novu, RetryPolicy
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
    pagination={
        "style": "offset",
        "items": "data",
        "request": {"offset": "offset", "limit": "limit"},
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
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[GetSubscriberNotificationsResponseDto]:
    """Retrieve subscriber notifications

    `GET /v2/subscribers/{subscriberId}/notifications`; returns the parsed value with status and headers.
    """
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
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> SyncPage[InboxNotificationDto]:
    """Retrieve subscriber notifications

    Retrieve in-app (inbox) notifications for a subscriber by its unique key identifier
    **subscriberId**.
        Supports filtering by tags, read/archived/snoozed/seen state, data attributes, severity, date
    range, and context keys.

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
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
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[GetSubscriberNotificationsResponseDto]:
    """Retrieve subscriber notifications (async); returns the parsed value with status and headers."""
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
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> AsyncPage[InboxNotificationDto]:
    """Retrieve subscriber notifications (async)."""
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
        timeout=timeout,
        max_retries=max_retries,
        retry=retry,
        idempotency_key=idempotency_key,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
