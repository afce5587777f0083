# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
from enum import Enum


class WidgetColor(str, Enum):
    """Values Novu documents; fields typed with it also accept unknown strings from newer servers."""

    RED = "red"
    GREEN = "green"
    SKY_BLUE = "sky-blue"

    def __str__(self) -> str:
        return str(self.value)
