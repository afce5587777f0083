# Generated from Novu API 3.18.1 by `make generate`; do not edit.
from enum import Enum


class StepRunDtoStatus(str, Enum):
    """Values Novu documents; fields typed with it also accept unknown strings from newer servers."""

    PENDING = "pending"
    QUEUED = "queued"
    RUNNING = "running"
    COMPLETED = "completed"
    FAILED = "failed"
    DELAYED = "delayed"
    CANCELED = "canceled"
    MERGED = "merged"
    SKIPPED = "skipped"

    def __str__(self) -> str:
        return str(self.value)
