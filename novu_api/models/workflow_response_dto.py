# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""WorkflowResponseDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.chat_step_response_dto import ChatStepResponseDto
from novu_api.models.custom_step_response_dto import CustomStepResponseDto
from novu_api.models.delay_step_response_dto import DelayStepResponseDto
from novu_api.models.digest_step_response_dto import DigestStepResponseDto
from novu_api.models.email_step_response_dto import EmailStepResponseDto
from novu_api.models.http_request_step_response_dto import HttpRequestStepResponseDto
from novu_api.models.in_app_step_response_dto import InAppStepResponseDto
from novu_api.models.push_step_response_dto import PushStepResponseDto
from novu_api.models.resource_origin_enum import ResourceOriginEnum
from novu_api.models.severity_level_enum import SeverityLevelEnum
from novu_api.models.sms_step_response_dto import SmsStepResponseDto
from novu_api.models.throttle_step_response_dto import ThrottleStepResponseDto
from novu_api.models.user_response_dto import UserResponseDto
from novu_api.models.workflow_preferences_response_dto import WorkflowPreferencesResponseDto
from novu_api.models.workflow_response_dto_issues import WorkflowResponseDtoIssues
from novu_api.models.workflow_response_dto_payload_example import WorkflowResponseDtoPayloadExample
from novu_api.models.workflow_response_dto_payload_schema import WorkflowResponseDtoPayloadSchema
from novu_api.models.workflow_status_enum import WorkflowStatusEnum

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "name",
        "_id",
        "workflowId",
        "slug",
        "updatedAt",
        "createdAt",
        "steps",
        "origin",
        "preferences",
        "status",
        "severity",
        "description",
        "tags",
        "active",
        "validatePayload",
        "payloadSchema",
        "isTranslationEnabled",
        "updatedBy",
        "lastPublishedAt",
        "lastPublishedBy",
        "issues",
        "lastTriggeredAt",
        "payloadExample",
    )
)


