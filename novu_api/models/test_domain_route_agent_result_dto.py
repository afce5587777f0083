# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""TestDomainRouteAgentResultDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.test_domain_route_agent_result_dto_agent_reply import (
    TestDomainRouteAgentResultDtoAgentReply,
)

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "agentId",
        "httpStatus",
        "latencyMs",
        "agentReply",
    )
)


@_define(kw_only=True)
class TestDomainRouteAgentResultDto:
    """Attributes:
    agent_id (str):  Sent as `agentId`.
    http_status (float):  Sent as `httpStatus`.
    latency_ms (float):  Sent as `latencyMs`.
    agent_reply (TestDomainRouteAgentResultDtoAgentReply | Unset, optional): Parsed JSON body from the agent webhook response when JSON. Sent as `agentReply`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    agent_id: str
    http_status: float
    latency_ms: float
    agent_reply: TestDomainRouteAgentResultDtoAgentReply | Unset = UNSET
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
        if self.agent_id is not UNSET:
            out["agentId"] = self.agent_id
        if self.http_status is not UNSET:
            out["httpStatus"] = self.http_status
        if self.latency_ms is not UNSET:
            out["latencyMs"] = self.latency_ms
        if self.agent_reply is not UNSET:
            out["agentReply"] = _c.encode(self.agent_reply)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> TestDomainRouteAgentResultDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.agent_id = g("agentId", UNSET)
        self.http_status = g("httpStatus", UNSET)
        self.latency_ms = g("latencyMs", UNSET)
        self.agent_reply = _c.model(
            TestDomainRouteAgentResultDtoAgentReply, g("agentReply", UNSET), "agentReply"
        )
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
