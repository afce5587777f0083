# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""DigestTimedMetadata"""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.digest_timed_metadata_type import DigestTimedMetadataType
from novu_api.models.digest_timed_metadata_unit import DigestTimedMetadataUnit
from novu_api.models.timed_config import TimedConfig

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "type",
        "amount",
        "unit",
        "digestKey",
        "timed",
    )
)


@_define(kw_only=True)
class DigestTimedMetadata(_c.Model):
    """Attributes:
        type_ (DigestTimedMetadataType | str):  Sent as `type`.
        amount (float | Unset, optional):
        unit (DigestTimedMetadataUnit | str | Unset, optional):
        digest_key (str | Unset, optional):  Sent as `digestKey`.
        timed (TimedConfig | Unset, optional):
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    type_: DigestTimedMetadataType | str
    amount: float | Unset = UNSET
    unit: DigestTimedMetadataUnit | str | Unset = UNSET
    digest_key: str | Unset = UNSET
    timed: TimedConfig | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> DigestTimedMetadata:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not DigestTimedMetadata:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> DigestTimedMetadata:
    self: DigestTimedMetadata = _c._new(DigestTimedMetadata)
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
        v = _c.off(self, ("type",), UNSET, "one of 'timed'")
        n -= 1
    else:
        v = _c.enum_in(self, "type", v, DigestTimedMetadataType)
    self.type_ = v
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
        v = _c.enum_in(self, "unit", v, DigestTimedMetadataUnit)
        self.unit = v
        n += 1
    else:
        self.unit = UNSET
    if "digestKey" in src:
        v = src["digestKey"]
        if v.__class__ is not str:
            v = _c.off(self, ("digestKey",), v, "a string")
        self.digest_key = v
        n += 1
    else:
        self.digest_key = UNSET
    if "timed" in src:
        v = src["timed"]
        if v.__class__ is dict:
            try:
                v = TimedConfig._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "timed")
                raise
        else:
            v = _c.off(self, ("timed",), v, "an object (TimedConfig)")
        self.timed = v
        n += 1
    else:
        self.timed = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


DigestTimedMetadata._make = _make
DigestTimedMetadata._decode = _decode
DigestTimedMetadata._Pending = _c.pending(DigestTimedMetadata)
DigestTimedMetadata._SPEC = _c.ModelSpec(
    DigestTimedMetadata,
    (
        ("type", "type_", True, ("enum", DigestTimedMetadataType)),
        ("amount", "amount", False, ("num",)),
        ("unit", "unit", False, ("enum", DigestTimedMetadataUnit)),
        ("digestKey", "digest_key", False, ("str",)),
        ("timed", "timed", False, ("model", TimedConfig)),
    ),
)
