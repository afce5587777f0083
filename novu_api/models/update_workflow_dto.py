# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""UpdateWorkflowDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.chat_step_upsert_dto import ChatStepUpsertDto
from novu_api.models.custom_step_upsert_dto import CustomStepUpsertDto
from novu_api.models.delay_step_upsert_dto import DelayStepUpsertDto
from novu_api.models.digest_step_upsert_dto import DigestStepUpsertDto
from novu_api.models.email_step_upsert_dto import EmailStepUpsertDto
from novu_api.models.http_request_step_upsert_dto import HttpRequestStepUpsertDto
from novu_api.models.in_app_step_upsert_dto import InAppStepUpsertDto
from novu_api.models.preferences_request_dto import PreferencesRequestDto
from novu_api.models.push_step_upsert_dto import PushStepUpsertDto
from novu_api.models.resource_origin_enum import ResourceOriginEnum
from novu_api.models.severity_level_enum import SeverityLevelEnum
from novu_api.models.sms_step_upsert_dto import SmsStepUpsertDto
from novu_api.models.throttle_step_upsert_dto import ThrottleStepUpsertDto
from novu_api.models.update_workflow_dto_payload_schema import UpdateWorkflowDtoPayloadSchema

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "name",
        "steps",
        "preferences",
        "origin",
        "description",
        "tags",
        "active",
        "validatePayload",
        "payloadSchema",
        "isTranslationEnabled",
        "workflowId",
        "severity",
    )
)


@_define(kw_only=True)
class UpdateWorkflowDto:
    """Attributes:
    name (str): Name of the workflow
    steps (list[ChatStepUpsertDto | CustomStepUpsertDto | DelayStepUpsertDto | DigestStepUpsertDto | EmailStepUpsertDto | HttpRequestStepUpsertDto | InAppStepUpsertDto | PushStepUpsertDto | SmsStepUpsertDto | ThrottleStepUpsertDto]): Steps of the workflow
    preferences (PreferencesRequestDto):
    origin (ResourceOriginEnum | str): Origin of the layout
    description (str | Unset, optional): Description of the workflow
    tags (list[str] | Unset, optional): Tags associated with the workflow
    active (bool | Unset, optional): Whether the workflow is active
    validate_payload (bool | Unset, optional): Enable or disable payload schema validation Sent as `validatePayload`.
    payload_schema (None | UpdateWorkflowDtoPayloadSchema | Unset, optional): The payload JSON Schema for the workflow Sent as `payloadSchema`.
    is_translation_enabled (bool | Unset, optional): Enable or disable translations for this workflow Sent as `isTranslationEnabled`.
    workflow_id (str | Unset, optional): Workflow ID (allowed only for code-first workflows) Sent as `workflowId`.
    severity (SeverityLevelEnum | str | Unset, optional): Severity of the workflow
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    name: str
    steps: list[
        ChatStepUpsertDto
        | CustomStepUpsertDto
        | DelayStepUpsertDto
        | DigestStepUpsertDto
        | EmailStepUpsertDto
        | HttpRequestStepUpsertDto
        | InAppStepUpsertDto
        | PushStepUpsertDto
        | SmsStepUpsertDto
        | ThrottleStepUpsertDto
    ]
    preferences: PreferencesRequestDto
    origin: ResourceOriginEnum | str
    description: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    active: bool | Unset = UNSET
    validate_payload: bool | Unset = UNSET
    payload_schema: None | UpdateWorkflowDtoPayloadSchema | Unset = UNSET
    is_translation_enabled: bool | Unset = UNSET
    workflow_id: str | Unset = UNSET
    severity: SeverityLevelEnum | str | Unset = UNSET
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
        if self.steps is not UNSET:
            out["steps"] = _c.encode(self.steps)
        if self.preferences is not UNSET:
            out["preferences"] = _c.encode(self.preferences)
        if self.origin is not UNSET:
            out["origin"] = _c.encode(self.origin)
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
        if self.workflow_id is not UNSET:
            out["workflowId"] = self.workflow_id
        if self.severity is not UNSET:
            out["severity"] = _c.encode(self.severity)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> UpdateWorkflowDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.name = g("name", UNSET)
        self.steps = _c.tagged_list(
            "type",
            {
                "in_app": InAppStepUpsertDto,
                "email": EmailStepUpsertDto,
                "sms": SmsStepUpsertDto,
                "push": PushStepUpsertDto,
                "chat": ChatStepUpsertDto,
                "delay": DelayStepUpsertDto,
                "digest": DigestStepUpsertDto,
                "throttle": ThrottleStepUpsertDto,
                "custom": CustomStepUpsertDto,
                "http_request": HttpRequestStepUpsertDto,
            },
            g("steps", UNSET),
            "steps",
        )
        self.preferences = _c.model(PreferencesRequestDto, g("preferences", UNSET), "preferences")
        self.origin = _c.enum_value(ResourceOriginEnum, g("origin", UNSET))
        self.description = g("description", UNSET)
        self.tags = g("tags", UNSET)
        self.active = g("active", UNSET)
        self.validate_payload = g("validatePayload", UNSET)
        self.payload_schema = _c.union(
            (UpdateWorkflowDtoPayloadSchema,), g("payloadSchema", UNSET), "payloadSchema"
        )
        self.is_translation_enabled = g("isTranslationEnabled", UNSET)
        self.workflow_id = g("workflowId", UNSET)
        self.severity = _c.enum_value(SeverityLevelEnum, g("severity", UNSET))
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
