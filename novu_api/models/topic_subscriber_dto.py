# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""TopicSubscriberDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._types import UNSET

_KNOWN: frozenset[str] = frozenset(
    (
        "_organizationId",
        "_environmentId",
        "_subscriberId",
        "_topicId",
        "topicKey",
        "externalSubscriberId",
    )
)


@_define(kw_only=True)
class TopicSubscriberDto:
    """Attributes:
    organization_id (str): Unique identifier for the organization Sent as `_organizationId`.
    environment_id (str): Unique identifier for the environment Sent as `_environmentId`.
    subscriber_id (str): Unique identifier for the subscriber Sent as `_subscriberId`.
    topic_id (str): Unique identifier for the topic Sent as `_topicId`.
    topic_key (str): Key associated with the topic Sent as `topicKey`.
    external_subscriber_id (str): External identifier for the subscriber Sent as `externalSubscriberId`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    organization_id: str
    environment_id: str
    subscriber_id: str
    topic_id: str
    topic_key: str
    external_subscriber_id: str
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
        if self.organization_id is not UNSET:
            out["_organizationId"] = self.organization_id
        if self.environment_id is not UNSET:
            out["_environmentId"] = self.environment_id
        if self.subscriber_id is not UNSET:
            out["_subscriberId"] = self.subscriber_id
        if self.topic_id is not UNSET:
            out["_topicId"] = self.topic_id
        if self.topic_key is not UNSET:
            out["topicKey"] = self.topic_key
        if self.external_subscriber_id is not UNSET:
            out["externalSubscriberId"] = self.external_subscriber_id
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> TopicSubscriberDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.organization_id = g("_organizationId", UNSET)
        self.environment_id = g("_environmentId", UNSET)
        self.subscriber_id = g("_subscriberId", UNSET)
        self.topic_id = g("_topicId", UNSET)
        self.topic_key = g("topicKey", UNSET)
        self.external_subscriber_id = g("externalSubscriberId", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
