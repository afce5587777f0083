# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""NotificationStepData"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.delay_regular_metadata import DelayRegularMetadata
from novu_api.models.delay_scheduled_metadata import DelayScheduledMetadata
from novu_api.models.digest_regular_metadata import DigestRegularMetadata
from novu_api.models.digest_timed_metadata import DigestTimedMetadata
from novu_api.models.message_template import MessageTemplate
from novu_api.models.reply_callback import ReplyCallback
from novu_api.models.step_filter_dto import StepFilterDto

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "_id",
        "uuid",
        "name",
        "_templateId",
        "active",
        "shouldStopOnFail",
        "template",
        "filters",
        "_parentId",
        "metadata",
        "replyCallback",
    )
)


@_define(kw_only=True)
class NotificationStepData:
    """Attributes:
    id (str | Unset, optional): Unique identifier for the notification step. Sent as `_id`.
    uuid (str | Unset, optional): Universally unique identifier for the notification step.
    name (str | Unset, optional): Name of the notification step.
    template_id (str | Unset, optional): ID of the template associated with this notification step. Sent as `_templateId`.
    active (bool | Unset, optional): Indicates whether the notification step is active.
    should_stop_on_fail (bool | Unset, optional): Determines if the process should stop on failure. Sent as `shouldStopOnFail`.
    template (MessageTemplate | Unset, optional):
    filters (list[StepFilterDto] | Unset, optional): Filters applied to this notification step.
    parent_id (str | Unset, optional): ID of the parent notification step, if applicable. Sent as `_parentId`.
    metadata (DelayRegularMetadata | DelayScheduledMetadata | DigestRegularMetadata | DigestTimedMetadata | Unset, optional): Metadata associated with the workflow step. Can vary based on the type of step.
    reply_callback (ReplyCallback | Unset, optional):  Sent as `replyCallback`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    id: str | Unset = UNSET
    uuid: str | Unset = UNSET
    name: str | Unset = UNSET
    template_id: str | Unset = UNSET
    active: bool | Unset = UNSET
    should_stop_on_fail: bool | Unset = UNSET
    template: MessageTemplate | Unset = UNSET
    filters: list[StepFilterDto] | Unset = UNSET
    parent_id: str | Unset = UNSET
    metadata: (
        DelayRegularMetadata | DelayScheduledMetadata | DigestRegularMetadata | DigestTimedMetadata | Unset
    ) = UNSET
    reply_callback: ReplyCallback | Unset = UNSET
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
        if self.uuid is not UNSET:
            out["uuid"] = self.uuid
        if self.name is not UNSET:
            out["name"] = self.name
        if self.template_id is not UNSET:
            out["_templateId"] = self.template_id
        if self.active is not UNSET:
            out["active"] = self.active
        if self.should_stop_on_fail is not UNSET:
            out["shouldStopOnFail"] = self.should_stop_on_fail
        if self.template is not UNSET:
            out["template"] = _c.encode(self.template)
        if self.filters is not UNSET:
            out["filters"] = _c.encode(self.filters)
        if self.parent_id is not UNSET:
            out["_parentId"] = self.parent_id
        if self.metadata is not UNSET:
            out["metadata"] = _c.encode(self.metadata)
        if self.reply_callback is not UNSET:
            out["replyCallback"] = _c.encode(self.reply_callback)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> NotificationStepData:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.id = g("_id", UNSET)
        self.uuid = g("uuid", UNSET)
        self.name = g("name", UNSET)
        self.template_id = g("_templateId", UNSET)
        self.active = g("active", UNSET)
        self.should_stop_on_fail = g("shouldStopOnFail", UNSET)
        self.template = _c.model(MessageTemplate, g("template", UNSET), "template")
        self.filters = _c.model_list(StepFilterDto, g("filters", UNSET), "filters")
        self.parent_id = g("_parentId", UNSET)
        self.metadata = _c.union(
            (
                DigestRegularMetadata,
                DigestTimedMetadata,
                DelayRegularMetadata,
                DelayScheduledMetadata,
            ),
            g("metadata", UNSET),
            "metadata",
        )
        self.reply_callback = _c.model(ReplyCallback, g("replyCallback", UNSET), "replyCallback")
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
