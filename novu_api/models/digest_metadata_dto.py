# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""DigestMetadataDto"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.digest_metadata_dto_events_item import DigestMetadataDtoEventsItem
from novu_api.models.digest_metadata_dto_unit import DigestMetadataDtoUnit
from novu_api.models.digest_timed_config_dto import DigestTimedConfigDto
from novu_api.models.digest_type_enum import DigestTypeEnum
from novu_api.models.digest_unit_enum import DigestUnitEnum

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "type",
        "digestKey",
        "amount",
        "unit",
        "events",
        "backoff",
        "backoffAmount",
        "backoffUnit",
        "updateMode",
        "timed",
    )
)


@_define(kw_only=True)
class DigestMetadataDto(_c.Model):
    """Attributes:
        type_ (DigestTypeEnum | str): The Digest Type Sent as `type`.
        digest_key (str | Unset, optional): Optional key for the digest Sent as `digestKey`.
        amount (float | Unset, optional): Amount for the digest
        unit (DigestMetadataDtoUnit | str | Unset, optional): Unit of the digest
        events (Sequence[DigestMetadataDtoEventsItem | Mapping[str, Any]] | Unset, optional): Optional array of events associated with the digest, represented as key-value pairs
        backoff (bool | Unset, optional): Regular digest: Indicates if backoff is enabled for the regular digest
        backoff_amount (float | Unset, optional): Regular digest: Amount for backoff Sent as `backoffAmount`.
        backoff_unit (DigestUnitEnum | str | Unset, optional): Regular digest: Unit for backoff Sent as `backoffUnit`.
        update_mode (bool | Unset, optional): Regular digest: Indicates if the digest should update Sent as `updateMode`.
        timed (DigestTimedConfigDto | Unset, optional):
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    type_: DigestTypeEnum | str
    digest_key: str | Unset = UNSET
    amount: float | Unset = UNSET
    unit: DigestMetadataDtoUnit | str | Unset = UNSET
    events: Sequence[DigestMetadataDtoEventsItem | Mapping[str, Any]] | Unset = UNSET
    backoff: bool | Unset = UNSET
    backoff_amount: float | Unset = UNSET
    backoff_unit: DigestUnitEnum | str | Unset = UNSET
    update_mode: bool | Unset = UNSET
    timed: DigestTimedConfigDto | Unset = UNSET
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
        if self.__class__ is not DigestMetadataDto:
            return _c.fill_subclass(self, src, _decode)
        _c._put(self, "__class__", _Filling)  # plain slot writes while decoding
        try:
            _decode(self, src, False)
        finally:
            _c._put(self, "__class__", DigestMetadataDto)

    @classmethod
    def _eager(cls, src: Any, lazy: bool = False) -> DigestMetadataDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not DigestMetadataDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        self: DigestMetadataDto = object.__new__(_Filling)
        _decode(self, src, lazy)
        _c._put(self, "__class__", DigestMetadataDto)
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The same object while `_decode` writes its fields (plain slot writes); the class is put back after.
_Filling = _c.filling(DigestMetadataDto)


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare; `self` is a `_Filling`.
    g = src.get
    v = g("type", UNSET)
    if v is not UNSET:
        v = _c.enum_in(self, "type", v, DigestTypeEnum)
    elif v is UNSET:
        v = _c.off(self, ("type",), v, "one of 'regular', 'backoff', 'timed'")
    self.type_ = v
    v = g("digestKey", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("digestKey",), v, "a string")
    self.digest_key = v
    v = g("amount", UNSET)
    if v.__class__ is not float and v.__class__ is not int and v is not UNSET:
        v = _c.off(self, ("amount",), v, "a number")
    self.amount = v
    v = g("unit", UNSET)
    if v is not UNSET:
        v = _c.enum_in(self, "unit", v, DigestMetadataDtoUnit)
    self.unit = v
    v = g("events", UNSET)
    if v is not UNSET:
        v = _c.models_in(self, "events", v, DigestMetadataDtoEventsItem, lazy)
    self.events = v
    v = g("backoff", UNSET)
    if v.__class__ is not bool and v is not UNSET:
        v = _c.off(self, ("backoff",), v, "a boolean")
    self.backoff = v
    v = g("backoffAmount", UNSET)
    if v.__class__ is not float and v.__class__ is not int and v is not UNSET:
        v = _c.off(self, ("backoffAmount",), v, "a number")
    self.backoff_amount = v
    v = g("backoffUnit", UNSET)
    if v is not UNSET:
        v = _c.enum_in(self, "backoffUnit", v, DigestUnitEnum)
    self.backoff_unit = v
    v = g("updateMode", UNSET)
    if v.__class__ is not bool and v is not UNSET:
        v = _c.off(self, ("updateMode",), v, "a boolean")
    self.update_mode = v
    v = g("timed", UNSET)
    if v is not UNSET:
        v = _c.model_in(self, "timed", v, DigestTimedConfigDto, lazy)
    self.timed = v
    self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
    self._src = None


DigestMetadataDto._SPEC = _c.ModelSpec(
    DigestMetadataDto,
    (
        ("type", "type_", True, ("enum", DigestTypeEnum)),
        ("digestKey", "digest_key", False, ("str",)),
        ("amount", "amount", False, ("num",)),
        ("unit", "unit", False, ("enum", DigestMetadataDtoUnit)),
        ("events", "events", False, ("list", ("model", DigestMetadataDtoEventsItem))),
        ("backoff", "backoff", False, ("bool",)),
        ("backoffAmount", "backoff_amount", False, ("num",)),
        ("backoffUnit", "backoff_unit", False, ("enum", DigestUnitEnum)),
        ("updateMode", "update_mode", False, ("bool",)),
        ("timed", "timed", False, ("model", DigestTimedConfigDto)),
    ),
)
