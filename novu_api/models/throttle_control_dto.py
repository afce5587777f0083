# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""ThrottleControlDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.throttle_control_dto_skip import ThrottleControlDtoSkip
from novu_api.models.throttle_control_dto_type import ThrottleControlDtoType
from novu_api.models.throttle_control_dto_unit import ThrottleControlDtoUnit

from .. import _codec as _c
from .._types import UNSET, Unset

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
class ThrottleControlDto:
    """Attributes:
    type_ (ThrottleControlDtoType | str): The type of throttle window. Sent as `type`.
    skip (ThrottleControlDtoSkip | Unset, optional): JSONLogic filter conditions for conditionally skipping the step execution. Supports
        complex logical operations with AND, OR, and comparison operators. See
        https://jsonlogic.com/ for full typing reference.
    amount (float | Unset, optional): The amount of time for the throttle window (required for fixed type).
    unit (ThrottleControlDtoUnit | str | Unset, optional): The unit of time for the throttle window (required for fixed type).
    dynamic_key (str | Unset, optional): Key path to retrieve dynamic window value (required for dynamic type). Sent as `dynamicKey`.
    threshold (float | Unset, optional): The maximum number of executions allowed within the window. Defaults to 1.
    throttle_key (str | Unset, optional): Optional key for grouping throttle rules. If not provided, defaults to workflow and
        subscriber combination. Sent as `throttleKey`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    type_: ThrottleControlDtoType | str
    skip: ThrottleControlDtoSkip | Unset = UNSET
    amount: float | Unset = UNSET
    unit: ThrottleControlDtoUnit | str | Unset = UNSET
    dynamic_key: str | Unset = UNSET
    threshold: float | Unset = UNSET
    throttle_key: str | Unset = UNSET
    # None until asked for or until the server sends undeclared fields: nothing is kept per
    # model when there are none (the decoded model does not hold on to its source dict).
    _extra: dict[str, Any] | None = _field(default=None, alias="additional_properties", eq=False, repr=False)

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
        out: dict[str, Any] = dict(self.additional_properties)
        if self.type_ is not UNSET:
            out["type"] = _c.encode(self.type_)
        if self.skip is not UNSET:
            out["skip"] = _c.encode(self.skip)
        if self.amount is not UNSET:
            out["amount"] = self.amount
        if self.unit is not UNSET:
            out["unit"] = _c.encode(self.unit)
        if self.dynamic_key is not UNSET:
            out["dynamicKey"] = self.dynamic_key
        if self.threshold is not UNSET:
            out["threshold"] = self.threshold
        if self.throttle_key is not UNSET:
            out["throttleKey"] = self.throttle_key
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> ThrottleControlDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.type_ = _c.enum_value(ThrottleControlDtoType, g("type", UNSET))
        self.skip = _c.model(ThrottleControlDtoSkip, g("skip", UNSET), "skip")
        self.amount = g("amount", UNSET)
        self.unit = _c.enum_value(ThrottleControlDtoUnit, g("unit", UNSET))
        self.dynamic_key = g("dynamicKey", UNSET)
        self.threshold = g("threshold", UNSET)
        self.throttle_key = g("throttleKey", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
