# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""ListTopicsResponseDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.topic_response_dto import TopicResponseDto

from .. import _codec as _c
from .._types import UNSET

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
class ListTopicsResponseDto:
    """Attributes:
    data (list[TopicResponseDto]): List of returned Topics
    next_ (None | str): The cursor for the next page of results, or null if there are no more pages. Sent as `next`.
    previous (None | str): The cursor for the previous page of results, or null if this is the first page.
    total_count (float): The total count of items (up to 50,000) Sent as `totalCount`.
    total_count_capped (bool): Whether there are more than 50,000 results available Sent as `totalCountCapped`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    data: list[TopicResponseDto]
    next_: None | str
    previous: None | str
    total_count: float
    total_count_capped: bool
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
        if self.data is not UNSET:
            out["data"] = _c.encode(self.data)
        if self.next_ is not UNSET:
            out["next"] = _c.encode(self.next_)
        if self.previous is not UNSET:
            out["previous"] = _c.encode(self.previous)
        if self.total_count is not UNSET:
            out["totalCount"] = self.total_count
        if self.total_count_capped is not UNSET:
            out["totalCountCapped"] = self.total_count_capped
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> ListTopicsResponseDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.data = _c.model_list(TopicResponseDto, g("data", UNSET), "data")
        self.next_ = g("next", UNSET)
        self.previous = g("previous", UNSET)
        self.total_count = g("totalCount", UNSET)
        self.total_count_capped = g("totalCountCapped", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
