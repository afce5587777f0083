# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""TestDomainRouteAgentResultDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.test_domain_route_agent_result_dto_agent_reply import (
    TestDomainRouteAgentResultDtoAgentReply,
)

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "agentId",
        "httpStatus",
        "latencyMs",
        "agentReply",
    )
)


@_define(kw_only=True)
class TestDomainRouteAgentResultDto(_c.Model):
    """Attributes:
        agent_id (str):  Sent as `agentId`.
        http_status (float):  Sent as `httpStatus`.
        latency_ms (float):  Sent as `latencyMs`.
        agent_reply (TestDomainRouteAgentResultDtoAgentReply | Mapping[str, Any] | Unset, optional): Parsed JSON body from the agent webhook response when JSON. Sent as `agentReply`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    agent_id: str
    http_status: float
    latency_ms: float
    agent_reply: TestDomainRouteAgentResultDtoAgentReply | Mapping[str, Any] | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> TestDomainRouteAgentResultDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not TestDomainRouteAgentResultDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> TestDomainRouteAgentResultDto:
    self: TestDomainRouteAgentResultDto = _c._new(TestDomainRouteAgentResultDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 3
    try:
        v = src["agentId"]
    except KeyError:
        v = _c.off(self, ("agentId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("agentId",), v, "a string")
    self.agent_id = v
    try:
        v = src["httpStatus"]
    except KeyError:
        v = _c.off(self, ("httpStatus",), UNSET, "a number")
        n -= 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _c.off(self, ("httpStatus",), v, "a number")
    self.http_status = v
    try:
        v = src["latencyMs"]
    except KeyError:
        v = _c.off(self, ("latencyMs",), UNSET, "a number")
        n -= 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _c.off(self, ("latencyMs",), v, "a number")
    self.latency_ms = v
    if "agentReply" in src:
        v = src["agentReply"]
        if v.__class__ is dict:
            try:
                v = TestDomainRouteAgentResultDtoAgentReply._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "agentReply")
                raise
        else:
            v = _c.off(self, ("agentReply",), v, "an object (TestDomainRouteAgentResultDtoAgentReply)")
        self.agent_reply = v
        n += 1
    else:
        self.agent_reply = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


TestDomainRouteAgentResultDto._make = _make
TestDomainRouteAgentResultDto._decode = _decode
TestDomainRouteAgentResultDto._Pending = _c.pending(TestDomainRouteAgentResultDto)
TestDomainRouteAgentResultDto._SPEC = _c.ModelSpec(
    TestDomainRouteAgentResultDto,
    (
        ("agentId", "agent_id", True, ("str",)),
        ("httpStatus", "http_status", True, ("num",)),
        ("latencyMs", "latency_ms", True, ("num",)),
        ("agentReply", "agent_reply", False, ("model", TestDomainRouteAgentResultDtoAgentReply)),
    ),
)
