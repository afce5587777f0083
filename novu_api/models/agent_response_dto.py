# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""AgentResponseDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.agent_behavior_dto import AgentBehaviorDto
from novu_api.models.agent_integration_summary_dto import AgentIntegrationSummaryDto
from novu_api.models.agent_response_dto_runtime import AgentResponseDtoRuntime
from novu_api.models.agent_response_dto_visibility import AgentResponseDtoVisibility
from novu_api.models.managed_runtime_response_dto import ManagedRuntimeResponseDto

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "_id",
        "name",
        "identifier",
        "active",
        "_environmentId",
        "_organizationId",
        "createdAt",
        "updatedAt",
        "description",
        "behavior",
        "bridgeUrl",
        "devBridgeUrl",
        "devBridgeActive",
        "runtime",
        "visibility",
        "managedRuntime",
        "createdBy",
        "integrations",
        "exceedsPlanLimit",
    )
)


@_define(kw_only=True)
class AgentResponseDto:
    """Attributes:
    id (str):  Sent as `_id`.
    name (str):
    identifier (str):
    active (bool):
    environment_id (str):  Sent as `_environmentId`.
    organization_id (str):  Sent as `_organizationId`.
    created_at (str):  Sent as `createdAt`.
    updated_at (str):  Sent as `updatedAt`.
    description (str | Unset, optional):
    behavior (AgentBehaviorDto | Unset, optional):
    bridge_url (str | Unset, optional): Production bridge URL Sent as `bridgeUrl`.
    dev_bridge_url (str | Unset, optional): Development bridge URL (set by npx novu dev) Sent as `devBridgeUrl`.
    dev_bridge_active (bool | Unset, optional): Whether the dev bridge override is active Sent as `devBridgeActive`.
    runtime (AgentResponseDtoRuntime | str | Unset, optional): Whether the agent brain is self-hosted (bridge) or managed by a third-party provider
    visibility (AgentResponseDtoVisibility | str | Unset, optional): Discovery scope of the agent. Always `public` today; reserved for the upcoming private-
        agents feature.
    managed_runtime (ManagedRuntimeResponseDto | Unset, optional):  Sent as `managedRuntime`.
    created_by (str | Unset, optional): Mongo user id of the user who created the agent Sent as `createdBy`.
    integrations (list[AgentIntegrationSummaryDto] | Unset, optional):
    exceeds_plan_limit (bool | Unset, optional): Cloud only. `true` when the agent falls outside the organization plan agent limit (by
        creation order among active agents — inactive agents do not consume slots). Only plan
        limits produce this flag — system-capped organizations (enterprise/unlimited tiers) are
        never over-limit. Over-limit agents are still stored but will not respond to inbound
        messages until the plan is upgraded or older agents are deactivated. Sent as `exceedsPlanLimit`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    id: str
    name: str
    identifier: str
    active: bool
    environment_id: str
    organization_id: str
    created_at: str
    updated_at: str
    description: str | Unset = UNSET
    behavior: AgentBehaviorDto | Unset = UNSET
    bridge_url: str | Unset = UNSET
    dev_bridge_url: str | Unset = UNSET
    dev_bridge_active: bool | Unset = UNSET
    runtime: AgentResponseDtoRuntime | str | Unset = UNSET
    visibility: AgentResponseDtoVisibility | str | Unset = UNSET
    managed_runtime: ManagedRuntimeResponseDto | Unset = UNSET
    created_by: str | Unset = UNSET
    integrations: list[AgentIntegrationSummaryDto] | Unset = UNSET
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
        if self.name is not UNSET:
            out["name"] = self.name
        if self.identifier is not UNSET:
            out["identifier"] = self.identifier
        if self.active is not UNSET:
            out["active"] = self.active
        if self.environment_id is not UNSET:
            out["_environmentId"] = self.environment_id
        if self.organization_id is not UNSET:
            out["_organizationId"] = self.organization_id
        if self.created_at is not UNSET:
            out["createdAt"] = self.created_at
        if self.updated_at is not UNSET:
            out["updatedAt"] = self.updated_at
        if self.description is not UNSET:
            out["description"] = self.description
        if self.behavior is not UNSET:
            out["behavior"] = _c.encode(self.behavior)
        if self.bridge_url is not UNSET:
            out["bridgeUrl"] = self.bridge_url
        if self.dev_bridge_url is not UNSET:
            out["devBridgeUrl"] = self.dev_bridge_url
        if self.dev_bridge_active is not UNSET:
            out["devBridgeActive"] = self.dev_bridge_active
        if self.runtime is not UNSET:
            out["runtime"] = _c.encode(self.runtime)
        if self.visibility is not UNSET:
            out["visibility"] = _c.encode(self.visibility)
        if self.managed_runtime is not UNSET:
            out["managedRuntime"] = _c.encode(self.managed_runtime)
        if self.created_by is not UNSET:
            out["createdBy"] = self.created_by
        if self.integrations is not UNSET:
            out["integrations"] = _c.encode(self.integrations)
        if self.exceeds_plan_limit is not UNSET:
            out["exceedsPlanLimit"] = self.exceeds_plan_limit
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> AgentResponseDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.id = g("_id", UNSET)
        self.name = g("name", UNSET)
        self.identifier = g("identifier", UNSET)
        self.active = g("active", UNSET)
        self.environment_id = g("_environmentId", UNSET)
        self.organization_id = g("_organizationId", UNSET)
        self.created_at = g("createdAt", UNSET)
        self.updated_at = g("updatedAt", UNSET)
        self.description = g("description", UNSET)
        self.behavior = _c.model(AgentBehaviorDto, g("behavior", UNSET), "behavior")
        self.bridge_url = g("bridgeUrl", UNSET)
        self.dev_bridge_url = g("devBridgeUrl", UNSET)
        self.dev_bridge_active = g("devBridgeActive", UNSET)
        self.runtime = _c.enum_value(AgentResponseDtoRuntime, g("runtime", UNSET))
        self.visibility = _c.enum_value(AgentResponseDtoVisibility, g("visibility", UNSET))
        self.managed_runtime = _c.model(
            ManagedRuntimeResponseDto, g("managedRuntime", UNSET), "managedRuntime"
        )
        self.created_by = g("createdBy", UNSET)
        self.integrations = _c.model_list(
            AgentIntegrationSummaryDto, g("integrations", UNSET), "integrations"
        )
        self.exceeds_plan_limit = g("exceedsPlanLimit", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
