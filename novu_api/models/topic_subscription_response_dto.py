# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""TopicSubscriptionResponseDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.subscriber_dto import SubscriberDto
from novu_api.models.topic_response_dto import TopicResponseDto

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "_id",
        "identifier",
        "createdAt",
        "topic",
        "subscriber",
        "contextKeys",
    )
)


@_define(kw_only=True)
class TopicSubscriptionResponseDto:
    """Attributes:
    id (str): The identifier of the subscription Sent as `_id`.
    identifier (str): The identifier of the subscription
    created_at (str): The date and time the subscription was created Sent as `createdAt`.
    topic (TopicResponseDto):
    subscriber (SubscriberDto):
    context_keys (list[str] | Unset, optional): Context keys that scope this subscription (e.g., tenant:org-a, project:proj-123) Sent as `contextKeys`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    id: str
    identifier: str
    created_at: str
    topic: TopicResponseDto
    subscriber: SubscriberDto
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
        if self.id is not UNSET:
            out["_id"] = self.id
        if self.identifier is not UNSET:
            out["identifier"] = self.identifier
        if self.created_at is not UNSET:
            out["createdAt"] = self.created_at
        if self.topic is not UNSET:
            out["topic"] = _c.encode(self.topic)
        if self.subscriber is not UNSET:
            out["subscriber"] = _c.encode(self.subscriber)
        if self.context_keys is not UNSET:
            out["contextKeys"] = self.context_keys
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> TopicSubscriptionResponseDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.id = g("_id", UNSET)
        self.identifier = g("identifier", UNSET)
        self.created_at = g("createdAt", UNSET)
        self.topic = _c.model(TopicResponseDto, g("topic", UNSET), "topic")
        self.subscriber = _c.model(SubscriberDto, g("subscriber", UNSET), "subscriber")
        self.context_keys = g("contextKeys", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
