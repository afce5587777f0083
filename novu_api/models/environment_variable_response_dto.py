# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""EnvironmentVariableResponseDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.environment_variable_response_dto_type import EnvironmentVariableResponseDtoType
from novu_api.models.environment_variable_value_response_dto import EnvironmentVariableValueResponseDto

from .. import _codec as _c
from .._types import UNSET

_KNOWN: frozenset[str] = frozenset(
    (
        "_id",
        "_organizationId",
        "key",
        "type",
        "isSecret",
        "values",
        "createdAt",
        "updatedAt",
    )
)


@_define(kw_only=True)
class EnvironmentVariableResponseDto:
    """Attributes:
    id (str):  Sent as `_id`.
    organization_id (str):  Sent as `_organizationId`.
    key (str):
    type_ (EnvironmentVariableResponseDtoType | str):  Sent as `type`.
    is_secret (bool):  Sent as `isSecret`.
    values (list[EnvironmentVariableValueResponseDto]):
    created_at (str):  Sent as `createdAt`.
    updated_at (str):  Sent as `updatedAt`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    id: str
    organization_id: str
    key: str
    type_: EnvironmentVariableResponseDtoType | str
    is_secret: bool
    values: list[EnvironmentVariableValueResponseDto]
    created_at: str
    updated_at: str
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
        if self.id is not UNSET:
            out["_id"] = self.id
        if self.organization_id is not UNSET:
            out["_organizationId"] = self.organization_id
        if self.key is not UNSET:
            out["key"] = self.key
        if self.type_ is not UNSET:
            out["type"] = _c.encode(self.type_)
        if self.is_secret is not UNSET:
            out["isSecret"] = self.is_secret
        if self.values is not UNSET:
            out["values"] = _c.encode(self.values)
        if self.created_at is not UNSET:
            out["createdAt"] = self.created_at
        if self.updated_at is not UNSET:
            out["updatedAt"] = self.updated_at
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> EnvironmentVariableResponseDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.id = g("_id", UNSET)
        self.organization_id = g("_organizationId", UNSET)
        self.key = g("key", UNSET)
        self.type_ = _c.enum_value(EnvironmentVariableResponseDtoType, g("type", UNSET))
        self.is_secret = g("isSecret", UNSET)
        self.values = _c.model_list(EnvironmentVariableValueResponseDto, g("values", UNSET), "values")
        self.created_at = g("createdAt", UNSET)
        self.updated_at = g("updatedAt", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
