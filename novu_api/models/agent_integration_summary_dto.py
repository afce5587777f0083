# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""AgentIntegrationSummaryDto"""

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
        "integrationId",
        "providerId",
        "name",
        "identifier",
        "active",
        "channel",
    )
)


@_define(kw_only=True)
class AgentIntegrationSummaryDto:
    """Attributes:
    integration_id (str): Integration document id. Sent as `integrationId`.
    provider_id (str):  Sent as `providerId`.
    name (str):
    identifier (str):
    active (bool):
    channel (ChannelTypeEnum | str | Unset, optional): Channel type through which the message is sent
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    integration_id: str
    provider_id: str
    name: str
    identifier: str
    active: bool
    channel: ChannelTypeEnum | str | Unset = UNSET
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
        if self.integration_id is not UNSET:
            out["integrationId"] = self.integration_id
        if self.provider_id is not UNSET:
            out["providerId"] = self.provider_id
        if self.name is not UNSET:
            out["name"] = self.name
        if self.identifier is not UNSET:
            out["identifier"] = self.identifier
        if self.active is not UNSET:
            out["active"] = self.active
        if self.channel is not UNSET:
            out["channel"] = _c.encode(self.channel)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> AgentIntegrationSummaryDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.integration_id = g("integrationId", UNSET)
        self.provider_id = g("providerId", UNSET)
        self.name = g("name", UNSET)
        self.identifier = g("identifier", UNSET)
        self.active = g("active", UNSET)
        self.channel = _c.enum_value(ChannelTypeEnum, g("channel", UNSET))
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
