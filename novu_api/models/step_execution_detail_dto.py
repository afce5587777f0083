# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""StepExecutionDetailDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.execution_details_status_enum import ExecutionDetailsStatusEnum
from novu_api.models.step_execution_detail_dto_raw import StepExecutionDetailDtoRaw

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "_id",
        "status",
        "detail",
        "createdAt",
        "providerId",
        "raw",
    )
)


@_define(kw_only=True)
class StepExecutionDetailDto:
    """Attributes:
    id (str): Unique identifier of the execution detail Sent as `_id`.
    status (ExecutionDetailsStatusEnum | str): Status of the execution detail
    detail (str): Detailed information about the execution
    created_at (str | Unset, optional): Creation time of the execution detail Sent as `createdAt`.
    provider_id (str | Unset, optional): Provider identifier Sent as `providerId`.
    raw (None | StepExecutionDetailDtoRaw | Unset, optional): Raw data of the execution
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    id: str
    status: ExecutionDetailsStatusEnum | str
    detail: str
    created_at: str | Unset = UNSET
    provider_id: str | Unset = UNSET
    raw: None | StepExecutionDetailDtoRaw | Unset = UNSET
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
        if self.status is not UNSET:
            out["status"] = _c.encode(self.status)
        if self.detail is not UNSET:
            out["detail"] = self.detail
        if self.created_at is not UNSET:
            out["createdAt"] = self.created_at
        if self.provider_id is not UNSET:
            out["providerId"] = self.provider_id
        if self.raw is not UNSET:
            out["raw"] = _c.encode(self.raw)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> StepExecutionDetailDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.id = g("_id", UNSET)
        self.status = _c.enum_value(ExecutionDetailsStatusEnum, g("status", UNSET))
        self.detail = g("detail", UNSET)
        self.created_at = g("createdAt", UNSET)
        self.provider_id = g("providerId", UNSET)
        self.raw = _c.union((StepExecutionDetailDtoRaw,), g("raw", UNSET), "raw")
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
