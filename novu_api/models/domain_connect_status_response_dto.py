# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""DomainConnectStatusResponseDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.domain_connect_status_response_dto_reason_code import (
    DomainConnectStatusResponseDtoReasonCode,
)
from novu_api.models.expected_dns_record_dto import ExpectedDnsRecordDto

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "available",
        "manualRecords",
        "providerName",
        "providerId",
        "reason",
        "reasonCode",
    )
)


@_define(kw_only=True)
class DomainConnectStatusResponseDto:
    """Attributes:
    available (bool):
    manual_records (list[ExpectedDnsRecordDto]):  Sent as `manualRecords`.
    provider_name (str | Unset, optional):  Sent as `providerName`.
    provider_id (str | Unset, optional):  Sent as `providerId`.
    reason (str | Unset, optional):
    reason_code (DomainConnectStatusResponseDtoReasonCode | str | Unset, optional):  Sent as `reasonCode`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    available: bool
    manual_records: list[ExpectedDnsRecordDto]
    provider_name: str | Unset = UNSET
    provider_id: str | Unset = UNSET
    reason: str | Unset = UNSET
    reason_code: DomainConnectStatusResponseDtoReasonCode | str | Unset = UNSET
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
        if self.available is not UNSET:
            out["available"] = self.available
        if self.manual_records is not UNSET:
            out["manualRecords"] = _c.encode(self.manual_records)
        if self.provider_name is not UNSET:
            out["providerName"] = self.provider_name
        if self.provider_id is not UNSET:
            out["providerId"] = self.provider_id
        if self.reason is not UNSET:
            out["reason"] = self.reason
        if self.reason_code is not UNSET:
            out["reasonCode"] = _c.encode(self.reason_code)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> DomainConnectStatusResponseDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.available = g("available", UNSET)
        self.manual_records = _c.model_list(ExpectedDnsRecordDto, g("manualRecords", UNSET), "manualRecords")
        self.provider_name = g("providerName", UNSET)
        self.provider_id = g("providerId", UNSET)
        self.reason = g("reason", UNSET)
        self.reason_code = _c.enum_value(DomainConnectStatusResponseDtoReasonCode, g("reasonCode", UNSET))
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
