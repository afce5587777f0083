# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""ThrottleStepResponseDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.resource_origin_enum import ResourceOriginEnum
from novu_api.models.step_issues_dto import StepIssuesDto
from novu_api.models.step_type_enum import StepTypeEnum
from novu_api.models.throttle_control_dto import ThrottleControlDto
from novu_api.models.throttle_controls_metadata_response_dto import ThrottleControlsMetadataResponseDto
from novu_api.models.throttle_step_response_dto_variables import ThrottleStepResponseDtoVariables

from .. import _codec as _c

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
class ThrottleStepResponseDto(_c.Model):
    """Attributes:
        controls (ThrottleControlsMetadataResponseDto):
        variables (ThrottleStepResponseDtoVariables | Mapping[str, Any]): JSON Schema for variables, follows the JSON Schema standard
        step_id (str): Unique identifier of the step Sent as `stepId`.
        id (str): Database identifier of the step Sent as `_id`.
        name (str): Name of the step
        slug (str): Slug of the step
        type_ (StepTypeEnum | str): Type of the step Sent as `type`.
        origin (ResourceOriginEnum | str): Origin of the layout
        workflow_id (str): Workflow identifier Sent as `workflowId`.
        workflow_database_id (str): Workflow database identifier Sent as `workflowDatabaseId`.
        control_values (ThrottleControlDto | Unset, optional):  Sent as `controlValues`.
        issues (StepIssuesDto | Unset, optional):
        step_resolver_hash (str | Unset, optional): Hash identifying the deployed Cloudflare Worker for this step Sent as `stepResolverHash`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    controls: ThrottleControlsMetadataResponseDto
    variables: ThrottleStepResponseDtoVariables | Mapping[str, Any]
    step_id: str
    id: str
    name: str
    slug: str
    type_: StepTypeEnum | str
    origin: ResourceOriginEnum | str
    workflow_id: str
    workflow_database_id: str
    control_values: ThrottleControlDto | Unset = UNSET
    issues: StepIssuesDto | Unset = UNSET
    step_resolver_hash: str | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> ThrottleStepResponseDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not ThrottleStepResponseDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> ThrottleStepResponseDto:
    self: ThrottleStepResponseDto = _c._new(ThrottleStepResponseDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 10
    try:
        v = src["controls"]
    except KeyError:
        v = _c.off(self, ("controls",), UNSET, "an object (ThrottleControlsMetadataResponseDto)")
        n -= 1
    else:
        if v.__class__ is dict:
            try:
                v = ThrottleControlsMetadataResponseDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "controls")
                raise
        else:
            v = _c.off(self, ("controls",), v, "an object (ThrottleControlsMetadataResponseDto)")
    self.controls = v
    try:
        v = src["variables"]
    except KeyError:
        v = _c.off(self, ("variables",), UNSET, "an object (ThrottleStepResponseDtoVariables)")
        n -= 1
    else:
        if v.__class__ is dict:
            try:
                v = ThrottleStepResponseDtoVariables._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "variables")
                raise
        else:
            v = _c.off(self, ("variables",), v, "an object (ThrottleStepResponseDtoVariables)")
    self.variables = v
    try:
        v = src["stepId"]
    except KeyError:
        v = _c.off(self, ("stepId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("stepId",), v, "a string")
    self.step_id = v
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
        v = src["name"]
    except KeyError:
        v = _c.off(self, ("name",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("name",), v, "a string")
    self.name = v
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
        v = _c.enum_in(self, "type", v, StepTypeEnum)
    self.type_ = v
    try:
        v = src["origin"]
    except KeyError:
        v = _c.off(self, ("origin",), UNSET, "one of 'novu-cloud', 'novu-cloud-v1', 'external'")
        n -= 1
    else:
        v = _c.enum_in(self, "origin", v, ResourceOriginEnum)
    self.origin = v
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
        v = src["workflowDatabaseId"]
    except KeyError:
        v = _c.off(self, ("workflowDatabaseId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("workflowDatabaseId",), v, "a string")
    self.workflow_database_id = v
    if "controlValues" in src:
        v = src["controlValues"]
        if v.__class__ is dict:
            try:
                v = ThrottleControlDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "controlValues")
                raise
        else:
            v = _c.off(self, ("controlValues",), v, "an object (ThrottleControlDto)")
        self.control_values = v
        n += 1
    else:
        self.control_values = UNSET
    if "issues" in src:
        v = src["issues"]
        if v.__class__ is dict:
            try:
                v = StepIssuesDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "issues")
                raise
        else:
            v = _c.off(self, ("issues",), v, "an object (StepIssuesDto)")
        self.issues = v
        n += 1
    else:
        self.issues = UNSET
    if "stepResolverHash" in src:
        v = src["stepResolverHash"]
        if v.__class__ is not str:
            v = _c.off(self, ("stepResolverHash",), v, "a string")
        self.step_resolver_hash = v
        n += 1
    else:
        self.step_resolver_hash = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


ThrottleStepResponseDto._make = _make
ThrottleStepResponseDto._decode = _decode
ThrottleStepResponseDto._Pending = _c.pending(ThrottleStepResponseDto)
ThrottleStepResponseDto._SPEC = _c.ModelSpec(
    ThrottleStepResponseDto,
    (
        ("controls", "controls", True, ("model", ThrottleControlsMetadataResponseDto)),
        ("variables", "variables", True, ("model", ThrottleStepResponseDtoVariables)),
        ("stepId", "step_id", True, ("str",)),
        ("_id", "id", True, ("str",)),
        ("name", "name", True, ("str",)),
        ("slug", "slug", True, ("str",)),
        ("type", "type_", True, ("enum", StepTypeEnum)),
        ("origin", "origin", True, ("enum", ResourceOriginEnum)),
        ("workflowId", "workflow_id", True, ("str",)),
        ("workflowDatabaseId", "workflow_database_id", True, ("str",)),
        ("controlValues", "control_values", False, ("model", ThrottleControlDto)),
        ("issues", "issues", False, ("model", StepIssuesDto)),
        ("stepResolverHash", "step_resolver_hash", False, ("str",)),
    ),
)
