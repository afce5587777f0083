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

    def _fill(self) -> None:
        # Decode the wire object `from_dict` kept (see `_c.Model`), in place.
        src = self._src
        if src is None:
            return
        if self.__class__ is not WeeklyScheduleDto:
            return _c.fill_subclass(self, src, _decode)
        _c._put(self, "__class__", _Filling)  # plain slot writes while decoding
        try:
            _decode(self, src, False)
        finally:
            _c._put(self, "__class__", WeeklyScheduleDto)

    @classmethod
    def _eager(cls, src: Any, lazy: bool = False) -> WeeklyScheduleDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not WeeklyScheduleDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        self: WeeklyScheduleDto = object.__new__(_Filling)
        _decode(self, src, lazy)
        _c._put(self, "__class__", WeeklyScheduleDto)
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The same object while `_decode` writes its fields (plain slot writes); the class is put back after.
_Filling = _c.filling(WeeklyScheduleDto)


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare; `self` is a `_Filling`.
    g = src.get
    v = g("monday", UNSET)
    if v is not UNSET:
        v = _c.model_in(self, "monday", v, DayScheduleDto, lazy)
    self.monday = v
    v = g("tuesday", UNSET)
    if v is not UNSET:
        v = _c.model_in(self, "tuesday", v, DayScheduleDto, lazy)
    self.tuesday = v
    v = g("wednesday", UNSET)
    if v is not UNSET:
        v = _c.model_in(self, "wednesday", v, DayScheduleDto, lazy)
    self.wednesday = v
    v = g("thursday", UNSET)
    if v is not UNSET:
        v = _c.model_in(self, "thursday", v, DayScheduleDto, lazy)
    self.thursday = v
    v = g("friday", UNSET)
    if v is not UNSET:
        v = _c.model_in(self, "friday", v, DayScheduleDto, lazy)
    self.friday = v
    v = g("saturday", UNSET)
    if v is not UNSET:
        v = _c.model_in(self, "saturday", v, DayScheduleDto, lazy)
    self.saturday = v
    v = g("sunday", UNSET)
    if v is not UNSET:
        v = _c.model_in(self, "sunday", v, DayScheduleDto, lazy)
    self.sunday = v
    self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
    self._src = None


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
