# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""AgentIntegrationResponseIntegrationDto"""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.channel_type_enum import ChannelTypeEnum

from .. import _codec as _c

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
class AgentIntegrationResponseIntegrationDto(_c.Model):
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

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
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
    def _eager(cls, src: Any, lazy: bool = False) -> AgentIntegrationResponseIntegrationDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not AgentIntegrationResponseIntegrationDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> AgentIntegrationResponseIntegrationDto:
    self: AgentIntegrationResponseIntegrationDto = _c._new(AgentIntegrationResponseIntegrationDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 5
    try:
        v = src["_id"]
    except KeyError:
        v = _c.off(self, ("_id",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("_id",), v, "a string")
    self.id = v
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
        v = src["name"]
    except KeyError:
        v = _c.off(self, ("name",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("name",), v, "a string")
    self.name = v
    try:
        v = src["providerId"]
    except KeyError:
        v = _c.off(self, ("providerId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("providerId",), v, "a string")
    self.provider_id = v
    try:
        v = src["active"]
    except KeyError:
        v = _c.off(self, ("active",), UNSET, "a boolean")
        n -= 1
    else:
        if v.__class__ is not bool:
            v = _c.off(self, ("active",), v, "a boolean")
    self.active = v
    if "channel" in src:
        v = src["channel"]
        v = _c.enum_in(self, "channel", v, ChannelTypeEnum)
        self.channel = v
        n += 1
    else:
        self.channel = UNSET
    if "sharedInboundAddress" in src:
        v = src["sharedInboundAddress"]
        if v.__class__ is not str:
            v = _c.off(self, ("sharedInboundAddress",), v, "a string")
        self.shared_inbound_address = v
        n += 1
    else:
        self.shared_inbound_address = UNSET
    if "defaultSenderName" in src:
        v = src["defaultSenderName"]
        if v.__class__ is not str:
            v = _c.off(self, ("defaultSenderName",), v, "a string")
        self.default_sender_name = v
        n += 1
    else:
        self.default_sender_name = UNSET
    if "sharedInboxDisabled" in src:
        v = src["sharedInboxDisabled"]
        if v.__class__ is not bool:
            v = _c.off(self, ("sharedInboxDisabled",), v, "a boolean")
        self.shared_inbox_disabled = v
        n += 1
    else:
        self.shared_inbox_disabled = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


AgentIntegrationResponseIntegrationDto._make = _make
AgentIntegrationResponseIntegrationDto._decode = _decode
AgentIntegrationResponseIntegrationDto._Pending = _c.pending(AgentIntegrationResponseIntegrationDto)
AgentIntegrationResponseIntegrationDto._SPEC = _c.ModelSpec(
    AgentIntegrationResponseIntegrationDto,
    (
        ("_id", "id", True, ("str",)),
        ("identifier", "identifier", True, ("str",)),
        ("name", "name", True, ("str",)),
        ("providerId", "provider_id", True, ("str",)),
        ("active", "active", True, ("bool",)),
        ("channel", "channel", False, ("enum", ChannelTypeEnum)),
        ("sharedInboundAddress", "shared_inbound_address", False, ("str",)),
        ("defaultSenderName", "default_sender_name", False, ("str",)),
        ("sharedInboxDisabled", "shared_inbox_disabled", False, ("bool",)),
    ),
)
