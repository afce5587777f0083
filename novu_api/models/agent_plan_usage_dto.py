# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""AgentPlanUsageDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.agent_plan_usage_dto_limit_source import AgentPlanUsageDtoLimitSource

from .. import _codec as _c
from .._types import UNSET

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
class AgentPlanUsageDto:
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
    """

    used: float
    limit: float
    total_created: float
    creation_limit: float
    limit_source: AgentPlanUsageDtoLimitSource | str
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
        if self.used is not UNSET:
            out["used"] = self.used
        if self.limit is not UNSET:
            out["limit"] = self.limit
        if self.total_created is not UNSET:
            out["totalCreated"] = self.total_created
        if self.creation_limit is not UNSET:
            out["creationLimit"] = self.creation_limit
        if self.limit_source is not UNSET:
            out["limitSource"] = _c.encode(self.limit_source)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> AgentPlanUsageDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.used = g("used", UNSET)
        self.limit = g("limit", UNSET)
        self.total_created = g("totalCreated", UNSET)
        self.creation_limit = g("creationLimit", UNSET)
        self.limit_source = _c.enum_value(AgentPlanUsageDtoLimitSource, g("limitSource", UNSET))
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
