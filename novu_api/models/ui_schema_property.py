# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""UiSchemaProperty"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.ui_component_enum import UiComponentEnum
from novu_api.models.ui_schema_property_placeholder import UiSchemaPropertyPlaceholder
from novu_api.models.ui_schema_property_properties import UiSchemaPropertyProperties

from .. import _codec as _c
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from novu_api.models.ui_schema_property_placeholder_item import UiSchemaPropertyPlaceholderItem

_KNOWN: frozenset[str] = frozenset(
    (
        "component",
        "placeholder",
        "properties",
    )
)


@_define(kw_only=True)
class UiSchemaProperty:
    """Attributes:
    component (UiComponentEnum | str): Component type for the UI Schema Property
    placeholder (bool | float | list[bool | float | str | UiSchemaPropertyPlaceholderItem] | None | str | UiSchemaPropertyPlaceholder | Unset, optional): Placeholder for the UI Schema Property
    properties (UiSchemaPropertyProperties | Unset, optional): Properties of the UI Schema
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    component: UiComponentEnum | str
    placeholder: (
        bool
        | float
        | list[bool | float | str | UiSchemaPropertyPlaceholderItem]
        | None
        | str
        | UiSchemaPropertyPlaceholder
        | Unset
    ) = UNSET
    properties: UiSchemaPropertyProperties | Unset = UNSET
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
        if self.component is not UNSET:
            out["component"] = _c.encode(self.component)
        if self.placeholder is not UNSET:
            out["placeholder"] = _c.encode(self.placeholder)
        if self.properties is not UNSET:
            out["properties"] = _c.encode(self.properties)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> UiSchemaProperty:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.component = _c.enum_value(UiComponentEnum, g("component", UNSET))
        self.placeholder = _c.union((UiSchemaPropertyPlaceholder,), g("placeholder", UNSET), "placeholder")
        self.properties = _c.model(UiSchemaPropertyProperties, g("properties", UNSET), "properties")
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
