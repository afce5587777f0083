# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""ConstraintValidation"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.constraint_validation_value import ConstraintValidationValue

from .. import _codec as _c
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from novu_api.models.constraint_validation_value_item import ConstraintValidationValueItem

_KNOWN: frozenset[str] = frozenset(
    (
        "messages",
        "value",
    )
)


@_define(kw_only=True)
class ConstraintValidation:
    """Attributes:
    messages (list[str]): List of validation error messages
    value (bool | ConstraintValidationValue | float | list[bool | ConstraintValidationValueItem | float | None | str] | None | str | Unset, optional): Value that failed validation
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    messages: list[str]
    value: (
        bool
        | ConstraintValidationValue
        | float
        | list[bool | ConstraintValidationValueItem | float | None | str]
        | None
        | str
        | Unset
    ) = UNSET
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
        if self.messages is not UNSET:
            out["messages"] = self.messages
        if self.value is not UNSET:
            out["value"] = _c.encode(self.value)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> ConstraintValidation:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.messages = g("messages", UNSET)
        self.value = _c.union((ConstraintValidationValue,), g("value", UNSET), "value")
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
