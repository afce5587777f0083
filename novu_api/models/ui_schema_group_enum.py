# Generated from Novu API 3.18.1 by `make generate`; do not edit.
from enum import Enum


class UiSchemaGroupEnum(str, Enum):
    """Values Novu documents; fields typed with it also accept unknown strings from newer servers."""

    IN_APP = "IN_APP"
    EMAIL = "EMAIL"
    DIGEST = "DIGEST"
    DELAY = "DELAY"
    THROTTLE = "THROTTLE"
    SMS = "SMS"
    CHAT = "CHAT"
    PUSH = "PUSH"
    SKIP = "SKIP"
    LAYOUT = "LAYOUT"
    HTTP_REQUEST = "HTTP_REQUEST"

    def __str__(self) -> str:
        return str(self.value)
