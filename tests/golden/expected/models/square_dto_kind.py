# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
from enum import Enum


class SquareDtoKind(str, Enum):
    """Values Novu documents; fields typed with it also accept unknown strings from newer servers."""

    SQUARE = "square"

    def __str__(self) -> str:
        return str(self.value)
