# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
"""CreateWidgetRequestDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.circle_dto import CircleDto
from novu_api.models.dimensions import Dimensions
from novu_api.models.priority import Priority
from novu_api.models.square_dto import SquareDto
from novu_api.models.widget_color import WidgetColor

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "name",
        "color",
        "dimensions",
        "tags",
        "shape",
        "priority",
    )
)


@_define(kw_only=True)
class CreateWidgetRequestDto:
    """Attributes:
    widget_key (str): The widget's identifier Sent as `name`.
    color (WidgetColor | str): Colour of a widget
    dimensions (Dimensions | Unset, optional):
    tags (list[str] | Unset, optional):
    shape (CircleDto | SquareDto | Unset, optional):
    priority (Priority | str | Unset, optional): 1 is the most urgent
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    widget_key: str
    color: WidgetColor | str
    dimensions: Dimensions | Unset = UNSET
    tags: list[str] | Unset = UNSET
    shape: CircleDto | SquareDto | Unset = UNSET
    priority: Priority | str | Unset = UNSET
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
        if self.widget_key is not UNSET:
            out["name"] = self.widget_key
        if self.color is not UNSET:
            out["color"] = _c.encode(self.color)
        if self.dimensions is not UNSET:
            out["dimensions"] = _c.encode(self.dimensions)
        if self.tags is not UNSET:
            out["tags"] = self.tags
        if self.shape is not UNSET:
            out["shape"] = _c.encode(self.shape)
        if self.priority is not UNSET:
            out["priority"] = _c.encode(self.priority)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> CreateWidgetRequestDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.widget_key = g("name", UNSET)
        self.color = _c.enum_value(WidgetColor, g("color", UNSET))
        self.dimensions = _c.model(Dimensions, g("dimensions", UNSET), "dimensions")
        self.tags = g("tags", UNSET)
        self.shape = _c.tagged("kind", {"circle": CircleDto, "square": SquareDto}, g("shape", UNSET), "shape")
        self.priority = _c.enum_value(Priority, g("priority", UNSET))
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
