# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""DigestTimedConfigDto"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.digest_timed_config_dto_week_days_item import DigestTimedConfigDtoWeekDaysItem
from novu_api.models.monthly_type_enum import MonthlyTypeEnum
from novu_api.models.ordinal_enum import OrdinalEnum
from novu_api.models.ordinal_value_enum import OrdinalValueEnum

from .. import _codec as _c

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
class DigestTimedConfigDto(_c.Model):
    """Attributes:
        at_time (str | Unset, optional): Time at which the digest is triggered Sent as `atTime`.
        week_days (Sequence[DigestTimedConfigDtoWeekDaysItem | str] | Unset, optional): Days of the week for the digest Sent as `weekDays`.
        month_days (Sequence[float] | Unset, optional): Specific days of the month for the digest Sent as `monthDays`.
        ordinal (OrdinalEnum | str | Unset, optional): Ordinal position for the digest
        ordinal_value (OrdinalValueEnum | str | Unset, optional): Value of the ordinal Sent as `ordinalValue`.
        monthly_type (MonthlyTypeEnum | str | Unset, optional): Type of monthly schedule Sent as `monthlyType`.
        cron_expression (str | Unset, optional): Cron expression for scheduling Sent as `cronExpression`.
        until_date (str | Unset, optional): Until date for scheduling Sent as `untilDate`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    at_time: str | Unset = UNSET
    week_days: Sequence[DigestTimedConfigDtoWeekDaysItem | str] | Unset = UNSET
    month_days: Sequence[float] | Unset = UNSET
    ordinal: OrdinalEnum | str | Unset = UNSET
    ordinal_value: OrdinalValueEnum | str | Unset = UNSET
    monthly_type: MonthlyTypeEnum | str | Unset = UNSET
    cron_expression: str | Unset = UNSET
    until_date: str | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> DigestTimedConfigDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not DigestTimedConfigDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> DigestTimedConfigDto:
    self: DigestTimedConfigDto = _c._new(DigestTimedConfigDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 0
    if "atTime" in src:
        v = src["atTime"]
        if v.__class__ is not str:
            v = _c.off(self, ("atTime",), v, "a string")
        self.at_time = v
        n += 1
    else:
        self.at_time = UNSET
    if "weekDays" in src:
        v = src["weekDays"]
        v = _c.list_in(self, "weekDays", v, _S_week_days)
        self.week_days = v
        n += 1
    else:
        self.week_days = UNSET
    if "monthDays" in src:
        v = src["monthDays"]
        v = _c.scalars_in(
            self,
            "monthDays",
            v,
            (
                float,
                int,
            ),
            "a number",
        )
        self.month_days = v
        n += 1
    else:
        self.month_days = UNSET
    if "ordinal" in src:
        v = src["ordinal"]
        v = _c.enum_in(self, "ordinal", v, OrdinalEnum)
        self.ordinal = v
        n += 1
    else:
        self.ordinal = UNSET
    if "ordinalValue" in src:
        v = src["ordinalValue"]
        v = _c.enum_in(self, "ordinalValue", v, OrdinalValueEnum)
        self.ordinal_value = v
        n += 1
    else:
        self.ordinal_value = UNSET
    if "monthlyType" in src:
        v = src["monthlyType"]
        v = _c.enum_in(self, "monthlyType", v, MonthlyTypeEnum)
        self.monthly_type = v
        n += 1
    else:
        self.monthly_type = UNSET
    if "cronExpression" in src:
        v = src["cronExpression"]
        if v.__class__ is not str:
            v = _c.off(self, ("cronExpression",), v, "a string")
        self.cron_expression = v
        n += 1
    else:
        self.cron_expression = UNSET
    if "untilDate" in src:
        v = src["untilDate"]
        if v.__class__ is not str:
            v = _c.off(self, ("untilDate",), v, "a string")
        self.until_date = v
        n += 1
    else:
        self.until_date = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


DigestTimedConfigDto._make = _make
DigestTimedConfigDto._decode = _decode
DigestTimedConfigDto._Pending = _c.pending(DigestTimedConfigDto)
DigestTimedConfigDto._SPEC = _c.ModelSpec(
    DigestTimedConfigDto,
    (
        ("atTime", "at_time", False, ("str",)),
        ("weekDays", "week_days", False, ("list", ("enum", DigestTimedConfigDtoWeekDaysItem))),
        ("monthDays", "month_days", False, ("list", ("num",))),
        ("ordinal", "ordinal", False, ("enum", OrdinalEnum)),
        ("ordinalValue", "ordinal_value", False, ("enum", OrdinalValueEnum)),
        ("monthlyType", "monthly_type", False, ("enum", MonthlyTypeEnum)),
        ("cronExpression", "cron_expression", False, ("str",)),
        ("untilDate", "until_date", False, ("str",)),
    ),
)
_S_week_days = _c.prepare(("list", ("enum", DigestTimedConfigDtoWeekDaysItem)))
