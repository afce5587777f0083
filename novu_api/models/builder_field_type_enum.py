# Generated from Novu API 3.18.1 by `make generate`; do not edit.
from enum import Enum


class BuilderFieldTypeEnum(str, Enum):
    """Values Novu documents; fields typed with it also accept unknown strings from newer servers."""

    BOOLEAN = "BOOLEAN"
    TEXT = "TEXT"
    DATE = "DATE"
    NUMBER = "NUMBER"
    STATEMENT = "STATEMENT"
    LIST = "LIST"
    MULTI_LIST = "MULTI_LIST"
    GROUP = "GROUP"

    def __str__(self) -> str:
        return str(self.value)
