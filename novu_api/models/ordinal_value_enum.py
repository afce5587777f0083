# Generated from Novu API 3.18.1 by `make generate`; do not edit.
from enum import Enum


class OrdinalValueEnum(str, Enum):
    """Values Novu documents; fields typed with it also accept unknown strings from newer servers."""

    DAY = "day"
    WEEKDAY = "weekday"
    WEEKEND = "weekend"
    SUNDAY = "sunday"
    MONDAY = "monday"
    TUESDAY = "tuesday"
    WEDNESDAY = "wednesday"
    THURSDAY = "thursday"
    FRIDAY = "friday"
    SATURDAY = "saturday"

    def __str__(self) -> str:
        return str(self.value)
