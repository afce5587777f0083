# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""The webhook events of the Novu API document, one class per event type, decoded by `type`.

`WebhookEvent` is the union of every event class and `UnknownWebhookEvent`, the event for a type this
release does not document. `novu_api.webhooks.verify` returns one; `decode_event` decodes a
payload that was verified some other way.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias

from novu_api.models.email_received_event import EmailReceivedEvent
from novu_api.models.message_archived_event import MessageArchivedEvent
from novu_api.models.message_deleted_event import MessageDeletedEvent
from novu_api.models.message_delivered_event import MessageDeliveredEvent
from novu_api.models.message_failed_event import MessageFailedEvent
from novu_api.models.message_read_event import MessageReadEvent
from novu_api.models.message_seen_event import MessageSeenEvent
from novu_api.models.message_sent_event import MessageSentEvent
from novu_api.models.message_snoozed_event import MessageSnoozedEvent
from novu_api.models.message_unarchived_event import MessageUnarchivedEvent
from novu_api.models.message_unread_event import MessageUnreadEvent
from novu_api.models.message_unsnoozed_event import MessageUnsnoozedEvent
from novu_api.models.preference_updated_event import PreferenceUpdatedEvent
from novu_api.models.unknown_webhook_event import UnknownWebhookEvent
from novu_api.models.workflow_created_event import WorkflowCreatedEvent
from novu_api.models.workflow_deleted_event import WorkflowDeletedEvent
from novu_api.models.workflow_published_event import WorkflowPublishedEvent
from novu_api.models.workflow_updated_event import WorkflowUpdatedEvent

from .._codec import DecodeError

WebhookEvent: TypeAlias = (
    EmailReceivedEvent
    | MessageArchivedEvent
    | MessageDeletedEvent
    | MessageDeliveredEvent
    | MessageFailedEvent
    | MessageReadEvent
    | MessageSeenEvent
    | MessageSentEvent
    | MessageSnoozedEvent
    | MessageUnarchivedEvent
    | MessageUnreadEvent
    | MessageUnsnoozedEvent
    | PreferenceUpdatedEvent
    | WorkflowCreatedEvent
    | WorkflowDeletedEvent
    | WorkflowPublishedEvent
    | WorkflowUpdatedEvent
    | UnknownWebhookEvent
)

# Wire name of the field that says which event a payload is.
TAG: str = "type"

EVENT_CLASSES: dict[str, type[WebhookEvent]] = {
    "email.received": EmailReceivedEvent,
    "message.archived": MessageArchivedEvent,
    "message.deleted": MessageDeletedEvent,
    "message.delivered": MessageDeliveredEvent,
    "message.failed": MessageFailedEvent,
    "message.read": MessageReadEvent,
    "message.seen": MessageSeenEvent,
    "message.sent": MessageSentEvent,
    "message.snoozed": MessageSnoozedEvent,
    "message.unarchived": MessageUnarchivedEvent,
    "message.unread": MessageUnreadEvent,
    "message.unsnoozed": MessageUnsnoozedEvent,
    "preference.updated": PreferenceUpdatedEvent,
    "workflow.created": WorkflowCreatedEvent,
    "workflow.deleted": WorkflowDeletedEvent,
    "workflow.published": WorkflowPublishedEvent,
    "workflow.updated": WorkflowUpdatedEvent,
}


def decode_event(payload: Mapping[str, Any]) -> WebhookEvent:
    """The event class for the payload's `type` (`UnknownWebhookEvent` for a type not listed here).

    Decoding is liberal like every model's: unknown fields and enum values are kept, and a
    value that does not fit its schema is kept and recorded with its JSON path
    (`novu_api.deviations(event)`); a payload that is not an object or has no string
    `type` raises `DecodeError`.
    """
    if not isinstance(payload, Mapping):
        raise DecodeError([], f"expected a JSON object, got {type(payload).__name__}")
    tag = payload.get(TAG)
    if not isinstance(tag, str):
        raise DecodeError([TAG], "missing" if tag is None else f"expected a string, got {type(tag).__name__}")
    cls = EVENT_CLASSES.get(tag, UnknownWebhookEvent)
    return cls.from_dict(payload)


__all__ = [
    "EVENT_CLASSES",
    "TAG",
    "WebhookEvent",
    "decode_event",
    "EmailReceivedEvent",
    "MessageArchivedEvent",
    "MessageDeletedEvent",
    "MessageDeliveredEvent",
    "MessageFailedEvent",
    "MessageReadEvent",
    "MessageSeenEvent",
    "MessageSentEvent",
    "MessageSnoozedEvent",
    "MessageUnarchivedEvent",
    "MessageUnreadEvent",
    "MessageUnsnoozedEvent",
    "PreferenceUpdatedEvent",
    "WorkflowCreatedEvent",
    "WorkflowDeletedEvent",
    "WorkflowPublishedEvent",
    "WorkflowUpdatedEvent",
    "UnknownWebhookEvent",
]
