# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""TestDomainRouteResponseDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.test_domain_route_agent_result_dto import TestDomainRouteAgentResultDto
from novu_api.models.test_domain_route_response_dto_domain_status import (
    TestDomainRouteResponseDtoDomainStatus,
)
from novu_api.models.test_domain_route_response_dto_payload import TestDomainRouteResponseDtoPayload
from novu_api.models.test_domain_route_response_dto_type import TestDomainRouteResponseDtoType
from novu_api.models.test_domain_route_webhook_result_dto import TestDomainRouteWebhookResultDto

from .. import _codec as _c
from .._types import UNSET, Unset

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
class TestDomainRouteResponseDto:
    """Attributes:
    matched (bool):
    dry_run (bool):  Sent as `dryRun`.
    domain_status (TestDomainRouteResponseDtoDomainStatus | str | Unset, optional):  Sent as `domainStatus`.
    mx_record_configured (bool | Unset, optional):  Sent as `mxRecordConfigured`.
    type_ (TestDomainRouteResponseDtoType | str | Unset, optional):  Sent as `type`.
    would_deliver_to (str | Unset, optional): Human-readable delivery target summary in dry-run mode. Sent as `wouldDeliverTo`.
    payload (TestDomainRouteResponseDtoPayload | Unset, optional): The outbound payload (dry-run only).
    webhook (TestDomainRouteWebhookResultDto | Unset, optional):
    agent (TestDomainRouteAgentResultDto | Unset, optional):
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    matched: bool
    dry_run: bool
    domain_status: TestDomainRouteResponseDtoDomainStatus | str | Unset = UNSET
    mx_record_configured: bool | Unset = UNSET
    type_: TestDomainRouteResponseDtoType | str | Unset = UNSET
    would_deliver_to: str | Unset = UNSET
    payload: TestDomainRouteResponseDtoPayload | Unset = UNSET
    webhook: TestDomainRouteWebhookResultDto | Unset = UNSET
    agent: TestDomainRouteAgentResultDto | Unset = UNSET
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
        if self.matched is not UNSET:
            out["matched"] = self.matched
        if self.dry_run is not UNSET:
            out["dryRun"] = self.dry_run
        if self.domain_status is not UNSET:
            out["domainStatus"] = _c.encode(self.domain_status)
        if self.mx_record_configured is not UNSET:
            out["mxRecordConfigured"] = self.mx_record_configured
        if self.type_ is not UNSET:
            out["type"] = _c.encode(self.type_)
        if self.would_deliver_to is not UNSET:
            out["wouldDeliverTo"] = self.would_deliver_to
        if self.payload is not UNSET:
            out["payload"] = _c.encode(self.payload)
        if self.webhook is not UNSET:
            out["webhook"] = _c.encode(self.webhook)
        if self.agent is not UNSET:
            out["agent"] = _c.encode(self.agent)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> TestDomainRouteResponseDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.matched = g("matched", UNSET)
        self.dry_run = g("dryRun", UNSET)
        self.domain_status = _c.enum_value(TestDomainRouteResponseDtoDomainStatus, g("domainStatus", UNSET))
        self.mx_record_configured = g("mxRecordConfigured", UNSET)
        self.type_ = _c.enum_value(TestDomainRouteResponseDtoType, g("type", UNSET))
        self.would_deliver_to = g("wouldDeliverTo", UNSET)
        self.payload = _c.model(TestDomainRouteResponseDtoPayload, g("payload", UNSET), "payload")
        self.webhook = _c.model(TestDomainRouteWebhookResultDto, g("webhook", UNSET), "webhook")
        self.agent = _c.model(TestDomainRouteAgentResultDto, g("agent", UNSET), "agent")
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
