# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""ScheduleDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.weekly_schedule_dto import WeeklyScheduleDto

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "isEnabled",
        "weeklySchedule",
    )
)


@_define(kw_only=True)
class ScheduleDto:
    """Attributes:
    is_enabled (bool): Schedule enabled Sent as `isEnabled`.
    weekly_schedule (WeeklyScheduleDto | Unset, optional):  Sent as `weeklySchedule`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    is_enabled: bool
    weekly_schedule: WeeklyScheduleDto | Unset = UNSET
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
        if self.is_enabled is not UNSET:
            out["isEnabled"] = self.is_enabled
        if self.weekly_schedule is not UNSET:
            out["weeklySchedule"] = _c.encode(self.weekly_schedule)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> ScheduleDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.is_enabled = g("isEnabled", UNSET)
        self.weekly_schedule = _c.model(WeeklyScheduleDto, g("weeklySchedule", UNSET), "weeklySchedule")
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
