# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""WorkflowResponse"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.notification_group import NotificationGroup
from novu_api.models.notification_step_dto import NotificationStepDto
from novu_api.models.notification_trigger import NotificationTrigger
from novu_api.models.subscriber_preference_channels import SubscriberPreferenceChannels
from novu_api.models.workflow_response_data import WorkflowResponseData
from novu_api.models.workflow_response_workflow_integration_status import (
    WorkflowResponseWorkflowIntegrationStatus,
)

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "name",
        "description",
        "active",
        "draft",
        "preferenceSettings",
        "critical",
        "tags",
        "steps",
        "_organizationId",
        "_creatorId",
        "_environmentId",
        "triggers",
        "_notificationGroupId",
        "deleted",
        "deletedAt",
        "deletedBy",
        "_id",
        "_parentId",
        "notificationGroup",
        "data",
        "workflowIntegrationStatus",
    )
)


@_define(kw_only=True)
class WorkflowResponse(_c.Model):
    """Attributes:
        name (str):
        description (str):
        active (bool):
        draft (bool):
        preference_settings (SubscriberPreferenceChannels):  Sent as `preferenceSettings`.
        critical (bool):
        tags (Sequence[str]):
        steps (Sequence[NotificationStepDto]):
        organization_id (str):  Sent as `_organizationId`.
        creator_id (str):  Sent as `_creatorId`.
        environment_id (str):  Sent as `_environmentId`.
        triggers (Sequence[NotificationTrigger]):
        notification_group_id (str):  Sent as `_notificationGroupId`.
        deleted (bool):
        deleted_at (str):  Sent as `deletedAt`.
        deleted_by (str):  Sent as `deletedBy`.
        id (str | Unset, optional):  Sent as `_id`.
        parent_id (str | Unset, optional):  Sent as `_parentId`.
        notification_group (NotificationGroup | Unset, optional):  Sent as `notificationGroup`.
        data (WorkflowResponseData | Mapping[str, Any] | Unset, optional):
        workflow_integration_status (WorkflowResponseWorkflowIntegrationStatus | Mapping[str, Any] | Unset, optional):  Sent as `workflowIntegrationStatus`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    name: str
    description: str
    active: bool
    draft: bool
    preference_settings: SubscriberPreferenceChannels
    critical: bool
    tags: Sequence[str]
    steps: Sequence[NotificationStepDto]
    organization_id: str
    creator_id: str
    environment_id: str
    triggers: Sequence[NotificationTrigger]
    notification_group_id: str
    deleted: bool
    deleted_at: str
    deleted_by: str
    id: str | Unset = UNSET
    parent_id: str | Unset = UNSET
    notification_group: NotificationGroup | Unset = UNSET
    data: WorkflowResponseData | Mapping[str, Any] | Unset = UNSET
    workflow_integration_status: WorkflowResponseWorkflowIntegrationStatus | Mapping[str, Any] | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> WorkflowResponse:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not WorkflowResponse:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> WorkflowResponse:
    self: WorkflowResponse = _c._new(WorkflowResponse)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 16
    try:
        v = src["name"]
    except KeyError:
        v = _c.off(self, ("name",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("name",), v, "a string")
    self.name = v
    try:
        v = src["description"]
    except KeyError:
        v = _c.off(self, ("description",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("description",), v, "a string")
    self.description = v
    try:
        v = src["active"]
    except KeyError:
        v = _c.off(self, ("active",), UNSET, "a boolean")
        n -= 1
    else:
        if v.__class__ is not bool:
            v = _c.off(self, ("active",), v, "a boolean")
    self.active = v
    try:
        v = src["draft"]
    except KeyError:
        v = _c.off(self, ("draft",), UNSET, "a boolean")
        n -= 1
    else:
        if v.__class__ is not bool:
            v = _c.off(self, ("draft",), v, "a boolean")
    self.draft = v
    try:
        v = src["preferenceSettings"]
    except KeyError:
        v = _c.off(self, ("preferenceSettings",), UNSET, "an object (SubscriberPreferenceChannels)")
        n -= 1
    else:
        if v.__class__ is dict:
            try:
                v = SubscriberPreferenceChannels._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "preferenceSettings")
                raise
        else:
            v = _c.off(self, ("preferenceSettings",), v, "an object (SubscriberPreferenceChannels)")
    self.preference_settings = v
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
        v = src["tags"]
    except KeyError:
        v = _c.off(self, ("tags",), UNSET, "an array of a string")
        n -= 1
    else:
        v = _c.scalars_in(self, "tags", v, (str,), "a string")
    self.tags = v
    try:
        v = src["steps"]
    except KeyError:
        v = _c.off(self, ("steps",), UNSET, "an array of an object (NotificationStepDto)")
        n -= 1
    else:
        v = _c.models_in(self, "steps", v, NotificationStepDto, lazy)
    self.steps = v
    try:
        v = src["_organizationId"]
    except KeyError:
        v = _c.off(self, ("_organizationId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("_organizationId",), v, "a string")
    self.organization_id = v
    try:
        v = src["_creatorId"]
    except KeyError:
        v = _c.off(self, ("_creatorId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("_creatorId",), v, "a string")
    self.creator_id = v
    try:
        v = src["_environmentId"]
    except KeyError:
        v = _c.off(self, ("_environmentId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("_environmentId",), v, "a string")
    self.environment_id = v
    try:
        v = src["triggers"]
    except KeyError:
        v = _c.off(self, ("triggers",), UNSET, "an array of an object (NotificationTrigger)")
        n -= 1
    else:
        v = _c.models_in(self, "triggers", v, NotificationTrigger, lazy)
    self.triggers = v
    try:
        v = src["_notificationGroupId"]
    except KeyError:
        v = _c.off(self, ("_notificationGroupId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("_notificationGroupId",), v, "a string")
    self.notification_group_id = v
    try:
        v = src["deleted"]
    except KeyError:
        v = _c.off(self, ("deleted",), UNSET, "a boolean")
        n -= 1
    else:
        if v.__class__ is not bool:
            v = _c.off(self, ("deleted",), v, "a boolean")
    self.deleted = v
    try:
        v = src["deletedAt"]
    except KeyError:
        v = _c.off(self, ("deletedAt",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("deletedAt",), v, "a string")
    self.deleted_at = v
    try:
        v = src["deletedBy"]
    except KeyError:
        v = _c.off(self, ("deletedBy",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("deletedBy",), v, "a string")
    self.deleted_by = v
    if "_id" in src:
        v = src["_id"]
        if v.__class__ is not str:
            v = _c.off(self, ("_id",), v, "a string")
        self.id = v
        n += 1
    else:
        self.id = UNSET
    if "_parentId" in src:
        v = src["_parentId"]
        if v.__class__ is not str:
            v = _c.off(self, ("_parentId",), v, "a string")
        self.parent_id = v
        n += 1
    else:
        self.parent_id = UNSET
    if "notificationGroup" in src:
        v = src["notificationGroup"]
        if v.__class__ is dict:
            try:
                v = NotificationGroup._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "notificationGroup")
                raise
        else:
            v = _c.off(self, ("notificationGroup",), v, "an object (NotificationGroup)")
        self.notification_group = v
        n += 1
    else:
        self.notification_group = UNSET
    if "data" in src:
        v = src["data"]
        if v.__class__ is dict:
            try:
                v = WorkflowResponseData._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "data")
                raise
        else:
            v = _c.off(self, ("data",), v, "an object (WorkflowResponseData)")
        self.data = v
        n += 1
    else:
        self.data = UNSET
    if "workflowIntegrationStatus" in src:
        v = src["workflowIntegrationStatus"]
        if v.__class__ is dict:
            try:
                v = WorkflowResponseWorkflowIntegrationStatus._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "workflowIntegrationStatus")
                raise
        else:
            v = _c.off(
                self,
                ("workflowIntegrationStatus",),
                v,
                "an object (WorkflowResponseWorkflowIntegrationStatus)",
            )
        self.workflow_integration_status = v
        n += 1
    else:
        self.workflow_integration_status = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


WorkflowResponse._make = _make
WorkflowResponse._decode = _decode
WorkflowResponse._Pending = _c.pending(WorkflowResponse)
WorkflowResponse._SPEC = _c.ModelSpec(
    WorkflowResponse,
    (
        ("name", "name", True, ("str",)),
        ("description", "description", True, ("str",)),
        ("active", "active", True, ("bool",)),
        ("draft", "draft", True, ("bool",)),
        ("preferenceSettings", "preference_settings", True, ("model", SubscriberPreferenceChannels)),
        ("critical", "critical", True, ("bool",)),
        ("tags", "tags", True, ("list", ("str",))),
        ("steps", "steps", True, ("list", ("model", NotificationStepDto))),
        ("_organizationId", "organization_id", True, ("str",)),
        ("_creatorId", "creator_id", True, ("str",)),
        ("_environmentId", "environment_id", True, ("str",)),
        ("triggers", "triggers", True, ("list", ("model", NotificationTrigger))),
        ("_notificationGroupId", "notification_group_id", True, ("str",)),
        ("deleted", "deleted", True, ("bool",)),
        ("deletedAt", "deleted_at", True, ("str",)),
        ("deletedBy", "deleted_by", True, ("str",)),
        ("_id", "id", False, ("str",)),
        ("_parentId", "parent_id", False, ("str",)),
        ("notificationGroup", "notification_group", False, ("model", NotificationGroup)),
        ("data", "data", False, ("model", WorkflowResponseData)),
        (
            "workflowIntegrationStatus",
            "workflow_integration_status",
            False,
            ("model", WorkflowResponseWorkflowIntegrationStatus),
        ),
    ),
)
