# Generated from Novu API 3.18.1 by `make generate`; do not edit.
from enum import Enum


class NotificationFeedItemDtoStatus(str, Enum):
    """Values Novu documents; fields typed with it also accept unknown strings from newer servers."""

    SENT = "sent"
    ERROR = "error"
    WARNING = "warning"

    def __str__(self) -> str:
        return str(self.value)
