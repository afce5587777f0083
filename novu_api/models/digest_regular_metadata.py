# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""DigestRegularMetadata"""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.digest_regular_metadata_backoff_unit import DigestRegularMetadataBackoffUnit
from novu_api.models.digest_regular_metadata_type import DigestRegularMetadataType
from novu_api.models.digest_regular_metadata_unit import DigestRegularMetadataUnit

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "type",
        "amount",
        "unit",
        "digestKey",
        "backoff",
        "backoffAmount",
        "backoffUnit",
        "updateMode",
    )
)


@_define(kw_only=True)
class DigestRegularMetadata(_c.Model):
    """Attributes:
        type_ (DigestRegularMetadataType | str):  Sent as `type`.
        amount (float | Unset, optional):
        unit (DigestRegularMetadataUnit | str | Unset, optional):
        digest_key (str | Unset, optional):  Sent as `digestKey`.
        backoff (bool | Unset, optional):
        backoff_amount (float | Unset, optional):  Sent as `backoffAmount`.
        backoff_unit (DigestRegularMetadataBackoffUnit | str | Unset, optional):  Sent as `backoffUnit`.
        update_mode (bool | Unset, optional):  Sent as `updateMode`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    type_: DigestRegularMetadataType | str
    amount: float | Unset = UNSET
    unit: DigestRegularMetadataUnit | str | Unset = UNSET
    digest_key: str | Unset = UNSET
    backoff: bool | Unset = UNSET
    backoff_amount: float | Unset = UNSET
    backoff_unit: DigestRegularMetadataBackoffUnit | str | Unset = UNSET
    update_mode: bool | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> DigestRegularMetadata:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not DigestRegularMetadata:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> DigestRegularMetadata:
    self: DigestRegularMetadata = _c._new(DigestRegularMetadata)
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
        v = _c.off(self, ("type",), UNSET, "one of 'regular', 'backoff'")
        n -= 1
    else:
        v = _c.enum_in(self, "type", v, DigestRegularMetadataType)
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
        v = _c.enum_in(self, "unit", v, DigestRegularMetadataUnit)
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
        v = _c.enum_in(self, "backoffUnit", v, DigestRegularMetadataBackoffUnit)
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
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


DigestRegularMetadata._make = _make
DigestRegularMetadata._decode = _decode
DigestRegularMetadata._Pending = _c.pending(DigestRegularMetadata)
DigestRegularMetadata._SPEC = _c.ModelSpec(
    DigestRegularMetadata,
    (
        ("type", "type_", True, ("enum", DigestRegularMetadataType)),
        ("amount", "amount", False, ("num",)),
        ("unit", "unit", False, ("enum", DigestRegularMetadataUnit)),
        ("digestKey", "digest_key", False, ("str",)),
        ("backoff", "backoff", False, ("bool",)),
        ("backoffAmount", "backoff_amount", False, ("num",)),
        ("backoffUnit", "backoff_unit", False, ("enum", DigestRegularMetadataBackoffUnit)),
        ("updateMode", "update_mode", False, ("bool",)),
    ),
)
