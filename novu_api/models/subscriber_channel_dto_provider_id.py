# Generated from Novu API 3.18.1 by `make generate`; do not edit.
from enum import Enum


class SubscriberChannelDtoProviderId(str, Enum):
    """Values Novu documents; fields typed with it also accept unknown strings from newer servers."""

    SLACK = "slack"
    DISCORD = "discord"
    MSTEAMS = "msteams"
    WEBEX_MESSAGING = "webex-messaging"
    MATTERMOST = "mattermost"
    RYVER = "ryver"
    ZULIP = "zulip"
    GRAFANA_ON_CALL = "grafana-on-call"
    GETSTREAM = "getstream"
    ROCKET_CHAT = "rocket-chat"
    WHATSAPP_BUSINESS = "whatsapp-business"
    LINE = "line"
    CHAT_WEBHOOK = "chat-webhook"
    NOVU_SLACK = "novu-slack"
    TELEGRAM = "telegram"
    SENDBLUE = "sendblue"
    FCM = "fcm"
    APNS = "apns"
    EXPO = "expo"
    ONE_SIGNAL = "one-signal"
    PUSHPAD = "pushpad"
    PUSH_WEBHOOK = "push-webhook"
    PUSHER_BEAMS = "pusher-beams"
    APPIO = "appio"

    def __str__(self) -> str:
        return str(self.value)
