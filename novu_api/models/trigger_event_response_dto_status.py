# Generated from Novu API 3.18.1 by `make generate`; do not edit.
from enum import Enum


class TriggerEventResponseDtoStatus(str, Enum):
    """Values Novu documents; fields typed with it also accept unknown strings from newer servers."""

    ERROR = "error"
    TRIGGER_NOT_ACTIVE = "trigger_not_active"
    NO_WORKFLOW_ACTIVE_STEPS_DEFINED = "no_workflow_active_steps_defined"
    NO_WORKFLOW_STEPS_DEFINED = "no_workflow_steps_defined"
    PROCESSED = "processed"
    NO_TENANT_FOUND = "no_tenant_found"
    INVALID_RECIPIENTS = "invalid_recipients"

    def __str__(self) -> str:
        return str(self.value)
