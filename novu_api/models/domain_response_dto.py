# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""DomainResponseDto"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.domain_response_dto_data import DomainResponseDtoData
from novu_api.models.domain_response_dto_status import DomainResponseDtoStatus
from novu_api.models.expected_dns_record_dto import ExpectedDnsRecordDto

from .. import _codec as _c

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
class DomainResponseDto(_c.Model):
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
        expected_dns_records (Sequence[ExpectedDnsRecordDto] | Unset, optional):  Sent as `expectedDnsRecords`.
        data (DomainResponseDtoData | Mapping[str, Any] | Unset, optional): String key-value metadata (max 10 keys, 500 characters total when set via API).
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
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
    expected_dns_records: Sequence[ExpectedDnsRecordDto] | Unset = UNSET
    data: DomainResponseDtoData | Mapping[str, Any] | Unset = UNSET
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

    def _fill(self) -> None:
        # Decode the wire object `from_dict` kept (see `_c.Model`), in place.
        src = self._src
        if src is None:
            return
        if self.__class__ is not DomainResponseDto:
            return _c.fill_subclass(self, src, _decode)
        _c._put(self, "__class__", _Filling)  # plain slot writes while decoding
        try:
            _decode(self, src, False)
        finally:
            _c._put(self, "__class__", DomainResponseDto)

    @classmethod
    def _eager(cls, src: Any, lazy: bool = False) -> DomainResponseDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not DomainResponseDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        self: DomainResponseDto = object.__new__(_Filling)
        _decode(self, src, lazy)
        _c._put(self, "__class__", DomainResponseDto)
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The same object while `_decode` writes its fields (plain slot writes); the class is put back after.
_Filling = _c.filling(DomainResponseDto)


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare; `self` is a `_Filling`.
    g = src.get
    v = g("_id", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("_id",), v, "a string")
    self.id = v
    v = g("name", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("name",), v, "a string")
    self.name = v
    v = g("status", UNSET)
    if v is not UNSET:
        v = _c.enum_in(self, "status", v, DomainResponseDtoStatus)
    elif v is UNSET:
        v = _c.off(self, ("status",), v, "one of 'pending', 'verified'")
    self.status = v
    v = g("mxRecordConfigured", UNSET)
    if v.__class__ is not bool:
        v = _c.off(self, ("mxRecordConfigured",), v, "a boolean")
    self.mx_record_configured = v
    v = g("_environmentId", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("_environmentId",), v, "a string")
    self.environment_id = v
    v = g("_organizationId", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("_organizationId",), v, "a string")
    self.organization_id = v
    v = g("createdAt", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("createdAt",), v, "a string")
    self.created_at = v
    v = g("updatedAt", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("updatedAt",), v, "a string")
    self.updated_at = v
    v = g("dnsProvider", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("dnsProvider",), v, "a string")
    self.dns_provider = v
    v = g("expectedDnsRecords", UNSET)
    if v is not UNSET:
        v = _c.models_in(self, "expectedDnsRecords", v, ExpectedDnsRecordDto, lazy)
    self.expected_dns_records = v
    v = g("data", UNSET)
    if v is not UNSET:
        v = _c.model_in(self, "data", v, DomainResponseDtoData, lazy)
    self.data = v
    self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
    self._src = None


DomainResponseDto._SPEC = _c.ModelSpec(
    DomainResponseDto,
    (
        ("_id", "id", True, ("str",)),
        ("name", "name", True, ("str",)),
        ("status", "status", True, ("enum", DomainResponseDtoStatus)),
        ("mxRecordConfigured", "mx_record_configured", True, ("bool",)),
        ("_environmentId", "environment_id", True, ("str",)),
        ("_organizationId", "organization_id", True, ("str",)),
        ("createdAt", "created_at", True, ("str",)),
        ("updatedAt", "updated_at", True, ("str",)),
        ("dnsProvider", "dns_provider", False, ("str",)),
        ("expectedDnsRecords", "expected_dns_records", False, ("list", ("model", ExpectedDnsRecordDto))),
        ("data", "data", False, ("model", DomainResponseDtoData)),
    ),
)
