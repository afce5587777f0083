# Generated from Novu API 3.18.1 by `make generate`; do not edit.
from enum import Enum


class GeneratePreviewResponseDtoResultDigestType(str, Enum):
    """Values Novu documents; fields typed with it also accept unknown strings from newer servers."""

    DIGEST = "digest"

    def __str__(self) -> str:
        return str(self.value)
