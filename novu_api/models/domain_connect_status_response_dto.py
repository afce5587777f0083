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

    @classmethod
    def _eager(cls, src: Any, lazy: bool = False) -> DomainConnectStatusResponseDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not DomainConnectStatusResponseDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> DomainConnectStatusResponseDto:
    self: DomainConnectStatusResponseDto = _c._new(DomainConnectStatusResponseDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 2
    try:
        v = src["available"]
    except KeyError:
        v = _c.off(self, ("available",), UNSET, "a boolean")
        n -= 1
    else:
        if v.__class__ is not bool:
            v = _c.off(self, ("available",), v, "a boolean")
    self.available = v
    try:
        v = src["manualRecords"]
    except KeyError:
        v = _c.off(self, ("manualRecords",), UNSET, "an array of an object (ExpectedDnsRecordDto)")
        n -= 1
    else:
        v = _c.models_in(self, "manualRecords", v, ExpectedDnsRecordDto, lazy)
    self.manual_records = v
    if "providerName" in src:
        v = src["providerName"]
        if v.__class__ is not str:
            v = _c.off(self, ("providerName",), v, "a string")
        self.provider_name = v
        n += 1
    else:
        self.provider_name = UNSET
    if "providerId" in src:
        v = src["providerId"]
        if v.__class__ is not str:
            v = _c.off(self, ("providerId",), v, "a string")
        self.provider_id = v
        n += 1
    else:
        self.provider_id = UNSET
    if "reason" in src:
        v = src["reason"]
        if v.__class__ is not str:
            v = _c.off(self, ("reason",), v, "a string")
        self.reason = v
        n += 1
    else:
        self.reason = UNSET
    if "reasonCode" in src:
        v = src["reasonCode"]
        v = _c.enum_in(self, "reasonCode", v, DomainConnectStatusResponseDtoReasonCode)
        self.reason_code = v
        n += 1
    else:
        self.reason_code = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


DomainConnectStatusResponseDto._make = _make
DomainConnectStatusResponseDto._decode = _decode
DomainConnectStatusResponseDto._Pending = _c.pending(DomainConnectStatusResponseDto)
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
