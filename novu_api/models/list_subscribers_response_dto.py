# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""ListSubscribersResponseDto"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET
from novu_api.models.subscriber_response_dto import SubscriberResponseDto

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "data",
        "next",
        "previous",
        "totalCount",
        "totalCountCapped",
    )
)


@_define(kw_only=True)
class ListSubscribersResponseDto(_c.Model):
    """Attributes:
        data (Sequence[SubscriberResponseDto]): List of returned Subscribers
        next_ (str | None): The cursor for the next page of results, or null if there are no more pages. Sent as `next`.
        previous (str | None): The cursor for the previous page of results, or null if this is the first page.
        total_count (float): The total count of items (up to 50,000) Sent as `totalCount`.
        total_count_capped (bool): Whether there are more than 50,000 results available Sent as `totalCountCapped`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    data: Sequence[SubscriberResponseDto]
    next_: str | None
    previous: str | None
    total_count: float
    total_count_capped: bool
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
    def _eager(cls, src: Any, lazy: bool = False) -> ListSubscribersResponseDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not ListSubscribersResponseDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> ListSubscribersResponseDto:
    self: ListSubscribersResponseDto = _c._new(ListSubscribersResponseDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 5
    try:
        v = src["data"]
    except KeyError:
        v = _c.off(self, ("data",), UNSET, "an array of an object (SubscriberResponseDto)")
        n -= 1
    else:
        v = _c.models_in(self, "data", v, SubscriberResponseDto, lazy)
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
    try:
        v = src["totalCount"]
    except KeyError:
        v = _c.off(self, ("totalCount",), UNSET, "a number")
        n -= 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _c.off(self, ("totalCount",), v, "a number")
    self.total_count = v
    try:
        v = src["totalCountCapped"]
    except KeyError:
        v = _c.off(self, ("totalCountCapped",), UNSET, "a boolean")
        n -= 1
    else:
        if v.__class__ is not bool:
            v = _c.off(self, ("totalCountCapped",), v, "a boolean")
    self.total_count_capped = v
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


ListSubscribersResponseDto._make = _make
ListSubscribersResponseDto._decode = _decode
ListSubscribersResponseDto._Pending = _c.pending(ListSubscribersResponseDto)
ListSubscribersResponseDto._SPEC = _c.ModelSpec(
    ListSubscribersResponseDto,
    (
        ("data", "data", True, ("list", ("model", SubscriberResponseDto))),
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
        ("totalCount", "total_count", True, ("num",)),
        ("totalCountCapped", "total_count_capped", True, ("bool",)),
    ),
)
