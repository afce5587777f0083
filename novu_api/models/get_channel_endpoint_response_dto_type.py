# Generated from Novu API 3.18.1 by `make generate`; do not edit.
from enum import Enum


class GetChannelEndpointResponseDtoType(str, Enum):
    """Values Novu documents; fields typed with it also accept unknown strings from newer servers."""

    SLACK_CHANNEL = "slack_channel"
    SLACK_USER = "slack_user"
    WEBHOOK = "webhook"
    PHONE = "phone"
    MS_TEAMS_CHANNEL = "ms_teams_channel"
    MS_TEAMS_USER = "ms_teams_user"
    TELEGRAM_CHAT = "telegram_chat"
    WEBEX_ROOM = "webex_room"
    WEBEX_PERSON = "webex_person"
    LINE_USER = "line_user"

    def __str__(self) -> str:
        return str(self.value)
