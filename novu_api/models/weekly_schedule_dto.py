# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""WeeklyScheduleDto"""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.day_schedule_dto import DayScheduleDto

from .. import _codec as _c

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
class WeeklyScheduleDto(_c.Model):
    """Attributes:
        monday (DayScheduleDto | Unset, optional):
        tuesday (DayScheduleDto | Unset, optional):
        wednesday (DayScheduleDto | Unset, optional):
        thursday (DayScheduleDto | Unset, optional):
        friday (DayScheduleDto | Unset, optional):
        saturday (DayScheduleDto | Unset, optional):
        sunday (DayScheduleDto | Unset, optional):
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    monday: DayScheduleDto | Unset = UNSET
    tuesday: DayScheduleDto | Unset = UNSET
    wednesday: DayScheduleDto | Unset = UNSET
    thursday: DayScheduleDto | Unset = UNSET
    friday: DayScheduleDto | Unset = UNSET
    saturday: DayScheduleDto | Unset = UNSET
    sunday: DayScheduleDto | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> WeeklyScheduleDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not WeeklyScheduleDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> WeeklyScheduleDto:
    self: WeeklyScheduleDto = _c._new(WeeklyScheduleDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 0
    if "monday" in src:
        v = src["monday"]
        if v.__class__ is dict:
            try:
                v = DayScheduleDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "monday")
                raise
        else:
            v = _c.off(self, ("monday",), v, "an object (DayScheduleDto)")
        self.monday = v
        n += 1
    else:
        self.monday = UNSET
    if "tuesday" in src:
        v = src["tuesday"]
        if v.__class__ is dict:
            try:
                v = DayScheduleDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "tuesday")
                raise
        else:
            v = _c.off(self, ("tuesday",), v, "an object (DayScheduleDto)")
        self.tuesday = v
        n += 1
    else:
        self.tuesday = UNSET
    if "wednesday" in src:
        v = src["wednesday"]
        if v.__class__ is dict:
            try:
                v = DayScheduleDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "wednesday")
                raise
        else:
            v = _c.off(self, ("wednesday",), v, "an object (DayScheduleDto)")
        self.wednesday = v
        n += 1
    else:
        self.wednesday = UNSET
    if "thursday" in src:
        v = src["thursday"]
        if v.__class__ is dict:
            try:
                v = DayScheduleDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "thursday")
                raise
        else:
            v = _c.off(self, ("thursday",), v, "an object (DayScheduleDto)")
        self.thursday = v
        n += 1
    else:
        self.thursday = UNSET
    if "friday" in src:
        v = src["friday"]
        if v.__class__ is dict:
            try:
                v = DayScheduleDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "friday")
                raise
        else:
            v = _c.off(self, ("friday",), v, "an object (DayScheduleDto)")
        self.friday = v
        n += 1
    else:
        self.friday = UNSET
    if "saturday" in src:
        v = src["saturday"]
        if v.__class__ is dict:
            try:
                v = DayScheduleDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "saturday")
                raise
        else:
            v = _c.off(self, ("saturday",), v, "an object (DayScheduleDto)")
        self.saturday = v
        n += 1
    else:
        self.saturday = UNSET
    if "sunday" in src:
        v = src["sunday"]
        if v.__class__ is dict:
            try:
                v = DayScheduleDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "sunday")
                raise
        else:
            v = _c.off(self, ("sunday",), v, "an object (DayScheduleDto)")
        self.sunday = v
        n += 1
    else:
        self.sunday = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


WeeklyScheduleDto._make = _make
WeeklyScheduleDto._decode = _decode
WeeklyScheduleDto._Pending = _c.pending(WeeklyScheduleDto)
WeeklyScheduleDto._SPEC = _c.ModelSpec(
    WeeklyScheduleDto,
    (
        ("monday", "monday", False, ("model", DayScheduleDto)),
        ("tuesday", "tuesday", False, ("model", DayScheduleDto)),
        ("wednesday", "wednesday", False, ("model", DayScheduleDto)),
        ("thursday", "thursday", False, ("model", DayScheduleDto)),
        ("friday", "friday", False, ("model", DayScheduleDto)),
        ("saturday", "saturday", False, ("model", DayScheduleDto)),
        ("sunday", "sunday", False, ("model", DayScheduleDto)),
    ),
)
