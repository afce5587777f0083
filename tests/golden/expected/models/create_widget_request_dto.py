# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
"""CreateWidgetRequestDto"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.circle_dto import CircleDto
from novu_api.models.dimensions import Dimensions
from novu_api.models.priority import Priority
from novu_api.models.square_dto import SquareDto
from novu_api.models.widget_color import WidgetColor

from .. import _codec as _c

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
class CreateWidgetRequestDto(_c.Model):
    """Attributes:
        widget_key (str): The widget's identifier Sent as `name`.
        color (WidgetColor | str): Colour of a widget
        dimensions (Dimensions | Unset, optional):
        tags (Sequence[str] | Unset, optional):
        shape (CircleDto | Mapping[str, Any] | SquareDto | Unset, optional):
        priority (Priority | int | Unset, optional): 1 is the most urgent
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    widget_key: str
    color: WidgetColor | str
    dimensions: Dimensions | Unset = UNSET
    tags: Sequence[str] | Unset = UNSET
    shape: CircleDto | Mapping[str, Any] | SquareDto | Unset = UNSET
    priority: Priority | int | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> CreateWidgetRequestDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not CreateWidgetRequestDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> CreateWidgetRequestDto:
    self: CreateWidgetRequestDto = _c._new(CreateWidgetRequestDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 2
    try:
        v = src["name"]
    except KeyError:
        v = _c.off(self, ("name",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("name",), v, "a string")
    self.widget_key = v
    try:
        v = src["color"]
    except KeyError:
        v = _c.off(self, ("color",), UNSET, "one of 'red', 'green', 'sky-blue'")
        n -= 1
    else:
        v = _c.enum_in(self, "color", v, WidgetColor)
    self.color = v
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
    if "tags" in src:
        v = src["tags"]
        v = _c.scalars_in(self, "tags", v, (str,), "a string")
        self.tags = v
        n += 1
    else:
        self.tags = UNSET
    if "shape" in src:
        v = src["shape"]
        v = _c.union_in(self, "shape", v, _S_shape)
        self.shape = v
        n += 1
    else:
        self.shape = UNSET
    if "priority" in src:
        v = src["priority"]
        v = _c.enum_in(self, "priority", v, Priority)
        self.priority = v
        n += 1
    else:
        self.priority = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


CreateWidgetRequestDto._make = _make
CreateWidgetRequestDto._decode = _decode
CreateWidgetRequestDto._Pending = _c.pending(CreateWidgetRequestDto)
CreateWidgetRequestDto._SPEC = _c.ModelSpec(
    CreateWidgetRequestDto,
    (
        ("name", "widget_key", True, ("str",)),
        ("color", "color", True, ("enum", WidgetColor)),
        ("dimensions", "dimensions", False, ("model", Dimensions)),
        ("tags", "tags", False, ("list", ("str",))),
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
        ("priority", "priority", False, ("enum", Priority)),
    ),
)
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
