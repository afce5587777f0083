# Generated from Novu API 3.15.0 by `make generate`; do not edit.
"""WorkflowResponse"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .. import _codec as _c
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from novu_api.models.notification_group import NotificationGroup
    from novu_api.models.notification_step_dto import NotificationStepDto
    from novu_api.models.notification_trigger import NotificationTrigger
    from novu_api.models.subscriber_preference_channels import SubscriberPreferenceChannels
    from novu_api.models.workflow_response_data import WorkflowResponseData
    from novu_api.models.workflow_response_workflow_integration_status import (
        WorkflowResponseWorkflowIntegrationStatus,
    )

_KNOWN = frozenset(
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
class WorkflowResponse:
    """Attributes:
    name (str):
    description (str):
    active (bool):
    draft (bool):
    preference_settings (SubscriberPreferenceChannels):  Sent as `preferenceSettings`.
    critical (bool):
    tags (list[str]):
    steps (list[NotificationStepDto]):
    organization_id (str):  Sent as `_organizationId`.
    creator_id (str):  Sent as `_creatorId`.
    environment_id (str):  Sent as `_environmentId`.
    triggers (list[NotificationTrigger]):
    notification_group_id (str):  Sent as `_notificationGroupId`.
    deleted (bool):
    deleted_at (str):  Sent as `deletedAt`.
    deleted_by (str):  Sent as `deletedBy`.
    id (str | Unset, optional):  Sent as `_id`.
    parent_id (str | Unset, optional):  Sent as `_parentId`.
    notification_group (NotificationGroup | Unset, optional):  Sent as `notificationGroup`.
    data (WorkflowResponseData | Unset, optional):
    workflow_integration_status (WorkflowResponseWorkflowIntegrationStatus | Unset, optional):  Sent as `workflowIntegrationStatus`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    name: str
    description: str
    active: bool
    draft: bool
    preference_settings: SubscriberPreferenceChannels
    critical: bool
    tags: list[str]
    steps: list[NotificationStepDto]
    organization_id: str
    creator_id: str
    environment_id: str
    triggers: list[NotificationTrigger]
    notification_group_id: str
    deleted: bool
    deleted_at: str
    deleted_by: str
    id: str | Unset = UNSET
    parent_id: str | Unset = UNSET
    notification_group: NotificationGroup | Unset = UNSET
    data: WorkflowResponseData | Unset = UNSET
    workflow_integration_status: WorkflowResponseWorkflowIntegrationStatus | Unset = UNSET
    _src: Mapping[str, Any] | None = _field(default=None, init=False, eq=False, repr=False)
    _extra: dict[str, Any] | None = _field(default=None, alias="additional_properties", eq=False, repr=False)

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the server sent that this version of the spec does not declare."""
        if self._extra is None:
            src = self._src
            self._extra = {k: v for k, v in src.items() if k not in _KNOWN} if src else {}
        return self._extra

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._extra = value

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.additional_properties)
        v = self.name
        if v is not UNSET:
            out["name"] = v
        v = self.description
        if v is not UNSET:
            out["description"] = v
        v = self.active
        if v is not UNSET:
            out["active"] = v
        v = self.draft
        if v is not UNSET:
            out["draft"] = v
        v = self.preference_settings
        if v is not UNSET:
            out["preferenceSettings"] = _c.encode(v)
        v = self.critical
        if v is not UNSET:
            out["critical"] = v
        v = self.tags
        if v is not UNSET:
            out["tags"] = v
        v = self.steps
        if v is not UNSET:
            out["steps"] = _c.encode(v)
        v = self.organization_id
        if v is not UNSET:
            out["_organizationId"] = v
        v = self.creator_id
        if v is not UNSET:
            out["_creatorId"] = v
        v = self.environment_id
        if v is not UNSET:
            out["_environmentId"] = v
        v = self.triggers
        if v is not UNSET:
            out["triggers"] = _c.encode(v)
        v = self.notification_group_id
        if v is not UNSET:
            out["_notificationGroupId"] = v
        v = self.deleted
        if v is not UNSET:
            out["deleted"] = v
        v = self.deleted_at
        if v is not UNSET:
            out["deletedAt"] = v
        v = self.deleted_by
        if v is not UNSET:
            out["deletedBy"] = v
        v = self.id
        if v is not UNSET:
            out["_id"] = v
        v = self.parent_id
        if v is not UNSET:
            out["_parentId"] = v
        v = self.notification_group
        if v is not UNSET:
            out["notificationGroup"] = _c.encode(v)
        v = self.data
        if v is not UNSET:
            out["data"] = _c.encode(v)
        v = self.workflow_integration_status
        if v is not UNSET:
            out["workflowIntegrationStatus"] = _c.encode(v)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> WorkflowResponse:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        from novu_api.models.notification_group import NotificationGroup
        from novu_api.models.notification_step_dto import NotificationStepDto
        from novu_api.models.notification_trigger import NotificationTrigger
        from novu_api.models.subscriber_preference_channels import SubscriberPreferenceChannels
        from novu_api.models.workflow_response_data import WorkflowResponseData
        from novu_api.models.workflow_response_workflow_integration_status import (
            WorkflowResponseWorkflowIntegrationStatus,
        )

        self = object.__new__(cls)
        g = src.get
        self.name = g("name", UNSET)
        self.description = g("description", UNSET)
        self.active = g("active", UNSET)
        self.draft = g("draft", UNSET)
        self.preference_settings = _c.model(
            SubscriberPreferenceChannels, g("preferenceSettings", UNSET), "preferenceSettings"
        )
        self.critical = g("critical", UNSET)
        self.tags = g("tags", UNSET)
        self.steps = _c.model_list(NotificationStepDto, g("steps", UNSET), "steps")
        self.organization_id = g("_organizationId", UNSET)
        self.creator_id = g("_creatorId", UNSET)
        self.environment_id = g("_environmentId", UNSET)
        self.triggers = _c.model_list(NotificationTrigger, g("triggers", UNSET), "triggers")
        self.notification_group_id = g("_notificationGroupId", UNSET)
        self.deleted = g("deleted", UNSET)
        self.deleted_at = g("deletedAt", UNSET)
        self.deleted_by = g("deletedBy", UNSET)
        self.id = g("_id", UNSET)
        self.parent_id = g("_parentId", UNSET)
        self.notification_group = _c.model(
            NotificationGroup, g("notificationGroup", UNSET), "notificationGroup"
        )
        self.data = _c.model(WorkflowResponseData, g("data", UNSET), "data")
        self.workflow_integration_status = _c.model(
            WorkflowResponseWorkflowIntegrationStatus,
            g("workflowIntegrationStatus", UNSET),
            "workflowIntegrationStatus",
        )
        self._src = src
        self._extra = None
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
