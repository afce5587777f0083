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

    def _fill(self) -> None:
        # Decode the wire object `from_dict` kept (see `_c.Model`), in place.
        src = self._src
        if src is None:
            return
        if self.__class__ is not ActivityNotificationResponseDto:
            return _c.fill_subclass(self, src, _decode)
        _c._put(self, "__class__", _Filling)  # plain slot writes while decoding
        try:
            _decode(self, src, False)
        finally:
            _c._put(self, "__class__", ActivityNotificationResponseDto)

    @classmethod
    def _eager(cls, src: Any, lazy: bool = False) -> ActivityNotificationResponseDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not ActivityNotificationResponseDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        self: ActivityNotificationResponseDto = object.__new__(_Filling)
        _decode(self, src, lazy)
        _c._put(self, "__class__", ActivityNotificationResponseDto)
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The same object while `_decode` writes its fields (plain slot writes); the class is put back after.
_Filling = _c.filling(ActivityNotificationResponseDto)


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare; `self` is a `_Filling`.
    g = src.get
    v = g("_environmentId", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("_environmentId",), v, "a string")
    self.environment_id = v
    v = g("_organizationId", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("_organizationId",), v, "a string")
    self.organization_id = v
    v = g("_subscriberId", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("_subscriberId",), v, "a string")
    self.subscriber_id = v
    v = g("transactionId", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("transactionId",), v, "a string")
    self.transaction_id = v
    v = g("_id", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("_id",), v, "a string")
    self.id = v
    v = g("_templateId", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("_templateId",), v, "a string")
    self.template_id = v
    v = g("_digestedNotificationId", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("_digestedNotificationId",), v, "a string")
    self.digested_notification_id = v
    v = g("createdAt", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("createdAt",), v, "a string")
    self.created_at = v
    v = g("updatedAt", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("updatedAt",), v, "a string")
    self.updated_at = v
    v = g("channels", UNSET)
    if v is not UNSET:
        v = _c.list_in(self, "channels", v, _S_channels)
    self.channels = v
    v = g("subscriber", UNSET)
    if v is not UNSET:
        v = _c.model_in(self, "subscriber", v, ActivityNotificationSubscriberResponseDto, lazy)
    self.subscriber = v
    v = g("template", UNSET)
    if v is not UNSET:
        v = _c.model_in(self, "template", v, ActivityNotificationTemplateResponseDto, lazy)
    self.template = v
    v = g("jobs", UNSET)
    if v is not UNSET:
        v = _c.models_in(self, "jobs", v, ActivityNotificationJobResponseDto, lazy)
    self.jobs = v
    v = g("payload", UNSET)
    if v is not UNSET:
        v = _c.model_in(self, "payload", v, ActivityNotificationResponseDtoPayload, lazy)
    self.payload = v
    v = g("tags", UNSET)
    if v is not UNSET:
        v = _c.scalars_in(self, "tags", v, (str,), "a string")
    self.tags = v
    v = g("controls", UNSET)
    if v is not UNSET:
        v = _c.model_in(self, "controls", v, ActivityNotificationResponseDtoControls, lazy)
    self.controls = v
    v = g("to", UNSET)
    if v is not UNSET:
        v = _c.model_in(self, "to", v, ActivityNotificationResponseDtoTo, lazy)
    self.to = v
    v = g("topics", UNSET)
    if v is not UNSET:
        v = _c.models_in(self, "topics", v, ActivityTopicDto, lazy)
    self.topics = v
    v = g("severity", UNSET)
    if v is not UNSET:
        v = _c.enum_in(self, "severity", v, SeverityLevelEnum)
    self.severity = v
    v = g("critical", UNSET)
    if v.__class__ is not bool and v is not UNSET:
        v = _c.off(self, ("critical",), v, "a boolean")
    self.critical = v
    v = g("contextKeys", UNSET)
    if v is not UNSET:
        v = _c.scalars_in(self, "contextKeys", v, (str,), "a string")
    self.context_keys = v
    self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
    self._src = None


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
