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

    def _fill(self) -> None:
        # Decode the wire object `from_dict` kept (see `_c.Model`), in place.
        src = self._src
        if src is None:
            return
        if self.__class__ is not UpdateEnvironmentRequestDto:
            return _c.fill_subclass(self, src, _decode)
        _c._put(self, "__class__", _Filling)  # plain slot writes while decoding
        try:
            _decode(self, src, False)
        finally:
            _c._put(self, "__class__", UpdateEnvironmentRequestDto)

    @classmethod
    def _eager(cls, src: Any, lazy: bool = False) -> UpdateEnvironmentRequestDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not UpdateEnvironmentRequestDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        self: UpdateEnvironmentRequestDto = object.__new__(_Filling)
        _decode(self, src, lazy)
        _c._put(self, "__class__", UpdateEnvironmentRequestDto)
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The same object while `_decode` writes its fields (plain slot writes); the class is put back after.
_Filling = _c.filling(UpdateEnvironmentRequestDto)


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare; `self` is a `_Filling`.
    g = src.get
    v = g("name", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("name",), v, "a string")
    self.name = v
    v = g("identifier", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("identifier",), v, "a string")
    self.identifier = v
    v = g("parentId", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("parentId",), v, "a string")
    self.parent_id = v
    v = g("color", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("color",), v, "a string")
    self.color = v
    v = g("dns", UNSET)
    if v is not UNSET:
        v = _c.model_in(self, "dns", v, InBoundParseDomainDto, lazy)
    self.dns = v
    v = g("bridge", UNSET)
    if v is not UNSET:
        v = _c.model_in(self, "bridge", v, BridgeConfigurationDto, lazy)
    self.bridge = v
    self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
    self._src = None


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
