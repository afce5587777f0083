# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""AgentToolDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.agent_tool_dto_type import AgentToolDtoType

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "externalId",
        "name",
        "type",
        "description",
    )
)


@_define(kw_only=True)
class AgentToolDto:
    """Attributes:
    external_id (str):  Sent as `externalId`.
    name (str):
    type_ (AgentToolDtoType | str):  Sent as `type`.
    description (str | Unset, optional):
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    external_id: str
    name: str
    type_: AgentToolDtoType | str
    description: str | Unset = UNSET
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
        if self.external_id is not UNSET:
            out["externalId"] = self.external_id
        if self.name is not UNSET:
            out["name"] = self.name
        if self.type_ is not UNSET:
            out["type"] = _c.encode(self.type_)
        if self.description is not UNSET:
            out["description"] = self.description
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> AgentToolDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.external_id = g("externalId", UNSET)
        self.name = g("name", UNSET)
        self.type_ = _c.enum_value(AgentToolDtoType, g("type", UNSET))
        self.description = g("description", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
