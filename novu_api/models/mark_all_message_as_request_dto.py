# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""MarkAllMessageAsRequestDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.mark_all_message_as_request_dto_mark_as import MarkAllMessageAsRequestDtoMarkAs

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "markAs",
        "feedIdentifier",
    )
)


@_define(kw_only=True)
class MarkAllMessageAsRequestDto:
    """Attributes:
    mark_as (MarkAllMessageAsRequestDtoMarkAs | str): Mark all subscriber messages as read, unread, seen or unseen Sent as `markAs`.
    feed_identifier (list[str] | str | Unset, optional): Optional feed identifier or array of feed identifiers Sent as `feedIdentifier`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    mark_as: MarkAllMessageAsRequestDtoMarkAs | str
    feed_identifier: list[str] | str | Unset = UNSET
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
        if self.mark_as is not UNSET:
            out["markAs"] = _c.encode(self.mark_as)
        if self.feed_identifier is not UNSET:
            out["feedIdentifier"] = _c.encode(self.feed_identifier)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> MarkAllMessageAsRequestDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.mark_as = _c.enum_value(MarkAllMessageAsRequestDtoMarkAs, g("markAs", UNSET))
        self.feed_identifier = g("feedIdentifier", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
