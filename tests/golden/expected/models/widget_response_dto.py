# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
"""WidgetResponseDto"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any
from uuid import UUID

from attrs import define as _define
from attrs import field as _field

from novu_api.models.circle_dto import CircleDto
from novu_api.models.dimensions import Dimensions
from novu_api.models.image_dto import ImageDto
from novu_api.models.label_dto import LabelDto
from novu_api.models.priority import Priority
from novu_api.models.square_dto import SquareDto
from novu_api.models.sticker_dto import StickerDto
from novu_api.models.widget_color import WidgetColor
from novu_api.models.widget_response_dto_metadata import WidgetResponseDtoMetadata

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "_id",
        "name",
        "color",
        "createdAt",
        "archivedAt",
        "dimensions",
        "madeOn",
        "history",
        "priority",
        "palette",
        "shape",
        "parts",
        "decoration",
        "decorations",
        "size",
        "metadata",
        "images",
        "folderId",
    )
)


@_define(kw_only=True)
class WidgetResponseDto:
    """Attributes:
    id (str):  Sent as `_id`.
    name (str):
    color (WidgetColor | str): Colour of a widget
    created_at (datetime.datetime):  Sent as `createdAt`.
    archived_at (datetime.datetime | None): Null while in use Sent as `archivedAt`.
    dimensions (Dimensions | Unset, optional):
    made_on (datetime.date | Unset, optional):  Sent as `madeOn`.
    history (list[datetime.datetime] | Unset, optional):
    priority (Priority | str | Unset, optional): 1 is the most urgent
    palette (list[WidgetColor | str] | Unset, optional):
    shape (CircleDto | SquareDto | Unset, optional):
    parts (list[CircleDto | SquareDto] | Unset, optional):
    decoration (LabelDto | StickerDto | Unset, optional): No discriminator: the first that decodes
    decorations (list[LabelDto | StickerDto] | Unset, optional):
    size (float | str | Unset, optional): A label or millimetres
    metadata (WidgetResponseDtoMetadata | Unset, optional): Free-form
    images (list[ImageDto] | Unset, optional):
    folder_id (UUID | Unset, optional):  Sent as `folderId`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    id: str
    name: str
    color: WidgetColor | str
    created_at: datetime.datetime
    archived_at: datetime.datetime | None
    dimensions: Dimensions | Unset = UNSET
    made_on: datetime.date | Unset = UNSET
    history: list[datetime.datetime] | Unset = UNSET
    priority: Priority | str | Unset = UNSET
    palette: list[WidgetColor | str] | Unset = UNSET
    shape: CircleDto | SquareDto | Unset = UNSET
    parts: list[CircleDto | SquareDto] | Unset = UNSET
    decoration: LabelDto | StickerDto | Unset = UNSET
    decorations: list[LabelDto | StickerDto] | Unset = UNSET
    size: float | str | Unset = UNSET
    metadata: WidgetResponseDtoMetadata | Unset = UNSET
    images: list[ImageDto] | Unset = UNSET
    folder_id: UUID | Unset = UNSET
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
        if self.color is not UNSET:
            out["color"] = _c.encode(self.color)
        if self.created_at is not UNSET:
            out["createdAt"] = _c.encode(self.created_at)
        if self.archived_at is not UNSET:
            out["archivedAt"] = _c.encode(self.archived_at)
        if self.dimensions is not UNSET:
            out["dimensions"] = _c.encode(self.dimensions)
        if self.made_on is not UNSET:
            out["madeOn"] = _c.encode(self.made_on)
        if self.history is not UNSET:
            out["history"] = _c.encode(self.history)
        if self.priority is not UNSET:
            out["priority"] = _c.encode(self.priority)
        if self.palette is not UNSET:
            out["palette"] = _c.encode(self.palette)
        if self.shape is not UNSET:
            out["shape"] = _c.encode(self.shape)
        if self.parts is not UNSET:
            out["parts"] = _c.encode(self.parts)
        if self.decoration is not UNSET:
            out["decoration"] = _c.encode(self.decoration)
        if self.decorations is not UNSET:
            out["decorations"] = _c.encode(self.decorations)
        if self.size is not UNSET:
            out["size"] = _c.encode(self.size)
        if self.metadata is not UNSET:
            out["metadata"] = _c.encode(self.metadata)
        if self.images is not UNSET:
            out["images"] = _c.encode(self.images)
        if self.folder_id is not UNSET:
            out["folderId"] = _c.encode(self.folder_id)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> WidgetResponseDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.id = g("_id", UNSET)
        self.name = g("name", UNSET)
        self.color = _c.enum_value(WidgetColor, g("color", UNSET))
        self.created_at = _c.datetime_value(g("createdAt", UNSET), "createdAt")
        self.archived_at = g("archivedAt", UNSET)
        self.dimensions = _c.model(Dimensions, g("dimensions", UNSET), "dimensions")
        self.made_on = _c.date_value(g("madeOn", UNSET), "madeOn")
        self.history = _c.mapped(lambda v: _c.datetime_value(v, "history"), g("history", UNSET))
        self.priority = _c.enum_value(Priority, g("priority", UNSET))
        self.palette = _c.enum_list(WidgetColor, g("palette", UNSET))
        self.shape = _c.tagged("kind", {"circle": CircleDto, "square": SquareDto}, g("shape", UNSET), "shape")
        self.parts = _c.tagged_list(
            "kind", {"circle": CircleDto, "square": SquareDto}, g("parts", UNSET), "parts"
        )
        self.decoration = _c.union(
            (
                StickerDto,
                LabelDto,
            ),
            g("decoration", UNSET),
            "decoration",
        )
        self.decorations = _c.mapped(
            lambda v: _c.union(
                (
                    StickerDto,
                    LabelDto,
                ),
                v,
                "decorations",
            ),
            g("decorations", UNSET),
        )
        self.size = g("size", UNSET)
        self.metadata = _c.model(WidgetResponseDtoMetadata, g("metadata", UNSET), "metadata")
        self.images = _c.model_list(ImageDto, g("images", UNSET), "images")
        self.folder_id = g("folderId", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
