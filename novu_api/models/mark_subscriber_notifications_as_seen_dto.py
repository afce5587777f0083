# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""MarkSubscriberNotificationsAsSeenDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.mark_subscriber_notifications_as_seen_dto_tags import (
    MarkSubscriberNotificationsAsSeenDtoTags,
)

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "notificationIds",
        "tags",
        "data",
        "contextKeys",
    )
)


@_define(kw_only=True)
class MarkSubscriberNotificationsAsSeenDto:
    """Attributes:
    notification_ids (list[str] | Unset, optional): Specific notification IDs to mark as seen Sent as `notificationIds`.
    tags (MarkSubscriberNotificationsAsSeenDtoTags | Unset, optional): Filter notifications by workflow tags (OR for string[], or { and: [{ or: string[] }, ...]
        } for AND of OR-groups).
    data (str | Unset, optional): Filter notifications by data attributes (JSON string)
    context_keys (list[str] | Unset, optional): Context keys for filtering notifications Sent as `contextKeys`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    notification_ids: list[str] | Unset = UNSET
    tags: MarkSubscriberNotificationsAsSeenDtoTags | Unset = UNSET
    data: str | Unset = UNSET
    context_keys: list[str] | Unset = UNSET
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
        if self.notification_ids is not UNSET:
            out["notificationIds"] = self.notification_ids
        if self.tags is not UNSET:
            out["tags"] = _c.encode(self.tags)
        if self.data is not UNSET:
            out["data"] = self.data
        if self.context_keys is not UNSET:
            out["contextKeys"] = self.context_keys
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> MarkSubscriberNotificationsAsSeenDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.notification_ids = g("notificationIds", UNSET)
        self.tags = _c.model(MarkSubscriberNotificationsAsSeenDtoTags, g("tags", UNSET), "tags")
        self.data = g("data", UNSET)
        self.context_keys = g("contextKeys", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
