# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""AgentResponseDto"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.agent_behavior_dto import AgentBehaviorDto
from novu_api.models.agent_integration_summary_dto import AgentIntegrationSummaryDto
from novu_api.models.agent_response_dto_runtime import AgentResponseDtoRuntime
from novu_api.models.agent_response_dto_visibility import AgentResponseDtoVisibility
from novu_api.models.managed_runtime_response_dto import ManagedRuntimeResponseDto

from .. import _codec as _c

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
class AgentResponseDto(_c.Model):
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
        integrations (Sequence[AgentIntegrationSummaryDto] | Unset, optional):
        exceeds_plan_limit (bool | Unset, optional): Cloud only. `true` when the agent falls outside the organization plan agent limit (by
            creation order among active agents — inactive agents do not consume slots). Only plan
            limits produce this flag — system-capped organizations (enterprise/unlimited tiers) are
            never over-limit. Over-limit agents are still stored but will not respond to inbound
            messages until the plan is upgraded or older agents are deactivated. Sent as `exceedsPlanLimit`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
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
    integrations: Sequence[AgentIntegrationSummaryDto] | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> AgentResponseDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not AgentResponseDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> AgentResponseDto:
    self: AgentResponseDto = _c._new(AgentResponseDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 8
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
        v = src["name"]
    except KeyError:
        v = _c.off(self, ("name",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("name",), v, "a string")
    self.name = v
    try:
        v = src["identifier"]
    except KeyError:
        v = _c.off(self, ("identifier",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("identifier",), v, "a string")
    self.identifier = v
    try:
        v = src["active"]
    except KeyError:
        v = _c.off(self, ("active",), UNSET, "a boolean")
        n -= 1
    else:
        if v.__class__ is not bool:
            v = _c.off(self, ("active",), v, "a boolean")
    self.active = v
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
    if "description" in src:
        v = src["description"]
        if v.__class__ is not str:
            v = _c.off(self, ("description",), v, "a string")
        self.description = v
        n += 1
    else:
        self.description = UNSET
    if "behavior" in src:
        v = src["behavior"]
        if v.__class__ is dict:
            try:
                v = AgentBehaviorDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "behavior")
                raise
        else:
            v = _c.off(self, ("behavior",), v, "an object (AgentBehaviorDto)")
        self.behavior = v
        n += 1
    else:
        self.behavior = UNSET
    if "bridgeUrl" in src:
        v = src["bridgeUrl"]
        if v.__class__ is not str:
            v = _c.off(self, ("bridgeUrl",), v, "a string")
        self.bridge_url = v
        n += 1
    else:
        self.bridge_url = UNSET
    if "devBridgeUrl" in src:
        v = src["devBridgeUrl"]
        if v.__class__ is not str:
            v = _c.off(self, ("devBridgeUrl",), v, "a string")
        self.dev_bridge_url = v
        n += 1
    else:
        self.dev_bridge_url = UNSET
    if "devBridgeActive" in src:
        v = src["devBridgeActive"]
        if v.__class__ is not bool:
            v = _c.off(self, ("devBridgeActive",), v, "a boolean")
        self.dev_bridge_active = v
        n += 1
    else:
        self.dev_bridge_active = UNSET
    if "runtime" in src:
        v = src["runtime"]
        v = _c.enum_in(self, "runtime", v, AgentResponseDtoRuntime)
        self.runtime = v
        n += 1
    else:
        self.runtime = UNSET
    if "visibility" in src:
        v = src["visibility"]
        v = _c.enum_in(self, "visibility", v, AgentResponseDtoVisibility)
        self.visibility = v
        n += 1
    else:
        self.visibility = UNSET
    if "managedRuntime" in src:
        v = src["managedRuntime"]
        if v.__class__ is dict:
            try:
                v = ManagedRuntimeResponseDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "managedRuntime")
                raise
        else:
            v = _c.off(self, ("managedRuntime",), v, "an object (ManagedRuntimeResponseDto)")
        self.managed_runtime = v
        n += 1
    else:
        self.managed_runtime = UNSET
    if "createdBy" in src:
        v = src["createdBy"]
        if v.__class__ is not str:
            v = _c.off(self, ("createdBy",), v, "a string")
        self.created_by = v
        n += 1
    else:
        self.created_by = UNSET
    if "integrations" in src:
        v = src["integrations"]
        v = _c.models_in(self, "integrations", v, AgentIntegrationSummaryDto, lazy)
        self.integrations = v
        n += 1
    else:
        self.integrations = UNSET
    if "exceedsPlanLimit" in src:
        v = src["exceedsPlanLimit"]
        if v.__class__ is not bool:
            v = _c.off(self, ("exceedsPlanLimit",), v, "a boolean")
        self.exceeds_plan_limit = v
        n += 1
    else:
        self.exceeds_plan_limit = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


AgentResponseDto._make = _make
AgentResponseDto._decode = _decode
AgentResponseDto._Pending = _c.pending(AgentResponseDto)
AgentResponseDto._SPEC = _c.ModelSpec(
    AgentResponseDto,
    (
        ("_id", "id", True, ("str",)),
        ("name", "name", True, ("str",)),
        ("identifier", "identifier", True, ("str",)),
        ("active", "active", True, ("bool",)),
        ("_environmentId", "environment_id", True, ("str",)),
        ("_organizationId", "organization_id", True, ("str",)),
        ("createdAt", "created_at", True, ("str",)),
        ("updatedAt", "updated_at", True, ("str",)),
        ("description", "description", False, ("str",)),
        ("behavior", "behavior", False, ("model", AgentBehaviorDto)),
        ("bridgeUrl", "bridge_url", False, ("str",)),
        ("devBridgeUrl", "dev_bridge_url", False, ("str",)),
        ("devBridgeActive", "dev_bridge_active", False, ("bool",)),
        ("runtime", "runtime", False, ("enum", AgentResponseDtoRuntime)),
        ("visibility", "visibility", False, ("enum", AgentResponseDtoVisibility)),
        ("managedRuntime", "managed_runtime", False, ("model", ManagedRuntimeResponseDto)),
        ("createdBy", "created_by", False, ("str",)),
        ("integrations", "integrations", False, ("list", ("model", AgentIntegrationSummaryDto))),
        ("exceedsPlanLimit", "exceeds_plan_limit", False, ("bool",)),
    ),
)
