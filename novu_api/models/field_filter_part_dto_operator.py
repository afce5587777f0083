# Generated from Novu API 3.18.1 by `make generate`; do not edit.
from enum import Enum


class FieldFilterPartDtoOperator(str, Enum):
    """Values Novu documents; fields typed with it also accept unknown strings from newer servers."""

    LARGER = "LARGER"
    SMALLER = "SMALLER"
    LARGER_EQUAL = "LARGER_EQUAL"
    SMALLER_EQUAL = "SMALLER_EQUAL"
    EQUAL = "EQUAL"
    NOT_EQUAL = "NOT_EQUAL"
    ALL_IN = "ALL_IN"
    ANY_IN = "ANY_IN"
    NOT_IN = "NOT_IN"
    BETWEEN = "BETWEEN"
    NOT_BETWEEN = "NOT_BETWEEN"
    LIKE = "LIKE"
    NOT_LIKE = "NOT_LIKE"
    IN = "IN"

    def __str__(self) -> str:
        return str(self.value)
