# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""ManagedRuntimeDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.agent_skill_input_dto import AgentSkillInputDto
from novu_api.models.managed_runtime_dto_provider_id import ManagedRuntimeDtoProviderId

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "providerId",
        "integrationId",
        "externalAgentId",
        "externalEnvironmentId",
        "model",
        "systemPrompt",
        "tools",
        "mcpServers",
        "skills",
    )
)


@_define(kw_only=True)
class ManagedRuntimeDto:
    """Attributes:
    provider_id (ManagedRuntimeDtoProviderId | str):  Sent as `providerId`.
    integration_id (str): ID of an existing Novu integration (kind: "agent") that holds the provider API key and
        provisioned environment. Create the integration first via POST /integrations. Sent as `integrationId`.
    external_agent_id (str | Unset, optional): ID of an existing agent on the provider platform. When set, Novu adopts the agent instead
        of creating a new one. Sent as `externalAgentId`.
    external_environment_id (str | Unset, optional): ID of an existing environment on the provider platform. When set, Novu adopts the
        environment. Sent as `externalEnvironmentId`.
    model (str | Unset, optional):
    system_prompt (str | Unset, optional):  Sent as `systemPrompt`.
    tools (list[str] | Unset, optional):
    mcp_servers (list[str] | Unset, optional):  Sent as `mcpServers`.
    skills (list[AgentSkillInputDto] | Unset, optional):
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    provider_id: ManagedRuntimeDtoProviderId | str
    integration_id: str
    external_agent_id: str | Unset = UNSET
    external_environment_id: str | Unset = UNSET
    model: str | Unset = UNSET
    system_prompt: str | Unset = UNSET
    tools: list[str] | Unset = UNSET
    mcp_servers: list[str] | Unset = UNSET
    skills: list[AgentSkillInputDto] | Unset = UNSET
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
        if self.provider_id is not UNSET:
            out["providerId"] = _c.encode(self.provider_id)
        if self.integration_id is not UNSET:
            out["integrationId"] = self.integration_id
        if self.external_agent_id is not UNSET:
            out["externalAgentId"] = self.external_agent_id
        if self.external_environment_id is not UNSET:
            out["externalEnvironmentId"] = self.external_environment_id
        if self.model is not UNSET:
            out["model"] = self.model
        if self.system_prompt is not UNSET:
            out["systemPrompt"] = self.system_prompt
        if self.tools is not UNSET:
            out["tools"] = self.tools
        if self.mcp_servers is not UNSET:
            out["mcpServers"] = self.mcp_servers
        if self.skills is not UNSET:
            out["skills"] = _c.encode(self.skills)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> ManagedRuntimeDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.provider_id = _c.enum_value(ManagedRuntimeDtoProviderId, g("providerId", UNSET))
        self.integration_id = g("integrationId", UNSET)
        self.external_agent_id = g("externalAgentId", UNSET)
        self.external_environment_id = g("externalEnvironmentId", UNSET)
        self.model = g("model", UNSET)
        self.system_prompt = g("systemPrompt", UNSET)
        self.tools = g("tools", UNSET)
        self.mcp_servers = g("mcpServers", UNSET)
        self.skills = _c.model_list(AgentSkillInputDto, g("skills", UNSET), "skills")
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
