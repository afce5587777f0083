# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""MessagesResponseDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.message_response_dto import MessageResponseDto

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "hasMore",
        "data",
        "pageSize",
        "page",
        "totalCount",
    )
)


@_define(kw_only=True)
class MessagesResponseDto:
    """Attributes:
    has_more (bool): Indicates if there are more messages available Sent as `hasMore`.
    data (list[MessageResponseDto]): List of messages
    page_size (float): Number of messages per page Sent as `pageSize`.
    page (float): Current page number
    total_count (float | Unset, optional): Total number of messages available Sent as `totalCount`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    has_more: bool
    data: list[MessageResponseDto]
    page_size: float
    page: float
    total_count: float | Unset = UNSET
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
        if self.has_more is not UNSET:
            out["hasMore"] = self.has_more
        if self.data is not UNSET:
            out["data"] = _c.encode(self.data)
        if self.page_size is not UNSET:
            out["pageSize"] = self.page_size
        if self.page is not UNSET:
            out["page"] = self.page
        if self.total_count is not UNSET:
            out["totalCount"] = self.total_count
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> MessagesResponseDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.has_more = g("hasMore", UNSET)
        self.data = _c.model_list(MessageResponseDto, g("data", UNSET), "data")
        self.page_size = g("pageSize", UNSET)
        self.page = g("page", UNSET)
        self.total_count = g("totalCount", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
