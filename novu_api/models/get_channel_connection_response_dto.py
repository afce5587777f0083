# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""GetChannelConnectionResponseDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.auth_dto import AuthDto
from novu_api.models.get_channel_connection_response_dto_channel import GetChannelConnectionResponseDtoChannel
from novu_api.models.get_channel_connection_response_dto_provider_id import (
    GetChannelConnectionResponseDtoProviderId,
)
from novu_api.models.workspace_dto import WorkspaceDto

from .. import _codec as _c
from .._types import UNSET

_KNOWN: frozenset[str] = frozenset(
    (
        "identifier",
        "channel",
        "providerId",
        "integrationIdentifier",
        "subscriberId",
        "contextKeys",
        "workspace",
        "auth",
        "createdAt",
        "updatedAt",
    )
)


@_define(kw_only=True)
class GetChannelConnectionResponseDto:
    """Attributes:
    identifier (str): The unique identifier of the channel endpoint.
    channel (GetChannelConnectionResponseDtoChannel | str): The channel type (email, sms, push, chat, etc.).
    provider_id (GetChannelConnectionResponseDtoProviderId | str): The provider identifier (e.g., sendgrid, twilio, slack, etc.). Sent as `providerId`.
    integration_identifier (None | str): The identifier of the integration to use for this channel endpoint. Sent as `integrationIdentifier`.
    subscriber_id (None | str): The subscriber ID to which the channel connection is linked Sent as `subscriberId`.
    context_keys (list[str]): The context of the channel connection Sent as `contextKeys`.
    workspace (WorkspaceDto):
    auth (AuthDto):
    created_at (str): The timestamp indicating when the channel endpoint was created, in ISO 8601 format. Sent as `createdAt`.
    updated_at (str): The timestamp indicating when the channel endpoint was last updated, in ISO 8601 format. Sent as `updatedAt`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    identifier: str
    channel: GetChannelConnectionResponseDtoChannel | str
    provider_id: GetChannelConnectionResponseDtoProviderId | str
    integration_identifier: None | str
    subscriber_id: None | str
    context_keys: list[str]
    workspace: WorkspaceDto
    auth: AuthDto
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
        if self.subscriber_id is not UNSET:
            out["subscriberId"] = _c.encode(self.subscriber_id)
        if self.context_keys is not UNSET:
            out["contextKeys"] = self.context_keys
        if self.workspace is not UNSET:
            out["workspace"] = _c.encode(self.workspace)
        if self.auth is not UNSET:
            out["auth"] = _c.encode(self.auth)
        if self.created_at is not UNSET:
            out["createdAt"] = self.created_at
        if self.updated_at is not UNSET:
            out["updatedAt"] = self.updated_at
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> GetChannelConnectionResponseDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.identifier = g("identifier", UNSET)
        self.channel = _c.enum_value(GetChannelConnectionResponseDtoChannel, g("channel", UNSET))
        self.provider_id = _c.enum_value(GetChannelConnectionResponseDtoProviderId, g("providerId", UNSET))
        self.integration_identifier = g("integrationIdentifier", UNSET)
        self.subscriber_id = g("subscriberId", UNSET)
        self.context_keys = g("contextKeys", UNSET)
        self.workspace = _c.model(WorkspaceDto, g("workspace", UNSET), "workspace")
        self.auth = _c.model(AuthDto, g("auth", UNSET), "auth")
        self.created_at = g("createdAt", UNSET)
        self.updated_at = g("updatedAt", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
