# Generated from Novu API 3.18.1 by `make generate`; do not edit.
from enum import Enum


class DiffActionEnum(str, Enum):
    """Values Novu documents; fields typed with it also accept unknown strings from newer servers."""

    ADDED = "added"
    MODIFIED = "modified"
    DELETED = "deleted"
    UNCHANGED = "unchanged"
    MOVED = "moved"

    def __str__(self) -> str:
        return str(self.value)
