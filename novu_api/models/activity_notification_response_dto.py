# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""ActivityNotificationResponseDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.activity_notification_job_response_dto import ActivityNotificationJobResponseDto
from novu_api.models.activity_notification_response_dto_controls import (
    ActivityNotificationResponseDtoControls,
)
from novu_api.models.activity_notification_response_dto_payload import ActivityNotificationResponseDtoPayload
from novu_api.models.activity_notification_response_dto_to import ActivityNotificationResponseDtoTo
from novu_api.models.activity_notification_subscriber_response_dto import (
    ActivityNotificationSubscriberResponseDto,
)
from novu_api.models.activity_notification_template_response_dto import (
    ActivityNotificationTemplateResponseDto,
)
from novu_api.models.activity_topic_dto import ActivityTopicDto
from novu_api.models.severity_level_enum import SeverityLevelEnum
from novu_api.models.step_type_enum import StepTypeEnum

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "_environmentId",
        "_organizationId",
        "_subscriberId",
        "transactionId",
        "_id",
        "_templateId",
        "_digestedNotificationId",
        "createdAt",
        "updatedAt",
        "channels",
        "subscriber",
        "template",
        "jobs",
        "payload",
        "tags",
        "controls",
        "to",
        "topics",
        "severity",
        "critical",
        "contextKeys",
    )
)


@_define(kw_only=True)
class ActivityNotificationResponseDto:
    """Attributes:
    environment_id (str): Environment ID of the notification Sent as `_environmentId`.
    organization_id (str): Organization ID of the notification Sent as `_organizationId`.
    subscriber_id (str): Subscriber ID of the notification Sent as `_subscriberId`.
    transaction_id (str): Transaction ID of the notification Sent as `transactionId`.
    id (str | Unset, optional): Unique identifier of the notification Sent as `_id`.
    template_id (str | Unset, optional): Template ID of the notification Sent as `_templateId`.
    digested_notification_id (str | Unset, optional): Digested Notification ID Sent as `_digestedNotificationId`.
    created_at (str | Unset, optional): Creation time of the notification Sent as `createdAt`.
    updated_at (str | Unset, optional): Last updated time of the notification Sent as `updatedAt`.
    channels (list[StepTypeEnum | str] | Unset, optional):
    subscriber (ActivityNotificationSubscriberResponseDto | Unset, optional):
    template (ActivityNotificationTemplateResponseDto | Unset, optional):
    jobs (list[ActivityNotificationJobResponseDto] | Unset, optional): Jobs of the notification
    payload (ActivityNotificationResponseDtoPayload | Unset, optional): Payload of the notification
    tags (list[str] | Unset, optional): Tags associated with the notification
    controls (ActivityNotificationResponseDtoControls | Unset, optional): Controls associated with the notification
    to (ActivityNotificationResponseDtoTo | Unset, optional): To field for subscriber definition
    topics (list[ActivityTopicDto] | Unset, optional): Topics of the notification
    severity (SeverityLevelEnum | str | Unset, optional): Severity of the workflow
    critical (bool | Unset, optional): Criticality of the notification
    context_keys (list[str] | Unset, optional): Context (single or multi) in which the notification was sent Sent as `contextKeys`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    environment_id: str
    organization_id: str
    subscriber_id: str
    transaction_id: str
    id: str | Unset = UNSET
    template_id: str | Unset = UNSET
    digested_notification_id: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    channels: list[StepTypeEnum | str] | Unset = UNSET
    subscriber: ActivityNotificationSubscriberResponseDto | Unset = UNSET
    template: ActivityNotificationTemplateResponseDto | Unset = UNSET
    jobs: list[ActivityNotificationJobResponseDto] | Unset = UNSET
    payload: ActivityNotificationResponseDtoPayload | Unset = UNSET
    tags: list[str] | Unset = UNSET
    controls: ActivityNotificationResponseDtoControls | Unset = UNSET
    to: ActivityNotificationResponseDtoTo | Unset = UNSET
    topics: list[ActivityTopicDto] | Unset = UNSET
    severity: SeverityLevelEnum | str | Unset = UNSET
    critical: bool | Unset = UNSET
    context_keys: list[str] | Unset = UNSET
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
        if self.environment_id is not UNSET:
            out["_environmentId"] = self.environment_id
        if self.organization_id is not UNSET:
            out["_organizationId"] = self.organization_id
        if self.subscriber_id is not UNSET:
            out["_subscriberId"] = self.subscriber_id
        if self.transaction_id is not UNSET:
            out["transactionId"] = self.transaction_id
        if self.id is not UNSET:
            out["_id"] = self.id
        if self.template_id is not UNSET:
            out["_templateId"] = self.template_id
        if self.digested_notification_id is not UNSET:
            out["_digestedNotificationId"] = self.digested_notification_id
        if self.created_at is not UNSET:
            out["createdAt"] = self.created_at
        if self.updated_at is not UNSET:
            out["updatedAt"] = self.updated_at
        if self.channels is not UNSET:
            out["channels"] = _c.encode(self.channels)
        if self.subscriber is not UNSET:
            out["subscriber"] = _c.encode(self.subscriber)
        if self.template is not UNSET:
            out["template"] = _c.encode(self.template)
        if self.jobs is not UNSET:
            out["jobs"] = _c.encode(self.jobs)
        if self.payload is not UNSET:
            out["payload"] = _c.encode(self.payload)
        if self.tags is not UNSET:
            out["tags"] = self.tags
        if self.controls is not UNSET:
            out["controls"] = _c.encode(self.controls)
        if self.to is not UNSET:
            out["to"] = _c.encode(self.to)
        if self.topics is not UNSET:
            out["topics"] = _c.encode(self.topics)
        if self.severity is not UNSET:
            out["severity"] = _c.encode(self.severity)
        if self.critical is not UNSET:
            out["critical"] = self.critical
        if self.context_keys is not UNSET:
            out["contextKeys"] = self.context_keys
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> ActivityNotificationResponseDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.environment_id = g("_environmentId", UNSET)
        self.organization_id = g("_organizationId", UNSET)
        self.subscriber_id = g("_subscriberId", UNSET)
        self.transaction_id = g("transactionId", UNSET)
        self.id = g("_id", UNSET)
        self.template_id = g("_templateId", UNSET)
        self.digested_notification_id = g("_digestedNotificationId", UNSET)
        self.created_at = g("createdAt", UNSET)
        self.updated_at = g("updatedAt", UNSET)
        self.channels = _c.enum_list(StepTypeEnum, g("channels", UNSET))
        self.subscriber = _c.model(
            ActivityNotificationSubscriberResponseDto, g("subscriber", UNSET), "subscriber"
        )
        self.template = _c.model(ActivityNotificationTemplateResponseDto, g("template", UNSET), "template")
        self.jobs = _c.model_list(ActivityNotificationJobResponseDto, g("jobs", UNSET), "jobs")
        self.payload = _c.model(ActivityNotificationResponseDtoPayload, g("payload", UNSET), "payload")
        self.tags = g("tags", UNSET)
        self.controls = _c.model(ActivityNotificationResponseDtoControls, g("controls", UNSET), "controls")
        self.to = _c.model(ActivityNotificationResponseDtoTo, g("to", UNSET), "to")
        self.topics = _c.model_list(ActivityTopicDto, g("topics", UNSET), "topics")
        self.severity = _c.enum_value(SeverityLevelEnum, g("severity", UNSET))
        self.critical = g("critical", UNSET)
        self.context_keys = g("contextKeys", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
