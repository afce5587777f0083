# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""UnknownWebhookEvent: An event of a type this version of the SDK does not know; its fields are those every documented event has, and the rest is kept in `additional_properties`."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.unknown_webhook_event_data import UnknownWebhookEventData

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "type",
        "data",
        "timestamp",
        "environmentId",
        "object",
        "id",
    )
)


@_define(kw_only=True)
class UnknownWebhookEvent:
    """An event of a type this version of the SDK does not know; its fields are those every documented
        event has, and the rest is kept in `additional_properties`.

    Attributes:
            type_ (str): The type of the webhook event. Sent as `type`.
            data (UnknownWebhookEventData): The actual event data payload.
            timestamp (datetime.datetime): ISO timestamp of when the event occurred.
            environment_id (str): The ID of the environment associated with the event. Sent as `environmentId`.
            object_ (str): The type of object the event relates to. Sent as `object`.
            id (str | Unset, optional): Unique identifier of the webhook event (evt_✱).
            additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    type_: str
    data: UnknownWebhookEventData
    timestamp: datetime.datetime
    environment_id: str
    object_: str
    id: str | Unset = UNSET
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
        if self.type_ is not UNSET:
            out["type"] = self.type_
        if self.data is not UNSET:
            out["data"] = _c.encode(self.data)
        if self.timestamp is not UNSET:
            out["timestamp"] = _c.encode(self.timestamp)
        if self.environment_id is not UNSET:
            out["environmentId"] = self.environment_id
        if self.object_ is not UNSET:
            out["object"] = self.object_
        if self.id is not UNSET:
            out["id"] = self.id
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> UnknownWebhookEvent:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.type_ = g("type", UNSET)
        self.data = _c.model(UnknownWebhookEventData, g("data", UNSET), "data")
        self.timestamp = _c.datetime_value(g("timestamp", UNSET), "timestamp")
        self.environment_id = g("environmentId", UNSET)
        self.object_ = g("object", UNSET)
        self.id = g("id", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
