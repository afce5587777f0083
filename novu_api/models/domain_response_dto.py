# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""DomainResponseDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.domain_response_dto_data import DomainResponseDtoData
from novu_api.models.domain_response_dto_status import DomainResponseDtoStatus
from novu_api.models.expected_dns_record_dto import ExpectedDnsRecordDto

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "_id",
        "name",
        "status",
        "mxRecordConfigured",
        "_environmentId",
        "_organizationId",
        "createdAt",
        "updatedAt",
        "dnsProvider",
        "expectedDnsRecords",
        "data",
    )
)


@_define(kw_only=True)
class DomainResponseDto:
    """Attributes:
    id (str):  Sent as `_id`.
    name (str):
    status (DomainResponseDtoStatus | str):
    mx_record_configured (bool):  Sent as `mxRecordConfigured`.
    environment_id (str):  Sent as `_environmentId`.
    organization_id (str):  Sent as `_organizationId`.
    created_at (str):  Sent as `createdAt`.
    updated_at (str):  Sent as `updatedAt`.
    dns_provider (str | Unset, optional):  Sent as `dnsProvider`.
    expected_dns_records (list[ExpectedDnsRecordDto] | Unset, optional):  Sent as `expectedDnsRecords`.
    data (DomainResponseDtoData | Unset, optional): String key-value metadata (max 10 keys, 500 characters total when set via API).
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    id: str
    name: str
    status: DomainResponseDtoStatus | str
    mx_record_configured: bool
    environment_id: str
    organization_id: str
    created_at: str
    updated_at: str
    dns_provider: str | Unset = UNSET
    expected_dns_records: list[ExpectedDnsRecordDto] | Unset = UNSET
    data: DomainResponseDtoData | Unset = UNSET
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
        if self.id is not UNSET:
            out["_id"] = self.id
        if self.name is not UNSET:
            out["name"] = self.name
        if self.status is not UNSET:
            out["status"] = _c.encode(self.status)
        if self.mx_record_configured is not UNSET:
            out["mxRecordConfigured"] = self.mx_record_configured
        if self.environment_id is not UNSET:
            out["_environmentId"] = self.environment_id
        if self.organization_id is not UNSET:
            out["_organizationId"] = self.organization_id
        if self.created_at is not UNSET:
            out["createdAt"] = self.created_at
        if self.updated_at is not UNSET:
            out["updatedAt"] = self.updated_at
        if self.dns_provider is not UNSET:
            out["dnsProvider"] = self.dns_provider
        if self.expected_dns_records is not UNSET:
            out["expectedDnsRecords"] = _c.encode(self.expected_dns_records)
        if self.data is not UNSET:
            out["data"] = _c.encode(self.data)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> DomainResponseDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.id = g("_id", UNSET)
        self.name = g("name", UNSET)
        self.status = _c.enum_value(DomainResponseDtoStatus, g("status", UNSET))
        self.mx_record_configured = g("mxRecordConfigured", UNSET)
        self.environment_id = g("_environmentId", UNSET)
        self.organization_id = g("_organizationId", UNSET)
        self.created_at = g("createdAt", UNSET)
        self.updated_at = g("updatedAt", UNSET)
        self.dns_provider = g("dnsProvider", UNSET)
        self.expected_dns_records = _c.model_list(
            ExpectedDnsRecordDto, g("expectedDnsRecords", UNSET), "expectedDnsRecords"
        )
        self.data = _c.model(DomainResponseDtoData, g("data", UNSET), "data")
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
