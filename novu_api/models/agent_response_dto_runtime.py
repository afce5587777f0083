# Generated from Novu API 3.18.1 by `make generate`; do not edit.
from enum import Enum


class AgentResponseDtoRuntime(str, Enum):
    """Values Novu documents; fields typed with it also accept unknown strings from newer servers."""

    SELF_HOSTED = "self-hosted"
    MANAGED = "managed"

    def __str__(self) -> str:
        return str(self.value)
