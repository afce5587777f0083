# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""AgentIntegrationResponseIntegrationDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.channel_type_enum import ChannelTypeEnum

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "_id",
        "identifier",
        "name",
        "providerId",
        "active",
        "channel",
        "sharedInboundAddress",
        "defaultSenderName",
        "sharedInboxDisabled",
    )
)


@_define(kw_only=True)
class AgentIntegrationResponseIntegrationDto:
    """Attributes:
    id (str): Integration document _id. Sent as `_id`.
    identifier (str): The integration identifier (matches the integration store), not the internal MongoDB _id.
    name (str):
    provider_id (str):  Sent as `providerId`.
    active (bool):
    channel (ChannelTypeEnum | str | Unset, optional): Channel type through which the message is sent
    shared_inbound_address (str | Unset, optional): The Novu shared inbox address for this agent. Set whenever the cloud shared-inbox feature
        is enabled. The dashboard uses this as the headline inbound address and to render the
        shared inbox row in the inbox list. Sent as `sharedInboundAddress`.
    default_sender_name (str | Unset, optional): Default email From display name for this agent (NovuAgent integrations only). Falls back
        to the agent name when not explicitly stored on the integration credentials. Sent as `defaultSenderName`.
    shared_inbox_disabled (bool | Unset, optional): When true, the worker drops inbound mail addressed to this agent on the shared
        `agentconnect.sh` domain. Custom-domain routes still deliver. Meaningful on cloud-enabled
        NovuAgent integrations; on self-hosted it is set defensively at provisioning time and is
        effectively redundant. Sent as `sharedInboxDisabled`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    id: str
    identifier: str
    name: str
    provider_id: str
    active: bool
    channel: ChannelTypeEnum | str | Unset = UNSET
    shared_inbound_address: str | Unset = UNSET
    default_sender_name: str | Unset = UNSET
    shared_inbox_disabled: bool | Unset = UNSET
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
        if self.id is not UNSET:
            out["_id"] = self.id
        if self.identifier is not UNSET:
            out["identifier"] = self.identifier
        if self.name is not UNSET:
            out["name"] = self.name
        if self.provider_id is not UNSET:
            out["providerId"] = self.provider_id
        if self.active is not UNSET:
            out["active"] = self.active
        if self.channel is not UNSET:
            out["channel"] = _c.encode(self.channel)
        if self.shared_inbound_address is not UNSET:
            out["sharedInboundAddress"] = self.shared_inbound_address
        if self.default_sender_name is not UNSET:
            out["defaultSenderName"] = self.default_sender_name
        if self.shared_inbox_disabled is not UNSET:
            out["sharedInboxDisabled"] = self.shared_inbox_disabled
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> AgentIntegrationResponseIntegrationDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.id = g("_id", UNSET)
        self.identifier = g("identifier", UNSET)
        self.name = g("name", UNSET)
        self.provider_id = g("providerId", UNSET)
        self.active = g("active", UNSET)
        self.channel = _c.enum_value(ChannelTypeEnum, g("channel", UNSET))
        self.shared_inbound_address = g("sharedInboundAddress", UNSET)
        self.default_sender_name = g("defaultSenderName", UNSET)
        self.shared_inbox_disabled = g("sharedInboxDisabled", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
