# Generated from Novu API 3.18.1 by `make generate`; do not edit.
from enum import Enum


class ContentIssueEnum(str, Enum):
    """Values Novu documents; fields typed with it also accept unknown strings from newer servers."""

    ILLEGAL_VARIABLE_IN_CONTROL_VALUE = "ILLEGAL_VARIABLE_IN_CONTROL_VALUE"
    INVALID_FILTER_ARG_IN_VARIABLE = "INVALID_FILTER_ARG_IN_VARIABLE"
    INVALID_URL = "INVALID_URL"
    MISSING_VALUE = "MISSING_VALUE"
    TIER_LIMIT_EXCEEDED = "TIER_LIMIT_EXCEEDED"

    def __str__(self) -> str:
        return str(self.value)
