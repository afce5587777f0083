# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""FieldFilterPartDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.field_filter_part_dto_on import FieldFilterPartDtoOn
from novu_api.models.field_filter_part_dto_operator import FieldFilterPartDtoOperator

from .. import _codec as _c
from .._types import UNSET

_KNOWN: frozenset[str] = frozenset(
    (
        "field",
        "value",
        "operator",
        "on",
    )
)


@_define(kw_only=True)
class FieldFilterPartDto:
    """Attributes:
    field (str):
    value (str):
    operator (FieldFilterPartDtoOperator | str):
    on (FieldFilterPartDtoOn | str):
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    field: str
    value: str
    operator: FieldFilterPartDtoOperator | str
    on: FieldFilterPartDtoOn | str
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
        if self.field is not UNSET:
            out["field"] = self.field
        if self.value is not UNSET:
            out["value"] = self.value
        if self.operator is not UNSET:
            out["operator"] = _c.encode(self.operator)
        if self.on is not UNSET:
            out["on"] = _c.encode(self.on)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> FieldFilterPartDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.field = g("field", UNSET)
        self.value = g("value", UNSET)
        self.operator = _c.enum_value(FieldFilterPartDtoOperator, g("operator", UNSET))
        self.on = _c.enum_value(FieldFilterPartDtoOn, g("on", UNSET))
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
