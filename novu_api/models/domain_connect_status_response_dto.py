# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""DomainConnectStatusResponseDto"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.domain_connect_status_response_dto_reason_code import (
    DomainConnectStatusResponseDtoReasonCode,
)
from novu_api.models.expected_dns_record_dto import ExpectedDnsRecordDto

from .. import _codec as _c

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
class DomainConnectStatusResponseDto(_c.Model):
    """Attributes:
        available (bool):
        manual_records (Sequence[ExpectedDnsRecordDto]):  Sent as `manualRecords`.
        provider_name (str | Unset, optional):  Sent as `providerName`.
        provider_id (str | Unset, optional):  Sent as `providerId`.
        reason (str | Unset, optional):
        reason_code (DomainConnectStatusResponseDtoReasonCode | str | Unset, optional):  Sent as `reasonCode`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    available: bool
    manual_records: Sequence[ExpectedDnsRecordDto]
    provider_name: str | Unset = UNSET
    provider_id: str | Unset = UNSET
    reason: str | Unset = UNSET
    reason_code: DomainConnectStatusResponseDtoReasonCode | str | Unset = UNSET
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
        if self.__class__ is not DomainConnectStatusResponseDto:
            return _c.fill_subclass(self, src, _decode)
        _c._put(self, "__class__", _Filling)  # plain slot writes while decoding
        try:
            _decode(self, src, False)
        finally:
            _c._put(self, "__class__", DomainConnectStatusResponseDto)

    @classmethod
    def _eager(cls, src: Any, lazy: bool = False) -> DomainConnectStatusResponseDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not DomainConnectStatusResponseDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        self: DomainConnectStatusResponseDto = object.__new__(_Filling)
        _decode(self, src, lazy)
        _c._put(self, "__class__", DomainConnectStatusResponseDto)
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The same object while `_decode` writes its fields (plain slot writes); the class is put back after.
_Filling = _c.filling(DomainConnectStatusResponseDto)


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare; `self` is a `_Filling`.
    g = src.get
    v = g("available", UNSET)
    if v.__class__ is not bool:
        v = _c.off(self, ("available",), v, "a boolean")
    self.available = v
    v = g("manualRecords", UNSET)
    if v is not UNSET:
        v = _c.models_in(self, "manualRecords", v, ExpectedDnsRecordDto, lazy)
    elif v is UNSET:
        v = _c.off(self, ("manualRecords",), v, "an array of an object (ExpectedDnsRecordDto)")
    self.manual_records = v
    v = g("providerName", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("providerName",), v, "a string")
    self.provider_name = v
    v = g("providerId", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("providerId",), v, "a string")
    self.provider_id = v
    v = g("reason", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("reason",), v, "a string")
    self.reason = v
    v = g("reasonCode", UNSET)
    if v is not UNSET:
        v = _c.enum_in(self, "reasonCode", v, DomainConnectStatusResponseDtoReasonCode)
    self.reason_code = v
    self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
    self._src = None


DomainConnectStatusResponseDto._SPEC = _c.ModelSpec(
    DomainConnectStatusResponseDto,
    (
        ("available", "available", True, ("bool",)),
        ("manualRecords", "manual_records", True, ("list", ("model", ExpectedDnsRecordDto))),
        ("providerName", "provider_name", False, ("str",)),
        ("providerId", "provider_id", False, ("str",)),
        ("reason", "reason", False, ("str",)),
        ("reasonCode", "reason_code", False, ("enum", DomainConnectStatusResponseDtoReasonCode)),
    ),
)
