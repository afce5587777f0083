# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
"""ListImagesResponseDto"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.image_dto import ImageDto

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "data",
        "hasMore",
        "totalCount",
        "page",
    )
)


@_define(kw_only=True)
class ListImagesResponseDto(_c.Model):
    """Attributes:
        data (Sequence[ImageDto]):
        has_more (bool):  Sent as `hasMore`.
        total_count (int | Unset, optional):  Sent as `totalCount`.
        page (int | Unset, optional):
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    data: Sequence[ImageDto]
    has_more: bool
    total_count: int | Unset = UNSET
    page: int | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> ListImagesResponseDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not ListImagesResponseDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> ListImagesResponseDto:
    self: ListImagesResponseDto = _c._new(ListImagesResponseDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 2
    try:
        v = src["data"]
    except KeyError:
        v = _c.off(self, ("data",), UNSET, "an array of an object (ImageDto)")
        n -= 1
    else:
        v = _c.models_in(self, "data", v, ImageDto, lazy)
    self.data = v
    try:
        v = src["hasMore"]
    except KeyError:
        v = _c.off(self, ("hasMore",), UNSET, "a boolean")
        n -= 1
    else:
        if v.__class__ is not bool:
            v = _c.off(self, ("hasMore",), v, "a boolean")
    self.has_more = v
    if "totalCount" in src:
        v = src["totalCount"]
        if v.__class__ is not int:
            v = _c.off(self, ("totalCount",), v, "an integer")
        self.total_count = v
        n += 1
    else:
        self.total_count = UNSET
    if "page" in src:
        v = src["page"]
        if v.__class__ is not int:
            v = _c.off(self, ("page",), v, "an integer")
        self.page = v
        n += 1
    else:
        self.page = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


ListImagesResponseDto._make = _make
ListImagesResponseDto._decode = _decode
ListImagesResponseDto._Pending = _c.pending(ListImagesResponseDto)
ListImagesResponseDto._SPEC = _c.ModelSpec(
    ListImagesResponseDto,
    (
        ("data", "data", True, ("list", ("model", ImageDto))),
        ("hasMore", "has_more", True, ("bool",)),
        ("totalCount", "total_count", False, ("int",)),
        ("page", "page", False, ("int",)),
    ),
)
