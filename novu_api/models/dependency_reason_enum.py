# Generated from Novu API 3.18.1 by `make generate`; do not edit.
from enum import Enum


class DependencyReasonEnum(str, Enum):
    """Values Novu documents; fields typed with it also accept unknown strings from newer servers."""

    LAYOUT_REQUIRED_FOR_WORKFLOW = "LAYOUT_REQUIRED_FOR_WORKFLOW"
    LAYOUT_EXISTS_IN_TARGET = "LAYOUT_EXISTS_IN_TARGET"

    def __str__(self) -> str:
        return str(self.value)
