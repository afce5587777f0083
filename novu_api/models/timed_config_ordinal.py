# Generated from Novu API 3.18.1 by `make generate`; do not edit.
from enum import Enum


class TimedConfigOrdinal(str, Enum):
    """Values Novu documents; fields typed with it also accept unknown strings from newer servers."""

    VALUE_0 = "1"
    VALUE_1 = "2"
    VALUE_2 = "3"
    VALUE_3 = "4"
    VALUE_4 = "5"
    LAST = "last"

    def __str__(self) -> str:
        return str(self.value)
