# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""LayoutResponseDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.layout_controls_dto import LayoutControlsDto
from novu_api.models.layout_response_dto_variables import LayoutResponseDtoVariables
from novu_api.models.resource_origin_enum import ResourceOriginEnum
from novu_api.models.resource_type_enum import ResourceTypeEnum
from novu_api.models.user_response_dto import UserResponseDto

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "_id",
        "layoutId",
        "slug",
        "name",
        "isDefault",
        "isTranslationEnabled",
        "updatedAt",
        "createdAt",
        "origin",
        "type",
        "controls",
        "updatedBy",
        "variables",
    )
)


@_define(kw_only=True)
class LayoutResponseDto:
    """Attributes:
    id (str): Unique internal identifier of the layout Sent as `_id`.
    layout_id (str): Unique identifier for the layout Sent as `layoutId`.
    slug (str): Slug of the layout
    name (str): Name of the layout
    is_default (bool): Whether the layout is the default layout Sent as `isDefault`.
    is_translation_enabled (bool): Whether the layout translations are enabled Sent as `isTranslationEnabled`.
    updated_at (str): Last updated timestamp Sent as `updatedAt`.
    created_at (str): Creation timestamp Sent as `createdAt`.
    origin (ResourceOriginEnum | str): Origin of the layout
    type_ (ResourceTypeEnum | str): Type of the layout Sent as `type`.
    controls (LayoutControlsDto):
    updated_by (None | UserResponseDto | Unset, optional): User who last updated the layout Sent as `updatedBy`.
    variables (LayoutResponseDtoVariables | None | Unset, optional): The variables JSON Schema for the layout
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    id: str
    layout_id: str
    slug: str
    name: str
    is_default: bool
    is_translation_enabled: bool
    updated_at: str
    created_at: str
    origin: ResourceOriginEnum | str
    type_: ResourceTypeEnum | str
    controls: LayoutControlsDto
    updated_by: None | UserResponseDto | Unset = UNSET
    variables: LayoutResponseDtoVariables | None | Unset = UNSET
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
        if self.layout_id is not UNSET:
            out["layoutId"] = self.layout_id
        if self.slug is not UNSET:
            out["slug"] = self.slug
        if self.name is not UNSET:
            out["name"] = self.name
        if self.is_default is not UNSET:
            out["isDefault"] = self.is_default
        if self.is_translation_enabled is not UNSET:
            out["isTranslationEnabled"] = self.is_translation_enabled
        if self.updated_at is not UNSET:
            out["updatedAt"] = self.updated_at
        if self.created_at is not UNSET:
            out["createdAt"] = self.created_at
        if self.origin is not UNSET:
            out["origin"] = _c.encode(self.origin)
        if self.type_ is not UNSET:
            out["type"] = _c.encode(self.type_)
        if self.controls is not UNSET:
            out["controls"] = _c.encode(self.controls)
        if self.updated_by is not UNSET:
            out["updatedBy"] = _c.encode(self.updated_by)
        if self.variables is not UNSET:
            out["variables"] = _c.encode(self.variables)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> LayoutResponseDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.id = g("_id", UNSET)
        self.layout_id = g("layoutId", UNSET)
        self.slug = g("slug", UNSET)
        self.name = g("name", UNSET)
        self.is_default = g("isDefault", UNSET)
        self.is_translation_enabled = g("isTranslationEnabled", UNSET)
        self.updated_at = g("updatedAt", UNSET)
        self.created_at = g("createdAt", UNSET)
        self.origin = _c.enum_value(ResourceOriginEnum, g("origin", UNSET))
        self.type_ = _c.enum_value(ResourceTypeEnum, g("type", UNSET))
        self.controls = _c.model(LayoutControlsDto, g("controls", UNSET), "controls")
        self.updated_by = _c.union((UserResponseDto,), g("updatedBy", UNSET), "updatedBy")
        self.variables = _c.union((LayoutResponseDtoVariables,), g("variables", UNSET), "variables")
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
