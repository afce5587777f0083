# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""WeeklyScheduleDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.day_schedule_dto import DayScheduleDto

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    )
)


@_define(kw_only=True)
class WeeklyScheduleDto:
    """Attributes:
    monday (DayScheduleDto | Unset, optional):
    tuesday (DayScheduleDto | Unset, optional):
    wednesday (DayScheduleDto | Unset, optional):
    thursday (DayScheduleDto | Unset, optional):
    friday (DayScheduleDto | Unset, optional):
    saturday (DayScheduleDto | Unset, optional):
    sunday (DayScheduleDto | Unset, optional):
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    monday: DayScheduleDto | Unset = UNSET
    tuesday: DayScheduleDto | Unset = UNSET
    wednesday: DayScheduleDto | Unset = UNSET
    thursday: DayScheduleDto | Unset = UNSET
    friday: DayScheduleDto | Unset = UNSET
    saturday: DayScheduleDto | Unset = UNSET
    sunday: DayScheduleDto | Unset = UNSET
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
        if self.monday is not UNSET:
            out["monday"] = _c.encode(self.monday)
        if self.tuesday is not UNSET:
            out["tuesday"] = _c.encode(self.tuesday)
        if self.wednesday is not UNSET:
            out["wednesday"] = _c.encode(self.wednesday)
        if self.thursday is not UNSET:
            out["thursday"] = _c.encode(self.thursday)
        if self.friday is not UNSET:
            out["friday"] = _c.encode(self.friday)
        if self.saturday is not UNSET:
            out["saturday"] = _c.encode(self.saturday)
        if self.sunday is not UNSET:
            out["sunday"] = _c.encode(self.sunday)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> WeeklyScheduleDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.monday = _c.model(DayScheduleDto, g("monday", UNSET), "monday")
        self.tuesday = _c.model(DayScheduleDto, g("tuesday", UNSET), "tuesday")
        self.wednesday = _c.model(DayScheduleDto, g("wednesday", UNSET), "wednesday")
        self.thursday = _c.model(DayScheduleDto, g("thursday", UNSET), "thursday")
        self.friday = _c.model(DayScheduleDto, g("friday", UNSET), "friday")
        self.saturday = _c.model(DayScheduleDto, g("saturday", UNSET), "saturday")
        self.sunday = _c.model(DayScheduleDto, g("sunday", UNSET), "sunday")
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
