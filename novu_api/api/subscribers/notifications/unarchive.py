# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Unarchive a notification: `PATCH /v2/subscribers/{subscriberId}/notifications/{notificationId}/unarchive` (SubscribersController_unarchiveNotification).

Standalone function module; the same call is `novu.subscribers.notifications.unarchive(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.inbox_notification_dto import InboxNotificationDto

from .... import _codec as _c
from ...._operation import Operation, RequestParts
from ...._types import UNSET, Response, Unset

if TYPE_CHECKING:
    from collections.abc import Sequence

    import httpx

    from ...._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="SubscribersController_unarchiveNotification",
    method="PATCH",
    path="/v2/subscribers/{subscriberId}/notifications/{notificationId}/unarchive",
    facade="subscribers.notifications.unarchive",
    envelope=True,
    bare_keys=(
        "archivedAt",
        "avatar",
        "body",
        "channelType",
        "createdAt",
        "deliveredAt",
        "firstSeenAt",
        "id",
        "isArchived",
        "isRead",
        "isSeen",
        "isSnoozed",
        "primaryAction",
        "readAt",
        "redirect",
        "secondaryAction",
        "severity",
        "snoozedUntil",
        "subject",
        "tags",
        "to",
        "transactionId",
        "workflow",
    ),
    pagination=None,
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
    "notificationId": "notification_id",
    "contextKeys": "context_keys",
}


def _parts(
    *,
    subscriber_id: str,
    notification_id: str,
    context_keys: Sequence[str] | Unset = UNSET,
) -> RequestParts:
    params: dict[str, Any] = {}
    if context_keys is not UNSET:
        params["contextKeys"] = _c.query_value("context_keys", context_keys, ("list", ("str",)))
    return RequestParts(
        method="PATCH",
        url=f"/v2/subscribers/{_c.path_param('subscriber_id', subscriber_id)}/notifications/{_c.path_param('notification_id', notification_id)}/unarchive",
        params=params,
    )


def _parse(data: Any, strict: bool = False) -> InboxNotificationDto:
    parsed: InboxNotificationDto = _c.root(OPERATION.facade, strict, data, ("model", InboxNotificationDto))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    subscriber_id: str,
    notification_id: str,
    context_keys: Sequence[str] | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[InboxNotificationDto]:
    """Unarchive a notification

    `PATCH /v2/subscribers/{subscriberId}/notifications/{notificationId}/unarchive`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(
            subscriber_id=subscriber_id,
            notification_id=notification_id,
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
    notification_id: str,
    context_keys: Sequence[str] | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> InboxNotificationDto:
    """Unarchive a notification

    Unarchive a specific in-app (inbox) notification by its unique identifier **notificationId**.

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(
            subscriber_id=subscriber_id,
            notification_id=notification_id,
            context_keys=context_keys,
        ),
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
    subscriber_id: str,
    notification_id: str,
    context_keys: Sequence[str] | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[InboxNotificationDto]:
    """Unarchive a notification (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(
            subscriber_id=subscriber_id,
            notification_id=notification_id,
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
    notification_id: str,
    context_keys: Sequence[str] | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> InboxNotificationDto:
    """Unarchive a notification (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(
                subscriber_id=subscriber_id,
                notification_id=notification_id,
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
    ).parsed
