# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""SubscriptionResponseDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.subscriber_dto import SubscriberDto
from novu_api.models.subscription_preference_dto import SubscriptionPreferenceDto
from novu_api.models.topic_dto import TopicDto

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "_id",
        "topic",
        "subscriber",
        "createdAt",
        "updatedAt",
        "identifier",
        "name",
        "preferences",
        "contextKeys",
    )
)


@_define(kw_only=True)
class SubscriptionResponseDto:
    """Attributes:
    id (str): The unique identifier of the subscription Sent as `_id`.
    topic (TopicDto):
    subscriber (None | SubscriberDto): The subscriber information
    created_at (str): The creation date of the subscription Sent as `createdAt`.
    updated_at (str): The last update date of the subscription Sent as `updatedAt`.
    identifier (str | Unset, optional): The identifier of the subscription
    name (str | Unset, optional): The name of the subscription
    preferences (list[SubscriptionPreferenceDto] | Unset, optional): The preferences for workflows in this subscription
    context_keys (list[str] | Unset, optional): Context keys that scope this subscription (e.g., tenant:org-a, project:proj-123) Sent as `contextKeys`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    id: str
    topic: TopicDto
    subscriber: None | SubscriberDto
    created_at: str
    updated_at: str
    identifier: str | Unset = UNSET
    name: str | Unset = UNSET
    preferences: list[SubscriptionPreferenceDto] | Unset = UNSET
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
        if self.topic is not UNSET:
            out["topic"] = _c.encode(self.topic)
        if self.subscriber is not UNSET:
            out["subscriber"] = _c.encode(self.subscriber)
        if self.created_at is not UNSET:
            out["createdAt"] = self.created_at
        if self.updated_at is not UNSET:
            out["updatedAt"] = self.updated_at
        if self.identifier is not UNSET:
            out["identifier"] = self.identifier
        if self.name is not UNSET:
            out["name"] = self.name
        if self.preferences is not UNSET:
            out["preferences"] = _c.encode(self.preferences)
        if self.context_keys is not UNSET:
            out["contextKeys"] = self.context_keys
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> SubscriptionResponseDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.id = g("_id", UNSET)
        self.topic = _c.model(TopicDto, g("topic", UNSET), "topic")
        self.subscriber = _c.union((SubscriberDto,), g("subscriber", UNSET), "subscriber")
        self.created_at = g("createdAt", UNSET)
        self.updated_at = g("updatedAt", UNSET)
        self.identifier = g("identifier", UNSET)
        self.name = g("name", UNSET)
        self.preferences = _c.model_list(SubscriptionPreferenceDto, g("preferences", UNSET), "preferences")
        self.context_keys = g("contextKeys", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
