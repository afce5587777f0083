# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""AgentIntegrationResponseDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.agent_integration_response_dto_connected_at import AgentIntegrationResponseDtoConnectedAt
from novu_api.models.agent_integration_response_integration_dto import AgentIntegrationResponseIntegrationDto

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "_id",
        "_agentId",
        "integration",
        "_environmentId",
        "_organizationId",
        "createdAt",
        "updatedAt",
        "connectedAt",
        "exceedsPlanLimit",
    )
)


@_define(kw_only=True)
class AgentIntegrationResponseDto:
    """Attributes:
    id (str): Agent–integration link document id. Sent as `_id`.
    agent_id (str):  Sent as `_agentId`.
    integration (AgentIntegrationResponseIntegrationDto):
    environment_id (str):  Sent as `_environmentId`.
    organization_id (str):  Sent as `_organizationId`.
    created_at (str):  Sent as `createdAt`.
    updated_at (str):  Sent as `updatedAt`.
    connected_at (AgentIntegrationResponseDtoConnectedAt | None | Unset, optional): Set when the agent–integration link received its first inbound webhook delivery. Sent as `connectedAt`.
    exceeds_plan_limit (bool | Unset, optional): Cloud only. `true` when this channel type (provider) falls outside the organization plan
        active-channel limit (by connection order). Active channels are counted per channel type,
        so multiple integrations of the same provider (e.g. several Slack workspaces) count as a
        single active channel. Over-limit channels keep their configuration but the agent will not
        respond on them until the plan is upgraded or older channel types are disconnected. Sent as `exceedsPlanLimit`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    id: str
    agent_id: str
    integration: AgentIntegrationResponseIntegrationDto
    environment_id: str
    organization_id: str
    created_at: str
    updated_at: str
    connected_at: AgentIntegrationResponseDtoConnectedAt | None | Unset = UNSET
    exceeds_plan_limit: bool | Unset = UNSET
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
        if self.agent_id is not UNSET:
            out["_agentId"] = self.agent_id
        if self.integration is not UNSET:
            out["integration"] = _c.encode(self.integration)
        if self.environment_id is not UNSET:
            out["_environmentId"] = self.environment_id
        if self.organization_id is not UNSET:
            out["_organizationId"] = self.organization_id
        if self.created_at is not UNSET:
            out["createdAt"] = self.created_at
        if self.updated_at is not UNSET:
            out["updatedAt"] = self.updated_at
        if self.connected_at is not UNSET:
            out["connectedAt"] = _c.encode(self.connected_at)
        if self.exceeds_plan_limit is not UNSET:
            out["exceedsPlanLimit"] = self.exceeds_plan_limit
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> AgentIntegrationResponseDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.id = g("_id", UNSET)
        self.agent_id = g("_agentId", UNSET)
        self.integration = _c.model(
            AgentIntegrationResponseIntegrationDto, g("integration", UNSET), "integration"
        )
        self.environment_id = g("_environmentId", UNSET)
        self.organization_id = g("_organizationId", UNSET)
        self.created_at = g("createdAt", UNSET)
        self.updated_at = g("updatedAt", UNSET)
        self.connected_at = _c.union(
            (AgentIntegrationResponseDtoConnectedAt,), g("connectedAt", UNSET), "connectedAt"
        )
        self.exceeds_plan_limit = g("exceedsPlanLimit", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
