# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""ActivityNotificationStepResponseDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

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
from .._types import UNSET, Unset

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
class ActivityNotificationStepResponseDto:
    """Attributes:
    id (str): Unique identifier of the step Sent as `_id`.
    active (bool): Whether the step is active or not
    filters (list[StepFilterDto]): Filter criteria for the step
    template_id (str): The identifier for the template associated with this step Sent as `_templateId`.
    reply_callback (ActivityNotificationStepResponseDtoReplyCallback | Unset, optional): Reply callback settings Sent as `replyCallback`.
    control_variables (ActivityNotificationStepResponseDtoControlVariables | Unset, optional): Control variables Sent as `controlVariables`.
    metadata (ActivityNotificationStepResponseDtoMetadata | Unset, optional): Metadata for the workflow step
    issues (ActivityNotificationStepResponseDtoIssues | Unset, optional): Step issues
    template (MessageTemplateDto | Unset, optional):
    variants (list[ActivityNotificationStepResponseDto] | Unset, optional): Variants of the step
    name (str | Unset, optional): The name of the step
    parent_id (None | str | Unset, optional): The unique identifier for the parent step Sent as `_parentId`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    id: str
    active: bool
    filters: list[StepFilterDto]
    template_id: str
    reply_callback: ActivityNotificationStepResponseDtoReplyCallback | Unset = UNSET
    control_variables: ActivityNotificationStepResponseDtoControlVariables | Unset = UNSET
    metadata: ActivityNotificationStepResponseDtoMetadata | Unset = UNSET
    issues: ActivityNotificationStepResponseDtoIssues | Unset = UNSET
    template: MessageTemplateDto | Unset = UNSET
    variants: list[ActivityNotificationStepResponseDto] | Unset = UNSET
    name: str | Unset = UNSET
    parent_id: None | str | Unset = UNSET
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
        if self.id is not UNSET:
            out["_id"] = self.id
        if self.active is not UNSET:
            out["active"] = self.active
        if self.filters is not UNSET:
            out["filters"] = _c.encode(self.filters)
        if self.template_id is not UNSET:
            out["_templateId"] = self.template_id
        if self.reply_callback is not UNSET:
            out["replyCallback"] = _c.encode(self.reply_callback)
        if self.control_variables is not UNSET:
            out["controlVariables"] = _c.encode(self.control_variables)
        if self.metadata is not UNSET:
            out["metadata"] = _c.encode(self.metadata)
        if self.issues is not UNSET:
            out["issues"] = _c.encode(self.issues)
        if self.template is not UNSET:
            out["template"] = _c.encode(self.template)
        if self.variants is not UNSET:
            out["variants"] = _c.encode(self.variants)
        if self.name is not UNSET:
            out["name"] = self.name
        if self.parent_id is not UNSET:
            out["_parentId"] = _c.encode(self.parent_id)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> ActivityNotificationStepResponseDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.id = g("_id", UNSET)
        self.active = g("active", UNSET)
        self.filters = _c.model_list(StepFilterDto, g("filters", UNSET), "filters")
        self.template_id = g("_templateId", UNSET)
        self.reply_callback = _c.model(
            ActivityNotificationStepResponseDtoReplyCallback, g("replyCallback", UNSET), "replyCallback"
        )
        self.control_variables = _c.model(
            ActivityNotificationStepResponseDtoControlVariables,
            g("controlVariables", UNSET),
            "controlVariables",
        )
        self.metadata = _c.model(
            ActivityNotificationStepResponseDtoMetadata, g("metadata", UNSET), "metadata"
        )
        self.issues = _c.model(ActivityNotificationStepResponseDtoIssues, g("issues", UNSET), "issues")
        self.template = _c.model(MessageTemplateDto, g("template", UNSET), "template")
        self.variants = _c.model_list(ActivityNotificationStepResponseDto, g("variants", UNSET), "variants")
        self.name = g("name", UNSET)
        self.parent_id = g("_parentId", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
