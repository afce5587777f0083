# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""ManagedRuntimeDto"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.agent_skill_input_dto import AgentSkillInputDto
from novu_api.models.managed_runtime_dto_provider_id import ManagedRuntimeDtoProviderId

from .. import _codec as _c

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
class ManagedRuntimeDto(_c.Model):
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
        tools (Sequence[str] | Unset, optional):
        mcp_servers (Sequence[str] | Unset, optional):  Sent as `mcpServers`.
        skills (Sequence[AgentSkillInputDto] | Unset, optional):
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    provider_id: ManagedRuntimeDtoProviderId | str
    integration_id: str
    external_agent_id: str | Unset = UNSET
    external_environment_id: str | Unset = UNSET
    model: str | Unset = UNSET
    system_prompt: str | Unset = UNSET
    tools: Sequence[str] | Unset = UNSET
    mcp_servers: Sequence[str] | Unset = UNSET
    skills: Sequence[AgentSkillInputDto] | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> ManagedRuntimeDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not ManagedRuntimeDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> ManagedRuntimeDto:
    self: ManagedRuntimeDto = _c._new(ManagedRuntimeDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 2
    try:
        v = src["providerId"]
    except KeyError:
        v = _c.off(self, ("providerId",), UNSET, "one of 'anthropic', 'novu-anthropic', 'anthropic-aws'")
        n -= 1
    else:
        v = _c.enum_in(self, "providerId", v, ManagedRuntimeDtoProviderId)
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
    if "externalAgentId" in src:
        v = src["externalAgentId"]
        if v.__class__ is not str:
            v = _c.off(self, ("externalAgentId",), v, "a string")
        self.external_agent_id = v
        n += 1
    else:
        self.external_agent_id = UNSET
    if "externalEnvironmentId" in src:
        v = src["externalEnvironmentId"]
        if v.__class__ is not str:
            v = _c.off(self, ("externalEnvironmentId",), v, "a string")
        self.external_environment_id = v
        n += 1
    else:
        self.external_environment_id = UNSET
    if "model" in src:
        v = src["model"]
        if v.__class__ is not str:
            v = _c.off(self, ("model",), v, "a string")
        self.model = v
        n += 1
    else:
        self.model = UNSET
    if "systemPrompt" in src:
        v = src["systemPrompt"]
        if v.__class__ is not str:
            v = _c.off(self, ("systemPrompt",), v, "a string")
        self.system_prompt = v
        n += 1
    else:
        self.system_prompt = UNSET
    if "tools" in src:
        v = src["tools"]
        v = _c.scalars_in(self, "tools", v, (str,), "a string")
        self.tools = v
        n += 1
    else:
        self.tools = UNSET
    if "mcpServers" in src:
        v = src["mcpServers"]
        v = _c.scalars_in(self, "mcpServers", v, (str,), "a string")
        self.mcp_servers = v
        n += 1
    else:
        self.mcp_servers = UNSET
    if "skills" in src:
        v = src["skills"]
        v = _c.models_in(self, "skills", v, AgentSkillInputDto, lazy)
        self.skills = v
        n += 1
    else:
        self.skills = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


ManagedRuntimeDto._make = _make
ManagedRuntimeDto._decode = _decode
ManagedRuntimeDto._Pending = _c.pending(ManagedRuntimeDto)
ManagedRuntimeDto._SPEC = _c.ModelSpec(
    ManagedRuntimeDto,
    (
        ("providerId", "provider_id", True, ("enum", ManagedRuntimeDtoProviderId)),
        ("integrationId", "integration_id", True, ("str",)),
        ("externalAgentId", "external_agent_id", False, ("str",)),
        ("externalEnvironmentId", "external_environment_id", False, ("str",)),
        ("model", "model", False, ("str",)),
        ("systemPrompt", "system_prompt", False, ("str",)),
        ("tools", "tools", False, ("list", ("str",))),
        ("mcpServers", "mcp_servers", False, ("list", ("str",))),
        ("skills", "skills", False, ("list", ("model", AgentSkillInputDto))),
    ),
)
