# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""ManagedRuntimeResponseDto"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.agent_mcp_server_dto import AgentMcpServerDto
from novu_api.models.agent_tool_dto import AgentToolDto

from .. import _codec as _c

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
class ManagedRuntimeResponseDto(_c.Model):
    """Attributes:
        provider_id (str):  Sent as `providerId`.
        integration_id (str):  Sent as `integrationId`.
        external_agent_id (str):  Sent as `externalAgentId`.
        external_environment_id (str | Unset, optional): The provider-side environment that hosts this agent. Hydrated from the linked integration
            credentials. Absent when the integration has not been provisioned. Sent as `externalEnvironmentId`.
        external_workspace_id (str | Unset, optional): The provider-side workspace id used in console deep links. Defaults to `'default'` (the
            auto-created Default Workspace). Hydrated from the linked integration credentials. Sent as `externalWorkspaceId`.
        console_url (str | Unset, optional): Deep link to the agent in the provider console (e.g. platform.claude.com). Sent as `consoleUrl`.
        tools (Sequence[AgentToolDto] | Unset, optional): Live tools enabled on the managed-runtime provider for this agent. Sourced from the
            provider on read; omitted when the provider is temporarily unreachable.
        mcp_servers (Sequence[AgentMcpServerDto] | Unset, optional): MCP servers enabled on this agent, projected onto the runtime catalog `{ externalId, name,
            url }` shape. Mongo is the source of truth; the projection matches what the provider sees.
            Omitted when the provider read fails after a managed-agent write. Sent as `mcpServers`.
        system_prompt (str | Unset, optional): System prompt used when invoking the agent. Sent as `systemPrompt`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    provider_id: str
    integration_id: str
    external_agent_id: str
    external_environment_id: str | Unset = UNSET
    external_workspace_id: str | Unset = UNSET
    console_url: str | Unset = UNSET
    tools: Sequence[AgentToolDto] | Unset = UNSET
    mcp_servers: Sequence[AgentMcpServerDto] | Unset = UNSET
    system_prompt: str | Unset = UNSET
    # None until asked for or until the server sends undeclared fields: nothing is kept per
    # model when there are none (a decoded model does not hold on to its wire object).
    _extra: dict[str, Any] | None = _field(default=None, alias="additional_properties", eq=False, repr=False)
    # What the generator knows about the fields (names, types, required set), set at the end of
    # this module; the encoder, the input checks and the union picker read it.
    _SPEC: ClassVar[_c.ModelSpec]

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
        """The JSON object this model is sent as; values are checked as they are encoded."""
        return _c.to_wire(self)

    @classmethod
    def _eager(cls, src: Any, lazy: bool = False) -> ManagedRuntimeResponseDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not ManagedRuntimeResponseDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> ManagedRuntimeResponseDto:
    self: ManagedRuntimeResponseDto = _c._new(ManagedRuntimeResponseDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 3
    try:
        v = src["providerId"]
    except KeyError:
        v = _c.off(self, ("providerId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("providerId",), v, "a string")
    self.provider_id = v
    try:
        v = src["integrationId"]
    except KeyError:
        v = _c.off(self, ("integrationId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("integrationId",), v, "a string")
    self.integration_id = v
    try:
        v = src["externalAgentId"]
    except KeyError:
        v = _c.off(self, ("externalAgentId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("externalAgentId",), v, "a string")
    self.external_agent_id = v
    if "externalEnvironmentId" in src:
        v = src["externalEnvironmentId"]
        if v.__class__ is not str:
            v = _c.off(self, ("externalEnvironmentId",), v, "a string")
        self.external_environment_id = v
        n += 1
    else:
        self.external_environment_id = UNSET
    if "externalWorkspaceId" in src:
        v = src["externalWorkspaceId"]
        if v.__class__ is not str:
            v = _c.off(self, ("externalWorkspaceId",), v, "a string")
        self.external_workspace_id = v
        n += 1
    else:
        self.external_workspace_id = UNSET
    if "consoleUrl" in src:
        v = src["consoleUrl"]
        if v.__class__ is not str:
            v = _c.off(self, ("consoleUrl",), v, "a string")
        self.console_url = v
        n += 1
    else:
        self.console_url = UNSET
    if "tools" in src:
        v = src["tools"]
        v = _c.models_in(self, "tools", v, AgentToolDto, lazy)
        self.tools = v
        n += 1
    else:
        self.tools = UNSET
    if "mcpServers" in src:
        v = src["mcpServers"]
        v = _c.models_in(self, "mcpServers", v, AgentMcpServerDto, lazy)
        self.mcp_servers = v
        n += 1
    else:
        self.mcp_servers = UNSET
    if "systemPrompt" in src:
        v = src["systemPrompt"]
        if v.__class__ is not str:
            v = _c.off(self, ("systemPrompt",), v, "a string")
        self.system_prompt = v
        n += 1
    else:
        self.system_prompt = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


ManagedRuntimeResponseDto._make = _make
ManagedRuntimeResponseDto._decode = _decode
ManagedRuntimeResponseDto._Pending = _c.pending(ManagedRuntimeResponseDto)
ManagedRuntimeResponseDto._SPEC = _c.ModelSpec(
    ManagedRuntimeResponseDto,
    (
        ("providerId", "provider_id", True, ("str",)),
        ("integrationId", "integration_id", True, ("str",)),
        ("externalAgentId", "external_agent_id", True, ("str",)),
        ("externalEnvironmentId", "external_environment_id", False, ("str",)),
        ("externalWorkspaceId", "external_workspace_id", False, ("str",)),
        ("consoleUrl", "console_url", False, ("str",)),
        ("tools", "tools", False, ("list", ("model", AgentToolDto))),
        ("mcpServers", "mcp_servers", False, ("list", ("model", AgentMcpServerDto))),
        ("systemPrompt", "system_prompt", False, ("str",)),
    ),
)
