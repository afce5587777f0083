# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Snooze a notification: `PATCH /v2/subscribers/{subscriberId}/notifications/{notificationId}/snooze` (SubscribersController_snoozeNotification).

Standalone function module; the same call is `novu.subscribers.notifications.snooze(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.inbox_notification_dto import InboxNotificationDto
from novu_api.models.snooze_subscriber_notification_dto import SnoozeSubscriberNotificationDto

from .... import _codec as _c
from ...._operation import Operation, RequestParts, plain_json
from ...._types import UNSET, Response, Unset

if TYPE_CHECKING:
    from collections.abc import Sequence

    from typing_extensions import Unpack

    from ...._client import AsyncNovu, Novu
    from ...._options import RequestOptions

OPERATION = Operation(
    operation_id="SubscribersController_snoozeNotification",
    method="PATCH",
    path="/v2/subscribers/{subscriberId}/notifications/{notificationId}/snooze",
    facade="subscribers.notifications.snooze",
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
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "subscriberId": "subscriber_id",
    "notificationId": "notification_id",
    "contextKeys": "context_keys",
}

# Body field (wire name) -> the exact types its value is sent as given in (None: any value JSON
# can carry). A body of such values skips the per-field checks; any other goes through `_c.json_body`.
_PLAIN_BODY: dict[str, tuple[type, ...] | None] = {
    "snoozeUntil": (str,),
}


def _parts(
    *,
    subscriber_id: str,
    notification_id: str,
    context_keys: Sequence[str] | Unset = UNSET,
    body: SnoozeSubscriberNotificationDto | dict[str, Any],
) -> RequestParts:
    params: dict[str, Any] = {}
    if context_keys is not UNSET:
        params["contextKeys"] = _c.query_value("context_keys", context_keys, ("list", ("str",)))
    wire, content = plain_json(body, _PLAIN_BODY) or (
        _c.json_body(body, ("model", SnoozeSubscriberNotificationDto)) if body is not UNSET else None,
        None,
    )
    return RequestParts(
        method="PATCH",
        url=f"/v2/subscribers/{_c.path_param('subscriber_id', subscriber_id)}/notifications/{_c.path_param('notification_id', notification_id)}/snooze",
        params=params,
        json=wire,
        content=content,
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
    body: SnoozeSubscriberNotificationDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[InboxNotificationDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(
        OPERATION,
        _parts(
            subscriber_id=subscriber_id, notification_id=notification_id, context_keys=context_keys, body=body
        ),
        _parse,
        **options,
    )


def sync(
    *,
    client: Novu,
    subscriber_id: str,
    notification_id: str,
    context_keys: Sequence[str] | Unset = UNSET,
    body: SnoozeSubscriberNotificationDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> InboxNotificationDto:
    """Snooze a notification

    Snooze a specific in-app (inbox) notification by its unique identifier **notificationId** until
    a specified time.

    `PATCH /v2/subscribers/{subscriberId}/notifications/{notificationId}/snooze`
    (SubscribersController_snoozeNotification). On a client:
    `novu.subscribers.notifications.snooze(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        subscriber_id (str; path): The identifier of the subscriber
        notification_id (str; path): The identifier of the notification
        body (SnoozeSubscriberNotificationDto | dict[str, Any]; JSON body): the request: a
            `SnoozeSubscriberNotificationDto`, or a dict of its fields
        context_keys (Sequence[str], optional; query): Context keys for filtering
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        InboxNotificationDto: the decoded response.

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
        result = snooze.sync(client=novu, subscriber_id="SUBSCRIBER_ID", notification_id="NOTIFICATION_ID", body={...})
    """
    return client._request(
        OPERATION,
        _parts(
            subscriber_id=subscriber_id, notification_id=notification_id, context_keys=context_keys, body=body
        ),
        _parse,
        **options,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    subscriber_id: str,
    notification_id: str,
    context_keys: Sequence[str] | Unset = UNSET,
    body: SnoozeSubscriberNotificationDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[InboxNotificationDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(
        OPERATION,
        _parts(
            subscriber_id=subscriber_id, notification_id=notification_id, context_keys=context_keys, body=body
        ),
        _parse,
        **options,
    )


async def asyncio(
    *,
    client: AsyncNovu,
    subscriber_id: str,
    notification_id: str,
    context_keys: Sequence[str] | Unset = UNSET,
    body: SnoozeSubscriberNotificationDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> InboxNotificationDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (
        await client._request(
            OPERATION,
            _parts(
                subscriber_id=subscriber_id,
                notification_id=notification_id,
                context_keys=context_keys,
                body=body,
            ),
            _parse,
            **options,
        )
    ).parsed


asyncio.__doc__ = sync.__doc__
