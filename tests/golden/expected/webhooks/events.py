# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
"""The webhook events of the Novu API document, one class per event type, decoded by `type`.

`WebhookEvent` is the union of every event class and `UnknownWebhookEvent`, the event for a type this
release does not document. `novu_api.webhooks.verify` returns one; `decode_event` decodes a
payload that was verified some other way.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias

from novu_api.models.unknown_webhook_event import UnknownWebhookEvent
from novu_api.models.widget_created_event import WidgetCreatedEvent
from novu_api.models.widget_deleted_event import WidgetDeletedEvent

from .._codec import DecodeError

WebhookEvent: TypeAlias = WidgetCreatedEvent | WidgetDeletedEvent | UnknownWebhookEvent

# Wire name of the field that says which event a payload is.
TAG: str = "type"

EVENT_CLASSES: dict[str, type[WebhookEvent]] = {
    "widget.created": WidgetCreatedEvent,
    "widget.deleted": WidgetDeletedEvent,
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
    "WidgetCreatedEvent",
    "WidgetDeletedEvent",
    "UnknownWebhookEvent",
]
