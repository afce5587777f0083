# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""TimedConfig"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.timed_config_monthly_type import TimedConfigMonthlyType
from novu_api.models.timed_config_ordinal import TimedConfigOrdinal
from novu_api.models.timed_config_ordinal_value import TimedConfigOrdinalValue
from novu_api.models.timed_config_week_days_item import TimedConfigWeekDaysItem

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "atTime",
        "weekDays",
        "monthDays",
        "ordinal",
        "ordinalValue",
        "monthlyType",
    )
)


@_define(kw_only=True)
class TimedConfig:
    """Attributes:
    at_time (str | Unset, optional):  Sent as `atTime`.
    week_days (list[TimedConfigWeekDaysItem | str] | Unset, optional):  Sent as `weekDays`.
    month_days (list[str] | Unset, optional):  Sent as `monthDays`.
    ordinal (TimedConfigOrdinal | str | Unset, optional):
    ordinal_value (TimedConfigOrdinalValue | str | Unset, optional):  Sent as `ordinalValue`.
    monthly_type (TimedConfigMonthlyType | str | Unset, optional):  Sent as `monthlyType`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    at_time: str | Unset = UNSET
    week_days: list[TimedConfigWeekDaysItem | str] | Unset = UNSET
    month_days: list[str] | Unset = UNSET
    ordinal: TimedConfigOrdinal | str | Unset = UNSET
    ordinal_value: TimedConfigOrdinalValue | str | Unset = UNSET
    monthly_type: TimedConfigMonthlyType | str | Unset = UNSET
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
        if self.at_time is not UNSET:
            out["atTime"] = self.at_time
        if self.week_days is not UNSET:
            out["weekDays"] = _c.encode(self.week_days)
        if self.month_days is not UNSET:
            out["monthDays"] = self.month_days
        if self.ordinal is not UNSET:
            out["ordinal"] = _c.encode(self.ordinal)
        if self.ordinal_value is not UNSET:
            out["ordinalValue"] = _c.encode(self.ordinal_value)
        if self.monthly_type is not UNSET:
            out["monthlyType"] = _c.encode(self.monthly_type)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> TimedConfig:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.at_time = g("atTime", UNSET)
        self.week_days = _c.enum_list(TimedConfigWeekDaysItem, g("weekDays", UNSET))
        self.month_days = g("monthDays", UNSET)
        self.ordinal = _c.enum_value(TimedConfigOrdinal, g("ordinal", UNSET))
        self.ordinal_value = _c.enum_value(TimedConfigOrdinalValue, g("ordinalValue", UNSET))
        self.monthly_type = _c.enum_value(TimedConfigMonthlyType, g("monthlyType", UNSET))
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
