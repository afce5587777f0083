# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""GetChannelEndpointResponseDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

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
from .._types import UNSET

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
class GetChannelEndpointResponseDto:
    """Attributes:
    identifier (str): The unique identifier of the channel endpoint.
    channel (GetChannelEndpointResponseDtoChannel | str): The channel type (email, sms, push, chat, etc.).
    provider_id (GetChannelEndpointResponseDtoProviderId | str): The provider identifier (e.g., sendgrid, twilio, slack, etc.). Sent as `providerId`.
    integration_identifier (None | str): The identifier of the integration to use for this channel endpoint. Sent as `integrationIdentifier`.
    connection_identifier (None | str): The identifier of the channel connection used for this endpoint. Sent as `connectionIdentifier`.
    subscriber_id (None | str): The subscriber ID to which the channel endpoint is linked Sent as `subscriberId`.
    context_keys (list[str]): The context of the channel connection Sent as `contextKeys`.
    type_ (GetChannelEndpointResponseDtoType | str): Type of channel endpoint Sent as `type`.
    endpoint (LineUserEndpointDto | MsTeamsChannelEndpointDto | MsTeamsUserEndpointDto | PhoneEndpointDto | SlackChannelEndpointDto | SlackUserEndpointDto | TelegramChatEndpointDto | WebexPersonEndpointDto | WebexRoomEndpointDto | WebhookEndpointDto): Endpoint data specific to the channel type
    created_at (str): The timestamp indicating when the channel endpoint was created, in ISO 8601 format. Sent as `createdAt`.
    updated_at (str): The timestamp indicating when the channel endpoint was last updated, in ISO 8601 format. Sent as `updatedAt`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    identifier: str
    channel: GetChannelEndpointResponseDtoChannel | str
    provider_id: GetChannelEndpointResponseDtoProviderId | str
    integration_identifier: None | str
    connection_identifier: None | str
    subscriber_id: None | str
    context_keys: list[str]
    type_: GetChannelEndpointResponseDtoType | str
    endpoint: (
        LineUserEndpointDto
        | MsTeamsChannelEndpointDto
        | MsTeamsUserEndpointDto
        | PhoneEndpointDto
        | SlackChannelEndpointDto
        | SlackUserEndpointDto
        | TelegramChatEndpointDto
        | WebexPersonEndpointDto
        | WebexRoomEndpointDto
        | WebhookEndpointDto
    )
    created_at: str
    updated_at: str
    # None until asked for or until the server sends undeclared fields: nothing is kept per
    # model when there are none (the decoded model does not hold on to its source dict).
    _extra: dict[str, Any] | None = _field(default=None, alias="additional_properties", eq=False, repr=False)

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
        out: dict[str, Any] = dict(self.additional_properties)
        if self.identifier is not UNSET:
            out["identifier"] = self.identifier
        if self.channel is not UNSET:
            out["channel"] = _c.encode(self.channel)
        if self.provider_id is not UNSET:
            out["providerId"] = _c.encode(self.provider_id)
        if self.integration_identifier is not UNSET:
            out["integrationIdentifier"] = _c.encode(self.integration_identifier)
        if self.connection_identifier is not UNSET:
            out["connectionIdentifier"] = _c.encode(self.connection_identifier)
        if self.subscriber_id is not UNSET:
            out["subscriberId"] = _c.encode(self.subscriber_id)
        if self.context_keys is not UNSET:
            out["contextKeys"] = self.context_keys
        if self.type_ is not UNSET:
            out["type"] = _c.encode(self.type_)
        if self.endpoint is not UNSET:
            out["endpoint"] = _c.encode(self.endpoint)
        if self.created_at is not UNSET:
            out["createdAt"] = self.created_at
        if self.updated_at is not UNSET:
            out["updatedAt"] = self.updated_at
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> GetChannelEndpointResponseDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.identifier = g("identifier", UNSET)
        self.channel = _c.enum_value(GetChannelEndpointResponseDtoChannel, g("channel", UNSET))
        self.provider_id = _c.enum_value(GetChannelEndpointResponseDtoProviderId, g("providerId", UNSET))
        self.integration_identifier = g("integrationIdentifier", UNSET)
        self.connection_identifier = g("connectionIdentifier", UNSET)
        self.subscriber_id = g("subscriberId", UNSET)
        self.context_keys = g("contextKeys", UNSET)
        self.type_ = _c.enum_value(GetChannelEndpointResponseDtoType, g("type", UNSET))
        self.endpoint = _c.union(
            (
                SlackChannelEndpointDto,
                SlackUserEndpointDto,
                WebhookEndpointDto,
                PhoneEndpointDto,
                MsTeamsChannelEndpointDto,
                MsTeamsUserEndpointDto,
                TelegramChatEndpointDto,
                WebexRoomEndpointDto,
                WebexPersonEndpointDto,
                LineUserEndpointDto,
            ),
            g("endpoint", UNSET),
            "endpoint",
        )
        self.created_at = g("createdAt", UNSET)
        self.updated_at = g("updatedAt", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
