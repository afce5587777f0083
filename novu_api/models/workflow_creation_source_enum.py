# Generated from Novu API 3.18.1 by `make generate`; do not edit.
from enum import Enum


class WorkflowCreationSourceEnum(str, Enum):
    """Values Novu documents; fields typed with it also accept unknown strings from newer servers."""

    TEMPLATE_STORE = "template_store"
    EDITOR = "editor"
    NOTIFICATION_DIRECTORY = "notification_directory"
    ONBOARDING_DIGEST_DEMO = "onboarding_digest_demo"
    ONBOARDING_IN_APP = "onboarding_in_app"
    EMPTY_STATE = "empty_state"
    DROPDOWN = "dropdown"
    ONBOARDING_GET_STARTED = "onboarding_get_started"
    BRIDGE = "bridge"
    DASHBOARD = "dashboard"
    AI = "ai"

    def __str__(self) -> str:
        return str(self.value)
