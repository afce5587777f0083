# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""StepFilterDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.builder_field_type_enum import BuilderFieldTypeEnum
from novu_api.models.field_filter_part_dto import FieldFilterPartDto
from novu_api.models.step_filter_dto_value import StepFilterDtoValue

from .. import _codec as _c
from .._types import UNSET

_KNOWN: frozenset[str] = frozenset(
    (
        "isNegated",
        "type",
        "value",
        "children",
    )
)


@_define(kw_only=True)
class StepFilterDto:
    """Attributes:
    is_negated (bool):  Sent as `isNegated`.
    type_ (BuilderFieldTypeEnum | str):  Sent as `type`.
    value (StepFilterDtoValue | str):
    children (list[FieldFilterPartDto]):
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    is_negated: bool
    type_: BuilderFieldTypeEnum | str
    value: StepFilterDtoValue | str
    children: list[FieldFilterPartDto]
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
        if self.is_negated is not UNSET:
            out["isNegated"] = self.is_negated
        if self.type_ is not UNSET:
            out["type"] = _c.encode(self.type_)
        if self.value is not UNSET:
            out["value"] = _c.encode(self.value)
        if self.children is not UNSET:
            out["children"] = _c.encode(self.children)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> StepFilterDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.is_negated = g("isNegated", UNSET)
        self.type_ = _c.enum_value(BuilderFieldTypeEnum, g("type", UNSET))
        self.value = _c.enum_value(StepFilterDtoValue, g("value", UNSET))
        self.children = _c.model_list(FieldFilterPartDto, g("children", UNSET), "children")
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
