# Generated from Novu API 3.18.1 by `make generate`; do not edit.
from enum import Enum


class DomainDiagnosticCheckDtoCode(str, Enum):
    """Values Novu documents; fields typed with it also accept unknown strings from newer servers."""

    MX_MISSING = "mx_missing"
    MX_WRONG_TARGET = "mx_wrong_target"
    MX_LOW_PRIORITY = "mx_low_priority"
    APEX_CNAME_COLLISION = "apex_cname_collision"
    DNSBL_LISTED = "dnsbl_listed"

    def __str__(self) -> str:
        return str(self.value)
