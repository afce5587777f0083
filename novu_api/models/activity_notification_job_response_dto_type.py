# Generated from Novu API 3.18.1 by `make generate`; do not edit.
from enum import Enum


class ActivityNotificationJobResponseDtoType(str, Enum):
    """Values Novu documents; fields typed with it also accept unknown strings from newer servers."""

    IN_APP = "in_app"
    EMAIL = "email"
    SMS = "sms"
    CHAT = "chat"
    PUSH = "push"
    DIGEST = "digest"
    TRIGGER = "trigger"
    DELAY = "delay"
    THROTTLE = "throttle"
    CUSTOM = "custom"
    HTTP_REQUEST = "http_request"

    def __str__(self) -> str:
        return str(self.value)
