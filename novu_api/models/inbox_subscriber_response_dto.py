# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""InboxSubscriberResponseDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "subscriberId",
        "firstName",
        "lastName",
        "avatar",
    )
)


@_define(kw_only=True)
class InboxSubscriberResponseDto:
    """Attributes:
    id (str): Unique identifier of the subscriber
    subscriber_id (str): External subscriber identifier Sent as `subscriberId`.
    first_name (str | Unset, optional): First name of the subscriber Sent as `firstName`.
    last_name (str | Unset, optional): Last name of the subscriber Sent as `lastName`.
    avatar (str | Unset, optional): Avatar URL of the subscriber
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    id: str
    subscriber_id: str
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    avatar: str | Unset = UNSET
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
            out["id"] = self.id
        if self.subscriber_id is not UNSET:
            out["subscriberId"] = self.subscriber_id
        if self.first_name is not UNSET:
            out["firstName"] = self.first_name
        if self.last_name is not UNSET:
            out["lastName"] = self.last_name
        if self.avatar is not UNSET:
            out["avatar"] = self.avatar
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> InboxSubscriberResponseDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.id = g("id", UNSET)
        self.subscriber_id = g("subscriberId", UNSET)
        self.first_name = g("firstName", UNSET)
        self.last_name = g("lastName", UNSET)
        self.avatar = g("avatar", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
