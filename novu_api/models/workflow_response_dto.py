# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""WorkflowResponseDto"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
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
class WorkflowResponseDto(_c.Model):
    """Attributes:
        name (str): Name of the workflow
        id (str): Database identifier of the workflow Sent as `_id`.
        workflow_id (str): Workflow identifier Sent as `workflowId`.
        slug (str): Slug of the workflow
        updated_at (str): Last updated timestamp Sent as `updatedAt`.
        created_at (str): Creation timestamp Sent as `createdAt`.
        steps (Sequence[InAppStepResponseDto | EmailStepResponseDto | SmsStepResponseDto | PushStepResponseDto | ChatStepResponseDto | DelayStepResponseDto | DigestStepResponseDto | CustomStepResponseDto | ThrottleStepResponseDto | HttpRequestStepResponseDto]): Steps of the workflow
        origin (ResourceOriginEnum | str): Origin of the layout
        preferences (WorkflowPreferencesResponseDto):
        status (WorkflowStatusEnum | str): Status of the workflow
        severity (SeverityLevelEnum | str): Severity of the workflow
        description (str | Unset, optional): Description of the workflow
        tags (Sequence[str] | Unset, optional): Tags associated with the workflow
        active (bool | Unset, optional): Whether the workflow is active
        validate_payload (bool | Unset, optional): Enable or disable payload schema validation Sent as `validatePayload`.
        payload_schema (WorkflowResponseDtoPayloadSchema | Mapping[str, Any] | None | Unset, optional): The payload JSON Schema for the workflow Sent as `payloadSchema`.
        is_translation_enabled (bool | Unset, optional): Enable or disable translations for this workflow Sent as `isTranslationEnabled`.
        updated_by (UserResponseDto | None | Unset, optional): User who last updated the workflow Sent as `updatedBy`.
        last_published_at (str | None | Unset, optional): Timestamp of the last workflow publication Sent as `lastPublishedAt`.
        last_published_by (UserResponseDto | None | Unset, optional): User who last published the workflow Sent as `lastPublishedBy`.
        issues (WorkflowResponseDtoIssues | Mapping[str, Any] | Unset, optional): Runtime issues for workflow creation and update
        last_triggered_at (str | None | Unset, optional): Timestamp of the last workflow trigger Sent as `lastTriggeredAt`.
        payload_example (WorkflowResponseDtoPayloadExample | Mapping[str, Any] | None | Unset, optional): Generated payload example based on the payload schema Sent as `payloadExample`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    name: str
    id: str
    workflow_id: str
    slug: str
    updated_at: str
    created_at: str
    steps: Sequence[
        InAppStepResponseDto
        | EmailStepResponseDto
        | SmsStepResponseDto
        | PushStepResponseDto
        | ChatStepResponseDto
        | DelayStepResponseDto
        | DigestStepResponseDto
        | CustomStepResponseDto
        | ThrottleStepResponseDto
        | HttpRequestStepResponseDto
    ]
    origin: ResourceOriginEnum | str
    preferences: WorkflowPreferencesResponseDto
    status: WorkflowStatusEnum | str
    severity: SeverityLevelEnum | str
    description: str | Unset = UNSET
    tags: Sequence[str] | Unset = UNSET
    active: bool | Unset = UNSET
    validate_payload: bool | Unset = UNSET
    payload_schema: WorkflowResponseDtoPayloadSchema | Mapping[str, Any] | None | Unset = UNSET
    is_translation_enabled: bool | Unset = UNSET
    updated_by: UserResponseDto | None | Unset = UNSET
    last_published_at: str | None | Unset = UNSET
    last_published_by: UserResponseDto | None | Unset = UNSET
    issues: WorkflowResponseDtoIssues | Mapping[str, Any] | Unset = UNSET
    last_triggered_at: str | None | Unset = UNSET
    payload_example: WorkflowResponseDtoPayloadExample | Mapping[str, Any] | None | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> WorkflowResponseDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not WorkflowResponseDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> WorkflowResponseDto:
    self: WorkflowResponseDto = _c._new(WorkflowResponseDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 11
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
        v = src["_id"]
    except KeyError:
        v = _c.off(self, ("_id",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("_id",), v, "a string")
    self.id = v
    try:
        v = src["workflowId"]
    except KeyError:
        v = _c.off(self, ("workflowId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("workflowId",), v, "a string")
    self.workflow_id = v
    try:
        v = src["slug"]
    except KeyError:
        v = _c.off(self, ("slug",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("slug",), v, "a string")
    self.slug = v
    try:
        v = src["updatedAt"]
    except KeyError:
        v = _c.off(self, ("updatedAt",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("updatedAt",), v, "a string")
    self.updated_at = v
    try:
        v = src["createdAt"]
    except KeyError:
        v = _c.off(self, ("createdAt",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("createdAt",), v, "a string")
    self.created_at = v
    try:
        v = src["steps"]
    except KeyError:
        v = _c.off(
            self,
            ("steps",),
            UNSET,
            "an array of an object (InAppStepResponseDto) or an object (EmailStepResponseDto) or an object (SmsStepResponseDto) or an object (PushStepResponseDto) or an object (ChatStepResponseDto) or an object (DelayStepResponseDto) or an object (DigestStepResponseDto) or an object (CustomStepResponseDto) or an object (ThrottleStepResponseDto) or an object (HttpRequestStepResponseDto)",
        )
        n -= 1
    else:
        v = _c.list_in(self, "steps", v, _S_steps)
    self.steps = v
    try:
        v = src["origin"]
    except KeyError:
        v = _c.off(self, ("origin",), UNSET, "one of 'novu-cloud', 'novu-cloud-v1', 'external'")
        n -= 1
    else:
        v = _c.enum_in(self, "origin", v, ResourceOriginEnum)
    self.origin = v
    try:
        v = src["preferences"]
    except KeyError:
        v = _c.off(self, ("preferences",), UNSET, "an object (WorkflowPreferencesResponseDto)")
        n -= 1
    else:
        if v.__class__ is dict:
            try:
                v = WorkflowPreferencesResponseDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "preferences")
                raise
        else:
            v = _c.off(self, ("preferences",), v, "an object (WorkflowPreferencesResponseDto)")
    self.preferences = v
    try:
        v = src["status"]
    except KeyError:
        v = _c.off(self, ("status",), UNSET, "one of 'ACTIVE', 'INACTIVE', 'ERROR'")
        n -= 1
    else:
        v = _c.enum_in(self, "status", v, WorkflowStatusEnum)
    self.status = v
    try:
        v = src["severity"]
    except KeyError:
        v = _c.off(self, ("severity",), UNSET, "one of 'high', 'medium', 'low', 'none'")
        n -= 1
    else:
        v = _c.enum_in(self, "severity", v, SeverityLevelEnum)
    self.severity = v
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
                    v = WorkflowResponseDtoPayloadSchema._make(v, lazy)
                except _c.DecodeError as exc:
                    exc.path.insert(0, "payloadSchema")
                    raise
            else:
                v = _c.off(
                    self, ("payloadSchema",), v, "an object (WorkflowResponseDtoPayloadSchema) or null"
                )
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
    if "updatedBy" in src:
        v = src["updatedBy"]
        if v is not None:
            if v.__class__ is dict:
                try:
                    v = UserResponseDto._make(v, lazy)
                except _c.DecodeError as exc:
                    exc.path.insert(0, "updatedBy")
                    raise
            else:
                v = _c.off(self, ("updatedBy",), v, "an object (UserResponseDto) or null")
        self.updated_by = v
        n += 1
    else:
        self.updated_by = UNSET
    if "lastPublishedAt" in src:
        v = src["lastPublishedAt"]
        if v.__class__ is not str and v is not None:
            v = _c.off(self, ("lastPublishedAt",), v, "a string or null")
        self.last_published_at = v
        n += 1
    else:
        self.last_published_at = UNSET
    if "lastPublishedBy" in src:
        v = src["lastPublishedBy"]
        if v is not None:
            if v.__class__ is dict:
                try:
                    v = UserResponseDto._make(v, lazy)
                except _c.DecodeError as exc:
                    exc.path.insert(0, "lastPublishedBy")
                    raise
            else:
                v = _c.off(self, ("lastPublishedBy",), v, "an object (UserResponseDto) or null")
        self.last_published_by = v
        n += 1
    else:
        self.last_published_by = UNSET
    if "issues" in src:
        v = src["issues"]
        if v.__class__ is dict:
            try:
                v = WorkflowResponseDtoIssues._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "issues")
                raise
        else:
            v = _c.off(self, ("issues",), v, "an object (WorkflowResponseDtoIssues)")
        self.issues = v
        n += 1
    else:
        self.issues = UNSET
    if "lastTriggeredAt" in src:
        v = src["lastTriggeredAt"]
        if v.__class__ is not str and v is not None:
            v = _c.off(self, ("lastTriggeredAt",), v, "a string or null")
        self.last_triggered_at = v
        n += 1
    else:
        self.last_triggered_at = UNSET
    if "payloadExample" in src:
        v = src["payloadExample"]
        if v is not None:
            if v.__class__ is dict:
                try:
                    v = WorkflowResponseDtoPayloadExample._make(v, lazy)
                except _c.DecodeError as exc:
                    exc.path.insert(0, "payloadExample")
                    raise
            else:
                v = _c.off(
                    self, ("payloadExample",), v, "an object (WorkflowResponseDtoPayloadExample) or null"
                )
        self.payload_example = v
        n += 1
    else:
        self.payload_example = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


WorkflowResponseDto._make = _make
WorkflowResponseDto._decode = _decode
WorkflowResponseDto._Pending = _c.pending(WorkflowResponseDto)
WorkflowResponseDto._SPEC = _c.ModelSpec(
    WorkflowResponseDto,
    (
        ("name", "name", True, ("str",)),
        ("_id", "id", True, ("str",)),
        ("workflowId", "workflow_id", True, ("str",)),
        ("slug", "slug", True, ("str",)),
        ("updatedAt", "updated_at", True, ("str",)),
        ("createdAt", "created_at", True, ("str",)),
        (
            "steps",
            "steps",
            True,
            (
                "list",
                (
                    "union",
                    (
                        ("model", InAppStepResponseDto),
                        ("model", EmailStepResponseDto),
                        ("model", SmsStepResponseDto),
                        ("model", PushStepResponseDto),
                        ("model", ChatStepResponseDto),
                        ("model", DelayStepResponseDto),
                        ("model", DigestStepResponseDto),
                        ("model", CustomStepResponseDto),
                        ("model", ThrottleStepResponseDto),
                        ("model", HttpRequestStepResponseDto),
                    ),
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
                ),
            ),
        ),
        ("origin", "origin", True, ("enum", ResourceOriginEnum)),
        ("preferences", "preferences", True, ("model", WorkflowPreferencesResponseDto)),
        ("status", "status", True, ("enum", WorkflowStatusEnum)),
        ("severity", "severity", True, ("enum", SeverityLevelEnum)),
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
                    ("model", WorkflowResponseDtoPayloadSchema),
                    ("null",),
                ),
            ),
        ),
        ("isTranslationEnabled", "is_translation_enabled", False, ("bool",)),
        (
            "updatedBy",
            "updated_by",
            False,
            (
                "union",
                (
                    ("model", UserResponseDto),
                    ("null",),
                ),
            ),
        ),
        (
            "lastPublishedAt",
            "last_published_at",
            False,
            (
                "union",
                (
                    ("str",),
                    ("null",),
                ),
            ),
        ),
        (
            "lastPublishedBy",
            "last_published_by",
            False,
            (
                "union",
                (
                    ("model", UserResponseDto),
                    ("null",),
                ),
            ),
        ),
        ("issues", "issues", False, ("model", WorkflowResponseDtoIssues)),
        (
            "lastTriggeredAt",
            "last_triggered_at",
            False,
            (
                "union",
                (
                    ("str",),
                    ("null",),
                ),
            ),
        ),
        (
            "payloadExample",
            "payload_example",
            False,
            (
                "union",
                (
                    ("model", WorkflowResponseDtoPayloadExample),
                    ("null",),
                ),
            ),
        ),
    ),
)
_S_steps = _c.prepare(
    (
        "list",
        (
            "union",
            (
                ("model", InAppStepResponseDto),
                ("model", EmailStepResponseDto),
                ("model", SmsStepResponseDto),
                ("model", PushStepResponseDto),
                ("model", ChatStepResponseDto),
                ("model", DelayStepResponseDto),
                ("model", DigestStepResponseDto),
                ("model", CustomStepResponseDto),
                ("model", ThrottleStepResponseDto),
                ("model", HttpRequestStepResponseDto),
            ),
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
        ),
    )
)
