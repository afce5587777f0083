# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""StepRunDto"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.digest_metadata_dto import DigestMetadataDto
from novu_api.models.step_execution_detail_dto import StepExecutionDetailDto
from novu_api.models.step_run_dto_status import StepRunDtoStatus

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "stepRunId",
        "stepId",
        "stepType",
        "status",
        "createdAt",
        "updatedAt",
        "executionDetails",
        "providerId",
        "digest",
        "scheduleExtensionsCount",
    )
)


@_define(kw_only=True)
class StepRunDto:
    """Attributes:
    step_run_id (str): Step run identifier Sent as `stepRunId`.
    step_id (str): Step identifier Sent as `stepId`.
    step_type (str): Step type Sent as `stepType`.
    status (StepRunDtoStatus | str): Step status
    created_at (datetime.datetime): Creation timestamp Sent as `createdAt`.
    updated_at (datetime.datetime): Update timestamp Sent as `updatedAt`.
    execution_details (list[StepExecutionDetailDto]): Execution details Sent as `executionDetails`.
    provider_id (str | Unset, optional): Provider identifier Sent as `providerId`.
    digest (DigestMetadataDto | Unset, optional):
    schedule_extensions_count (float | Unset, optional): The number of times the digest/delay job has been extended to align with the subscribers
        schedule Sent as `scheduleExtensionsCount`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    step_run_id: str
    step_id: str
    step_type: str
    status: StepRunDtoStatus | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    execution_details: list[StepExecutionDetailDto]
    provider_id: str | Unset = UNSET
    digest: DigestMetadataDto | Unset = UNSET
    schedule_extensions_count: float | Unset = UNSET
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
        if self.step_run_id is not UNSET:
            out["stepRunId"] = self.step_run_id
        if self.step_id is not UNSET:
            out["stepId"] = self.step_id
        if self.step_type is not UNSET:
            out["stepType"] = self.step_type
        if self.status is not UNSET:
            out["status"] = _c.encode(self.status)
        if self.created_at is not UNSET:
            out["createdAt"] = _c.encode(self.created_at)
        if self.updated_at is not UNSET:
            out["updatedAt"] = _c.encode(self.updated_at)
        if self.execution_details is not UNSET:
            out["executionDetails"] = _c.encode(self.execution_details)
        if self.provider_id is not UNSET:
            out["providerId"] = self.provider_id
        if self.digest is not UNSET:
            out["digest"] = _c.encode(self.digest)
        if self.schedule_extensions_count is not UNSET:
            out["scheduleExtensionsCount"] = self.schedule_extensions_count
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> StepRunDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.step_run_id = g("stepRunId", UNSET)
        self.step_id = g("stepId", UNSET)
        self.step_type = g("stepType", UNSET)
        self.status = _c.enum_value(StepRunDtoStatus, g("status", UNSET))
        self.created_at = _c.datetime_value(g("createdAt", UNSET), "createdAt")
        self.updated_at = _c.datetime_value(g("updatedAt", UNSET), "updatedAt")
        self.execution_details = _c.model_list(
            StepExecutionDetailDto, g("executionDetails", UNSET), "executionDetails"
        )
        self.provider_id = g("providerId", UNSET)
        self.digest = _c.model(DigestMetadataDto, g("digest", UNSET), "digest")
        self.schedule_extensions_count = g("scheduleExtensionsCount", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
