# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""UpdateEnvironmentRequestDto"""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.bridge_configuration_dto import BridgeConfigurationDto
from novu_api.models.in_bound_parse_domain_dto import InBoundParseDomainDto

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "name",
        "identifier",
        "parentId",
        "color",
        "dns",
        "bridge",
    )
)


@_define(kw_only=True)
class UpdateEnvironmentRequestDto(_c.Model):
    """Attributes:
        name (str | Unset, optional):
        identifier (str | Unset, optional):
        parent_id (str | Unset, optional):  Sent as `parentId`.
        color (str | Unset, optional):
        dns (InBoundParseDomainDto | Unset, optional):
        bridge (BridgeConfigurationDto | Unset, optional):
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    name: str | Unset = UNSET
    identifier: str | Unset = UNSET
    parent_id: str | Unset = UNSET
    color: str | Unset = UNSET
    dns: InBoundParseDomainDto | Unset = UNSET
    bridge: BridgeConfigurationDto | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> UpdateEnvironmentRequestDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not UpdateEnvironmentRequestDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> UpdateEnvironmentRequestDto:
    self: UpdateEnvironmentRequestDto = _c._new(UpdateEnvironmentRequestDto)
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
    if "identifier" in src:
        v = src["identifier"]
        if v.__class__ is not str:
            v = _c.off(self, ("identifier",), v, "a string")
        self.identifier = v
        n += 1
    else:
        self.identifier = UNSET
    if "parentId" in src:
        v = src["parentId"]
        if v.__class__ is not str:
            v = _c.off(self, ("parentId",), v, "a string")
        self.parent_id = v
        n += 1
    else:
        self.parent_id = UNSET
    if "color" in src:
        v = src["color"]
        if v.__class__ is not str:
            v = _c.off(self, ("color",), v, "a string")
        self.color = v
        n += 1
    else:
        self.color = UNSET
    if "dns" in src:
        v = src["dns"]
        if v.__class__ is dict:
            try:
                v = InBoundParseDomainDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "dns")
                raise
        else:
            v = _c.off(self, ("dns",), v, "an object (InBoundParseDomainDto)")
        self.dns = v
        n += 1
    else:
        self.dns = UNSET
    if "bridge" in src:
        v = src["bridge"]
        if v.__class__ is dict:
            try:
                v = BridgeConfigurationDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "bridge")
                raise
        else:
            v = _c.off(self, ("bridge",), v, "an object (BridgeConfigurationDto)")
        self.bridge = v
        n += 1
    else:
        self.bridge = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


UpdateEnvironmentRequestDto._make = _make
UpdateEnvironmentRequestDto._decode = _decode
UpdateEnvironmentRequestDto._Pending = _c.pending(UpdateEnvironmentRequestDto)
UpdateEnvironmentRequestDto._SPEC = _c.ModelSpec(
    UpdateEnvironmentRequestDto,
    (
        ("name", "name", False, ("str",)),
        ("identifier", "identifier", False, ("str",)),
        ("parentId", "parent_id", False, ("str",)),
        ("color", "color", False, ("str",)),
        ("dns", "dns", False, ("model", InBoundParseDomainDto)),
        ("bridge", "bridge", False, ("model", BridgeConfigurationDto)),
    ),
)
