# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""UpdateWorkflowDto"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
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
class UpdateWorkflowDto(_c.Model):
    """Attributes:
        name (str): Name of the workflow
        steps (Sequence[InAppStepUpsertDto | EmailStepUpsertDto | SmsStepUpsertDto | PushStepUpsertDto | ChatStepUpsertDto | DelayStepUpsertDto | DigestStepUpsertDto | ThrottleStepUpsertDto | CustomStepUpsertDto | HttpRequestStepUpsertDto]): Steps of the workflow
        preferences (PreferencesRequestDto):
        origin (ResourceOriginEnum | str): Origin of the layout
        description (str | Unset, optional): Description of the workflow
        tags (Sequence[str] | Unset, optional): Tags associated with the workflow
        active (bool | Unset, optional): Whether the workflow is active
        validate_payload (bool | Unset, optional): Enable or disable payload schema validation Sent as `validatePayload`.
        payload_schema (UpdateWorkflowDtoPayloadSchema | Mapping[str, Any] | None | Unset, optional): The payload JSON Schema for the workflow Sent as `payloadSchema`.
        is_translation_enabled (bool | Unset, optional): Enable or disable translations for this workflow Sent as `isTranslationEnabled`.
        workflow_id (str | Unset, optional): Workflow ID (allowed only for code-first workflows) Sent as `workflowId`.
        severity (SeverityLevelEnum | str | Unset, optional): Severity of the workflow
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    name: str
    steps: Sequence[
        InAppStepUpsertDto
        | EmailStepUpsertDto
        | SmsStepUpsertDto
        | PushStepUpsertDto
        | ChatStepUpsertDto
        | DelayStepUpsertDto
        | DigestStepUpsertDto
        | ThrottleStepUpsertDto
        | CustomStepUpsertDto
        | HttpRequestStepUpsertDto
    ]
    preferences: PreferencesRequestDto
    origin: ResourceOriginEnum | str
    description: str | Unset = UNSET
    tags: Sequence[str] | Unset = UNSET
    active: bool | Unset = UNSET
    validate_payload: bool | Unset = UNSET
    payload_schema: UpdateWorkflowDtoPayloadSchema | Mapping[str, Any] | None | Unset = UNSET
    is_translation_enabled: bool | Unset = UNSET
    workflow_id: str | Unset = UNSET
    severity: SeverityLevelEnum | str | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> UpdateWorkflowDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not UpdateWorkflowDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> UpdateWorkflowDto:
    self: UpdateWorkflowDto = _c._new(UpdateWorkflowDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 4
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
        v = src["steps"]
    except KeyError:
        v = _c.off(
            self,
            ("steps",),
            UNSET,
            "an array of an object (InAppStepUpsertDto) or an object (EmailStepUpsertDto) or an object (SmsStepUpsertDto) or an object (PushStepUpsertDto) or an object (ChatStepUpsertDto) or an object (DelayStepUpsertDto) or an object (DigestStepUpsertDto) or an object (ThrottleStepUpsertDto) or an object (CustomStepUpsertDto) or an object (HttpRequestStepUpsertDto)",
        )
        n -= 1
    else:
        v = _c.list_in(self, "steps", v, _S_steps)
    self.steps = v
    try:
        v = src["preferences"]
    except KeyError:
        v = _c.off(self, ("preferences",), UNSET, "an object (PreferencesRequestDto)")
        n -= 1
    else:
        if v.__class__ is dict:
            try:
                v = PreferencesRequestDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "preferences")
                raise
        else:
            v = _c.off(self, ("preferences",), v, "an object (PreferencesRequestDto)")
    self.preferences = v
    try:
        v = src["origin"]
    except KeyError:
        v = _c.off(self, ("origin",), UNSET, "one of 'novu-cloud', 'novu-cloud-v1', 'external'")
        n -= 1
    else:
        v = _c.enum_in(self, "origin", v, ResourceOriginEnum)
    self.origin = v
    if "description" in src:
        v = src["description"]
        if v.__class__ is not str:
            v = _c.off(self, ("description",), v, "a string")
        self.description = v
        n += 1
    else:
        self.description = UNSET
    if "tags" in src:
        v = src["tags"]
        v = _c.scalars_in(self, "tags", v, (str,), "a string")
        self.tags = v
        n += 1
    else:
        self.tags = UNSET
    if "active" in src:
        v = src["active"]
        if v.__class__ is not bool:
            v = _c.off(self, ("active",), v, "a boolean")
        self.active = v
        n += 1
    else:
        self.active = UNSET
    if "validatePayload" in src:
        v = src["validatePayload"]
        if v.__class__ is not bool:
            v = _c.off(self, ("validatePayload",), v, "a boolean")
        self.validate_payload = v
        n += 1
    else:
        self.validate_payload = UNSET
    if "payloadSchema" in src:
        v = src["payloadSchema"]
        if v is not None:
            if v.__class__ is dict:
                try:
                    v = UpdateWorkflowDtoPayloadSchema._make(v, lazy)
                except _c.DecodeError as exc:
                    exc.path.insert(0, "payloadSchema")
                    raise
            else:
                v = _c.off(self, ("payloadSchema",), v, "an object (UpdateWorkflowDtoPayloadSchema) or null")
        self.payload_schema = v
        n += 1
    else:
        self.payload_schema = UNSET
    if "isTranslationEnabled" in src:
        v = src["isTranslationEnabled"]
        if v.__class__ is not bool:
            v = _c.off(self, ("isTranslationEnabled",), v, "a boolean")
        self.is_translation_enabled = v
        n += 1
    else:
        self.is_translation_enabled = UNSET
    if "workflowId" in src:
        v = src["workflowId"]
        if v.__class__ is not str:
            v = _c.off(self, ("workflowId",), v, "a string")
        self.workflow_id = v
        n += 1
    else:
        self.workflow_id = UNSET
    if "severity" in src:
        v = src["severity"]
        v = _c.enum_in(self, "severity", v, SeverityLevelEnum)
        self.severity = v
        n += 1
    else:
        self.severity = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


UpdateWorkflowDto._make = _make
UpdateWorkflowDto._decode = _decode
UpdateWorkflowDto._Pending = _c.pending(UpdateWorkflowDto)
UpdateWorkflowDto._SPEC = _c.ModelSpec(
    UpdateWorkflowDto,
    (
        ("name", "name", True, ("str",)),
        (
            "steps",
            "steps",
            True,
            (
                "list",
                (
                    "union",
                    (
                        ("model", InAppStepUpsertDto),
                        ("model", EmailStepUpsertDto),
                        ("model", SmsStepUpsertDto),
                        ("model", PushStepUpsertDto),
                        ("model", ChatStepUpsertDto),
                        ("model", DelayStepUpsertDto),
                        ("model", DigestStepUpsertDto),
                        ("model", ThrottleStepUpsertDto),
                        ("model", CustomStepUpsertDto),
                        ("model", HttpRequestStepUpsertDto),
                    ),
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
                ),
            ),
        ),
        ("preferences", "preferences", True, ("model", PreferencesRequestDto)),
        ("origin", "origin", True, ("enum", ResourceOriginEnum)),
        ("description", "description", False, ("str",)),
        ("tags", "tags", False, ("list", ("str",))),
        ("active", "active", False, ("bool",)),
        ("validatePayload", "validate_payload", False, ("bool",)),
        (
            "payloadSchema",
            "payload_schema",
            False,
            (
                "union",
                (
                    ("model", UpdateWorkflowDtoPayloadSchema),
                    ("null",),
                ),
            ),
        ),
        ("isTranslationEnabled", "is_translation_enabled", False, ("bool",)),
        ("workflowId", "workflow_id", False, ("str",)),
        ("severity", "severity", False, ("enum", SeverityLevelEnum)),
    ),
)
_S_steps = _c.prepare(
    (
        "list",
        (
            "union",
            (
                ("model", InAppStepUpsertDto),
                ("model", EmailStepUpsertDto),
                ("model", SmsStepUpsertDto),
                ("model", PushStepUpsertDto),
                ("model", ChatStepUpsertDto),
                ("model", DelayStepUpsertDto),
                ("model", DigestStepUpsertDto),
                ("model", ThrottleStepUpsertDto),
                ("model", CustomStepUpsertDto),
                ("model", HttpRequestStepUpsertDto),
            ),
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
        ),
    )
)
