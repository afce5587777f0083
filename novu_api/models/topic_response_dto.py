# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""TopicResponseDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "_id",
        "key",
        "name",
        "createdAt",
        "updatedAt",
    )
)


@_define(kw_only=True)
class TopicResponseDto:
    """Attributes:
    id (str): The identifier of the topic Sent as `_id`.
    key (str): The unique key of the topic
    name (str | Unset, optional): The name of the topic
    created_at (str | Unset, optional): The date the topic was created Sent as `createdAt`.
    updated_at (str | Unset, optional): The date the topic was last updated Sent as `updatedAt`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    id: str
    key: str
    name: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
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
        if self.key is not UNSET:
            out["key"] = self.key
        if self.name is not UNSET:
            out["name"] = self.name
        if self.created_at is not UNSET:
            out["createdAt"] = self.created_at
        if self.updated_at is not UNSET:
            out["updatedAt"] = self.updated_at
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> TopicResponseDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.id = g("_id", UNSET)
        self.key = g("key", UNSET)
        self.name = g("name", UNSET)
        self.created_at = g("createdAt", UNSET)
        self.updated_at = g("updatedAt", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
