# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""UpdateAgentRequestDto"""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.agent_behavior_dto import AgentBehaviorDto

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "name",
        "description",
        "active",
        "behavior",
        "bridgeUrl",
        "devBridgeUrl",
        "devBridgeActive",
    )
)


@_define(kw_only=True)
class UpdateAgentRequestDto(_c.Model):
    """Attributes:
        name (str | Unset, optional):
        description (str | Unset, optional):
        active (bool | Unset, optional):
        behavior (AgentBehaviorDto | Unset, optional):
        bridge_url (str | Unset, optional): Production bridge URL for this agent Sent as `bridgeUrl`.
        dev_bridge_url (str | Unset, optional): Development bridge URL (set by npx novu dev) Sent as `devBridgeUrl`.
        dev_bridge_active (bool | Unset, optional): Whether the dev bridge override is active Sent as `devBridgeActive`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    active: bool | Unset = UNSET
    behavior: AgentBehaviorDto | Unset = UNSET
    bridge_url: str | Unset = UNSET
    dev_bridge_url: str | Unset = UNSET
    dev_bridge_active: bool | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> UpdateAgentRequestDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not UpdateAgentRequestDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> UpdateAgentRequestDto:
    self: UpdateAgentRequestDto = _c._new(UpdateAgentRequestDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 0
    if "name" in src:
        v = src["name"]
        if v.__class__ is not str:
            v = _c.off(self, ("name",), v, "a string")
        self.name = v
        n += 1
    else:
        self.name = UNSET
    if "description" in src:
        v = src["description"]
        if v.__class__ is not str:
            v = _c.off(self, ("description",), v, "a string")
        self.description = v
        n += 1
    else:
        self.description = UNSET
    if "active" in src:
        v = src["active"]
        if v.__class__ is not bool:
            v = _c.off(self, ("active",), v, "a boolean")
        self.active = v
        n += 1
    else:
        self.active = UNSET
    if "behavior" in src:
        v = src["behavior"]
        if v.__class__ is dict:
            try:
                v = AgentBehaviorDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "behavior")
                raise
        else:
            v = _c.off(self, ("behavior",), v, "an object (AgentBehaviorDto)")
        self.behavior = v
        n += 1
    else:
        self.behavior = UNSET
    if "bridgeUrl" in src:
        v = src["bridgeUrl"]
        if v.__class__ is not str:
            v = _c.off(self, ("bridgeUrl",), v, "a string")
        self.bridge_url = v
        n += 1
    else:
        self.bridge_url = UNSET
    if "devBridgeUrl" in src:
        v = src["devBridgeUrl"]
        if v.__class__ is not str:
            v = _c.off(self, ("devBridgeUrl",), v, "a string")
        self.dev_bridge_url = v
        n += 1
    else:
        self.dev_bridge_url = UNSET
    if "devBridgeActive" in src:
        v = src["devBridgeActive"]
        if v.__class__ is not bool:
            v = _c.off(self, ("devBridgeActive",), v, "a boolean")
        self.dev_bridge_active = v
        n += 1
    else:
        self.dev_bridge_active = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


UpdateAgentRequestDto._make = _make
UpdateAgentRequestDto._decode = _decode
UpdateAgentRequestDto._Pending = _c.pending(UpdateAgentRequestDto)
UpdateAgentRequestDto._SPEC = _c.ModelSpec(
    UpdateAgentRequestDto,
    (
        ("name", "name", False, ("str",)),
        ("description", "description", False, ("str",)),
        ("active", "active", False, ("bool",)),
        ("behavior", "behavior", False, ("model", AgentBehaviorDto)),
        ("bridgeUrl", "bridge_url", False, ("str",)),
        ("devBridgeUrl", "dev_bridge_url", False, ("str",)),
        ("devBridgeActive", "dev_bridge_active", False, ("bool",)),
    ),
)
