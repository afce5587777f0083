# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""GetWorkflowRunsDto"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.get_workflow_runs_dto_delivery_lifecycle_status import (
    GetWorkflowRunsDtoDeliveryLifecycleStatus,
)
from novu_api.models.get_workflow_runs_dto_severity import GetWorkflowRunsDtoSeverity
from novu_api.models.get_workflow_runs_dto_status import GetWorkflowRunsDtoStatus
from novu_api.models.topic_response_dto import TopicResponseDto
from novu_api.models.workflow_run_steps_details_dto import WorkflowRunStepsDetailsDto

from .. import _codec as _c

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
class GetWorkflowRunsDto(_c.Model):
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
        steps (Sequence[WorkflowRunStepsDetailsDto]): Workflow run steps
        subscriber_id (str | Unset, optional): External subscriber identifier Sent as `subscriberId`.
        context_keys (Sequence[str] | Unset, optional): Context (single or multi) in which the workflow run was executed Sent as `contextKeys`.
        topics (Sequence[TopicResponseDto] | Unset, optional): Topics
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
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
    steps: Sequence[WorkflowRunStepsDetailsDto]
    subscriber_id: str | Unset = UNSET
    context_keys: Sequence[str] | Unset = UNSET
    topics: Sequence[TopicResponseDto] | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> GetWorkflowRunsDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not GetWorkflowRunsDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> GetWorkflowRunsDto:
    self: GetWorkflowRunsDto = _c._new(GetWorkflowRunsDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 15
    try:
        v = src["id"]
    except KeyError:
        v = _c.off(self, ("id",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("id",), v, "a string")
    self.id = v
    try:
        v = src["workflowId"]
    except KeyError:
        v = _c.off(self, ("workflowId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("workflowId",), v, "a string")
    self.workflow_id = v
    try:
        v = src["workflowName"]
    except KeyError:
        v = _c.off(self, ("workflowName",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("workflowName",), v, "a string")
    self.workflow_name = v
    try:
        v = src["organizationId"]
    except KeyError:
        v = _c.off(self, ("organizationId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("organizationId",), v, "a string")
    self.organization_id = v
    try:
        v = src["environmentId"]
    except KeyError:
        v = _c.off(self, ("environmentId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("environmentId",), v, "a string")
    self.environment_id = v
    try:
        v = src["internalSubscriberId"]
    except KeyError:
        v = _c.off(self, ("internalSubscriberId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("internalSubscriberId",), v, "a string")
    self.internal_subscriber_id = v
    try:
        v = src["status"]
    except KeyError:
        v = _c.off(self, ("status",), UNSET, "one of 'processing', 'completed', 'error'")
        n -= 1
    else:
        v = _c.enum_in(self, "status", v, GetWorkflowRunsDtoStatus)
    self.status = v
    try:
        v = src["deliveryLifecycleStatus"]
    except KeyError:
        v = _c.off(
            self,
            ("deliveryLifecycleStatus",),
            UNSET,
            "one of 'pending', 'sent', 'errored', 'skipped', 'canceled', 'merged', 'delivered', 'interacted'",
        )
        n -= 1
    else:
        v = _c.enum_in(self, "deliveryLifecycleStatus", v, GetWorkflowRunsDtoDeliveryLifecycleStatus)
    self.delivery_lifecycle_status = v
    try:
        v = src["triggerIdentifier"]
    except KeyError:
        v = _c.off(self, ("triggerIdentifier",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("triggerIdentifier",), v, "a string")
    self.trigger_identifier = v
    try:
        v = src["transactionId"]
    except KeyError:
        v = _c.off(self, ("transactionId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("transactionId",), v, "a string")
    self.transaction_id = v
    try:
        v = src["createdAt"]
    except KeyError:
        v = _c.off(self, ("createdAt",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("createdAt",), v, "a string")
    self.created_at = v
    try:
        v = src["updatedAt"]
    except KeyError:
        v = _c.off(self, ("updatedAt",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("updatedAt",), v, "a string")
    self.updated_at = v
    try:
        v = src["severity"]
    except KeyError:
        v = _c.off(self, ("severity",), UNSET, "one of 'high', 'medium', 'low', 'none'")
        n -= 1
    else:
        v = _c.enum_in(self, "severity", v, GetWorkflowRunsDtoSeverity)
    self.severity = v
    try:
        v = src["critical"]
    except KeyError:
        v = _c.off(self, ("critical",), UNSET, "a boolean")
        n -= 1
    else:
        if v.__class__ is not bool:
            v = _c.off(self, ("critical",), v, "a boolean")
    self.critical = v
    try:
        v = src["steps"]
    except KeyError:
        v = _c.off(self, ("steps",), UNSET, "an array of an object (WorkflowRunStepsDetailsDto)")
        n -= 1
    else:
        v = _c.models_in(self, "steps", v, WorkflowRunStepsDetailsDto, lazy)
    self.steps = v
    if "subscriberId" in src:
        v = src["subscriberId"]
        if v.__class__ is not str:
            v = _c.off(self, ("subscriberId",), v, "a string")
        self.subscriber_id = v
        n += 1
    else:
        self.subscriber_id = UNSET
    if "contextKeys" in src:
        v = src["contextKeys"]
        v = _c.scalars_in(self, "contextKeys", v, (str,), "a string")
        self.context_keys = v
        n += 1
    else:
        self.context_keys = UNSET
    if "topics" in src:
        v = src["topics"]
        v = _c.models_in(self, "topics", v, TopicResponseDto, lazy)
        self.topics = v
        n += 1
    else:
        self.topics = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


GetWorkflowRunsDto._make = _make
GetWorkflowRunsDto._decode = _decode
GetWorkflowRunsDto._Pending = _c.pending(GetWorkflowRunsDto)
GetWorkflowRunsDto._SPEC = _c.ModelSpec(
    GetWorkflowRunsDto,
    (
        ("id", "id", True, ("str",)),
        ("workflowId", "workflow_id", True, ("str",)),
        ("workflowName", "workflow_name", True, ("str",)),
        ("organizationId", "organization_id", True, ("str",)),
        ("environmentId", "environment_id", True, ("str",)),
        ("internalSubscriberId", "internal_subscriber_id", True, ("str",)),
        ("status", "status", True, ("enum", GetWorkflowRunsDtoStatus)),
        (
            "deliveryLifecycleStatus",
            "delivery_lifecycle_status",
            True,
            ("enum", GetWorkflowRunsDtoDeliveryLifecycleStatus),
        ),
        ("triggerIdentifier", "trigger_identifier", True, ("str",)),
        ("transactionId", "transaction_id", True, ("str",)),
        ("createdAt", "created_at", True, ("str",)),
        ("updatedAt", "updated_at", True, ("str",)),
        ("severity", "severity", True, ("enum", GetWorkflowRunsDtoSeverity)),
        ("critical", "critical", True, ("bool",)),
        ("steps", "steps", True, ("list", ("model", WorkflowRunStepsDetailsDto))),
        ("subscriberId", "subscriber_id", False, ("str",)),
        ("contextKeys", "context_keys", False, ("list", ("str",))),
        ("topics", "topics", False, ("list", ("model", TopicResponseDto))),
    ),
)
