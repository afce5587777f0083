# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""DigestControlDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.digest_control_dto_skip import DigestControlDtoSkip
from novu_api.models.digest_control_dto_type import DigestControlDtoType
from novu_api.models.digest_control_dto_unit import DigestControlDtoUnit
from novu_api.models.look_back_window_dto import LookBackWindowDto

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "skip",
        "type",
        "amount",
        "unit",
        "lookBackWindow",
        "cron",
        "digestKey",
    )
)


@_define(kw_only=True)
class DigestControlDto:
    """Attributes:
    skip (DigestControlDtoSkip | Unset, optional): JSONLogic filter conditions for conditionally skipping the step execution. Supports
        complex logical operations with AND, OR, and comparison operators. See
        https://jsonlogic.com/ for full typing reference.
    type_ (DigestControlDtoType | str | Unset, optional): The type of digest strategy. Determines which fields are applicable. Sent as `type`.
    amount (float | Unset, optional): The amount of time for the digest interval (for REGULAR type). Min 1.
    unit (DigestControlDtoUnit | str | Unset, optional): The unit of time for the digest interval (for REGULAR type).
    look_back_window (LookBackWindowDto | Unset, optional):  Sent as `lookBackWindow`.
    cron (str | Unset, optional): Cron expression for TIMED digest. Min length 1.
    digest_key (str | Unset, optional): Specify a custom key for digesting events instead of the default event key. Sent as `digestKey`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    skip: DigestControlDtoSkip | Unset = UNSET
    type_: DigestControlDtoType | str | Unset = UNSET
    amount: float | Unset = UNSET
    unit: DigestControlDtoUnit | str | Unset = UNSET
    look_back_window: LookBackWindowDto | Unset = UNSET
    cron: str | Unset = UNSET
    digest_key: str | Unset = UNSET
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
        if self.skip is not UNSET:
            out["skip"] = _c.encode(self.skip)
        if self.type_ is not UNSET:
            out["type"] = _c.encode(self.type_)
        if self.amount is not UNSET:
            out["amount"] = self.amount
        if self.unit is not UNSET:
            out["unit"] = _c.encode(self.unit)
        if self.look_back_window is not UNSET:
            out["lookBackWindow"] = _c.encode(self.look_back_window)
        if self.cron is not UNSET:
            out["cron"] = self.cron
        if self.digest_key is not UNSET:
            out["digestKey"] = self.digest_key
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> DigestControlDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.skip = _c.model(DigestControlDtoSkip, g("skip", UNSET), "skip")
        self.type_ = _c.enum_value(DigestControlDtoType, g("type", UNSET))
        self.amount = g("amount", UNSET)
        self.unit = _c.enum_value(DigestControlDtoUnit, g("unit", UNSET))
        self.look_back_window = _c.model(LookBackWindowDto, g("lookBackWindow", UNSET), "lookBackWindow")
        self.cron = g("cron", UNSET)
        self.digest_key = g("digestKey", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
