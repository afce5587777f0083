# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
from enum import Enum


class CircleDtoKind(str, Enum):
    """Values Novu documents; fields typed with it also accept unknown strings from newer servers."""

    CIRCLE = "circle"

    def __str__(self) -> str:
        return str(self.value)
