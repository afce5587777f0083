# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""PayloadValidationErrorDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.payload_validation_error_dto_value import PayloadValidationErrorDtoValue

from .. import _codec as _c
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from novu_api.models.payload_validation_error_dto_value_item import PayloadValidationErrorDtoValueItem

_KNOWN: frozenset[str] = frozenset(
    (
        "field",
        "message",
        "value",
        "schemaPath",
    )
)


@_define(kw_only=True)
class PayloadValidationErrorDto:
    """Attributes:
    field (str): Field path that failed validation
    message (str): Validation error message
    value (bool | float | list[bool | float | None | PayloadValidationErrorDtoValueItem | str] | None | PayloadValidationErrorDtoValue | str | Unset, optional): The actual value that failed validation
    schema_path (str | Unset, optional): JSON Schema path where the validation failed Sent as `schemaPath`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    field: str
    message: str
    value: (
        bool
        | float
        | list[bool | float | None | PayloadValidationErrorDtoValueItem | str]
        | None
        | PayloadValidationErrorDtoValue
        | str
        | Unset
    ) = UNSET
    schema_path: str | Unset = UNSET
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
        if self.message is not UNSET:
            out["message"] = self.message
        if self.value is not UNSET:
            out["value"] = _c.encode(self.value)
        if self.schema_path is not UNSET:
            out["schemaPath"] = self.schema_path
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> PayloadValidationErrorDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.field = g("field", UNSET)
        self.message = g("message", UNSET)
        self.value = _c.union((PayloadValidationErrorDtoValue,), g("value", UNSET), "value")
        self.schema_path = g("schemaPath", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
