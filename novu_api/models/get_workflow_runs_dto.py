# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""GetWorkflowRunsDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.get_workflow_runs_dto_delivery_lifecycle_status import (
    GetWorkflowRunsDtoDeliveryLifecycleStatus,
)
from novu_api.models.get_workflow_runs_dto_severity import GetWorkflowRunsDtoSeverity
from novu_api.models.get_workflow_runs_dto_status import GetWorkflowRunsDtoStatus
from novu_api.models.topic_response_dto import TopicResponseDto
from novu_api.models.workflow_run_steps_details_dto import WorkflowRunStepsDetailsDto

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "workflowId",
        "workflowName",
        "organizationId",
        "environmentId",
        "internalSubscriberId",
        "status",
        "deliveryLifecycleStatus",
        "triggerIdentifier",
        "transactionId",
        "createdAt",
        "updatedAt",
        "severity",
        "critical",
        "steps",
        "subscriberId",
        "contextKeys",
        "topics",
    )
)


@_define(kw_only=True)
class GetWorkflowRunsDto:
    """Attributes:
    id (str): Workflow run id
    workflow_id (str): Workflow identifier Sent as `workflowId`.
    workflow_name (str): Workflow name Sent as `workflowName`.
    organization_id (str): Organization identifier Sent as `organizationId`.
    environment_id (str): Environment identifier Sent as `environmentId`.
    internal_subscriber_id (str): Internal subscriber identifier Sent as `internalSubscriberId`.
    status (GetWorkflowRunsDtoStatus | str): Workflow run status
    delivery_lifecycle_status (GetWorkflowRunsDtoDeliveryLifecycleStatus | str): Workflow run delivery lifecycle status Sent as `deliveryLifecycleStatus`.
    trigger_identifier (str): Trigger identifier Sent as `triggerIdentifier`.
    transaction_id (str): Transaction identifier Sent as `transactionId`.
    created_at (str): Creation timestamp Sent as `createdAt`.
    updated_at (str): Update timestamp Sent as `updatedAt`.
    severity (GetWorkflowRunsDtoSeverity | str): Severity
    critical (bool): Critical flag
    steps (list[WorkflowRunStepsDetailsDto]): Workflow run steps
    subscriber_id (str | Unset, optional): External subscriber identifier Sent as `subscriberId`.
    context_keys (list[str] | Unset, optional): Context (single or multi) in which the workflow run was executed Sent as `contextKeys`.
    topics (list[TopicResponseDto] | Unset, optional): Topics
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    id: str
    workflow_id: str
    workflow_name: str
    organization_id: str
    environment_id: str
    internal_subscriber_id: str
    status: GetWorkflowRunsDtoStatus | str
    delivery_lifecycle_status: GetWorkflowRunsDtoDeliveryLifecycleStatus | str
    trigger_identifier: str
    transaction_id: str
    created_at: str
    updated_at: str
    severity: GetWorkflowRunsDtoSeverity | str
    critical: bool
    steps: list[WorkflowRunStepsDetailsDto]
    subscriber_id: str | Unset = UNSET
    context_keys: list[str] | Unset = UNSET
    topics: list[TopicResponseDto] | Unset = UNSET
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
        if self.workflow_id is not UNSET:
            out["workflowId"] = self.workflow_id
        if self.workflow_name is not UNSET:
            out["workflowName"] = self.workflow_name
        if self.organization_id is not UNSET:
            out["organizationId"] = self.organization_id
        if self.environment_id is not UNSET:
            out["environmentId"] = self.environment_id
        if self.internal_subscriber_id is not UNSET:
            out["internalSubscriberId"] = self.internal_subscriber_id
        if self.status is not UNSET:
            out["status"] = _c.encode(self.status)
        if self.delivery_lifecycle_status is not UNSET:
            out["deliveryLifecycleStatus"] = _c.encode(self.delivery_lifecycle_status)
        if self.trigger_identifier is not UNSET:
            out["triggerIdentifier"] = self.trigger_identifier
        if self.transaction_id is not UNSET:
            out["transactionId"] = self.transaction_id
        if self.created_at is not UNSET:
            out["createdAt"] = self.created_at
        if self.updated_at is not UNSET:
            out["updatedAt"] = self.updated_at
        if self.severity is not UNSET:
            out["severity"] = _c.encode(self.severity)
        if self.critical is not UNSET:
            out["critical"] = self.critical
        if self.steps is not UNSET:
            out["steps"] = _c.encode(self.steps)
        if self.subscriber_id is not UNSET:
            out["subscriberId"] = self.subscriber_id
        if self.context_keys is not UNSET:
            out["contextKeys"] = self.context_keys
        if self.topics is not UNSET:
            out["topics"] = _c.encode(self.topics)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> GetWorkflowRunsDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.id = g("id", UNSET)
        self.workflow_id = g("workflowId", UNSET)
        self.workflow_name = g("workflowName", UNSET)
        self.organization_id = g("organizationId", UNSET)
        self.environment_id = g("environmentId", UNSET)
        self.internal_subscriber_id = g("internalSubscriberId", UNSET)
        self.status = _c.enum_value(GetWorkflowRunsDtoStatus, g("status", UNSET))
        self.delivery_lifecycle_status = _c.enum_value(
            GetWorkflowRunsDtoDeliveryLifecycleStatus, g("deliveryLifecycleStatus", UNSET)
        )
        self.trigger_identifier = g("triggerIdentifier", UNSET)
        self.transaction_id = g("transactionId", UNSET)
        self.created_at = g("createdAt", UNSET)
        self.updated_at = g("updatedAt", UNSET)
        self.severity = _c.enum_value(GetWorkflowRunsDtoSeverity, g("severity", UNSET))
        self.critical = g("critical", UNSET)
        self.steps = _c.model_list(WorkflowRunStepsDetailsDto, g("steps", UNSET), "steps")
        self.subscriber_id = g("subscriberId", UNSET)
        self.context_keys = g("contextKeys", UNSET)
        self.topics = _c.model_list(TopicResponseDto, g("topics", UNSET), "topics")
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
