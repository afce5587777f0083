# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""ActivityNotificationJobResponseDto"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.activity_notification_execution_detail_response_dto import (
    ActivityNotificationExecutionDetailResponseDto,
)
from novu_api.models.activity_notification_job_response_dto_overrides import (
    ActivityNotificationJobResponseDtoOverrides,
)
from novu_api.models.activity_notification_job_response_dto_payload import (
    ActivityNotificationJobResponseDtoPayload,
)
from novu_api.models.activity_notification_job_response_dto_type import ActivityNotificationJobResponseDtoType
from novu_api.models.activity_notification_step_response_dto import ActivityNotificationStepResponseDto
from novu_api.models.digest_metadata_dto import DigestMetadataDto
from novu_api.models.providers_id_enum import ProvidersIdEnum

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "_id",
        "type",
        "executionDetails",
        "step",
        "providerId",
        "status",
        "digest",
        "overrides",
        "payload",
        "updatedAt",
        "scheduleExtensionsCount",
    )
)


@_define(kw_only=True)
class ActivityNotificationJobResponseDto(_c.Model):
    """Attributes:
        id (str): Unique identifier of the job Sent as `_id`.
        type_ (ActivityNotificationJobResponseDtoType | str): Type of the job Sent as `type`.
        execution_details (Sequence[ActivityNotificationExecutionDetailResponseDto]): Execution details of the job Sent as `executionDetails`.
        step (ActivityNotificationStepResponseDto):
        provider_id (ProvidersIdEnum | str): Provider ID of the job Sent as `providerId`.
        status (str): Status of the job
        digest (DigestMetadataDto | Unset, optional):
        overrides (ActivityNotificationJobResponseDtoOverrides | Mapping[str, Any] | Unset, optional): Optional context object for additional error details.
        payload (ActivityNotificationJobResponseDtoPayload | Mapping[str, Any] | Unset, optional): Optional payload for the job
        updated_at (str | Unset, optional): Updated time of the notification Sent as `updatedAt`.
        schedule_extensions_count (float | Unset, optional): The number of times the digest/delay job has been extended to align with the subscribers
            schedule Sent as `scheduleExtensionsCount`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    id: str
    type_: ActivityNotificationJobResponseDtoType | str
    execution_details: Sequence[ActivityNotificationExecutionDetailResponseDto]
    step: ActivityNotificationStepResponseDto
    provider_id: ProvidersIdEnum | str
    status: str
    digest: DigestMetadataDto | Unset = UNSET
    overrides: ActivityNotificationJobResponseDtoOverrides | Mapping[str, Any] | Unset = UNSET
    payload: ActivityNotificationJobResponseDtoPayload | Mapping[str, Any] | Unset = UNSET
    updated_at: str | Unset = UNSET
    schedule_extensions_count: float | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> ActivityNotificationJobResponseDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not ActivityNotificationJobResponseDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> ActivityNotificationJobResponseDto:
    self: ActivityNotificationJobResponseDto = _c._new(ActivityNotificationJobResponseDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 6
    try:
        v = src["_id"]
    except KeyError:
        v = _c.off(self, ("_id",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("_id",), v, "a string")
    self.id = v
    try:
        v = src["type"]
    except KeyError:
        v = _c.off(
            self,
            ("type",),
            UNSET,
            "one of 'in_app', 'email', 'sms', 'chat', 'push', 'digest', 'trigger', 'delay', 'throttle', 'custom', 'http_request'",
        )
        n -= 1
    else:
        v = _c.enum_in(self, "type", v, ActivityNotificationJobResponseDtoType)
    self.type_ = v
    try:
        v = src["executionDetails"]
    except KeyError:
        v = _c.off(
            self,
            ("executionDetails",),
            UNSET,
            "an array of an object (ActivityNotificationExecutionDetailResponseDto)",
        )
        n -= 1
    else:
        v = _c.models_in(self, "executionDetails", v, ActivityNotificationExecutionDetailResponseDto, lazy)
    self.execution_details = v
    try:
        v = src["step"]
    except KeyError:
        v = _c.off(self, ("step",), UNSET, "an object (ActivityNotificationStepResponseDto)")
        n -= 1
    else:
        if v.__class__ is dict:
            try:
                v = ActivityNotificationStepResponseDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "step")
                raise
        else:
            v = _c.off(self, ("step",), v, "an object (ActivityNotificationStepResponseDto)")
    self.step = v
    try:
        v = src["providerId"]
    except KeyError:
        v = _c.off(
            self,
            ("providerId",),
            UNSET,
            "one of 'anypost', 'emailjs', 'mailgun', 'mailjet', 'mandrill', 'nodemailer', 'postmark', 'sendgrid', 'sendinblue', 'ses', 'netcore', 'infobip-email', 'resend', 'plunk', 'mailersend', 'mailtrap', 'clickatell', 'outlook365', 'novu-email', 'sparkpost', 'email-webhook', 'braze', 'novu-email-agent', 'nexmo', 'plivo', 'sms77', 'sms-central', 'sns', 'telnyx', 'twilio', 'gupshup', 'firetext', 'infobip-sms', 'burst-sms', 'bulk-sms', 'isend-sms', 'forty-six-elks', 'kannel', 'maqsam', 'termii', 'africas-talking', 'novu-sms', 'sendchamp', 'generic-sms', 'clicksend', 'bandwidth', 'messagebird', 'simpletexting', 'azure-sms', 'ring-central', 'brevo-sms', 'eazy-sms', 'mobishastra', 'afro-message', 'unifonic', 'smsmode', 'imedia', 'sinch', 'isendpro-sms', 'cm-telecom', 'fcm', 'apns', 'expo', 'one-signal', 'pushpad', 'push-webhook', 'pusher-beams', 'appio', 'novu', 'slack', 'discord', 'msteams', 'webex-messaging', 'mattermost', 'ryver', 'zulip', 'grafana-on-call', 'getstream', 'rocket-chat', 'whatsapp-business', 'line', 'chat-webhook', 'novu-slack', 'telegram', 'sendblue', 'anthropic', 'novu-anthropic', 'anthropic-aws'",
        )
        n -= 1
    else:
        v = _c.enum_in(self, "providerId", v, ProvidersIdEnum)
    self.provider_id = v
    try:
        v = src["status"]
    except KeyError:
        v = _c.off(self, ("status",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("status",), v, "a string")
    self.status = v
    if "digest" in src:
        v = src["digest"]
        if v.__class__ is dict:
            try:
                v = DigestMetadataDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "digest")
                raise
        else:
            v = _c.off(self, ("digest",), v, "an object (DigestMetadataDto)")
        self.digest = v
        n += 1
    else:
        self.digest = UNSET
    if "overrides" in src:
        v = src["overrides"]
        if v.__class__ is dict:
            try:
                v = ActivityNotificationJobResponseDtoOverrides._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "overrides")
                raise
        else:
            v = _c.off(self, ("overrides",), v, "an object (ActivityNotificationJobResponseDtoOverrides)")
        self.overrides = v
        n += 1
    else:
        self.overrides = UNSET
    if "payload" in src:
        v = src["payload"]
        if v.__class__ is dict:
            try:
                v = ActivityNotificationJobResponseDtoPayload._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "payload")
                raise
        else:
            v = _c.off(self, ("payload",), v, "an object (ActivityNotificationJobResponseDtoPayload)")
        self.payload = v
        n += 1
    else:
        self.payload = UNSET
    if "updatedAt" in src:
        v = src["updatedAt"]
        if v.__class__ is not str:
            v = _c.off(self, ("updatedAt",), v, "a string")
        self.updated_at = v
        n += 1
    else:
        self.updated_at = UNSET
    if "scheduleExtensionsCount" in src:
        v = src["scheduleExtensionsCount"]
        if v.__class__ is not float and v.__class__ is not int:
            v = _c.off(self, ("scheduleExtensionsCount",), v, "a number")
        self.schedule_extensions_count = v
        n += 1
    else:
        self.schedule_extensions_count = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


ActivityNotificationJobResponseDto._make = _make
ActivityNotificationJobResponseDto._decode = _decode
ActivityNotificationJobResponseDto._Pending = _c.pending(ActivityNotificationJobResponseDto)
ActivityNotificationJobResponseDto._SPEC = _c.ModelSpec(
    ActivityNotificationJobResponseDto,
    (
        ("_id", "id", True, ("str",)),
        ("type", "type_", True, ("enum", ActivityNotificationJobResponseDtoType)),
        (
            "executionDetails",
            "execution_details",
            True,
            ("list", ("model", ActivityNotificationExecutionDetailResponseDto)),
        ),
        ("step", "step", True, ("model", ActivityNotificationStepResponseDto)),
        ("providerId", "provider_id", True, ("enum", ProvidersIdEnum)),
        ("status", "status", True, ("str",)),
        ("digest", "digest", False, ("model", DigestMetadataDto)),
        ("overrides", "overrides", False, ("model", ActivityNotificationJobResponseDtoOverrides)),
        ("payload", "payload", False, ("model", ActivityNotificationJobResponseDtoPayload)),
        ("updatedAt", "updated_at", False, ("str",)),
        ("scheduleExtensionsCount", "schedule_extensions_count", False, ("num",)),
    ),
)
