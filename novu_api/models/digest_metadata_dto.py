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

    @classmethod
    def _eager(cls, src: Any, lazy: bool = False) -> DigestMetadataDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not DigestMetadataDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> DigestMetadataDto:
    self: DigestMetadataDto = _c._new(DigestMetadataDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 1
    try:
        v = src["type"]
    except KeyError:
        v = _c.off(self, ("type",), UNSET, "one of 'regular', 'backoff', 'timed'")
        n -= 1
    else:
        v = _c.enum_in(self, "type", v, DigestTypeEnum)
    self.type_ = v
    if "digestKey" in src:
        v = src["digestKey"]
        if v.__class__ is not str:
            v = _c.off(self, ("digestKey",), v, "a string")
        self.digest_key = v
        n += 1
    else:
        self.digest_key = UNSET
    if "amount" in src:
        v = src["amount"]
        if v.__class__ is not float and v.__class__ is not int:
            v = _c.off(self, ("amount",), v, "a number")
        self.amount = v
        n += 1
    else:
        self.amount = UNSET
    if "unit" in src:
        v = src["unit"]
        v = _c.enum_in(self, "unit", v, DigestMetadataDtoUnit)
        self.unit = v
        n += 1
    else:
        self.unit = UNSET
    if "events" in src:
        v = src["events"]
        v = _c.models_in(self, "events", v, DigestMetadataDtoEventsItem, lazy)
        self.events = v
        n += 1
    else:
        self.events = UNSET
    if "backoff" in src:
        v = src["backoff"]
        if v.__class__ is not bool:
            v = _c.off(self, ("backoff",), v, "a boolean")
        self.backoff = v
        n += 1
    else:
        self.backoff = UNSET
    if "backoffAmount" in src:
        v = src["backoffAmount"]
        if v.__class__ is not float and v.__class__ is not int:
            v = _c.off(self, ("backoffAmount",), v, "a number")
        self.backoff_amount = v
        n += 1
    else:
        self.backoff_amount = UNSET
    if "backoffUnit" in src:
        v = src["backoffUnit"]
        v = _c.enum_in(self, "backoffUnit", v, DigestUnitEnum)
        self.backoff_unit = v
        n += 1
    else:
        self.backoff_unit = UNSET
    if "updateMode" in src:
        v = src["updateMode"]
        if v.__class__ is not bool:
            v = _c.off(self, ("updateMode",), v, "a boolean")
        self.update_mode = v
        n += 1
    else:
        self.update_mode = UNSET
    if "timed" in src:
        v = src["timed"]
        if v.__class__ is dict:
            try:
                v = DigestTimedConfigDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "timed")
                raise
        else:
            v = _c.off(self, ("timed",), v, "an object (DigestTimedConfigDto)")
        self.timed = v
        n += 1
    else:
        self.timed = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


DigestMetadataDto._make = _make
DigestMetadataDto._decode = _decode
DigestMetadataDto._Pending = _c.pending(DigestMetadataDto)
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
