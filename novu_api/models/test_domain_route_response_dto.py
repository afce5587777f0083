# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""TestDomainRouteResponseDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.test_domain_route_agent_result_dto import TestDomainRouteAgentResultDto
from novu_api.models.test_domain_route_response_dto_domain_status import (
    TestDomainRouteResponseDtoDomainStatus,
)
from novu_api.models.test_domain_route_response_dto_payload import TestDomainRouteResponseDtoPayload
from novu_api.models.test_domain_route_response_dto_type import TestDomainRouteResponseDtoType
from novu_api.models.test_domain_route_webhook_result_dto import TestDomainRouteWebhookResultDto

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "matched",
        "dryRun",
        "domainStatus",
        "mxRecordConfigured",
        "type",
        "wouldDeliverTo",
        "payload",
        "webhook",
        "agent",
    )
)


@_define(kw_only=True)
class TestDomainRouteResponseDto(_c.Model):
    """Attributes:
        matched (bool):
        dry_run (bool):  Sent as `dryRun`.
        domain_status (TestDomainRouteResponseDtoDomainStatus | str | Unset, optional):  Sent as `domainStatus`.
        mx_record_configured (bool | Unset, optional):  Sent as `mxRecordConfigured`.
        type_ (TestDomainRouteResponseDtoType | str | Unset, optional):  Sent as `type`.
        would_deliver_to (str | Unset, optional): Human-readable delivery target summary in dry-run mode. Sent as `wouldDeliverTo`.
        payload (TestDomainRouteResponseDtoPayload | Mapping[str, Any] | Unset, optional): The outbound payload (dry-run only).
        webhook (TestDomainRouteWebhookResultDto | Unset, optional):
        agent (TestDomainRouteAgentResultDto | Unset, optional):
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    matched: bool
    dry_run: bool
    domain_status: TestDomainRouteResponseDtoDomainStatus | str | Unset = UNSET
    mx_record_configured: bool | Unset = UNSET
    type_: TestDomainRouteResponseDtoType | str | Unset = UNSET
    would_deliver_to: str | Unset = UNSET
    payload: TestDomainRouteResponseDtoPayload | Mapping[str, Any] | Unset = UNSET
    webhook: TestDomainRouteWebhookResultDto | Unset = UNSET
    agent: TestDomainRouteAgentResultDto | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> TestDomainRouteResponseDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not TestDomainRouteResponseDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> TestDomainRouteResponseDto:
    self: TestDomainRouteResponseDto = _c._new(TestDomainRouteResponseDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 2
    try:
        v = src["matched"]
    except KeyError:
        v = _c.off(self, ("matched",), UNSET, "a boolean")
        n -= 1
    else:
        if v.__class__ is not bool:
            v = _c.off(self, ("matched",), v, "a boolean")
    self.matched = v
    try:
        v = src["dryRun"]
    except KeyError:
        v = _c.off(self, ("dryRun",), UNSET, "a boolean")
        n -= 1
    else:
        if v.__class__ is not bool:
            v = _c.off(self, ("dryRun",), v, "a boolean")
    self.dry_run = v
    if "domainStatus" in src:
        v = src["domainStatus"]
        v = _c.enum_in(self, "domainStatus", v, TestDomainRouteResponseDtoDomainStatus)
        self.domain_status = v
        n += 1
    else:
        self.domain_status = UNSET
    if "mxRecordConfigured" in src:
        v = src["mxRecordConfigured"]
        if v.__class__ is not bool:
            v = _c.off(self, ("mxRecordConfigured",), v, "a boolean")
        self.mx_record_configured = v
        n += 1
    else:
        self.mx_record_configured = UNSET
    if "type" in src:
        v = src["type"]
        v = _c.enum_in(self, "type", v, TestDomainRouteResponseDtoType)
        self.type_ = v
        n += 1
    else:
        self.type_ = UNSET
    if "wouldDeliverTo" in src:
        v = src["wouldDeliverTo"]
        if v.__class__ is not str:
            v = _c.off(self, ("wouldDeliverTo",), v, "a string")
        self.would_deliver_to = v
        n += 1
    else:
        self.would_deliver_to = UNSET
    if "payload" in src:
        v = src["payload"]
        if v.__class__ is dict:
            try:
                v = TestDomainRouteResponseDtoPayload._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "payload")
                raise
        else:
            v = _c.off(self, ("payload",), v, "an object (TestDomainRouteResponseDtoPayload)")
        self.payload = v
        n += 1
    else:
        self.payload = UNSET
    if "webhook" in src:
        v = src["webhook"]
        if v.__class__ is dict:
            try:
                v = TestDomainRouteWebhookResultDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "webhook")
                raise
        else:
            v = _c.off(self, ("webhook",), v, "an object (TestDomainRouteWebhookResultDto)")
        self.webhook = v
        n += 1
    else:
        self.webhook = UNSET
    if "agent" in src:
        v = src["agent"]
        if v.__class__ is dict:
            try:
                v = TestDomainRouteAgentResultDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "agent")
                raise
        else:
            v = _c.off(self, ("agent",), v, "an object (TestDomainRouteAgentResultDto)")
        self.agent = v
        n += 1
    else:
        self.agent = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


TestDomainRouteResponseDto._make = _make
TestDomainRouteResponseDto._decode = _decode
TestDomainRouteResponseDto._Pending = _c.pending(TestDomainRouteResponseDto)
TestDomainRouteResponseDto._SPEC = _c.ModelSpec(
    TestDomainRouteResponseDto,
    (
        ("matched", "matched", True, ("bool",)),
        ("dryRun", "dry_run", True, ("bool",)),
        ("domainStatus", "domain_status", False, ("enum", TestDomainRouteResponseDtoDomainStatus)),
        ("mxRecordConfigured", "mx_record_configured", False, ("bool",)),
        ("type", "type_", False, ("enum", TestDomainRouteResponseDtoType)),
        ("wouldDeliverTo", "would_deliver_to", False, ("str",)),
        ("payload", "payload", False, ("model", TestDomainRouteResponseDtoPayload)),
        ("webhook", "webhook", False, ("model", TestDomainRouteWebhookResultDto)),
        ("agent", "agent", False, ("model", TestDomainRouteAgentResultDto)),
    ),
)
