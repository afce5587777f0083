# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""AgentPlanUsageDto"""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET
from novu_api.models.agent_plan_usage_dto_limit_source import AgentPlanUsageDtoLimitSource

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "used",
        "limit",
        "totalCreated",
        "creationLimit",
        "limitSource",
    )
)


@_define(kw_only=True)
class AgentPlanUsageDto(_c.Model):
    """Attributes:
        used (float): Current usage count for the resource in this environment.
        limit (float): Amount included in the organization plan.
        total_created (float): Total agents in this environment, including inactive ones. Sent as `totalCreated`.
        creation_limit (float): Hard cap on total agents the organization can create per environment. For plan-limited
            tiers this is the plan limit plus a small grace buffer; for unlimited tiers it is the
            platform system limit. Sent as `creationLimit`.
        limit_source (AgentPlanUsageDtoLimitSource | str): Which constraint produced the limits. `plan` limits are lifted by upgrading; `system`
            limits (platform cap or per-organization override) require contacting the Novu team. Sent as `limitSource`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    used: float
    limit: float
    total_created: float
    creation_limit: float
    limit_source: AgentPlanUsageDtoLimitSource | str
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
    def _eager(cls, src: Any, lazy: bool = False) -> AgentPlanUsageDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not AgentPlanUsageDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> AgentPlanUsageDto:
    self: AgentPlanUsageDto = _c._new(AgentPlanUsageDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 5
    try:
        v = src["used"]
    except KeyError:
        v = _c.off(self, ("used",), UNSET, "a number")
        n -= 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _c.off(self, ("used",), v, "a number")
    self.used = v
    try:
        v = src["limit"]
    except KeyError:
        v = _c.off(self, ("limit",), UNSET, "a number")
        n -= 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _c.off(self, ("limit",), v, "a number")
    self.limit = v
    try:
        v = src["totalCreated"]
    except KeyError:
        v = _c.off(self, ("totalCreated",), UNSET, "a number")
        n -= 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _c.off(self, ("totalCreated",), v, "a number")
    self.total_created = v
    try:
        v = src["creationLimit"]
    except KeyError:
        v = _c.off(self, ("creationLimit",), UNSET, "a number")
        n -= 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _c.off(self, ("creationLimit",), v, "a number")
    self.creation_limit = v
    try:
        v = src["limitSource"]
    except KeyError:
        v = _c.off(self, ("limitSource",), UNSET, "one of 'plan', 'system'")
        n -= 1
    else:
        v = _c.enum_in(self, "limitSource", v, AgentPlanUsageDtoLimitSource)
    self.limit_source = v
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


AgentPlanUsageDto._make = _make
AgentPlanUsageDto._decode = _decode
AgentPlanUsageDto._Pending = _c.pending(AgentPlanUsageDto)
AgentPlanUsageDto._SPEC = _c.ModelSpec(
    AgentPlanUsageDto,
    (
        ("used", "used", True, ("num",)),
        ("limit", "limit", True, ("num",)),
        ("totalCreated", "total_created", True, ("num",)),
        ("creationLimit", "creation_limit", True, ("num",)),
        ("limitSource", "limit_source", True, ("enum", AgentPlanUsageDtoLimitSource)),
    ),
)
