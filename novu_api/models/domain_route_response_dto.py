# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""DomainRouteResponseDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.domain_route_response_dto_data import DomainRouteResponseDtoData
from novu_api.models.domain_route_response_dto_type import DomainRouteResponseDtoType

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "_id",
        "_domainId",
        "address",
        "type",
        "_environmentId",
        "_organizationId",
        "createdAt",
        "updatedAt",
        "agentId",
        "data",
    )
)


@_define(kw_only=True)
class DomainRouteResponseDto:
    """Attributes:
    id (str):  Sent as `_id`.
    domain_id (str):  Sent as `_domainId`.
    address (str):
    type_ (DomainRouteResponseDtoType | str):  Sent as `type`.
    environment_id (str):  Sent as `_environmentId`.
    organization_id (str):  Sent as `_organizationId`.
    created_at (str):  Sent as `createdAt`.
    updated_at (str):  Sent as `updatedAt`.
    agent_id (str | Unset, optional): Internal id of the destination agent. Only present for agent routes. Sent as `agentId`.
    data (DomainRouteResponseDtoData | Unset, optional): String key-value metadata (max 10 keys, 500 characters total when set via API).
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    id: str
    domain_id: str
    address: str
    type_: DomainRouteResponseDtoType | str
    environment_id: str
    organization_id: str
    created_at: str
    updated_at: str
    agent_id: str | Unset = UNSET
    data: DomainRouteResponseDtoData | Unset = UNSET
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
        if self.domain_id is not UNSET:
            out["_domainId"] = self.domain_id
        if self.address is not UNSET:
            out["address"] = self.address
        if self.type_ is not UNSET:
            out["type"] = _c.encode(self.type_)
        if self.environment_id is not UNSET:
            out["_environmentId"] = self.environment_id
        if self.organization_id is not UNSET:
            out["_organizationId"] = self.organization_id
        if self.created_at is not UNSET:
            out["createdAt"] = self.created_at
        if self.updated_at is not UNSET:
            out["updatedAt"] = self.updated_at
        if self.agent_id is not UNSET:
            out["agentId"] = self.agent_id
        if self.data is not UNSET:
            out["data"] = _c.encode(self.data)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> DomainRouteResponseDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.id = g("_id", UNSET)
        self.domain_id = g("_domainId", UNSET)
        self.address = g("address", UNSET)
        self.type_ = _c.enum_value(DomainRouteResponseDtoType, g("type", UNSET))
        self.environment_id = g("_environmentId", UNSET)
        self.organization_id = g("_organizationId", UNSET)
        self.created_at = g("createdAt", UNSET)
        self.updated_at = g("updatedAt", UNSET)
        self.agent_id = g("agentId", UNSET)
        self.data = _c.model(DomainRouteResponseDtoData, g("data", UNSET), "data")
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
