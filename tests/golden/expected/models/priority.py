# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
from enum import IntEnum


class Priority(IntEnum):
    """Values Novu documents; fields typed with it also accept unknown values from newer servers."""

    VALUE_1 = 1
    VALUE_2 = 2
    VALUE_3 = 3
