# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""AgentIntegrationSummaryDto"""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.channel_type_enum import ChannelTypeEnum

from .. import _codec as _c

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
class AgentIntegrationSummaryDto(_c.Model):
    """Attributes:
        integration_id (str): Integration document id. Sent as `integrationId`.
        provider_id (str):  Sent as `providerId`.
        name (str):
        identifier (str):
        active (bool):
        channel (ChannelTypeEnum | str | Unset, optional): Channel type through which the message is sent
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    integration_id: str
    provider_id: str
    name: str
    identifier: str
    active: bool
    channel: ChannelTypeEnum | str | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> AgentIntegrationSummaryDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not AgentIntegrationSummaryDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> AgentIntegrationSummaryDto:
    self: AgentIntegrationSummaryDto = _c._new(AgentIntegrationSummaryDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 5
    try:
        v = src["integrationId"]
    except KeyError:
        v = _c.off(self, ("integrationId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("integrationId",), v, "a string")
    self.integration_id = v
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
        v = src["name"]
    except KeyError:
        v = _c.off(self, ("name",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("name",), v, "a string")
    self.name = v
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
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


AgentIntegrationSummaryDto._make = _make
AgentIntegrationSummaryDto._decode = _decode
AgentIntegrationSummaryDto._Pending = _c.pending(AgentIntegrationSummaryDto)
AgentIntegrationSummaryDto._SPEC = _c.ModelSpec(
    AgentIntegrationSummaryDto,
    (
        ("integrationId", "integration_id", True, ("str",)),
        ("providerId", "provider_id", True, ("str",)),
        ("name", "name", True, ("str",)),
        ("identifier", "identifier", True, ("str",)),
        ("active", "active", True, ("bool",)),
        ("channel", "channel", False, ("enum", ChannelTypeEnum)),
    ),
)
