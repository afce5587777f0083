# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""GetChannelEndpointResponseDto"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET
from novu_api.models.get_channel_endpoint_response_dto_channel import GetChannelEndpointResponseDtoChannel
from novu_api.models.get_channel_endpoint_response_dto_provider_id import (
    GetChannelEndpointResponseDtoProviderId,
)
from novu_api.models.get_channel_endpoint_response_dto_type import GetChannelEndpointResponseDtoType
from novu_api.models.line_user_endpoint_dto import LineUserEndpointDto
from novu_api.models.ms_teams_channel_endpoint_dto import MsTeamsChannelEndpointDto
from novu_api.models.ms_teams_user_endpoint_dto import MsTeamsUserEndpointDto
from novu_api.models.phone_endpoint_dto import PhoneEndpointDto
from novu_api.models.slack_channel_endpoint_dto import SlackChannelEndpointDto
from novu_api.models.slack_user_endpoint_dto import SlackUserEndpointDto
from novu_api.models.telegram_chat_endpoint_dto import TelegramChatEndpointDto
from novu_api.models.webex_person_endpoint_dto import WebexPersonEndpointDto
from novu_api.models.webex_room_endpoint_dto import WebexRoomEndpointDto
from novu_api.models.webhook_endpoint_dto import WebhookEndpointDto

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "identifier",
        "channel",
        "providerId",
        "integrationIdentifier",
        "connectionIdentifier",
        "subscriberId",
        "contextKeys",
        "type",
        "endpoint",
        "createdAt",
        "updatedAt",
    )
)


