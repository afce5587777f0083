# Generated from Novu API 3.18.1 by `make generate`; do not edit.
from enum import Enum


class ResourceOriginEnum(str, Enum):
    """Values Novu documents; fields typed with it also accept unknown strings from newer servers."""

    NOVU_CLOUD = "novu-cloud"
    NOVU_CLOUD_V1 = "novu-cloud-v1"
    EXTERNAL = "external"

    def __str__(self) -> str:
        return str(self.value)
