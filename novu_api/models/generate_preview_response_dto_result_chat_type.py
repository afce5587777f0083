# Generated from Novu API 3.18.1 by `make generate`; do not edit.
from enum import Enum


class GeneratePreviewResponseDtoResultChatType(str, Enum):
    """Values Novu documents; fields typed with it also accept unknown strings from newer servers."""

    CHAT = "chat"

    def __str__(self) -> str:
        return str(self.value)
