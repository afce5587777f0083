# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""ActivityNotificationResponseDto"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
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
class ActivityNotificationResponseDto(_c.Model):
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
        channels (Sequence[StepTypeEnum | str] | Unset, optional):
        subscriber (ActivityNotificationSubscriberResponseDto | Unset, optional):
        template (ActivityNotificationTemplateResponseDto | Unset, optional):
        jobs (Sequence[ActivityNotificationJobResponseDto] | Unset, optional): Jobs of the notification
        payload (ActivityNotificationResponseDtoPayload | Mapping[str, Any] | Unset, optional): Payload of the notification
        tags (Sequence[str] | Unset, optional): Tags associated with the notification
        controls (ActivityNotificationResponseDtoControls | Mapping[str, Any] | Unset, optional): Controls associated with the notification
        to (ActivityNotificationResponseDtoTo | Mapping[str, Any] | Unset, optional): To field for subscriber definition
        topics (Sequence[ActivityTopicDto] | Unset, optional): Topics of the notification
        severity (SeverityLevelEnum | str | Unset, optional): Severity of the workflow
        critical (bool | Unset, optional): Criticality of the notification
        context_keys (Sequence[str] | Unset, optional): Context (single or multi) in which the notification was sent Sent as `contextKeys`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
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
    channels: Sequence[StepTypeEnum | str] | Unset = UNSET
    subscriber: ActivityNotificationSubscriberResponseDto | Unset = UNSET
    template: ActivityNotificationTemplateResponseDto | Unset = UNSET
    jobs: Sequence[ActivityNotificationJobResponseDto] | Unset = UNSET
    payload: ActivityNotificationResponseDtoPayload | Mapping[str, Any] | Unset = UNSET
    tags: Sequence[str] | Unset = UNSET
    controls: ActivityNotificationResponseDtoControls | Mapping[str, Any] | Unset = UNSET
    to: ActivityNotificationResponseDtoTo | Mapping[str, Any] | Unset = UNSET
    topics: Sequence[ActivityTopicDto] | Unset = UNSET
    severity: SeverityLevelEnum | str | Unset = UNSET
    critical: bool | Unset = UNSET
    context_keys: Sequence[str] | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> ActivityNotificationResponseDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not ActivityNotificationResponseDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> ActivityNotificationResponseDto:
    self: ActivityNotificationResponseDto = _c._new(ActivityNotificationResponseDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 4
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
        v = src["_organizationId"]
    except KeyError:
        v = _c.off(self, ("_organizationId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("_organizationId",), v, "a string")
    self.organization_id = v
    try:
        v = src["_subscriberId"]
    except KeyError:
        v = _c.off(self, ("_subscriberId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("_subscriberId",), v, "a string")
    self.subscriber_id = v
    try:
        v = src["transactionId"]
    except KeyError:
        v = _c.off(self, ("transactionId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("transactionId",), v, "a string")
    self.transaction_id = v
    if "_id" in src:
        v = src["_id"]
        if v.__class__ is not str:
            v = _c.off(self, ("_id",), v, "a string")
        self.id = v
        n += 1
    else:
        self.id = UNSET
    if "_templateId" in src:
        v = src["_templateId"]
        if v.__class__ is not str:
            v = _c.off(self, ("_templateId",), v, "a string")
        self.template_id = v
        n += 1
    else:
        self.template_id = UNSET
    if "_digestedNotificationId" in src:
        v = src["_digestedNotificationId"]
        if v.__class__ is not str:
            v = _c.off(self, ("_digestedNotificationId",), v, "a string")
        self.digested_notification_id = v
        n += 1
    else:
        self.digested_notification_id = UNSET
    if "createdAt" in src:
        v = src["createdAt"]
        if v.__class__ is not str:
            v = _c.off(self, ("createdAt",), v, "a string")
        self.created_at = v
        n += 1
    else:
        self.created_at = UNSET
    if "updatedAt" in src:
        v = src["updatedAt"]
        if v.__class__ is not str:
            v = _c.off(self, ("updatedAt",), v, "a string")
        self.updated_at = v
        n += 1
    else:
        self.updated_at = UNSET
    if "channels" in src:
        v = src["channels"]
        v = _c.list_in(self, "channels", v, _S_channels)
        self.channels = v
        n += 1
    else:
        self.channels = UNSET
    if "subscriber" in src:
        v = src["subscriber"]
        if v.__class__ is dict:
            try:
                v = ActivityNotificationSubscriberResponseDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "subscriber")
                raise
        else:
            v = _c.off(self, ("subscriber",), v, "an object (ActivityNotificationSubscriberResponseDto)")
        self.subscriber = v
        n += 1
    else:
        self.subscriber = UNSET
    if "template" in src:
        v = src["template"]
        if v.__class__ is dict:
            try:
                v = ActivityNotificationTemplateResponseDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "template")
                raise
        else:
            v = _c.off(self, ("template",), v, "an object (ActivityNotificationTemplateResponseDto)")
        self.template = v
        n += 1
    else:
        self.template = UNSET
    if "jobs" in src:
        v = src["jobs"]
        v = _c.models_in(self, "jobs", v, ActivityNotificationJobResponseDto, lazy)
        self.jobs = v
        n += 1
    else:
        self.jobs = UNSET
    if "payload" in src:
        v = src["payload"]
        if v.__class__ is dict:
            try:
                v = ActivityNotificationResponseDtoPayload._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "payload")
                raise
        else:
            v = _c.off(self, ("payload",), v, "an object (ActivityNotificationResponseDtoPayload)")
        self.payload = v
        n += 1
    else:
        self.payload = UNSET
    if "tags" in src:
        v = src["tags"]
        v = _c.scalars_in(self, "tags", v, (str,), "a string")
        self.tags = v
        n += 1
    else:
        self.tags = UNSET
    if "controls" in src:
        v = src["controls"]
        if v.__class__ is dict:
            try:
                v = ActivityNotificationResponseDtoControls._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "controls")
                raise
        else:
            v = _c.off(self, ("controls",), v, "an object (ActivityNotificationResponseDtoControls)")
        self.controls = v
        n += 1
    else:
        self.controls = UNSET
    if "to" in src:
        v = src["to"]
        if v.__class__ is dict:
            try:
                v = ActivityNotificationResponseDtoTo._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "to")
                raise
        else:
            v = _c.off(self, ("to",), v, "an object (ActivityNotificationResponseDtoTo)")
        self.to = v
        n += 1
    else:
        self.to = UNSET
    if "topics" in src:
        v = src["topics"]
        v = _c.models_in(self, "topics", v, ActivityTopicDto, lazy)
        self.topics = v
        n += 1
    else:
        self.topics = UNSET
    if "severity" in src:
        v = src["severity"]
        v = _c.enum_in(self, "severity", v, SeverityLevelEnum)
        self.severity = v
        n += 1
    else:
        self.severity = UNSET
    if "critical" in src:
        v = src["critical"]
        if v.__class__ is not bool:
            v = _c.off(self, ("critical",), v, "a boolean")
        self.critical = v
        n += 1
    else:
        self.critical = UNSET
    if "contextKeys" in src:
        v = src["contextKeys"]
        v = _c.scalars_in(self, "contextKeys", v, (str,), "a string")
        self.context_keys = v
        n += 1
    else:
        self.context_keys = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


ActivityNotificationResponseDto._make = _make
ActivityNotificationResponseDto._decode = _decode
ActivityNotificationResponseDto._Pending = _c.pending(ActivityNotificationResponseDto)
ActivityNotificationResponseDto._SPEC = _c.ModelSpec(
    ActivityNotificationResponseDto,
    (
        ("_environmentId", "environment_id", True, ("str",)),
        ("_organizationId", "organization_id", True, ("str",)),
        ("_subscriberId", "subscriber_id", True, ("str",)),
        ("transactionId", "transaction_id", True, ("str",)),
        ("_id", "id", False, ("str",)),
        ("_templateId", "template_id", False, ("str",)),
        ("_digestedNotificationId", "digested_notification_id", False, ("str",)),
        ("createdAt", "created_at", False, ("str",)),
        ("updatedAt", "updated_at", False, ("str",)),
        ("channels", "channels", False, ("list", ("enum", StepTypeEnum))),
        ("subscriber", "subscriber", False, ("model", ActivityNotificationSubscriberResponseDto)),
        ("template", "template", False, ("model", ActivityNotificationTemplateResponseDto)),
        ("jobs", "jobs", False, ("list", ("model", ActivityNotificationJobResponseDto))),
        ("payload", "payload", False, ("model", ActivityNotificationResponseDtoPayload)),
        ("tags", "tags", False, ("list", ("str",))),
        ("controls", "controls", False, ("model", ActivityNotificationResponseDtoControls)),
        ("to", "to", False, ("model", ActivityNotificationResponseDtoTo)),
        ("topics", "topics", False, ("list", ("model", ActivityTopicDto))),
        ("severity", "severity", False, ("enum", SeverityLevelEnum)),
        ("critical", "critical", False, ("bool",)),
        ("contextKeys", "context_keys", False, ("list", ("str",))),
    ),
)
_S_channels = _c.prepare(("list", ("enum", StepTypeEnum)))
