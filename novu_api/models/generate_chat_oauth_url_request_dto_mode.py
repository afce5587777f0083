# Generated from Novu API 3.18.1 by `make generate`; do not edit.
from enum import Enum


class GenerateChatOauthUrlRequestDtoMode(str, Enum):
    """Values Novu documents; fields typed with it also accept unknown strings from newer servers."""

    CONNECT = "connect"
    LINK_USER = "link_user"

    def __str__(self) -> str:
        return str(self.value)
