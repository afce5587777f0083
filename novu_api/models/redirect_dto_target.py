# Generated from Novu API 3.18.1 by `make generate`; do not edit.
from enum import Enum


class RedirectDtoTarget(str, Enum):
    """Values Novu documents; fields typed with it also accept unknown strings from newer servers."""

    VALUE_0 = "_self"
    VALUE_1 = "_blank"
    VALUE_2 = "_parent"
    VALUE_3 = "_top"
    VALUE_4 = "_unfencedTop"

    def __str__(self) -> str:
        return str(self.value)
