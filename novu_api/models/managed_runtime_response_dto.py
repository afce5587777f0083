# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""ManagedRuntimeResponseDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.agent_mcp_server_dto import AgentMcpServerDto
from novu_api.models.agent_tool_dto import AgentToolDto

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "providerId",
        "integrationId",
        "externalAgentId",
        "externalEnvironmentId",
        "externalWorkspaceId",
        "consoleUrl",
        "tools",
        "mcpServers",
        "systemPrompt",
    )
)


@_define(kw_only=True)
class ManagedRuntimeResponseDto:
    """Attributes:
    provider_id (str):  Sent as `providerId`.
    integration_id (str):  Sent as `integrationId`.
    external_agent_id (str):  Sent as `externalAgentId`.
    external_environment_id (str | Unset, optional): The provider-side environment that hosts this agent. Hydrated from the linked integration
        credentials. Absent when the integration has not been provisioned. Sent as `externalEnvironmentId`.
    external_workspace_id (str | Unset, optional): The provider-side workspace id used in console deep links. Defaults to `'default'` (the
        auto-created Default Workspace). Hydrated from the linked integration credentials. Sent as `externalWorkspaceId`.
    console_url (str | Unset, optional): Deep link to the agent in the provider console (e.g. platform.claude.com). Sent as `consoleUrl`.
    tools (list[AgentToolDto] | Unset, optional): Live tools enabled on the managed-runtime provider for this agent. Sourced from the
        provider on read; omitted when the provider is temporarily unreachable.
    mcp_servers (list[AgentMcpServerDto] | Unset, optional): MCP servers enabled on this agent, projected onto the runtime catalog `{ externalId, name,
        url }` shape. Mongo is the source of truth; the projection matches what the provider sees.
        Omitted when the provider read fails after a managed-agent write. Sent as `mcpServers`.
    system_prompt (str | Unset, optional): System prompt used when invoking the agent. Sent as `systemPrompt`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    provider_id: str
    integration_id: str
    external_agent_id: str
    external_environment_id: str | Unset = UNSET
    external_workspace_id: str | Unset = UNSET
    console_url: str | Unset = UNSET
    tools: list[AgentToolDto] | Unset = UNSET
    mcp_servers: list[AgentMcpServerDto] | Unset = UNSET
    system_prompt: str | Unset = UNSET
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
            out["providerId"] = self.provider_id
        if self.integration_id is not UNSET:
            out["integrationId"] = self.integration_id
        if self.external_agent_id is not UNSET:
            out["externalAgentId"] = self.external_agent_id
        if self.external_environment_id is not UNSET:
            out["externalEnvironmentId"] = self.external_environment_id
        if self.external_workspace_id is not UNSET:
            out["externalWorkspaceId"] = self.external_workspace_id
        if self.console_url is not UNSET:
            out["consoleUrl"] = self.console_url
        if self.tools is not UNSET:
            out["tools"] = _c.encode(self.tools)
        if self.mcp_servers is not UNSET:
            out["mcpServers"] = _c.encode(self.mcp_servers)
        if self.system_prompt is not UNSET:
            out["systemPrompt"] = self.system_prompt
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> ManagedRuntimeResponseDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.provider_id = g("providerId", UNSET)
        self.integration_id = g("integrationId", UNSET)
        self.external_agent_id = g("externalAgentId", UNSET)
        self.external_environment_id = g("externalEnvironmentId", UNSET)
        self.external_workspace_id = g("externalWorkspaceId", UNSET)
        self.console_url = g("consoleUrl", UNSET)
        self.tools = _c.model_list(AgentToolDto, g("tools", UNSET), "tools")
        self.mcp_servers = _c.model_list(AgentMcpServerDto, g("mcpServers", UNSET), "mcpServers")
        self.system_prompt = g("systemPrompt", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
