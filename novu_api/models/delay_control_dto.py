# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""DelayControlDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.delay_control_dto_skip import DelayControlDtoSkip
from novu_api.models.delay_control_dto_type import DelayControlDtoType
from novu_api.models.delay_control_dto_unit import DelayControlDtoUnit

from .. import _codec as _c
from .._types import UNSET, Unset

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
class DelayControlDto:
    """Attributes:
    type_ (DelayControlDtoType | str): Type of the delay. Currently only 'regular' is supported by the schema. Sent as `type`.
    skip (DelayControlDtoSkip | Unset, optional): JSONLogic filter conditions for conditionally skipping the step execution. Supports
        complex logical operations with AND, OR, and comparison operators. See
        https://jsonlogic.com/ for full typing reference.
    amount (float | Unset, optional): Amount of time to delay.
    unit (DelayControlDtoUnit | str | Unset, optional): Unit of time for the delay amount.
    cron (str | Unset, optional): Cron expression for the delay. Min length 1.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    type_: DelayControlDtoType | str
    skip: DelayControlDtoSkip | Unset = UNSET
    amount: float | Unset = UNSET
    unit: DelayControlDtoUnit | str | Unset = UNSET
    cron: str | Unset = UNSET
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
        if self.cron is not UNSET:
            out["cron"] = self.cron
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> DelayControlDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.type_ = _c.enum_value(DelayControlDtoType, g("type", UNSET))
        self.skip = _c.model(DelayControlDtoSkip, g("skip", UNSET), "skip")
        self.amount = g("amount", UNSET)
        self.unit = _c.enum_value(DelayControlDtoUnit, g("unit", UNSET))
        self.cron = g("cron", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
