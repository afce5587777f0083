# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""GroupPreferenceFilterDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.group_preference_filter_details_dto import GroupPreferenceFilterDetailsDto
from novu_api.models.group_preference_filter_dto_condition import GroupPreferenceFilterDtoCondition

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "filter",
        "enabled",
        "condition",
    )
)


@_define(kw_only=True)
class GroupPreferenceFilterDto(_c.Model):
    """Attributes:
        filter_ (GroupPreferenceFilterDetailsDto):  Sent as `filter`.
        enabled (bool | Unset, optional): Whether the preference is enabled. Used when condition is not provided.
        condition (GroupPreferenceFilterDtoCondition | Mapping[str, Any] | Unset, optional): Optional JSON Logic condition evaluated at fan-out time against trigger payload,
            subscriber profile, actor, and context (for example, `{ "var": "payload.tier" }`, `{
            "var": "subscriber.data.plan" }`, or `{ "var": "actor.data.role" }`)
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    filter_: GroupPreferenceFilterDetailsDto
    enabled: bool | Unset = UNSET
    condition: GroupPreferenceFilterDtoCondition | Mapping[str, Any] | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> GroupPreferenceFilterDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not GroupPreferenceFilterDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> GroupPreferenceFilterDto:
    self: GroupPreferenceFilterDto = _c._new(GroupPreferenceFilterDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 1
    try:
        v = src["filter"]
    except KeyError:
        v = _c.off(self, ("filter",), UNSET, "an object (GroupPreferenceFilterDetailsDto)")
        n -= 1
    else:
        if v.__class__ is dict:
            try:
                v = GroupPreferenceFilterDetailsDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "filter")
                raise
        else:
            v = _c.off(self, ("filter",), v, "an object (GroupPreferenceFilterDetailsDto)")
    self.filter_ = v
    if "enabled" in src:
        v = src["enabled"]
        if v.__class__ is not bool:
            v = _c.off(self, ("enabled",), v, "a boolean")
        self.enabled = v
        n += 1
    else:
        self.enabled = UNSET
    if "condition" in src:
        v = src["condition"]
        if v.__class__ is dict:
            try:
                v = GroupPreferenceFilterDtoCondition._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "condition")
                raise
        else:
            v = _c.off(self, ("condition",), v, "an object (GroupPreferenceFilterDtoCondition)")
        self.condition = v
        n += 1
    else:
        self.condition = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


GroupPreferenceFilterDto._make = _make
GroupPreferenceFilterDto._decode = _decode
GroupPreferenceFilterDto._Pending = _c.pending(GroupPreferenceFilterDto)
GroupPreferenceFilterDto._SPEC = _c.ModelSpec(
    GroupPreferenceFilterDto,
    (
        ("filter", "filter_", True, ("model", GroupPreferenceFilterDetailsDto)),
        ("enabled", "enabled", False, ("bool",)),
        ("condition", "condition", False, ("model", GroupPreferenceFilterDtoCondition)),
    ),
)
