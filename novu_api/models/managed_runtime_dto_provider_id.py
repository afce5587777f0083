# Generated from Novu API 3.18.1 by `make generate`; do not edit.
from enum import Enum


class ManagedRuntimeDtoProviderId(str, Enum):
    """Values Novu documents; fields typed with it also accept unknown strings from newer servers."""

    ANTHROPIC = "anthropic"
    NOVU_ANTHROPIC = "novu-anthropic"
    ANTHROPIC_AWS = "anthropic-aws"

    def __str__(self) -> str:
        return str(self.value)
