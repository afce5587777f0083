# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""AgentIntegrationResponseDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.agent_integration_response_dto_connected_at import AgentIntegrationResponseDtoConnectedAt
from novu_api.models.agent_integration_response_integration_dto import AgentIntegrationResponseIntegrationDto

from .. import _codec as _c

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
class AgentIntegrationResponseDto(_c.Model):
    """Attributes:
        id (str): Agent–integration link document id. Sent as `_id`.
        agent_id (str):  Sent as `_agentId`.
        integration (AgentIntegrationResponseIntegrationDto):
        environment_id (str):  Sent as `_environmentId`.
        organization_id (str):  Sent as `_organizationId`.
        created_at (str):  Sent as `createdAt`.
        updated_at (str):  Sent as `updatedAt`.
        connected_at (AgentIntegrationResponseDtoConnectedAt | Mapping[str, Any] | None | Unset, optional): Set when the agent–integration link received its first inbound webhook delivery. Sent as `connectedAt`.
        exceeds_plan_limit (bool | Unset, optional): Cloud only. `true` when this channel type (provider) falls outside the organization plan
            active-channel limit (by connection order). Active channels are counted per channel type,
            so multiple integrations of the same provider (e.g. several Slack workspaces) count as a
            single active channel. Over-limit channels keep their configuration but the agent will not
            respond on them until the plan is upgraded or older channel types are disconnected. Sent as `exceedsPlanLimit`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    id: str
    agent_id: str
    integration: AgentIntegrationResponseIntegrationDto
    environment_id: str
    organization_id: str
    created_at: str
    updated_at: str
    connected_at: AgentIntegrationResponseDtoConnectedAt | Mapping[str, Any] | None | Unset = UNSET
    exceeds_plan_limit: bool | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> AgentIntegrationResponseDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not AgentIntegrationResponseDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> AgentIntegrationResponseDto:
    self: AgentIntegrationResponseDto = _c._new(AgentIntegrationResponseDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 7
    try:
        v = src["_id"]
    except KeyError:
        v = _c.off(self, ("_id",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("_id",), v, "a string")
    self.id = v
    try:
        v = src["_agentId"]
    except KeyError:
        v = _c.off(self, ("_agentId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("_agentId",), v, "a string")
    self.agent_id = v
    try:
        v = src["integration"]
    except KeyError:
        v = _c.off(self, ("integration",), UNSET, "an object (AgentIntegrationResponseIntegrationDto)")
        n -= 1
    else:
        if v.__class__ is dict:
            try:
                v = AgentIntegrationResponseIntegrationDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "integration")
                raise
        else:
            v = _c.off(self, ("integration",), v, "an object (AgentIntegrationResponseIntegrationDto)")
    self.integration = v
    try:
        v = src["_environmentId"]
    except KeyError:
        v = _c.off(self, ("_environmentId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("_environmentId",), v, "a string")
    self.environment_id = v
    try:
        v = src["_organizationId"]
    except KeyError:
        v = _c.off(self, ("_organizationId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("_organizationId",), v, "a string")
    self.organization_id = v
    try:
        v = src["createdAt"]
    except KeyError:
        v = _c.off(self, ("createdAt",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("createdAt",), v, "a string")
    self.created_at = v
    try:
        v = src["updatedAt"]
    except KeyError:
        v = _c.off(self, ("updatedAt",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("updatedAt",), v, "a string")
    self.updated_at = v
    if "connectedAt" in src:
        v = src["connectedAt"]
        if v is not None:
            if v.__class__ is dict:
                try:
                    v = AgentIntegrationResponseDtoConnectedAt._make(v, lazy)
                except _c.DecodeError as exc:
                    exc.path.insert(0, "connectedAt")
                    raise
            else:
                v = _c.off(
                    self, ("connectedAt",), v, "an object (AgentIntegrationResponseDtoConnectedAt) or null"
                )
        self.connected_at = v
        n += 1
    else:
        self.connected_at = UNSET
    if "exceedsPlanLimit" in src:
        v = src["exceedsPlanLimit"]
        if v.__class__ is not bool:
            v = _c.off(self, ("exceedsPlanLimit",), v, "a boolean")
        self.exceeds_plan_limit = v
        n += 1
    else:
        self.exceeds_plan_limit = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


AgentIntegrationResponseDto._make = _make
AgentIntegrationResponseDto._decode = _decode
AgentIntegrationResponseDto._Pending = _c.pending(AgentIntegrationResponseDto)
AgentIntegrationResponseDto._SPEC = _c.ModelSpec(
    AgentIntegrationResponseDto,
    (
        ("_id", "id", True, ("str",)),
        ("_agentId", "agent_id", True, ("str",)),
        ("integration", "integration", True, ("model", AgentIntegrationResponseIntegrationDto)),
        ("_environmentId", "environment_id", True, ("str",)),
        ("_organizationId", "organization_id", True, ("str",)),
        ("createdAt", "created_at", True, ("str",)),
        ("updatedAt", "updated_at", True, ("str",)),
        (
            "connectedAt",
            "connected_at",
            False,
            (
                "union",
                (
                    ("model", AgentIntegrationResponseDtoConnectedAt),
                    ("null",),
                ),
            ),
        ),
        ("exceedsPlanLimit", "exceeds_plan_limit", False, ("bool",)),
    ),
)
