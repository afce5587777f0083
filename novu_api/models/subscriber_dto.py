# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""SubscriberDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "_id",
        "subscriberId",
        "avatar",
        "firstName",
        "lastName",
        "email",
    )
)


@_define(kw_only=True)
class SubscriberDto:
    """Attributes:
    id (str): The identifier of the subscriber Sent as `_id`.
    subscriber_id (str): The external identifier of the subscriber Sent as `subscriberId`.
    avatar (None | str | Unset, optional): The avatar URL of the subscriber
    first_name (None | str | Unset, optional): The first name of the subscriber Sent as `firstName`.
    last_name (None | str | Unset, optional): The last name of the subscriber Sent as `lastName`.
    email (None | str | Unset, optional): The email of the subscriber
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    id: str
    subscriber_id: str
    avatar: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
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
        if self.subscriber_id is not UNSET:
            out["subscriberId"] = self.subscriber_id
        if self.avatar is not UNSET:
            out["avatar"] = _c.encode(self.avatar)
        if self.first_name is not UNSET:
            out["firstName"] = _c.encode(self.first_name)
        if self.last_name is not UNSET:
            out["lastName"] = _c.encode(self.last_name)
        if self.email is not UNSET:
            out["email"] = _c.encode(self.email)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> SubscriberDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.id = g("_id", UNSET)
        self.subscriber_id = g("subscriberId", UNSET)
        self.avatar = g("avatar", UNSET)
        self.first_name = g("firstName", UNSET)
        self.last_name = g("lastName", UNSET)
        self.email = g("email", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
