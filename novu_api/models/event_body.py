# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""EventBody"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.event_body_status import EventBodyStatus

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "status",
        "date",
        "externalId",
        "attempts",
        "response",
        "row",
    )
)


@_define(kw_only=True)
class EventBody:
    """Attributes:
    status (EventBodyStatus | str): Status of the event
    date (str): Date of the event
    external_id (str | Unset, optional): External ID from the provider Sent as `externalId`.
    attempts (float | Unset, optional): Number of attempts
    response (str | Unset, optional): Response from the provider
    row (str | Unset, optional): Raw content from the provider webhook
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    status: EventBodyStatus | str
    date: str
    external_id: str | Unset = UNSET
    attempts: float | Unset = UNSET
    response: str | Unset = UNSET
    row: str | Unset = UNSET
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
        if self.status is not UNSET:
            out["status"] = _c.encode(self.status)
        if self.date is not UNSET:
            out["date"] = self.date
        if self.external_id is not UNSET:
            out["externalId"] = self.external_id
        if self.attempts is not UNSET:
            out["attempts"] = self.attempts
        if self.response is not UNSET:
            out["response"] = self.response
        if self.row is not UNSET:
            out["row"] = self.row
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> EventBody:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.status = _c.enum_value(EventBodyStatus, g("status", UNSET))
        self.date = g("date", UNSET)
        self.external_id = g("externalId", UNSET)
        self.attempts = g("attempts", UNSET)
        self.response = g("response", UNSET)
        self.row = g("row", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
