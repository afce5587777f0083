# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""ResourceInfoDto"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.user_info_dto import UserInfoDto

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "updatedBy",
        "updatedAt",
    )
)


@_define(kw_only=True)
class ResourceInfoDto:
    """Attributes:
    id (None | str | Unset, optional): Resource ID (workflow ID or step ID)
    name (None | str | Unset, optional): Resource name (workflow name or step name)
    updated_by (None | UserInfoDto | Unset, optional): User who last updated the resource Sent as `updatedBy`.
    updated_at (datetime.datetime | None | Unset, optional): When the resource was last updated Sent as `updatedAt`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    updated_by: None | UserInfoDto | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
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
            out["id"] = _c.encode(self.id)
        if self.name is not UNSET:
            out["name"] = _c.encode(self.name)
        if self.updated_by is not UNSET:
            out["updatedBy"] = _c.encode(self.updated_by)
        if self.updated_at is not UNSET:
            out["updatedAt"] = _c.encode(self.updated_at)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> ResourceInfoDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.id = g("id", UNSET)
        self.name = g("name", UNSET)
        self.updated_by = _c.union((UserInfoDto,), g("updatedBy", UNSET), "updatedBy")
        self.updated_at = g("updatedAt", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
