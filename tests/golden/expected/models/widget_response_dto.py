# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
"""WidgetResponseDto"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar
from uuid import UUID

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
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
class WidgetResponseDto(_c.Model):
    """Attributes:
        id (str):  Sent as `_id`.
        name (str):
        color (WidgetColor | str): Colour of a widget
        created_at (datetime.datetime):  Sent as `createdAt`.
        archived_at (datetime.datetime | None): Null while in use Sent as `archivedAt`.
        dimensions (Dimensions | Unset, optional):
        made_on (datetime.date | Unset, optional):  Sent as `madeOn`.
        history (Sequence[datetime.datetime] | Unset, optional):
        priority (Priority | int | Unset, optional): 1 is the most urgent
        palette (Sequence[WidgetColor | str] | Unset, optional):
        shape (CircleDto | SquareDto | Unset, optional):
        parts (Sequence[CircleDto | SquareDto] | Unset, optional):
        decoration (StickerDto | LabelDto | Unset, optional): No discriminator: the first that decodes
        decorations (Sequence[StickerDto | LabelDto] | Unset, optional):
        size (str | float | Unset, optional): A label or millimetres
        metadata (WidgetResponseDtoMetadata | Mapping[str, Any] | Unset, optional): Free-form
        images (Sequence[ImageDto | Mapping[str, Any]] | Unset, optional):
        folder_id (UUID | Unset, optional):  Sent as `folderId`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    id: str
    name: str
    color: WidgetColor | str
    created_at: datetime.datetime
    archived_at: datetime.datetime | None
    dimensions: Dimensions | Unset = UNSET
    made_on: datetime.date | Unset = UNSET
    history: Sequence[datetime.datetime] | Unset = UNSET
    priority: Priority | int | Unset = UNSET
    palette: Sequence[WidgetColor | str] | Unset = UNSET
    shape: CircleDto | SquareDto | Unset = UNSET
    parts: Sequence[CircleDto | SquareDto] | Unset = UNSET
    decoration: StickerDto | LabelDto | Unset = UNSET
    decorations: Sequence[StickerDto | LabelDto] | Unset = UNSET
    size: str | float | Unset = UNSET
    metadata: WidgetResponseDtoMetadata | Mapping[str, Any] | Unset = UNSET
    images: Sequence[ImageDto | Mapping[str, Any]] | Unset = UNSET
    folder_id: UUID | Unset = UNSET
    # None until asked for or until the server sends undeclared fields: nothing is kept per
    # model when there are none (a decoded model does not hold on to its wire object).
    _extra: dict[str, Any] | None = _field(default=None, alias="additional_properties", eq=False, repr=False)
    # What the generator knows about the fields (names, types, required set), set at the end of
    # this module; the encoder, the input checks and the union picker read it.
    _SPEC: ClassVar[_c.ModelSpec]

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
        """The JSON object this model is sent as; values are checked as they are encoded."""
        return _c.to_wire(self)

    @classmethod
    def _eager(cls, src: Any, lazy: bool = False) -> WidgetResponseDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not WidgetResponseDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> WidgetResponseDto:
    self: WidgetResponseDto = _c._new(WidgetResponseDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 5
    try:
        v = src["_id"]
    except KeyError:
        v = _c.off(self, ("_id",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("_id",), v, "a string")
    self.id = v
    try:
        v = src["name"]
    except KeyError:
        v = _c.off(self, ("name",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("name",), v, "a string")
    self.name = v
    try:
        v = src["color"]
    except KeyError:
        v = _c.off(self, ("color",), UNSET, "one of 'red', 'green', 'sky-blue'")
        n -= 1
    else:
        v = _c.enum_in(self, "color", v, WidgetColor)
    self.color = v
    try:
        v = src["createdAt"]
    except KeyError:
        v = _c.off(self, ("createdAt",), UNSET, "a date-time string")
        n -= 1
    else:
        v = _c.datetime_in(self, "createdAt", v)
    self.created_at = v
    try:
        v = src["archivedAt"]
    except KeyError:
        v = _c.off(self, ("archivedAt",), UNSET, "a date-time string or null")
        n -= 1
    else:
        if v is not None:
            v = _c.datetime_in(self, "archivedAt", v)
    self.archived_at = v
    if "dimensions" in src:
        v = src["dimensions"]
        if v.__class__ is dict:
            try:
                v = Dimensions._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "dimensions")
                raise
        else:
            v = _c.off(self, ("dimensions",), v, "an object (Dimensions)")
        self.dimensions = v
        n += 1
    else:
        self.dimensions = UNSET
    if "madeOn" in src:
        v = src["madeOn"]
        v = _c.date_in(self, "madeOn", v)
        self.made_on = v
        n += 1
    else:
        self.made_on = UNSET
    if "history" in src:
        v = src["history"]
        v = _c.list_in(self, "history", v, _S_history)
        self.history = v
        n += 1
    else:
        self.history = UNSET
    if "priority" in src:
        v = src["priority"]
        v = _c.enum_in(self, "priority", v, Priority)
        self.priority = v
        n += 1
    else:
        self.priority = UNSET
    if "palette" in src:
        v = src["palette"]
        v = _c.list_in(self, "palette", v, _S_palette)
        self.palette = v
        n += 1
    else:
        self.palette = UNSET
    if "shape" in src:
        v = src["shape"]
        v = _c.union_in(self, "shape", v, _S_shape)
        self.shape = v
        n += 1
    else:
        self.shape = UNSET
    if "parts" in src:
        v = src["parts"]
        v = _c.list_in(self, "parts", v, _S_parts)
        self.parts = v
        n += 1
    else:
        self.parts = UNSET
    if "decoration" in src:
        v = src["decoration"]
        v = _c.union_in(self, "decoration", v, _S_decoration)
        self.decoration = v
        n += 1
    else:
        self.decoration = UNSET
    if "decorations" in src:
        v = src["decorations"]
        v = _c.list_in(self, "decorations", v, _S_decorations)
        self.decorations = v
        n += 1
    else:
        self.decorations = UNSET
    if "size" in src:
        v = src["size"]
        if v.__class__ is not str and v.__class__ is not float and v.__class__ is not int:
            v = _c.off(self, ("size",), v, "a string or a number")
        self.size = v
        n += 1
    else:
        self.size = UNSET
    if "metadata" in src:
        v = src["metadata"]
        if v.__class__ is dict:
            try:
                v = WidgetResponseDtoMetadata._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "metadata")
                raise
        else:
            v = _c.off(self, ("metadata",), v, "an object (WidgetResponseDtoMetadata)")
        self.metadata = v
        n += 1
    else:
        self.metadata = UNSET
    if "images" in src:
        v = src["images"]
        v = _c.models_in(self, "images", v, ImageDto, lazy)
        self.images = v
        n += 1
    else:
        self.images = UNSET
    if "folderId" in src:
        v = src["folderId"]
        if v.__class__ is not str:
            v = _c.off(self, ("folderId",), v, "a UUID string")
        self.folder_id = v
        n += 1
    else:
        self.folder_id = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


WidgetResponseDto._make = _make
WidgetResponseDto._decode = _decode
WidgetResponseDto._Pending = _c.pending(WidgetResponseDto)
WidgetResponseDto._SPEC = _c.ModelSpec(
    WidgetResponseDto,
    (
        ("_id", "id", True, ("str",)),
        ("name", "name", True, ("str",)),
        ("color", "color", True, ("enum", WidgetColor)),
        ("createdAt", "created_at", True, ("datetime",)),
        (
            "archivedAt",
            "archived_at",
            True,
            (
                "union",
                (
                    ("datetime",),
                    ("null",),
                ),
            ),
        ),
        ("dimensions", "dimensions", False, ("model", Dimensions)),
        ("madeOn", "made_on", False, ("date",)),
        ("history", "history", False, ("list", ("datetime",))),
        ("priority", "priority", False, ("enum", Priority)),
        ("palette", "palette", False, ("list", ("enum", WidgetColor))),
        (
            "shape",
            "shape",
            False,
            (
                "union",
                (
                    ("model", CircleDto),
                    ("model", SquareDto),
                ),
                "kind",
                {"circle": CircleDto, "square": SquareDto},
            ),
        ),
        (
            "parts",
            "parts",
            False,
            (
                "list",
                (
                    "union",
                    (
                        ("model", CircleDto),
                        ("model", SquareDto),
                    ),
                    "kind",
                    {"circle": CircleDto, "square": SquareDto},
                ),
            ),
        ),
        (
            "decoration",
            "decoration",
            False,
            (
                "union",
                (
                    ("model", StickerDto),
                    ("model", LabelDto),
                ),
            ),
        ),
        (
            "decorations",
            "decorations",
            False,
            (
                "list",
                (
                    "union",
                    (
                        ("model", StickerDto),
                        ("model", LabelDto),
                    ),
                ),
            ),
        ),
        (
            "size",
            "size",
            False,
            (
                "union",
                (
                    ("str",),
                    ("num",),
                ),
            ),
        ),
        ("metadata", "metadata", False, ("model", WidgetResponseDtoMetadata)),
        ("images", "images", False, ("list", ("model", ImageDto))),
        ("folderId", "folder_id", False, ("uuid",)),
    ),
)
_S_history = _c.prepare(("list", ("datetime",)))
_S_palette = _c.prepare(("list", ("enum", WidgetColor)))
_S_shape = _c.prepare(
    (
        "union",
        (
            ("model", CircleDto),
            ("model", SquareDto),
        ),
        "kind",
        {"circle": CircleDto, "square": SquareDto},
    )
)
_S_parts = _c.prepare(
    (
        "list",
        (
            "union",
            (
                ("model", CircleDto),
                ("model", SquareDto),
            ),
            "kind",
            {"circle": CircleDto, "square": SquareDto},
        ),
    )
)
_S_decoration = _c.prepare(
    (
        "union",
        (
            ("model", StickerDto),
            ("model", LabelDto),
        ),
    )
)
_S_decorations = _c.prepare(
    (
        "list",
        (
            "union",
            (
                ("model", StickerDto),
                ("model", LabelDto),
            ),
        ),
    )
)
