# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
"""UnknownWebhookEvent: An event of a type this version of the SDK does not know; its fields are those every documented event has, and the rest is kept in `additional_properties`."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "type",
        "widgetId",
        "occurredAt",
    )
)


@_define(kw_only=True)
class UnknownWebhookEvent:
    """An event of a type this version of the SDK does not know; its fields are those every documented
        event has, and the rest is kept in `additional_properties`.

    Attributes:
            type_ (str):  Sent as `type`.
            widget_id (str):  Sent as `widgetId`.
            occurred_at (datetime.datetime | Unset, optional):  Sent as `occurredAt`.
            additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    type_: str
    widget_id: str
    occurred_at: datetime.datetime | Unset = UNSET
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
        if self.widget_id is not UNSET:
            out["widgetId"] = self.widget_id
        if self.occurred_at is not UNSET:
            out["occurredAt"] = _c.encode(self.occurred_at)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> UnknownWebhookEvent:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.type_ = g("type", UNSET)
        self.widget_id = g("widgetId", UNSET)
        self.occurred_at = _c.datetime_value(g("occurredAt", UNSET), "occurredAt")
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
