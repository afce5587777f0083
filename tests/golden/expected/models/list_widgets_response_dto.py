# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
"""ListWidgetsResponseDto"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.widget_response_dto import WidgetResponseDto

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "data",
        "next",
        "previous",
        "totalCount",
    )
)


@_define(kw_only=True)
class ListWidgetsResponseDto(_c.Model):
    """Attributes:
        data (Sequence[WidgetResponseDto]):
        next_ (str | None):  Sent as `next`.
        previous (str | None):
        total_count (float | Unset, optional):  Sent as `totalCount`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    data: Sequence[WidgetResponseDto]
    next_: str | None
    previous: str | None
    total_count: float | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> ListWidgetsResponseDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not ListWidgetsResponseDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> ListWidgetsResponseDto:
    self: ListWidgetsResponseDto = _c._new(ListWidgetsResponseDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 3
    try:
        v = src["data"]
    except KeyError:
        v = _c.off(self, ("data",), UNSET, "an array of an object (WidgetResponseDto)")
        n -= 1
    else:
        v = _c.models_in(self, "data", v, WidgetResponseDto, lazy)
    self.data = v
    try:
        v = src["next"]
    except KeyError:
        v = _c.off(self, ("next",), UNSET, "a string or null")
        n -= 1
    else:
        if v.__class__ is not str and v is not None:
            v = _c.off(self, ("next",), v, "a string or null")
    self.next_ = v
    try:
        v = src["previous"]
    except KeyError:
        v = _c.off(self, ("previous",), UNSET, "a string or null")
        n -= 1
    else:
        if v.__class__ is not str and v is not None:
            v = _c.off(self, ("previous",), v, "a string or null")
    self.previous = v
    if "totalCount" in src:
        v = src["totalCount"]
        if v.__class__ is not float and v.__class__ is not int:
            v = _c.off(self, ("totalCount",), v, "a number")
        self.total_count = v
        n += 1
    else:
        self.total_count = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


ListWidgetsResponseDto._make = _make
ListWidgetsResponseDto._decode = _decode
ListWidgetsResponseDto._Pending = _c.pending(ListWidgetsResponseDto)
ListWidgetsResponseDto._SPEC = _c.ModelSpec(
    ListWidgetsResponseDto,
    (
        ("data", "data", True, ("list", ("model", WidgetResponseDto))),
        (
            "next",
            "next_",
            True,
            (
                "union",
                (
                    ("str",),
                    ("null",),
                ),
            ),
        ),
        (
            "previous",
            "previous",
            True,
            (
                "union",
                (
                    ("str",),
                    ("null",),
                ),
            ),
        ),
        ("totalCount", "total_count", False, ("num",)),
    ),
)
