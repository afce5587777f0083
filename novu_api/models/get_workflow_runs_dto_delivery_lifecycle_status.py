# Generated from Novu API 3.18.1 by `make generate`; do not edit.
from enum import Enum


class GetWorkflowRunsDtoDeliveryLifecycleStatus(str, Enum):
    """Values Novu documents; fields typed with it also accept unknown strings from newer servers."""

    PENDING = "pending"
    SENT = "sent"
    ERRORED = "errored"
    SKIPPED = "skipped"
    CANCELED = "canceled"
    MERGED = "merged"
    DELIVERED = "delivered"
    INTERACTED = "interacted"

    def __str__(self) -> str:
        return str(self.value)
