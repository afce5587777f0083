# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""ActivityNotificationStepResponseDto"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.activity_notification_step_response_dto_control_variables import (
    ActivityNotificationStepResponseDtoControlVariables,
)
from novu_api.models.activity_notification_step_response_dto_issues import (
    ActivityNotificationStepResponseDtoIssues,
)
from novu_api.models.activity_notification_step_response_dto_metadata import (
    ActivityNotificationStepResponseDtoMetadata,
)
from novu_api.models.activity_notification_step_response_dto_reply_callback import (
    ActivityNotificationStepResponseDtoReplyCallback,
)
from novu_api.models.message_template_dto import MessageTemplateDto
from novu_api.models.step_filter_dto import StepFilterDto

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "_id",
        "active",
        "filters",
        "_templateId",
        "replyCallback",
        "controlVariables",
        "metadata",
        "issues",
        "template",
        "variants",
        "name",
        "_parentId",
    )
)


@_define(kw_only=True)
class ActivityNotificationStepResponseDto(_c.Model):
    """Attributes:
        id (str): Unique identifier of the step Sent as `_id`.
        active (bool): Whether the step is active or not
        filters (Sequence[StepFilterDto]): Filter criteria for the step
        template_id (str): The identifier for the template associated with this step Sent as `_templateId`.
        reply_callback (ActivityNotificationStepResponseDtoReplyCallback | Mapping[str, Any] | Unset, optional): Reply callback settings Sent as `replyCallback`.
        control_variables (ActivityNotificationStepResponseDtoControlVariables | Mapping[str, Any] | Unset, optional): Control variables Sent as `controlVariables`.
        metadata (ActivityNotificationStepResponseDtoMetadata | Mapping[str, Any] | Unset, optional): Metadata for the workflow step
        issues (ActivityNotificationStepResponseDtoIssues | Mapping[str, Any] | Unset, optional): Step issues
        template (MessageTemplateDto | Mapping[str, Any] | Unset, optional):
        variants (Sequence[ActivityNotificationStepResponseDto | Mapping[str, Any]] | Unset, optional): Variants of the step
        name (str | Unset, optional): The name of the step
        parent_id (str | None | Unset, optional): The unique identifier for the parent step Sent as `_parentId`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    id: str
    active: bool
    filters: Sequence[StepFilterDto]
    template_id: str
    reply_callback: ActivityNotificationStepResponseDtoReplyCallback | Mapping[str, Any] | Unset = UNSET
    control_variables: ActivityNotificationStepResponseDtoControlVariables | Mapping[str, Any] | Unset = UNSET
    metadata: ActivityNotificationStepResponseDtoMetadata | Mapping[str, Any] | Unset = UNSET
    issues: ActivityNotificationStepResponseDtoIssues | Mapping[str, Any] | Unset = UNSET
    template: MessageTemplateDto | Mapping[str, Any] | Unset = UNSET
    variants: Sequence[ActivityNotificationStepResponseDto | Mapping[str, Any]] | Unset = UNSET
    name: str | Unset = UNSET
    parent_id: str | None | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> ActivityNotificationStepResponseDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not ActivityNotificationStepResponseDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> ActivityNotificationStepResponseDto:
    self: ActivityNotificationStepResponseDto = _c._new(ActivityNotificationStepResponseDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 4
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
        v = src["active"]
    except KeyError:
        v = _c.off(self, ("active",), UNSET, "a boolean")
        n -= 1
    else:
        if v.__class__ is not bool:
            v = _c.off(self, ("active",), v, "a boolean")
    self.active = v
    try:
        v = src["filters"]
    except KeyError:
        v = _c.off(self, ("filters",), UNSET, "an array of an object (StepFilterDto)")
        n -= 1
    else:
        v = _c.models_in(self, "filters", v, StepFilterDto, lazy)
    self.filters = v
    try:
        v = src["_templateId"]
    except KeyError:
        v = _c.off(self, ("_templateId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("_templateId",), v, "a string")
    self.template_id = v
    if "replyCallback" in src:
        v = src["replyCallback"]
        if v.__class__ is dict:
            try:
                v = ActivityNotificationStepResponseDtoReplyCallback._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "replyCallback")
                raise
        else:
            v = _c.off(
                self, ("replyCallback",), v, "an object (ActivityNotificationStepResponseDtoReplyCallback)"
            )
        self.reply_callback = v
        n += 1
    else:
        self.reply_callback = UNSET
    if "controlVariables" in src:
        v = src["controlVariables"]
        if v.__class__ is dict:
            try:
                v = ActivityNotificationStepResponseDtoControlVariables._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "controlVariables")
                raise
        else:
            v = _c.off(
                self,
                ("controlVariables",),
                v,
                "an object (ActivityNotificationStepResponseDtoControlVariables)",
            )
        self.control_variables = v
        n += 1
    else:
        self.control_variables = UNSET
    if "metadata" in src:
        v = src["metadata"]
        if v.__class__ is dict:
            try:
                v = ActivityNotificationStepResponseDtoMetadata._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "metadata")
                raise
        else:
            v = _c.off(self, ("metadata",), v, "an object (ActivityNotificationStepResponseDtoMetadata)")
        self.metadata = v
        n += 1
    else:
        self.metadata = UNSET
    if "issues" in src:
        v = src["issues"]
        if v.__class__ is dict:
            try:
                v = ActivityNotificationStepResponseDtoIssues._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "issues")
                raise
        else:
            v = _c.off(self, ("issues",), v, "an object (ActivityNotificationStepResponseDtoIssues)")
        self.issues = v
        n += 1
    else:
        self.issues = UNSET
    if "template" in src:
        v = src["template"]
        if v.__class__ is dict:
            try:
                v = MessageTemplateDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "template")
                raise
        else:
            v = _c.off(self, ("template",), v, "an object (MessageTemplateDto)")
        self.template = v
        n += 1
    else:
        self.template = UNSET
    if "variants" in src:
        v = src["variants"]
        v = _c.models_in(self, "variants", v, ActivityNotificationStepResponseDto, lazy)
        self.variants = v
        n += 1
    else:
        self.variants = UNSET
    if "name" in src:
        v = src["name"]
        if v.__class__ is not str:
            v = _c.off(self, ("name",), v, "a string")
        self.name = v
        n += 1
    else:
        self.name = UNSET
    if "_parentId" in src:
        v = src["_parentId"]
        if v.__class__ is not str and v is not None:
            v = _c.off(self, ("_parentId",), v, "a string or null")
        self.parent_id = v
        n += 1
    else:
        self.parent_id = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


ActivityNotificationStepResponseDto._make = _make
ActivityNotificationStepResponseDto._decode = _decode
ActivityNotificationStepResponseDto._Pending = _c.pending(ActivityNotificationStepResponseDto)
ActivityNotificationStepResponseDto._SPEC = _c.ModelSpec(
    ActivityNotificationStepResponseDto,
    (
        ("_id", "id", True, ("str",)),
        ("active", "active", True, ("bool",)),
        ("filters", "filters", True, ("list", ("model", StepFilterDto))),
        ("_templateId", "template_id", True, ("str",)),
        (
            "replyCallback",
            "reply_callback",
            False,
            ("model", ActivityNotificationStepResponseDtoReplyCallback),
        ),
        (
            "controlVariables",
            "control_variables",
            False,
            ("model", ActivityNotificationStepResponseDtoControlVariables),
        ),
        ("metadata", "metadata", False, ("model", ActivityNotificationStepResponseDtoMetadata)),
        ("issues", "issues", False, ("model", ActivityNotificationStepResponseDtoIssues)),
        ("template", "template", False, ("model", MessageTemplateDto)),
        ("variants", "variants", False, ("list", ("model", ActivityNotificationStepResponseDto))),
        ("name", "name", False, ("str",)),
        (
            "_parentId",
            "parent_id",
            False,
            (
                "union",
                (
                    ("str",),
                    ("null",),
                ),
            ),
        ),
    ),
)
