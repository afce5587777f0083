# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""WorkflowRunStepsDetailsDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.workflow_run_steps_details_dto_status import WorkflowRunStepsDetailsDtoStatus

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "stepRunId",
        "stepId",
        "stepType",
        "status",
        "providerId",
    )
)


@_define(kw_only=True)
class WorkflowRunStepsDetailsDto:
    """Attributes:
    id (str): Step run identifier
    step_run_id (str): Step identifier Sent as `stepRunId`.
    step_id (str): Step identifier Sent as `stepId`.
    step_type (str): Step type Sent as `stepType`.
    status (WorkflowRunStepsDetailsDtoStatus | str): Step status
    provider_id (str | Unset, optional): Provider identifier Sent as `providerId`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    id: str
    step_run_id: str
    step_id: str
    step_type: str
    status: WorkflowRunStepsDetailsDtoStatus | str
    provider_id: str | Unset = UNSET
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
            out["id"] = self.id
        if self.step_run_id is not UNSET:
            out["stepRunId"] = self.step_run_id
        if self.step_id is not UNSET:
            out["stepId"] = self.step_id
        if self.step_type is not UNSET:
            out["stepType"] = self.step_type
        if self.status is not UNSET:
            out["status"] = _c.encode(self.status)
        if self.provider_id is not UNSET:
            out["providerId"] = self.provider_id
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> WorkflowRunStepsDetailsDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.id = g("id", UNSET)
        self.step_run_id = g("stepRunId", UNSET)
        self.step_id = g("stepId", UNSET)
        self.step_type = g("stepType", UNSET)
        self.status = _c.enum_value(WorkflowRunStepsDetailsDtoStatus, g("status", UNSET))
        self.provider_id = g("providerId", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
