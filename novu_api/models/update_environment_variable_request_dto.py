# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""UpdateEnvironmentVariableRequestDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.environment_variable_value_dto import EnvironmentVariableValueDto
from novu_api.models.update_environment_variable_request_dto_type import (
    UpdateEnvironmentVariableRequestDtoType,
)

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "key",
        "type",
        "isSecret",
        "values",
    )
)


@_define(kw_only=True)
class UpdateEnvironmentVariableRequestDto:
    """Attributes:
    key (str | Unset, optional): Unique key for the variable. Must start with a letter and contain only letters, digits,
        and underscores.
    type_ (UpdateEnvironmentVariableRequestDtoType | str | Unset, optional): The type of the variable Sent as `type`.
    is_secret (bool | Unset, optional):  Sent as `isSecret`.
    values (list[EnvironmentVariableValueDto] | Unset, optional):
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    key: str | Unset = UNSET
    type_: UpdateEnvironmentVariableRequestDtoType | str | Unset = UNSET
    is_secret: bool | Unset = UNSET
    values: list[EnvironmentVariableValueDto] | Unset = UNSET
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
        if self.key is not UNSET:
            out["key"] = self.key
        if self.type_ is not UNSET:
            out["type"] = _c.encode(self.type_)
        if self.is_secret is not UNSET:
            out["isSecret"] = self.is_secret
        if self.values is not UNSET:
            out["values"] = _c.encode(self.values)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> UpdateEnvironmentVariableRequestDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.key = g("key", UNSET)
        self.type_ = _c.enum_value(UpdateEnvironmentVariableRequestDtoType, g("type", UNSET))
        self.is_secret = g("isSecret", UNSET)
        self.values = _c.model_list(EnvironmentVariableValueDto, g("values", UNSET), "values")
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
