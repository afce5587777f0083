# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""WorkflowListResponseDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.resource_origin_enum import ResourceOriginEnum
from novu_api.models.step_list_response_dto import StepListResponseDto
from novu_api.models.step_type_enum import StepTypeEnum
from novu_api.models.user_response_dto import UserResponseDto
from novu_api.models.workflow_status_enum import WorkflowStatusEnum

from .. import _codec as _c
from .._types import UNSET, Unset

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
class WorkflowListResponseDto:
    """Attributes:
    name (str): Name of the workflow
    updated_at (str): Last updated timestamp Sent as `updatedAt`.
    created_at (str): Creation timestamp Sent as `createdAt`.
    id (str): Unique database identifier Sent as `_id`.
    workflow_id (str): Workflow identifier Sent as `workflowId`.
    slug (str): Workflow slug
    status (WorkflowStatusEnum | str): Status of the workflow
    origin (ResourceOriginEnum | str): Origin of the layout
    step_type_overviews (list[StepTypeEnum | str]): Overview of step types in the workflow Sent as `stepTypeOverviews`.
    steps (list[StepListResponseDto]): Steps of the workflow
    tags (list[str] | Unset, optional): Tags associated with the workflow
    updated_by (None | UserResponseDto | Unset, optional): User who last updated the workflow Sent as `updatedBy`.
    last_published_at (None | str | Unset, optional): Timestamp of the last workflow publication Sent as `lastPublishedAt`.
    last_published_by (None | UserResponseDto | Unset, optional): User who last published the workflow Sent as `lastPublishedBy`.
    last_triggered_at (None | str | Unset, optional): Timestamp of the last workflow trigger Sent as `lastTriggeredAt`.
    is_translation_enabled (bool | Unset, optional): Is translation enabled for the workflow Sent as `isTranslationEnabled`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    name: str
    updated_at: str
    created_at: str
    id: str
    workflow_id: str
    slug: str
    status: WorkflowStatusEnum | str
    origin: ResourceOriginEnum | str
    step_type_overviews: list[StepTypeEnum | str]
    steps: list[StepListResponseDto]
    tags: list[str] | Unset = UNSET
    updated_by: None | UserResponseDto | Unset = UNSET
    last_published_at: None | str | Unset = UNSET
    last_published_by: None | UserResponseDto | Unset = UNSET
    last_triggered_at: None | str | Unset = UNSET
    is_translation_enabled: bool | Unset = UNSET
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
        if self.updated_at is not UNSET:
            out["updatedAt"] = self.updated_at
        if self.created_at is not UNSET:
            out["createdAt"] = self.created_at
        if self.id is not UNSET:
            out["_id"] = self.id
        if self.workflow_id is not UNSET:
            out["workflowId"] = self.workflow_id
        if self.slug is not UNSET:
            out["slug"] = self.slug
        if self.status is not UNSET:
            out["status"] = _c.encode(self.status)
        if self.origin is not UNSET:
            out["origin"] = _c.encode(self.origin)
        if self.step_type_overviews is not UNSET:
            out["stepTypeOverviews"] = _c.encode(self.step_type_overviews)
        if self.steps is not UNSET:
            out["steps"] = _c.encode(self.steps)
        if self.tags is not UNSET:
            out["tags"] = self.tags
        if self.updated_by is not UNSET:
            out["updatedBy"] = _c.encode(self.updated_by)
        if self.last_published_at is not UNSET:
            out["lastPublishedAt"] = _c.encode(self.last_published_at)
        if self.last_published_by is not UNSET:
            out["lastPublishedBy"] = _c.encode(self.last_published_by)
        if self.last_triggered_at is not UNSET:
            out["lastTriggeredAt"] = _c.encode(self.last_triggered_at)
        if self.is_translation_enabled is not UNSET:
            out["isTranslationEnabled"] = self.is_translation_enabled
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> WorkflowListResponseDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.name = g("name", UNSET)
        self.updated_at = g("updatedAt", UNSET)
        self.created_at = g("createdAt", UNSET)
        self.id = g("_id", UNSET)
        self.workflow_id = g("workflowId", UNSET)
        self.slug = g("slug", UNSET)
        self.status = _c.enum_value(WorkflowStatusEnum, g("status", UNSET))
        self.origin = _c.enum_value(ResourceOriginEnum, g("origin", UNSET))
        self.step_type_overviews = _c.enum_list(StepTypeEnum, g("stepTypeOverviews", UNSET))
        self.steps = _c.model_list(StepListResponseDto, g("steps", UNSET), "steps")
        self.tags = g("tags", UNSET)
        self.updated_by = _c.union((UserResponseDto,), g("updatedBy", UNSET), "updatedBy")
        self.last_published_at = g("lastPublishedAt", UNSET)
        self.last_published_by = _c.union((UserResponseDto,), g("lastPublishedBy", UNSET), "lastPublishedBy")
        self.last_triggered_at = g("lastTriggeredAt", UNSET)
        self.is_translation_enabled = g("isTranslationEnabled", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
