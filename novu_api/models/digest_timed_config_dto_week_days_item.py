# Generated from Novu API 3.18.1 by `make generate`; do not edit.
from enum import Enum


class DigestTimedConfigDtoWeekDaysItem(str, Enum):
    """Values Novu documents; fields typed with it also accept unknown strings from newer servers."""

    MONDAY = "monday"
    TUESDAY = "tuesday"
    WEDNESDAY = "wednesday"
    THURSDAY = "thursday"
    FRIDAY = "friday"
    SATURDAY = "saturday"
    SUNDAY = "sunday"

    def __str__(self) -> str:
        return str(self.value)