@_define(kw_only=True)
class GetChannelEndpointResponseDto(_c.Model):
    """Attributes:
        identifier (str): The unique identifier of the channel endpoint.
        channel (GetChannelEndpointResponseDtoChannel | str | None): The channel type (email, sms, push, chat, etc.).
        provider_id (GetChannelEndpointResponseDtoProviderId | str | None): The provider identifier (e.g., sendgrid, twilio, slack, etc.). Sent as `providerId`.
        integration_identifier (str | None): The identifier of the integration to use for this channel endpoint. Sent as `integrationIdentifier`.
        connection_identifier (str | None): The identifier of the channel connection used for this endpoint. Sent as `connectionIdentifier`.
        subscriber_id (str | None): The subscriber ID to which the channel endpoint is linked Sent as `subscriberId`.
        context_keys (Sequence[str]): The context of the channel connection Sent as `contextKeys`.
        type_ (GetChannelEndpointResponseDtoType | str): Type of channel endpoint Sent as `type`.
        endpoint (SlackChannelEndpointDto | SlackUserEndpointDto | WebhookEndpointDto | PhoneEndpointDto | MsTeamsChannelEndpointDto | MsTeamsUserEndpointDto | TelegramChatEndpointDto | WebexRoomEndpointDto | WebexPersonEndpointDto | LineUserEndpointDto): Endpoint data specific to the channel type
        created_at (str): The timestamp indicating when the channel endpoint was created, in ISO 8601 format. Sent as `createdAt`.
        updated_at (str): The timestamp indicating when the channel endpoint was last updated, in ISO 8601 format. Sent as `updatedAt`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    identifier: str
    channel: GetChannelEndpointResponseDtoChannel | str | None
    provider_id: GetChannelEndpointResponseDtoProviderId | str | None
    integration_identifier: str | None
    connection_identifier: str | None
    subscriber_id: str | None
    context_keys: Sequence[str]
    type_: GetChannelEndpointResponseDtoType | str
    endpoint: (
        SlackChannelEndpointDto
        | SlackUserEndpointDto
        | WebhookEndpointDto
        | PhoneEndpointDto
        | MsTeamsChannelEndpointDto
        | MsTeamsUserEndpointDto
        | TelegramChatEndpointDto
        | WebexRoomEndpointDto
        | WebexPersonEndpointDto
        | LineUserEndpointDto
    )
    created_at: str
    updated_at: str
    # None until asked for or until the server sends undeclared fields: nothing is kept per
    # model when there are none (a decoded model does not hold on to its wire object).
    _extra: dict[str, Any] | None = _field(default=None, alias="additional_properties", eq=False, repr=False)
    # What the generator knows about the fields (names, types, required set), set at the end of
    # this module; the encoder, the input checks and the union picker read it.
    _SPEC: ClassVar[_c.ModelSpec]

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the server sent that this version of the spec does not declare."""
        if self._extra is None:
            self._extra = {}
        return self._extra

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._extra = value

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model is sent as; values are checked as they are encoded."""
        return _c.to_wire(self)

    @classmethod
    def _eager(cls, src: Any, lazy: bool = False) -> GetChannelEndpointResponseDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not GetChannelEndpointResponseDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> GetChannelEndpointResponseDto:
    self: GetChannelEndpointResponseDto = _c._new(GetChannelEndpointResponseDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 11
    try:
        v = src["identifier"]
    except KeyError:
        v = _c.off(self, ("identifier",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("identifier",), v, "a string")
    self.identifier = v
    try:
        v = src["channel"]
    except KeyError:
        v = _c.off(self, ("channel",), UNSET, "one of 'in_app', 'email', 'sms', 'chat', 'push' or null")
        n -= 1
    else:
        if v is not None:
            v = _c.enum_in(self, "channel", v, GetChannelEndpointResponseDtoChannel)
    self.channel = v
    try:
        v = src["providerId"]
    except KeyError:
        v = _c.off(
            self,
            ("providerId",),
            UNSET,
            "one of 'anypost', 'emailjs', 'mailgun', 'mailjet', 'mandrill', 'nodemailer', 'postmark', 'sendgrid', 'sendinblue', 'ses', 'netcore', 'infobip-email', 'resend', 'plunk', 'mailersend', 'mailtrap', 'clickatell', 'outlook365', 'novu-email', 'sparkpost', 'email-webhook', 'braze', 'novu-email-agent', 'nexmo', 'plivo', 'sms77', 'sms-central', 'sns', 'telnyx', 'twilio', 'gupshup', 'firetext', 'infobip-sms', 'burst-sms', 'bulk-sms', 'isend-sms', 'forty-six-elks', 'kannel', 'maqsam', 'termii', 'africas-talking', 'novu-sms', 'sendchamp', 'generic-sms', 'clicksend', 'bandwidth', 'messagebird', 'simpletexting', 'azure-sms', 'ring-central', 'brevo-sms', 'eazy-sms', 'mobishastra', 'afro-message', 'unifonic', 'smsmode', 'imedia', 'sinch', 'isendpro-sms', 'cm-telecom', 'fcm', 'apns', 'expo', 'one-signal', 'pushpad', 'push-webhook', 'pusher-beams', 'appio', 'novu', 'slack', 'discord', 'msteams', 'webex-messaging', 'mattermost', 'ryver', 'zulip', 'grafana-on-call', 'getstream', 'rocket-chat', 'whatsapp-business', 'line', 'chat-webhook', 'novu-slack', 'telegram', 'sendblue', 'anthropic', 'novu-anthropic', 'anthropic-aws' or null",
        )
        n -= 1
    else:
        if v is not None:
            v = _c.enum_in(self, "providerId", v, GetChannelEndpointResponseDtoProviderId)
    self.provider_id = v
    try:
        v = src["integrationIdentifier"]
    except KeyError:
        v = _c.off(self, ("integrationIdentifier",), UNSET, "a string or null")
        n -= 1
    else:
        if v.__class__ is not str and v is not None:
            v = _c.off(self, ("integrationIdentifier",), v, "a string or null")
    self.integration_identifier = v
    try:
        v = src["connectionIdentifier"]
    except KeyError:
        v = _c.off(self, ("connectionIdentifier",), UNSET, "a string or null")
        n -= 1
    else:
        if v.__class__ is not str and v is not None:
            v = _c.off(self, ("connectionIdentifier",), v, "a string or null")
    self.connection_identifier = v
    try:
        v = src["subscriberId"]
    except KeyError:
        v = _c.off(self, ("subscriberId",), UNSET, "a string or null")
        n -= 1
    else:
        if v.__class__ is not str and v is not None:
            v = _c.off(self, ("subscriberId",), v, "a string or null")
    self.subscriber_id = v
    try:
        v = src["contextKeys"]
    except KeyError:
        v = _c.off(self, ("contextKeys",), UNSET, "an array of a string")
        n -= 1
    else:
        v = _c.scalars_in(self, "contextKeys", v, (str,), "a string")
    self.context_keys = v
    try:
        v = src["type"]
    except KeyError:
        v = _c.off(
            self,
            ("type",),
            UNSET,
            "one of 'slack_channel', 'slack_user', 'webhook', 'phone', 'ms_teams_channel', 'ms_teams_user', 'telegram_chat', 'webex_room', 'webex_person', 'line_user'",
        )
        n -= 1
    else:
        v = _c.enum_in(self, "type", v, GetChannelEndpointResponseDtoType)
    self.type_ = v
    try:
        v = src["endpoint"]
    except KeyError:
        v = _c.off(
            self,
            ("endpoint",),
            UNSET,
            "an object (SlackChannelEndpointDto) or an object (SlackUserEndpointDto) or an object (WebhookEndpointDto) or an object (PhoneEndpointDto) or an object (MsTeamsChannelEndpointDto) or an object (MsTeamsUserEndpointDto) or an object (TelegramChatEndpointDto) or an object (WebexRoomEndpointDto) or an object (WebexPersonEndpointDto) or an object (LineUserEndpointDto)",
        )
        n -= 1
    else:
        v = _c.union_in(self, "endpoint", v, _S_endpoint)
    self.endpoint = v
    try:
        v = src["createdAt"]
    except KeyError:
        v = _c.off(self, ("createdAt",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("createdAt",), v, "a string")
    self.created_at = v
    try:
        v = src["updatedAt"]
    except KeyError:
        v = _c.off(self, ("updatedAt",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("updatedAt",), v, "a string")
    self.updated_at = v
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


GetChannelEndpointResponseDto._make = _make
GetChannelEndpointResponseDto._decode = _decode
GetChannelEndpointResponseDto._Pending = _c.pending(GetChannelEndpointResponseDto)
GetChannelEndpointResponseDto._SPEC = _c.ModelSpec(
    GetChannelEndpointResponseDto,
    (
        ("identifier", "identifier", True, ("str",)),
        (
            "channel",
            "channel",
            True,
            (
                "union",
                (
                    ("enum", GetChannelEndpointResponseDtoChannel),
                    ("null",),
                ),
            ),
        ),
        (
            "providerId",
            "provider_id",
            True,
            (
                "union",
                (
                    ("enum", GetChannelEndpointResponseDtoProviderId),
                    ("null",),
                ),
            ),
        ),
        (
            "integrationIdentifier",
            "integration_identifier",
            True,
            (
                "union",
                (
                    ("str",),
                    ("null",),
                ),
            ),
        ),
        (
            "connectionIdentifier",
            "connection_identifier",
            True,
            (
                "union",
                (
                    ("str",),
                    ("null",),
                ),
            ),
        ),
        (
            "subscriberId",
            "subscriber_id",
            True,
            (
                "union",
                (
                    ("str",),
                    ("null",),
                ),
            ),
        ),
        ("contextKeys", "context_keys", True, ("list", ("str",))),
        ("type", "type_", True, ("enum", GetChannelEndpointResponseDtoType)),
        (
            "endpoint",
            "endpoint",
            True,
            (
                "union",
                (
                    ("model", SlackChannelEndpointDto),
                    ("model", SlackUserEndpointDto),
                    ("model", WebhookEndpointDto),
                    ("model", PhoneEndpointDto),
                    ("model", MsTeamsChannelEndpointDto),
                    ("model", MsTeamsUserEndpointDto),
                    ("model", TelegramChatEndpointDto),
                    ("model", WebexRoomEndpointDto),
                    ("model", WebexPersonEndpointDto),
                    ("model", LineUserEndpointDto),
                ),
            ),
        ),
        ("createdAt", "created_at", True, ("str",)),
        ("updatedAt", "updated_at", True, ("str",)),
    ),
)
_S_endpoint = _c.prepare(
    (
        "union",
        (
            ("model", SlackChannelEndpointDto),
            ("model", SlackUserEndpointDto),
            ("model", WebhookEndpointDto),
            ("model", PhoneEndpointDto),
            ("model", MsTeamsChannelEndpointDto),
            ("model", MsTeamsUserEndpointDto),
            ("model", TelegramChatEndpointDto),
            ("model", WebexRoomEndpointDto),
            ("model", WebexPersonEndpointDto),
            ("model", LineUserEndpointDto),
        ),
    )
)
