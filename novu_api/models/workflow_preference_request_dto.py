# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""WorkflowPreferenceRequestDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.workflow_preference_request_dto_condition import WorkflowPreferenceRequestDtoCondition

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "workflowId",
        "enabled",
        "condition",
    )
)


@_define(kw_only=True)
class WorkflowPreferenceRequestDto:
    """Attributes:
    workflow_id (str): The workflow identifier Sent as `workflowId`.
    enabled (bool | Unset, optional): Whether the preference is enabled. Used when condition is not provided.
    condition (WorkflowPreferenceRequestDtoCondition | Unset, optional): Optional JSON Logic condition evaluated at fan-out time against trigger payload,
        subscriber profile, actor, and context (for example, `{ "var": "payload.tier" }`, `{
        "var": "subscriber.data.plan" }`, or `{ "var": "actor.data.role" }`)
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    workflow_id: str
    enabled: bool | Unset = UNSET
    condition: WorkflowPreferenceRequestDtoCondition | Unset = UNSET
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
        if self.workflow_id is not UNSET:
            out["workflowId"] = self.workflow_id
        if self.enabled is not UNSET:
            out["enabled"] = self.enabled
        if self.condition is not UNSET:
            out["condition"] = _c.encode(self.condition)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> WorkflowPreferenceRequestDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.workflow_id = g("workflowId", UNSET)
        self.enabled = g("enabled", UNSET)
        self.condition = _c.model(WorkflowPreferenceRequestDtoCondition, g("condition", UNSET), "condition")
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
