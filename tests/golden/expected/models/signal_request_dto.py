# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
"""SignalRequestDto"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.priority import Priority
from novu_api.models.signal_request_dto_payload import SignalRequestDtoPayload

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "name",
        "payload",
        "sentAt",
        "priority",
    )
)


@_define(kw_only=True)
class SignalRequestDto:
    """Attributes:
    name (str):
    payload (SignalRequestDtoPayload | Unset, optional): Any JSON object
    sent_at (datetime.datetime | Unset, optional):  Sent as `sentAt`.
    priority (Priority | str | Unset, optional): 1 is the most urgent
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    name: str
    payload: SignalRequestDtoPayload | Unset = UNSET
    sent_at: datetime.datetime | Unset = UNSET
    priority: Priority | str | Unset = UNSET
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
        if self.name is not UNSET:
            out["name"] = self.name
        if self.payload is not UNSET:
            out["payload"] = _c.encode(self.payload)
        if self.sent_at is not UNSET:
            out["sentAt"] = _c.encode(self.sent_at)
        if self.priority is not UNSET:
            out["priority"] = _c.encode(self.priority)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> SignalRequestDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.name = g("name", UNSET)
        self.payload = _c.model(SignalRequestDtoPayload, g("payload", UNSET), "payload")
        self.sent_at = _c.datetime_value(g("sentAt", UNSET), "sentAt")
        self.priority = _c.enum_value(Priority, g("priority", UNSET))
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
