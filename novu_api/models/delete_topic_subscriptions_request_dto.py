# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""DeleteTopicSubscriptionsRequestDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.delete_topic_subscriber_identifier_dto import DeleteTopicSubscriberIdentifierDto

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "subscriberIds",
        "subscriptions",
    )
)


@_define(kw_only=True)
class DeleteTopicSubscriptionsRequestDto:
    """Attributes:
    subscriber_ids (list[str] | Unset, optional): List of subscriber identifiers to unsubscribe from the topic (max: 100). @deprecated Use
        the "subscriptions" property instead. Sent as `subscriberIds`.
    subscriptions (list[DeleteTopicSubscriberIdentifierDto | str] | Unset, optional): List of subscriptions to unsubscribe from the topic (max: 100). Can be either a string
        array of subscriber IDs or an array of objects with identifier and/or subscriberId. If
        only subscriberId is provided, all subscriptions for that subscriber within the topic will
        be deleted.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    subscriber_ids: list[str] | Unset = UNSET
    subscriptions: list[DeleteTopicSubscriberIdentifierDto | str] | Unset = UNSET
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
        if self.subscriber_ids is not UNSET:
            out["subscriberIds"] = self.subscriber_ids
        if self.subscriptions is not UNSET:
            out["subscriptions"] = _c.encode(self.subscriptions)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> DeleteTopicSubscriptionsRequestDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.subscriber_ids = g("subscriberIds", UNSET)
        self.subscriptions = _c.mapped(
            lambda v: _c.union((DeleteTopicSubscriberIdentifierDto,), v, "subscriptions"),
            g("subscriptions", UNSET),
        )
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
