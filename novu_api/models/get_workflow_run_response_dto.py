# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""GetWorkflowRunResponseDto"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.get_workflow_run_response_dto_delivery_lifecycle_status import (
    GetWorkflowRunResponseDtoDeliveryLifecycleStatus,
)
from novu_api.models.get_workflow_run_response_dto_overrides import GetWorkflowRunResponseDtoOverrides
from novu_api.models.get_workflow_run_response_dto_payload import GetWorkflowRunResponseDtoPayload
from novu_api.models.get_workflow_run_response_dto_severity import GetWorkflowRunResponseDtoSeverity
from novu_api.models.get_workflow_run_response_dto_status import GetWorkflowRunResponseDtoStatus
from novu_api.models.step_run_dto import StepRunDto
from novu_api.models.topic_response_dto import TopicResponseDto

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
        "payload",
        "subscriberId",
        "contextKeys",
        "topics",
        "overrides",
    )
)


@_define(kw_only=True)
class GetWorkflowRunResponseDto(_c.Model):
    """Attributes:
        id (str): Workflow run id
        workflow_id (str): Workflow identifier Sent as `workflowId`.
        workflow_name (str): Workflow name Sent as `workflowName`.
        organization_id (str): Organization identifier Sent as `organizationId`.
        environment_id (str): Environment identifier Sent as `environmentId`.
        internal_subscriber_id (str): Internal subscriber identifier Sent as `internalSubscriberId`.
        status (GetWorkflowRunResponseDtoStatus | str): Workflow run status
        delivery_lifecycle_status (GetWorkflowRunResponseDtoDeliveryLifecycleStatus | str): Workflow run delivery lifecycle status Sent as `deliveryLifecycleStatus`.
        trigger_identifier (str): Trigger identifier Sent as `triggerIdentifier`.
        transaction_id (str): Transaction identifier Sent as `transactionId`.
        created_at (str): Creation timestamp Sent as `createdAt`.
        updated_at (str): Update timestamp Sent as `updatedAt`.
        severity (GetWorkflowRunResponseDtoSeverity | str): Severity
        critical (bool): Critical flag
        steps (Sequence[StepRunDto]): Step runs
        payload (GetWorkflowRunResponseDtoPayload | Mapping[str, Any]): Trigger payload
        subscriber_id (str | Unset, optional): External subscriber identifier Sent as `subscriberId`.
        context_keys (Sequence[str] | Unset, optional): Context (single or multi) in which the workflow run was executed Sent as `contextKeys`.
        topics (Sequence[TopicResponseDto] | Unset, optional): Topics
        overrides (GetWorkflowRunResponseDtoOverrides | Mapping[str, Any] | Unset, optional): Trigger overrides passed to the original workflow trigger
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
    status: GetWorkflowRunResponseDtoStatus | str
    delivery_lifecycle_status: GetWorkflowRunResponseDtoDeliveryLifecycleStatus | str
    trigger_identifier: str
    transaction_id: str
    created_at: str
    updated_at: str
    severity: GetWorkflowRunResponseDtoSeverity | str
    critical: bool
    steps: Sequence[StepRunDto]
    payload: GetWorkflowRunResponseDtoPayload | Mapping[str, Any]
    subscriber_id: str | Unset = UNSET
    context_keys: Sequence[str] | Unset = UNSET
    topics: Sequence[TopicResponseDto] | Unset = UNSET
    overrides: GetWorkflowRunResponseDtoOverrides | Mapping[str, Any] | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> GetWorkflowRunResponseDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not GetWorkflowRunResponseDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> GetWorkflowRunResponseDto:
    self: GetWorkflowRunResponseDto = _c._new(GetWorkflowRunResponseDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 16
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
        v = _c.enum_in(self, "status", v, GetWorkflowRunResponseDtoStatus)
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
        v = _c.enum_in(self, "deliveryLifecycleStatus", v, GetWorkflowRunResponseDtoDeliveryLifecycleStatus)
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
        v = _c.enum_in(self, "severity", v, GetWorkflowRunResponseDtoSeverity)
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
        v = _c.off(self, ("steps",), UNSET, "an array of an object (StepRunDto)")
        n -= 1
    else:
        v = _c.models_in(self, "steps", v, StepRunDto, lazy)
    self.steps = v
    try:
        v = src["payload"]
    except KeyError:
        v = _c.off(self, ("payload",), UNSET, "an object (GetWorkflowRunResponseDtoPayload)")
        n -= 1
    else:
        if v.__class__ is dict:
            try:
                v = GetWorkflowRunResponseDtoPayload._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "payload")
                raise
        else:
            v = _c.off(self, ("payload",), v, "an object (GetWorkflowRunResponseDtoPayload)")
    self.payload = v
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
    if "overrides" in src:
        v = src["overrides"]
        if v.__class__ is dict:
            try:
                v = GetWorkflowRunResponseDtoOverrides._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "overrides")
                raise
        else:
            v = _c.off(self, ("overrides",), v, "an object (GetWorkflowRunResponseDtoOverrides)")
        self.overrides = v
        n += 1
    else:
        self.overrides = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


GetWorkflowRunResponseDto._make = _make
GetWorkflowRunResponseDto._decode = _decode
GetWorkflowRunResponseDto._Pending = _c.pending(GetWorkflowRunResponseDto)
GetWorkflowRunResponseDto._SPEC = _c.ModelSpec(
    GetWorkflowRunResponseDto,
    (
        ("id", "id", True, ("str",)),
        ("workflowId", "workflow_id", True, ("str",)),
        ("workflowName", "workflow_name", True, ("str",)),
        ("organizationId", "organization_id", True, ("str",)),
        ("environmentId", "environment_id", True, ("str",)),
        ("internalSubscriberId", "internal_subscriber_id", True, ("str",)),
        ("status", "status", True, ("enum", GetWorkflowRunResponseDtoStatus)),
        (
            "deliveryLifecycleStatus",
            "delivery_lifecycle_status",
            True,
            ("enum", GetWorkflowRunResponseDtoDeliveryLifecycleStatus),
        ),
        ("triggerIdentifier", "trigger_identifier", True, ("str",)),
        ("transactionId", "transaction_id", True, ("str",)),
        ("createdAt", "created_at", True, ("str",)),
        ("updatedAt", "updated_at", True, ("str",)),
        ("severity", "severity", True, ("enum", GetWorkflowRunResponseDtoSeverity)),
        ("critical", "critical", True, ("bool",)),
        ("steps", "steps", True, ("list", ("model", StepRunDto))),
        ("payload", "payload", True, ("model", GetWorkflowRunResponseDtoPayload)),
        ("subscriberId", "subscriber_id", False, ("str",)),
        ("contextKeys", "context_keys", False, ("list", ("str",))),
        ("topics", "topics", False, ("list", ("model", TopicResponseDto))),
        ("overrides", "overrides", False, ("model", GetWorkflowRunResponseDtoOverrides)),
    ),
)