@_define(kw_only=True)
class WorkflowResponseDto:
    """Attributes:
    name (str): Name of the workflow
    id (str): Database identifier of the workflow Sent as `_id`.
    workflow_id (str): Workflow identifier Sent as `workflowId`.
    slug (str): Slug of the workflow
    updated_at (str): Last updated timestamp Sent as `updatedAt`.
    created_at (str): Creation timestamp Sent as `createdAt`.
    steps (list[ChatStepResponseDto | CustomStepResponseDto | DelayStepResponseDto | DigestStepResponseDto | EmailStepResponseDto | HttpRequestStepResponseDto | InAppStepResponseDto | PushStepResponseDto | SmsStepResponseDto | ThrottleStepResponseDto]): Steps of the workflow
    origin (ResourceOriginEnum | str): Origin of the layout
    preferences (WorkflowPreferencesResponseDto):
    status (WorkflowStatusEnum | str): Status of the workflow
    severity (SeverityLevelEnum | str): Severity of the workflow
    description (str | Unset, optional): Description of the workflow
    tags (list[str] | Unset, optional): Tags associated with the workflow
    active (bool | Unset, optional): Whether the workflow is active
    validate_payload (bool | Unset, optional): Enable or disable payload schema validation Sent as `validatePayload`.
    payload_schema (None | WorkflowResponseDtoPayloadSchema | Unset, optional): The payload JSON Schema for the workflow Sent as `payloadSchema`.
    is_translation_enabled (bool | Unset, optional): Enable or disable translations for this workflow Sent as `isTranslationEnabled`.
    updated_by (None | UserResponseDto | Unset, optional): User who last updated the workflow Sent as `updatedBy`.
    last_published_at (None | str | Unset, optional): Timestamp of the last workflow publication Sent as `lastPublishedAt`.
    last_published_by (None | UserResponseDto | Unset, optional): User who last published the workflow Sent as `lastPublishedBy`.
    issues (WorkflowResponseDtoIssues | Unset, optional): Runtime issues for workflow creation and update
    last_triggered_at (None | str | Unset, optional): Timestamp of the last workflow trigger Sent as `lastTriggeredAt`.
    payload_example (None | WorkflowResponseDtoPayloadExample | Unset, optional): Generated payload example based on the payload schema Sent as `payloadExample`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    name: str
    id: str
    workflow_id: str
    slug: str
    updated_at: str
    created_at: str
    steps: list[
        ChatStepResponseDto
        | CustomStepResponseDto
        | DelayStepResponseDto
        | DigestStepResponseDto
        | EmailStepResponseDto
        | HttpRequestStepResponseDto
        | InAppStepResponseDto
        | PushStepResponseDto
        | SmsStepResponseDto
        | ThrottleStepResponseDto
    ]
    origin: ResourceOriginEnum | str
    preferences: WorkflowPreferencesResponseDto
    status: WorkflowStatusEnum | str
    severity: SeverityLevelEnum | str
    description: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    active: bool | Unset = UNSET
    validate_payload: bool | Unset = UNSET
    payload_schema: None | WorkflowResponseDtoPayloadSchema | Unset = UNSET
    is_translation_enabled: bool | Unset = UNSET
    updated_by: None | UserResponseDto | Unset = UNSET
    last_published_at: None | str | Unset = UNSET
    last_published_by: None | UserResponseDto | Unset = UNSET
    issues: WorkflowResponseDtoIssues | Unset = UNSET
    last_triggered_at: None | str | Unset = UNSET
    payload_example: None | WorkflowResponseDtoPayloadExample | Unset = UNSET
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
        if self.id is not UNSET:
            out["_id"] = self.id
        if self.workflow_id is not UNSET:
            out["workflowId"] = self.workflow_id
        if self.slug is not UNSET:
            out["slug"] = self.slug
        if self.updated_at is not UNSET:
            out["updatedAt"] = self.updated_at
        if self.created_at is not UNSET:
            out["createdAt"] = self.created_at
        if self.steps is not UNSET:
            out["steps"] = _c.encode(self.steps)
        if self.origin is not UNSET:
            out["origin"] = _c.encode(self.origin)
        if self.preferences is not UNSET:
            out["preferences"] = _c.encode(self.preferences)
        if self.status is not UNSET:
            out["status"] = _c.encode(self.status)
        if self.severity is not UNSET:
            out["severity"] = _c.encode(self.severity)
        if self.description is not UNSET:
            out["description"] = self.description
        if self.tags is not UNSET:
            out["tags"] = self.tags
        if self.active is not UNSET:
            out["active"] = self.active
        if self.validate_payload is not UNSET:
            out["validatePayload"] = self.validate_payload
        if self.payload_schema is not UNSET:
            out["payloadSchema"] = _c.encode(self.payload_schema)
        if self.is_translation_enabled is not UNSET:
            out["isTranslationEnabled"] = self.is_translation_enabled
        if self.updated_by is not UNSET:
            out["updatedBy"] = _c.encode(self.updated_by)
        if self.last_published_at is not UNSET:
            out["lastPublishedAt"] = _c.encode(self.last_published_at)
        if self.last_published_by is not UNSET:
            out["lastPublishedBy"] = _c.encode(self.last_published_by)
        if self.issues is not UNSET:
            out["issues"] = _c.encode(self.issues)
        if self.last_triggered_at is not UNSET:
            out["lastTriggeredAt"] = _c.encode(self.last_triggered_at)
        if self.payload_example is not UNSET:
            out["payloadExample"] = _c.encode(self.payload_example)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> WorkflowResponseDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.name = g("name", UNSET)
        self.id = g("_id", UNSET)
        self.workflow_id = g("workflowId", UNSET)
        self.slug = g("slug", UNSET)
        self.updated_at = g("updatedAt", UNSET)
        self.created_at = g("createdAt", UNSET)
        self.steps = _c.tagged_list(
            "type",
            {
                "in_app": InAppStepResponseDto,
                "email": EmailStepResponseDto,
                "sms": SmsStepResponseDto,
                "push": PushStepResponseDto,
                "chat": ChatStepResponseDto,
                "delay": DelayStepResponseDto,
                "digest": DigestStepResponseDto,
                "custom": CustomStepResponseDto,
                "throttle": ThrottleStepResponseDto,
                "http_request": HttpRequestStepResponseDto,
            },
            g("steps", UNSET),
            "steps",
        )
        self.origin = _c.enum_value(ResourceOriginEnum, g("origin", UNSET))
        self.preferences = _c.model(WorkflowPreferencesResponseDto, g("preferences", UNSET), "preferences")
        self.status = _c.enum_value(WorkflowStatusEnum, g("status", UNSET))
        self.severity = _c.enum_value(SeverityLevelEnum, g("severity", UNSET))
        self.description = g("description", UNSET)
        self.tags = g("tags", UNSET)
        self.active = g("active", UNSET)
        self.validate_payload = g("validatePayload", UNSET)
        self.payload_schema = _c.union(
            (WorkflowResponseDtoPayloadSchema,), g("payloadSchema", UNSET), "payloadSchema"
        )
        self.is_translation_enabled = g("isTranslationEnabled", UNSET)
        self.updated_by = _c.union((UserResponseDto,), g("updatedBy", UNSET), "updatedBy")
        self.last_published_at = g("lastPublishedAt", UNSET)
        self.last_published_by = _c.union((UserResponseDto,), g("lastPublishedBy", UNSET), "lastPublishedBy")
        self.issues = _c.model(WorkflowResponseDtoIssues, g("issues", UNSET), "issues")
        self.last_triggered_at = g("lastTriggeredAt", UNSET)
        self.payload_example = _c.union(
            (WorkflowResponseDtoPayloadExample,), g("payloadExample", UNSET), "payloadExample"
        )
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
