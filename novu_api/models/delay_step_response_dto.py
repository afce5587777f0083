# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""DelayStepResponseDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.delay_control_dto import DelayControlDto
from novu_api.models.delay_controls_metadata_response_dto import DelayControlsMetadataResponseDto
from novu_api.models.delay_step_response_dto_variables import DelayStepResponseDtoVariables
from novu_api.models.resource_origin_enum import ResourceOriginEnum
from novu_api.models.step_issues_dto import StepIssuesDto
from novu_api.models.step_type_enum import StepTypeEnum

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "controls",
        "variables",
        "stepId",
        "_id",
        "name",
        "slug",
        "type",
        "origin",
        "workflowId",
        "workflowDatabaseId",
        "controlValues",
        "issues",
        "stepResolverHash",
    )
)


@_define(kw_only=True)
class DelayStepResponseDto:
    """Attributes:
    controls (DelayControlsMetadataResponseDto):
    variables (DelayStepResponseDtoVariables): JSON Schema for variables, follows the JSON Schema standard
    step_id (str): Unique identifier of the step Sent as `stepId`.
    id (str): Database identifier of the step Sent as `_id`.
    name (str): Name of the step
    slug (str): Slug of the step
    type_ (StepTypeEnum | str): Type of the step Sent as `type`.
    origin (ResourceOriginEnum | str): Origin of the layout
    workflow_id (str): Workflow identifier Sent as `workflowId`.
    workflow_database_id (str): Workflow database identifier Sent as `workflowDatabaseId`.
    control_values (DelayControlDto | Unset, optional):  Sent as `controlValues`.
    issues (StepIssuesDto | Unset, optional):
    step_resolver_hash (str | Unset, optional): Hash identifying the deployed Cloudflare Worker for this step Sent as `stepResolverHash`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    controls: DelayControlsMetadataResponseDto
    variables: DelayStepResponseDtoVariables
    step_id: str
    id: str
    name: str
    slug: str
    type_: StepTypeEnum | str
    origin: ResourceOriginEnum | str
    workflow_id: str
    workflow_database_id: str
    control_values: DelayControlDto | Unset = UNSET
    issues: StepIssuesDto | Unset = UNSET
    step_resolver_hash: str | Unset = UNSET
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
        if self.controls is not UNSET:
            out["controls"] = _c.encode(self.controls)
        if self.variables is not UNSET:
            out["variables"] = _c.encode(self.variables)
        if self.step_id is not UNSET:
            out["stepId"] = self.step_id
        if self.id is not UNSET:
            out["_id"] = self.id
        if self.name is not UNSET:
            out["name"] = self.name
        if self.slug is not UNSET:
            out["slug"] = self.slug
        if self.type_ is not UNSET:
            out["type"] = _c.encode(self.type_)
        if self.origin is not UNSET:
            out["origin"] = _c.encode(self.origin)
        if self.workflow_id is not UNSET:
            out["workflowId"] = self.workflow_id
        if self.workflow_database_id is not UNSET:
            out["workflowDatabaseId"] = self.workflow_database_id
        if self.control_values is not UNSET:
            out["controlValues"] = _c.encode(self.control_values)
        if self.issues is not UNSET:
            out["issues"] = _c.encode(self.issues)
        if self.step_resolver_hash is not UNSET:
            out["stepResolverHash"] = self.step_resolver_hash
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> DelayStepResponseDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.controls = _c.model(DelayControlsMetadataResponseDto, g("controls", UNSET), "controls")
        self.variables = _c.model(DelayStepResponseDtoVariables, g("variables", UNSET), "variables")
        self.step_id = g("stepId", UNSET)
        self.id = g("_id", UNSET)
        self.name = g("name", UNSET)
        self.slug = g("slug", UNSET)
        self.type_ = _c.enum_value(StepTypeEnum, g("type", UNSET))
        self.origin = _c.enum_value(ResourceOriginEnum, g("origin", UNSET))
        self.workflow_id = g("workflowId", UNSET)
        self.workflow_database_id = g("workflowDatabaseId", UNSET)
        self.control_values = _c.model(DelayControlDto, g("controlValues", UNSET), "controlValues")
        self.issues = _c.model(StepIssuesDto, g("issues", UNSET), "issues")
        self.step_resolver_hash = g("stepResolverHash", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
