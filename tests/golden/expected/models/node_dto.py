# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
"""NodeDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.widget_response_dto import WidgetResponseDto

from .. import _codec as _c
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from novu_api.models.folder_dto import FolderDto

_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "folder",
        "widget",
    )
)


@_define(kw_only=True)
class NodeDto:
    """Attributes:
    id (str):
    folder (FolderDto | Unset, optional): A folder and what is in it: FolderDto and NodeDto import each other.
    widget (WidgetResponseDto | Unset, optional):
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    id: str
    folder: FolderDto | Unset = UNSET
    widget: WidgetResponseDto | Unset = UNSET
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
            out["id"] = self.id
        if self.folder is not UNSET:
            out["folder"] = _c.encode(self.folder)
        if self.widget is not UNSET:
            out["widget"] = _c.encode(self.widget)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> NodeDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.id = g("id", UNSET)
        self.folder = _c.model(FolderDto, g("folder", UNSET), "folder")
        self.widget = _c.model(WidgetResponseDto, g("widget", UNSET), "widget")
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Models in an import cycle with this one, imported once this class exists.
from novu_api.models.folder_dto import FolderDto  # noqa: E402
