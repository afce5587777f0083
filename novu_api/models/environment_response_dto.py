# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""EnvironmentResponseDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.api_key_dto import ApiKeyDto
from novu_api.models.environment_response_dto_type import EnvironmentResponseDtoType

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "_id",
        "name",
        "_organizationId",
        "identifier",
        "type",
        "apiKeys",
        "_parentId",
        "slug",
    )
)


@_define(kw_only=True)
class EnvironmentResponseDto:
    """Attributes:
    id (str): Unique identifier of the environment Sent as `_id`.
    name (str): Name of the environment
    organization_id (str): Organization ID associated with the environment Sent as `_organizationId`.
    identifier (str): Unique identifier for the environment
    type_ (EnvironmentResponseDtoType | str | Unset, optional): Type of the environment Sent as `type`.
    api_keys (list[ApiKeyDto] | Unset, optional): List of API keys associated with the environment Sent as `apiKeys`.
    parent_id (str | Unset, optional): Parent environment ID Sent as `_parentId`.
    slug (str | Unset, optional): URL-friendly slug for the environment
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    id: str
    name: str
    organization_id: str
    identifier: str
    type_: EnvironmentResponseDtoType | str | Unset = UNSET
    api_keys: list[ApiKeyDto] | Unset = UNSET
    parent_id: str | Unset = UNSET
    slug: str | Unset = UNSET
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
        if self.name is not UNSET:
            out["name"] = self.name
        if self.organization_id is not UNSET:
            out["_organizationId"] = self.organization_id
        if self.identifier is not UNSET:
            out["identifier"] = self.identifier
        if self.type_ is not UNSET:
            out["type"] = _c.encode(self.type_)
        if self.api_keys is not UNSET:
            out["apiKeys"] = _c.encode(self.api_keys)
        if self.parent_id is not UNSET:
            out["_parentId"] = self.parent_id
        if self.slug is not UNSET:
            out["slug"] = self.slug
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> EnvironmentResponseDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.id = g("_id", UNSET)
        self.name = g("name", UNSET)
        self.organization_id = g("_organizationId", UNSET)
        self.identifier = g("identifier", UNSET)
        self.type_ = _c.enum_value(EnvironmentResponseDtoType, g("type", UNSET))
        self.api_keys = _c.model_list(ApiKeyDto, g("apiKeys", UNSET), "apiKeys")
        self.parent_id = g("_parentId", UNSET)
        self.slug = g("slug", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
