# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""CreateEnvironmentRequestDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "name",
        "color",
        "parentId",
    )
)


@_define(kw_only=True)
class CreateEnvironmentRequestDto:
    """Attributes:
    name (str): Name of the environment to be created
    color (str): Hex color code for the environment
    parent_id (str | Unset, optional): MongoDB ObjectId of the parent environment (optional) Sent as `parentId`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    name: str
    color: str
    parent_id: str | Unset = UNSET
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
        if self.color is not UNSET:
            out["color"] = self.color
        if self.parent_id is not UNSET:
            out["parentId"] = self.parent_id
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> CreateEnvironmentRequestDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.name = g("name", UNSET)
        self.color = g("color", UNSET)
        self.parent_id = g("parentId", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
