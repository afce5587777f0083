# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""DigestMetadataDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.digest_metadata_dto_events_item import DigestMetadataDtoEventsItem
from novu_api.models.digest_metadata_dto_unit import DigestMetadataDtoUnit
from novu_api.models.digest_timed_config_dto import DigestTimedConfigDto
from novu_api.models.digest_type_enum import DigestTypeEnum
from novu_api.models.digest_unit_enum import DigestUnitEnum

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "type",
        "digestKey",
        "amount",
        "unit",
        "events",
        "backoff",
        "backoffAmount",
        "backoffUnit",
        "updateMode",
        "timed",
    )
)


@_define(kw_only=True)
class DigestMetadataDto:
    """Attributes:
    type_ (DigestTypeEnum | str): The Digest Type Sent as `type`.
    digest_key (str | Unset, optional): Optional key for the digest Sent as `digestKey`.
    amount (float | Unset, optional): Amount for the digest
    unit (DigestMetadataDtoUnit | str | Unset, optional): Unit of the digest
    events (list[DigestMetadataDtoEventsItem] | Unset, optional): Optional array of events associated with the digest, represented as key-value pairs
    backoff (bool | Unset, optional): Regular digest: Indicates if backoff is enabled for the regular digest
    backoff_amount (float | Unset, optional): Regular digest: Amount for backoff Sent as `backoffAmount`.
    backoff_unit (DigestUnitEnum | str | Unset, optional): Regular digest: Unit for backoff Sent as `backoffUnit`.
    update_mode (bool | Unset, optional): Regular digest: Indicates if the digest should update Sent as `updateMode`.
    timed (DigestTimedConfigDto | Unset, optional):
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    type_: DigestTypeEnum | str
    digest_key: str | Unset = UNSET
    amount: float | Unset = UNSET
    unit: DigestMetadataDtoUnit | str | Unset = UNSET
    events: list[DigestMetadataDtoEventsItem] | Unset = UNSET
    backoff: bool | Unset = UNSET
    backoff_amount: float | Unset = UNSET
    backoff_unit: DigestUnitEnum | str | Unset = UNSET
    update_mode: bool | Unset = UNSET
    timed: DigestTimedConfigDto | Unset = UNSET
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
        if self.type_ is not UNSET:
            out["type"] = _c.encode(self.type_)
        if self.digest_key is not UNSET:
            out["digestKey"] = self.digest_key
        if self.amount is not UNSET:
            out["amount"] = self.amount
        if self.unit is not UNSET:
            out["unit"] = _c.encode(self.unit)
        if self.events is not UNSET:
            out["events"] = _c.encode(self.events)
        if self.backoff is not UNSET:
            out["backoff"] = self.backoff
        if self.backoff_amount is not UNSET:
            out["backoffAmount"] = self.backoff_amount
        if self.backoff_unit is not UNSET:
            out["backoffUnit"] = _c.encode(self.backoff_unit)
        if self.update_mode is not UNSET:
            out["updateMode"] = self.update_mode
        if self.timed is not UNSET:
            out["timed"] = _c.encode(self.timed)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> DigestMetadataDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.type_ = _c.enum_value(DigestTypeEnum, g("type", UNSET))
        self.digest_key = g("digestKey", UNSET)
        self.amount = g("amount", UNSET)
        self.unit = _c.enum_value(DigestMetadataDtoUnit, g("unit", UNSET))
        self.events = _c.model_list(DigestMetadataDtoEventsItem, g("events", UNSET), "events")
        self.backoff = g("backoff", UNSET)
        self.backoff_amount = g("backoffAmount", UNSET)
        self.backoff_unit = _c.enum_value(DigestUnitEnum, g("backoffUnit", UNSET))
        self.update_mode = g("updateMode", UNSET)
        self.timed = _c.model(DigestTimedConfigDto, g("timed", UNSET), "timed")
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
