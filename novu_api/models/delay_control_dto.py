# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""DelayControlDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.delay_control_dto_skip import DelayControlDtoSkip
from novu_api.models.delay_control_dto_type import DelayControlDtoType
from novu_api.models.delay_control_dto_unit import DelayControlDtoUnit

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "type",
        "skip",
        "amount",
        "unit",
        "cron",
    )
)


@_define(kw_only=True)
class DelayControlDto(_c.Model):
    """Attributes:
        type_ (DelayControlDtoType | str): Type of the delay. Currently only 'regular' is supported by the schema. Sent as `type`.
        skip (DelayControlDtoSkip | Mapping[str, Any] | Unset, optional): JSONLogic filter conditions for conditionally skipping the step execution. Supports
            complex logical operations with AND, OR, and comparison operators. See
            https://jsonlogic.com/ for full typing reference.
        amount (float | Unset, optional): Amount of time to delay.
        unit (DelayControlDtoUnit | str | Unset, optional): Unit of time for the delay amount.
        cron (str | Unset, optional): Cron expression for the delay. Min length 1.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    type_: DelayControlDtoType | str
    skip: DelayControlDtoSkip | Mapping[str, Any] | Unset = UNSET
    amount: float | Unset = UNSET
    unit: DelayControlDtoUnit | str | Unset = UNSET
    cron: str | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> DelayControlDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not DelayControlDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> DelayControlDto:
    self: DelayControlDto = _c._new(DelayControlDto)
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
        v = _c.off(self, ("type",), UNSET, "one of 'regular', 'timed'")
        n -= 1
    else:
        v = _c.enum_in(self, "type", v, DelayControlDtoType)
    self.type_ = v
    if "skip" in src:
        v = src["skip"]
        if v.__class__ is dict:
            try:
                v = DelayControlDtoSkip._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "skip")
                raise
        else:
            v = _c.off(self, ("skip",), v, "an object (DelayControlDtoSkip)")
        self.skip = v
        n += 1
    else:
        self.skip = UNSET
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
        v = _c.enum_in(self, "unit", v, DelayControlDtoUnit)
        self.unit = v
        n += 1
    else:
        self.unit = UNSET
    if "cron" in src:
        v = src["cron"]
        if v.__class__ is not str:
            v = _c.off(self, ("cron",), v, "a string")
        self.cron = v
        n += 1
    else:
        self.cron = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


DelayControlDto._make = _make
DelayControlDto._decode = _decode
DelayControlDto._Pending = _c.pending(DelayControlDto)
DelayControlDto._SPEC = _c.ModelSpec(
    DelayControlDto,
    (
        ("type", "type_", True, ("enum", DelayControlDtoType)),
        ("skip", "skip", False, ("model", DelayControlDtoSkip)),
        ("amount", "amount", False, ("num",)),
        ("unit", "unit", False, ("enum", DelayControlDtoUnit)),
        ("cron", "cron", False, ("str",)),
    ),
)
