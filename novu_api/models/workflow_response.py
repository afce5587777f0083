# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""WorkflowResponse"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.notification_group import NotificationGroup
from novu_api.models.notification_step_dto import NotificationStepDto
from novu_api.models.notification_trigger import NotificationTrigger
from novu_api.models.subscriber_preference_channels import SubscriberPreferenceChannels
from novu_api.models.workflow_response_data import WorkflowResponseData
from novu_api.models.workflow_response_workflow_integration_status import (
    WorkflowResponseWorkflowIntegrationStatus,
)

from .. import _codec as _c
from .._types import UNSET, Unset

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
        if self.name is not UNSET:
            out["name"] = self.name
        if self.description is not UNSET:
            out["description"] = self.description
        if self.active is not UNSET:
            out["active"] = self.active
        if self.draft is not UNSET:
            out["draft"] = self.draft
        if self.preference_settings is not UNSET:
            out["preferenceSettings"] = _c.encode(self.preference_settings)
        if self.critical is not UNSET:
            out["critical"] = self.critical
        if self.tags is not UNSET:
            out["tags"] = self.tags
        if self.steps is not UNSET:
            out["steps"] = _c.encode(self.steps)
        if self.organization_id is not UNSET:
            out["_organizationId"] = self.organization_id
        if self.creator_id is not UNSET:
            out["_creatorId"] = self.creator_id
        if self.environment_id is not UNSET:
            out["_environmentId"] = self.environment_id
        if self.triggers is not UNSET:
            out["triggers"] = _c.encode(self.triggers)
        if self.notification_group_id is not UNSET:
            out["_notificationGroupId"] = self.notification_group_id
        if self.deleted is not UNSET:
            out["deleted"] = self.deleted
        if self.deleted_at is not UNSET:
            out["deletedAt"] = self.deleted_at
        if self.deleted_by is not UNSET:
            out["deletedBy"] = self.deleted_by
        if self.id is not UNSET:
            out["_id"] = self.id
        if self.parent_id is not UNSET:
            out["_parentId"] = self.parent_id
        if self.notification_group is not UNSET:
            out["notificationGroup"] = _c.encode(self.notification_group)
        if self.data is not UNSET:
            out["data"] = _c.encode(self.data)
        if self.workflow_integration_status is not UNSET:
            out["workflowIntegrationStatus"] = _c.encode(self.workflow_integration_status)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> WorkflowResponse:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
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
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
