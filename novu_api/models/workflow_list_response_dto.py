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

    def _fill(self) -> None:
        # Decode the wire object `from_dict` kept (see `_c.Model`), in place.
        src = self._src
        if src is None:
            return
        if self.__class__ is not WorkflowListResponseDto:
            return _c.fill_subclass(self, src, _decode)
        _c._put(self, "__class__", _Filling)  # plain slot writes while decoding
        try:
            _decode(self, src, False)
        finally:
            _c._put(self, "__class__", WorkflowListResponseDto)

    @classmethod
    def _eager(cls, src: Any, lazy: bool = False) -> WorkflowListResponseDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not WorkflowListResponseDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        self: WorkflowListResponseDto = object.__new__(_Filling)
        _decode(self, src, lazy)
        _c._put(self, "__class__", WorkflowListResponseDto)
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The same object while `_decode` writes its fields (plain slot writes); the class is put back after.
_Filling = _c.filling(WorkflowListResponseDto)


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare; `self` is a `_Filling`.
    g = src.get
    v = g("name", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("name",), v, "a string")
    self.name = v
    v = g("updatedAt", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("updatedAt",), v, "a string")
    self.updated_at = v
    v = g("createdAt", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("createdAt",), v, "a string")
    self.created_at = v
    v = g("_id", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("_id",), v, "a string")
    self.id = v
    v = g("workflowId", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("workflowId",), v, "a string")
    self.workflow_id = v
    v = g("slug", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("slug",), v, "a string")
    self.slug = v
    v = g("status", UNSET)
    if v is not UNSET:
        v = _c.enum_in(self, "status", v, WorkflowStatusEnum)
    elif v is UNSET:
        v = _c.off(self, ("status",), v, "one of 'ACTIVE', 'INACTIVE', 'ERROR'")
    self.status = v
    v = g("origin", UNSET)
    if v is not UNSET:
        v = _c.enum_in(self, "origin", v, ResourceOriginEnum)
    elif v is UNSET:
        v = _c.off(self, ("origin",), v, "one of 'novu-cloud', 'novu-cloud-v1', 'external'")
    self.origin = v
    v = g("stepTypeOverviews", UNSET)
    if v is not UNSET:
        v = _c.list_in(self, "stepTypeOverviews", v, _S_step_type_overviews)
    elif v is UNSET:
        v = _c.off(
            self,
            ("stepTypeOverviews",),
            v,
            "an array of one of 'in_app', 'email', 'sms', 'chat', 'push', 'digest', 'trigger', 'delay', 'throttle', 'custom', 'http_request'",
        )
    self.step_type_overviews = v
    v = g("steps", UNSET)
    if v is not UNSET:
        v = _c.models_in(self, "steps", v, StepListResponseDto, lazy)
    elif v is UNSET:
        v = _c.off(self, ("steps",), v, "an array of an object (StepListResponseDto)")
    self.steps = v
    v = g("tags", UNSET)
    if v is not UNSET:
        v = _c.scalars_in(self, "tags", v, (str,), "a string")
    self.tags = v
    v = g("updatedBy", UNSET)
    if v is not UNSET and v is not None:
        v = _c.model_in(self, "updatedBy", v, UserResponseDto, lazy)
    self.updated_by = v
    v = g("lastPublishedAt", UNSET)
    if v.__class__ is not str and v is not UNSET and v is not None:
        v = _c.off(self, ("lastPublishedAt",), v, "a string or null")
    self.last_published_at = v
    v = g("lastPublishedBy", UNSET)
    if v is not UNSET and v is not None:
        v = _c.model_in(self, "lastPublishedBy", v, UserResponseDto, lazy)
    self.last_published_by = v
    v = g("lastTriggeredAt", UNSET)
    if v.__class__ is not str and v is not UNSET and v is not None:
        v = _c.off(self, ("lastTriggeredAt",), v, "a string or null")
    self.last_triggered_at = v
    v = g("isTranslationEnabled", UNSET)
    if v.__class__ is not bool and v is not UNSET:
        v = _c.off(self, ("isTranslationEnabled",), v, "a boolean")
    self.is_translation_enabled = v
    self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
    self._src = None


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
