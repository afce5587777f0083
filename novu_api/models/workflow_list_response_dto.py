# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""WorkflowListResponseDto"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.resource_origin_enum import ResourceOriginEnum
from novu_api.models.step_list_response_dto import StepListResponseDto
from novu_api.models.step_type_enum import StepTypeEnum
from novu_api.models.user_response_dto import UserResponseDto
from novu_api.models.workflow_status_enum import WorkflowStatusEnum

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "name",
        "updatedAt",
        "createdAt",
        "_id",
        "workflowId",
        "slug",
        "status",
        "origin",
        "stepTypeOverviews",
        "steps",
        "tags",
        "updatedBy",
        "lastPublishedAt",
        "lastPublishedBy",
        "lastTriggeredAt",
        "isTranslationEnabled",
    )
)


@_define(kw_only=True)
class WorkflowListResponseDto(_c.Model):
    """Attributes:
        name (str): Name of the workflow
        updated_at (str): Last updated timestamp Sent as `updatedAt`.
        created_at (str): Creation timestamp Sent as `createdAt`.
        id (str): Unique database identifier Sent as `_id`.
        workflow_id (str): Workflow identifier Sent as `workflowId`.
        slug (str): Workflow slug
        status (WorkflowStatusEnum | str): Status of the workflow
        origin (ResourceOriginEnum | str): Origin of the layout
        step_type_overviews (Sequence[StepTypeEnum | str]): Overview of step types in the workflow Sent as `stepTypeOverviews`.
        steps (Sequence[StepListResponseDto]): Steps of the workflow
        tags (Sequence[str] | Unset, optional): Tags associated with the workflow
        updated_by (UserResponseDto | None | Unset, optional): User who last updated the workflow Sent as `updatedBy`.
        last_published_at (str | None | Unset, optional): Timestamp of the last workflow publication Sent as `lastPublishedAt`.
        last_published_by (UserResponseDto | None | Unset, optional): User who last published the workflow Sent as `lastPublishedBy`.
        last_triggered_at (str | None | Unset, optional): Timestamp of the last workflow trigger Sent as `lastTriggeredAt`.
        is_translation_enabled (bool | Unset, optional): Is translation enabled for the workflow Sent as `isTranslationEnabled`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    name: str
    updated_at: str
    created_at: str
    id: str
    workflow_id: str
    slug: str
    status: WorkflowStatusEnum | str
    origin: ResourceOriginEnum | str
    step_type_overviews: Sequence[StepTypeEnum | str]
    steps: Sequence[StepListResponseDto]
    tags: Sequence[str] | Unset = UNSET
    updated_by: UserResponseDto | None | Unset = UNSET
    last_published_at: str | None | Unset = UNSET
    last_published_by: UserResponseDto | None | Unset = UNSET
    last_triggered_at: str | None | Unset = UNSET
    is_translation_enabled: bool | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> WorkflowListResponseDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not WorkflowListResponseDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> WorkflowListResponseDto:
    self: WorkflowListResponseDto = _c._new(WorkflowListResponseDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 10
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
        v = src["status"]
    except KeyError:
        v = _c.off(self, ("status",), UNSET, "one of 'ACTIVE', 'INACTIVE', 'ERROR'")
        n -= 1
    else:
        v = _c.enum_in(self, "status", v, WorkflowStatusEnum)
    self.status = v
    try:
        v = src["origin"]
    except KeyError:
        v = _c.off(self, ("origin",), UNSET, "one of 'novu-cloud', 'novu-cloud-v1', 'external'")
        n -= 1
    else:
        v = _c.enum_in(self, "origin", v, ResourceOriginEnum)
    self.origin = v
    try:
        v = src["stepTypeOverviews"]
    except KeyError:
        v = _c.off(
            self,
            ("stepTypeOverviews",),
            UNSET,
            "an array of one of 'in_app', 'email', 'sms', 'chat', 'push', 'digest', 'trigger', 'delay', 'throttle', 'custom', 'http_request'",
        )
        n -= 1
    else:
        v = _c.list_in(self, "stepTypeOverviews", v, _S_step_type_overviews)
    self.step_type_overviews = v
    try:
        v = src["steps"]
    except KeyError:
        v = _c.off(self, ("steps",), UNSET, "an array of an object (StepListResponseDto)")
        n -= 1
    else:
        v = _c.models_in(self, "steps", v, StepListResponseDto, lazy)
    self.steps = v
    if "tags" in src:
        v = src["tags"]
        v = _c.scalars_in(self, "tags", v, (str,), "a string")
        self.tags = v
        n += 1
    else:
        self.tags = UNSET
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
    if "lastTriggeredAt" in src:
        v = src["lastTriggeredAt"]
        if v.__class__ is not str and v is not None:
            v = _c.off(self, ("lastTriggeredAt",), v, "a string or null")
        self.last_triggered_at = v
        n += 1
    else:
        self.last_triggered_at = UNSET
    if "isTranslationEnabled" in src:
        v = src["isTranslationEnabled"]
        if v.__class__ is not bool:
            v = _c.off(self, ("isTranslationEnabled",), v, "a boolean")
        self.is_translation_enabled = v
        n += 1
    else:
        self.is_translation_enabled = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


WorkflowListResponseDto._make = _make
WorkflowListResponseDto._decode = _decode
WorkflowListResponseDto._Pending = _c.pending(WorkflowListResponseDto)
WorkflowListResponseDto._SPEC = _c.ModelSpec(
    WorkflowListResponseDto,
    (
        ("name", "name", True, ("str",)),
        ("updatedAt", "updated_at", True, ("str",)),
        ("createdAt", "created_at", True, ("str",)),
        ("_id", "id", True, ("str",)),
        ("workflowId", "workflow_id", True, ("str",)),
        ("slug", "slug", True, ("str",)),
        ("status", "status", True, ("enum", WorkflowStatusEnum)),
        ("origin", "origin", True, ("enum", ResourceOriginEnum)),
        ("stepTypeOverviews", "step_type_overviews", True, ("list", ("enum", StepTypeEnum))),
        ("steps", "steps", True, ("list", ("model", StepListResponseDto))),
        ("tags", "tags", False, ("list", ("str",))),
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
        ("isTranslationEnabled", "is_translation_enabled", False, ("bool",)),
    ),
)
_S_step_type_overviews = _c.prepare(("list", ("enum", StepTypeEnum)))
