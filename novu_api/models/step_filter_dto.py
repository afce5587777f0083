# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""StepFilterDto"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET
from novu_api.models.builder_field_type_enum import BuilderFieldTypeEnum
from novu_api.models.field_filter_part_dto import FieldFilterPartDto
from novu_api.models.step_filter_dto_value import StepFilterDtoValue

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "isNegated",
        "type",
        "value",
        "children",
    )
)


@_define(kw_only=True)
class StepFilterDto(_c.Model):
    """Attributes:
        is_negated (bool):  Sent as `isNegated`.
        type_ (BuilderFieldTypeEnum | str):  Sent as `type`.
        value (StepFilterDtoValue | str):
        children (Sequence[FieldFilterPartDto]):
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    is_negated: bool
    type_: BuilderFieldTypeEnum | str
    value: StepFilterDtoValue | str
    children: Sequence[FieldFilterPartDto]
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
    def _eager(cls, src: Any, lazy: bool = False) -> StepFilterDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not StepFilterDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> StepFilterDto:
    self: StepFilterDto = _c._new(StepFilterDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 4
    try:
        v = src["isNegated"]
    except KeyError:
        v = _c.off(self, ("isNegated",), UNSET, "a boolean")
        n -= 1
    else:
        if v.__class__ is not bool:
            v = _c.off(self, ("isNegated",), v, "a boolean")
    self.is_negated = v
    try:
        v = src["type"]
    except KeyError:
        v = _c.off(
            self,
            ("type",),
            UNSET,
            "one of 'BOOLEAN', 'TEXT', 'DATE', 'NUMBER', 'STATEMENT', 'LIST', 'MULTI_LIST', 'GROUP'",
        )
        n -= 1
    else:
        v = _c.enum_in(self, "type", v, BuilderFieldTypeEnum)
    self.type_ = v
    try:
        v = src["value"]
    except KeyError:
        v = _c.off(self, ("value",), UNSET, "one of 'AND', 'OR'")
        n -= 1
    else:
        v = _c.enum_in(self, "value", v, StepFilterDtoValue)
    self.value = v
    try:
        v = src["children"]
    except KeyError:
        v = _c.off(self, ("children",), UNSET, "an array of an object (FieldFilterPartDto)")
        n -= 1
    else:
        v = _c.models_in(self, "children", v, FieldFilterPartDto, lazy)
    self.children = v
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


StepFilterDto._make = _make
StepFilterDto._decode = _decode
StepFilterDto._Pending = _c.pending(StepFilterDto)
StepFilterDto._SPEC = _c.ModelSpec(
    StepFilterDto,
    (
        ("isNegated", "is_negated", True, ("bool",)),
        ("type", "type_", True, ("enum", BuilderFieldTypeEnum)),
        ("value", "value", True, ("enum", StepFilterDtoValue)),
        ("children", "children", True, ("list", ("model", FieldFilterPartDto))),
    ),
)
