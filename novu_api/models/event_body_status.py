# Generated from Novu API 3.18.1 by `make generate`; do not edit.
from enum import Enum


class EventBodyStatus(str, Enum):
    """Values Novu documents; fields typed with it also accept unknown strings from newer servers."""

    OPENED = "opened"
    REJECTED = "rejected"
    SENT = "sent"
    DEFERRED = "deferred"
    DELIVERED = "delivered"
    BOUNCED = "bounced"
    DROPPED = "dropped"
    CLICKED = "clicked"
    BLOCKED = "blocked"
    SPAM = "spam"
    UNSUBSCRIBED = "unsubscribed"
    DELAYED = "delayed"
    COMPLAINT = "complaint"
    CREATED = "created"
    ACCEPTED = "accepted"
    QUEUED = "queued"
    SENDING = "sending"
    FAILED = "failed"
    UNDELIVERED = "undelivered"
    DISMISSED = "dismissed"

    def __str__(self) -> str:
        return str(self.value)
