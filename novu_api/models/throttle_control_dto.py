# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""ThrottleControlDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.throttle_control_dto_skip import ThrottleControlDtoSkip
from novu_api.models.throttle_control_dto_type import ThrottleControlDtoType
from novu_api.models.throttle_control_dto_unit import ThrottleControlDtoUnit

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "type",
        "skip",
        "amount",
        "unit",
        "dynamicKey",
        "threshold",
        "throttleKey",
    )
)


@_define(kw_only=True)
class ThrottleControlDto(_c.Model):
    """Attributes:
        type_ (ThrottleControlDtoType | str): The type of throttle window. Sent as `type`.
        skip (ThrottleControlDtoSkip | Mapping[str, Any] | Unset, optional): JSONLogic filter conditions for conditionally skipping the step execution. Supports
            complex logical operations with AND, OR, and comparison operators. See
            https://jsonlogic.com/ for full typing reference.
        amount (float | Unset, optional): The amount of time for the throttle window (required for fixed type).
        unit (ThrottleControlDtoUnit | str | Unset, optional): The unit of time for the throttle window (required for fixed type).
        dynamic_key (str | Unset, optional): Key path to retrieve dynamic window value (required for dynamic type). Sent as `dynamicKey`.
        threshold (float | Unset, optional): The maximum number of executions allowed within the window. Defaults to 1.
        throttle_key (str | Unset, optional): Optional key for grouping throttle rules. If not provided, defaults to workflow and
            subscriber combination. Sent as `throttleKey`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    type_: ThrottleControlDtoType | str
    skip: ThrottleControlDtoSkip | Mapping[str, Any] | Unset = UNSET
    amount: float | Unset = UNSET
    unit: ThrottleControlDtoUnit | str | Unset = UNSET
    dynamic_key: str | Unset = UNSET
    threshold: float | Unset = UNSET
    throttle_key: str | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> ThrottleControlDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not ThrottleControlDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> ThrottleControlDto:
    self: ThrottleControlDto = _c._new(ThrottleControlDto)
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
        v = _c.off(self, ("type",), UNSET, "one of 'fixed', 'dynamic'")
        n -= 1
    else:
        v = _c.enum_in(self, "type", v, ThrottleControlDtoType)
    self.type_ = v
    if "skip" in src:
        v = src["skip"]
        if v.__class__ is dict:
            try:
                v = ThrottleControlDtoSkip._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "skip")
                raise
        else:
            v = _c.off(self, ("skip",), v, "an object (ThrottleControlDtoSkip)")
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
        v = _c.enum_in(self, "unit", v, ThrottleControlDtoUnit)
        self.unit = v
        n += 1
    else:
        self.unit = UNSET
    if "dynamicKey" in src:
        v = src["dynamicKey"]
        if v.__class__ is not str:
            v = _c.off(self, ("dynamicKey",), v, "a string")
        self.dynamic_key = v
        n += 1
    else:
        self.dynamic_key = UNSET
    if "threshold" in src:
        v = src["threshold"]
        if v.__class__ is not float and v.__class__ is not int:
            v = _c.off(self, ("threshold",), v, "a number")
        self.threshold = v
        n += 1
    else:
        self.threshold = UNSET
    if "throttleKey" in src:
        v = src["throttleKey"]
        if v.__class__ is not str:
            v = _c.off(self, ("throttleKey",), v, "a string")
        self.throttle_key = v
        n += 1
    else:
        self.throttle_key = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


ThrottleControlDto._make = _make
ThrottleControlDto._decode = _decode
ThrottleControlDto._Pending = _c.pending(ThrottleControlDto)
ThrottleControlDto._SPEC = _c.ModelSpec(
    ThrottleControlDto,
    (
        ("type", "type_", True, ("enum", ThrottleControlDtoType)),
        ("skip", "skip", False, ("model", ThrottleControlDtoSkip)),
        ("amount", "amount", False, ("num",)),
        ("unit", "unit", False, ("enum", ThrottleControlDtoUnit)),
        ("dynamicKey", "dynamic_key", False, ("str",)),
        ("threshold", "threshold", False, ("num",)),
        ("throttleKey", "throttle_key", False, ("str",)),
    ),
)
