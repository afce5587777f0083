# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""DigestControlDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.digest_control_dto_skip import DigestControlDtoSkip
from novu_api.models.digest_control_dto_type import DigestControlDtoType
from novu_api.models.digest_control_dto_unit import DigestControlDtoUnit
from novu_api.models.look_back_window_dto import LookBackWindowDto

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "skip",
        "type",
        "amount",
        "unit",
        "lookBackWindow",
        "cron",
        "digestKey",
    )
)


@_define(kw_only=True)
class DigestControlDto(_c.Model):
    """Attributes:
        skip (DigestControlDtoSkip | Mapping[str, Any] | Unset, optional): JSONLogic filter conditions for conditionally skipping the step execution. Supports
            complex logical operations with AND, OR, and comparison operators. See
            https://jsonlogic.com/ for full typing reference.
        type_ (DigestControlDtoType | str | Unset, optional): The type of digest strategy. Determines which fields are applicable. Sent as `type`.
        amount (float | Unset, optional): The amount of time for the digest interval (for REGULAR type). Min 1.
        unit (DigestControlDtoUnit | str | Unset, optional): The unit of time for the digest interval (for REGULAR type).
        look_back_window (LookBackWindowDto | Unset, optional):  Sent as `lookBackWindow`.
        cron (str | Unset, optional): Cron expression for TIMED digest. Min length 1.
        digest_key (str | Unset, optional): Specify a custom key for digesting events instead of the default event key. Sent as `digestKey`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    skip: DigestControlDtoSkip | Mapping[str, Any] | Unset = UNSET
    type_: DigestControlDtoType | str | Unset = UNSET
    amount: float | Unset = UNSET
    unit: DigestControlDtoUnit | str | Unset = UNSET
    look_back_window: LookBackWindowDto | Unset = UNSET
    cron: str | Unset = UNSET
    digest_key: str | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> DigestControlDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not DigestControlDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> DigestControlDto:
    self: DigestControlDto = _c._new(DigestControlDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 0
    if "skip" in src:
        v = src["skip"]
        if v.__class__ is dict:
            try:
                v = DigestControlDtoSkip._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "skip")
                raise
        else:
            v = _c.off(self, ("skip",), v, "an object (DigestControlDtoSkip)")
        self.skip = v
        n += 1
    else:
        self.skip = UNSET
    if "type" in src:
        v = src["type"]
        v = _c.enum_in(self, "type", v, DigestControlDtoType)
        self.type_ = v
        n += 1
    else:
        self.type_ = UNSET
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
        v = _c.enum_in(self, "unit", v, DigestControlDtoUnit)
        self.unit = v
        n += 1
    else:
        self.unit = UNSET
    if "lookBackWindow" in src:
        v = src["lookBackWindow"]
        if v.__class__ is dict:
            try:
                v = LookBackWindowDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "lookBackWindow")
                raise
        else:
            v = _c.off(self, ("lookBackWindow",), v, "an object (LookBackWindowDto)")
        self.look_back_window = v
        n += 1
    else:
        self.look_back_window = UNSET
    if "cron" in src:
        v = src["cron"]
        if v.__class__ is not str:
            v = _c.off(self, ("cron",), v, "a string")
        self.cron = v
        n += 1
    else:
        self.cron = UNSET
    if "digestKey" in src:
        v = src["digestKey"]
        if v.__class__ is not str:
            v = _c.off(self, ("digestKey",), v, "a string")
        self.digest_key = v
        n += 1
    else:
        self.digest_key = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


DigestControlDto._make = _make
DigestControlDto._decode = _decode
DigestControlDto._Pending = _c.pending(DigestControlDto)
DigestControlDto._SPEC = _c.ModelSpec(
    DigestControlDto,
    (
        ("skip", "skip", False, ("model", DigestControlDtoSkip)),
        ("type", "type_", False, ("enum", DigestControlDtoType)),
        ("amount", "amount", False, ("num",)),
        ("unit", "unit", False, ("enum", DigestControlDtoUnit)),
        ("lookBackWindow", "look_back_window", False, ("model", LookBackWindowDto)),
        ("cron", "cron", False, ("str",)),
        ("digestKey", "digest_key", False, ("str",)),
    ),
)
