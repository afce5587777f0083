# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""DigestTimedConfigDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.digest_timed_config_dto_week_days_item import DigestTimedConfigDtoWeekDaysItem
from novu_api.models.monthly_type_enum import MonthlyTypeEnum
from novu_api.models.ordinal_enum import OrdinalEnum
from novu_api.models.ordinal_value_enum import OrdinalValueEnum

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
        "cronExpression",
        "untilDate",
    )
)


@_define(kw_only=True)
class DigestTimedConfigDto:
    """Attributes:
    at_time (str | Unset, optional): Time at which the digest is triggered Sent as `atTime`.
    week_days (list[DigestTimedConfigDtoWeekDaysItem | str] | Unset, optional): Days of the week for the digest Sent as `weekDays`.
    month_days (list[float] | Unset, optional): Specific days of the month for the digest Sent as `monthDays`.
    ordinal (OrdinalEnum | str | Unset, optional): Ordinal position for the digest
    ordinal_value (OrdinalValueEnum | str | Unset, optional): Value of the ordinal Sent as `ordinalValue`.
    monthly_type (MonthlyTypeEnum | str | Unset, optional): Type of monthly schedule Sent as `monthlyType`.
    cron_expression (str | Unset, optional): Cron expression for scheduling Sent as `cronExpression`.
    until_date (str | Unset, optional): Until date for scheduling Sent as `untilDate`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    at_time: str | Unset = UNSET
    week_days: list[DigestTimedConfigDtoWeekDaysItem | str] | Unset = UNSET
    month_days: list[float] | Unset = UNSET
    ordinal: OrdinalEnum | str | Unset = UNSET
    ordinal_value: OrdinalValueEnum | str | Unset = UNSET
    monthly_type: MonthlyTypeEnum | str | Unset = UNSET
    cron_expression: str | Unset = UNSET
    until_date: str | Unset = UNSET
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
        if self.cron_expression is not UNSET:
            out["cronExpression"] = self.cron_expression
        if self.until_date is not UNSET:
            out["untilDate"] = self.until_date
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> DigestTimedConfigDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.at_time = g("atTime", UNSET)
        self.week_days = _c.enum_list(DigestTimedConfigDtoWeekDaysItem, g("weekDays", UNSET))
        self.month_days = g("monthDays", UNSET)
        self.ordinal = _c.enum_value(OrdinalEnum, g("ordinal", UNSET))
        self.ordinal_value = _c.enum_value(OrdinalValueEnum, g("ordinalValue", UNSET))
        self.monthly_type = _c.enum_value(MonthlyTypeEnum, g("monthlyType", UNSET))
        self.cron_expression = g("cronExpression", UNSET)
        self.until_date = g("untilDate", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
