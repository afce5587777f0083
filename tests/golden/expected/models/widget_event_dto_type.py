# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
from enum import Enum


class WidgetEventDtoType(str, Enum):
    """Values Novu documents; fields typed with it also accept unknown strings from newer servers."""

    WIDGET_CREATED = "widget.created"
    WIDGET_DELETED = "widget.deleted"

    def __str__(self) -> str:
        return str(self.value)
