# Generated from Novu API 3.18.1 by `make generate`; do not edit.
from enum import Enum


class ActorTypeEnum(str, Enum):
    """Values Novu documents; fields typed with it also accept unknown strings from newer servers."""

    NONE = "none"
    USER = "user"
    SYSTEM_ICON = "system_icon"
    SYSTEM_CUSTOM = "system_custom"

    def __str__(self) -> str:
        return str(self.value)
