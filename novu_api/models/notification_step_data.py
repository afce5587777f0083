# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""NotificationStepData"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.delay_regular_metadata import DelayRegularMetadata
from novu_api.models.delay_scheduled_metadata import DelayScheduledMetadata
from novu_api.models.digest_regular_metadata import DigestRegularMetadata
from novu_api.models.digest_timed_metadata import DigestTimedMetadata
from novu_api.models.message_template import MessageTemplate
from novu_api.models.reply_callback import ReplyCallback
from novu_api.models.step_filter_dto import StepFilterDto

from .. import _codec as _c

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
class NotificationStepData(_c.Model):
    """Attributes:
        id (str | Unset, optional): Unique identifier for the notification step. Sent as `_id`.
        uuid (str | Unset, optional): Universally unique identifier for the notification step.
        name (str | Unset, optional): Name of the notification step.
        template_id (str | Unset, optional): ID of the template associated with this notification step. Sent as `_templateId`.
        active (bool | Unset, optional): Indicates whether the notification step is active.
        should_stop_on_fail (bool | Unset, optional): Determines if the process should stop on failure. Sent as `shouldStopOnFail`.
        template (MessageTemplate | Mapping[str, Any] | Unset, optional):
        filters (Sequence[StepFilterDto] | Unset, optional): Filters applied to this notification step.
        parent_id (str | Unset, optional): ID of the parent notification step, if applicable. Sent as `_parentId`.
        metadata (DigestRegularMetadata | DigestTimedMetadata | DelayRegularMetadata | DelayScheduledMetadata | Unset, optional): Metadata associated with the workflow step. Can vary based on the type of step.
        reply_callback (ReplyCallback | Unset, optional):  Sent as `replyCallback`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    id: str | Unset = UNSET
    uuid: str | Unset = UNSET
    name: str | Unset = UNSET
    template_id: str | Unset = UNSET
    active: bool | Unset = UNSET
    should_stop_on_fail: bool | Unset = UNSET
    template: MessageTemplate | Mapping[str, Any] | Unset = UNSET
    filters: Sequence[StepFilterDto] | Unset = UNSET
    parent_id: str | Unset = UNSET
    metadata: (
        DigestRegularMetadata | DigestTimedMetadata | DelayRegularMetadata | DelayScheduledMetadata | Unset
    ) = UNSET
    reply_callback: ReplyCallback | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> NotificationStepData:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not NotificationStepData:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> NotificationStepData:
    self: NotificationStepData = _c._new(NotificationStepData)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 0
    if "_id" in src:
        v = src["_id"]
        if v.__class__ is not str:
            v = _c.off(self, ("_id",), v, "a string")
        self.id = v
        n += 1
    else:
        self.id = UNSET
    if "uuid" in src:
        v = src["uuid"]
        if v.__class__ is not str:
            v = _c.off(self, ("uuid",), v, "a string")
        self.uuid = v
        n += 1
    else:
        self.uuid = UNSET
    if "name" in src:
        v = src["name"]
        if v.__class__ is not str:
            v = _c.off(self, ("name",), v, "a string")
        self.name = v
        n += 1
    else:
        self.name = UNSET
    if "_templateId" in src:
        v = src["_templateId"]
        if v.__class__ is not str:
            v = _c.off(self, ("_templateId",), v, "a string")
        self.template_id = v
        n += 1
    else:
        self.template_id = UNSET
    if "active" in src:
        v = src["active"]
        if v.__class__ is not bool:
            v = _c.off(self, ("active",), v, "a boolean")
        self.active = v
        n += 1
    else:
        self.active = UNSET
    if "shouldStopOnFail" in src:
        v = src["shouldStopOnFail"]
        if v.__class__ is not bool:
            v = _c.off(self, ("shouldStopOnFail",), v, "a boolean")
        self.should_stop_on_fail = v
        n += 1
    else:
        self.should_stop_on_fail = UNSET
    if "template" in src:
        v = src["template"]
        if v.__class__ is dict:
            try:
                v = MessageTemplate._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "template")
                raise
        else:
            v = _c.off(self, ("template",), v, "an object (MessageTemplate)")
        self.template = v
        n += 1
    else:
        self.template = UNSET
    if "filters" in src:
        v = src["filters"]
        v = _c.models_in(self, "filters", v, StepFilterDto, lazy)
        self.filters = v
        n += 1
    else:
        self.filters = UNSET
    if "_parentId" in src:
        v = src["_parentId"]
        if v.__class__ is not str:
            v = _c.off(self, ("_parentId",), v, "a string")
        self.parent_id = v
        n += 1
    else:
        self.parent_id = UNSET
    if "metadata" in src:
        v = src["metadata"]
        v = _c.union_in(self, "metadata", v, _S_metadata)
        self.metadata = v
        n += 1
    else:
        self.metadata = UNSET
    if "replyCallback" in src:
        v = src["replyCallback"]
        if v.__class__ is dict:
            try:
                v = ReplyCallback._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "replyCallback")
                raise
        else:
            v = _c.off(self, ("replyCallback",), v, "an object (ReplyCallback)")
        self.reply_callback = v
        n += 1
    else:
        self.reply_callback = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


NotificationStepData._make = _make
NotificationStepData._decode = _decode
NotificationStepData._Pending = _c.pending(NotificationStepData)
NotificationStepData._SPEC = _c.ModelSpec(
    NotificationStepData,
    (
        ("_id", "id", False, ("str",)),
        ("uuid", "uuid", False, ("str",)),
        ("name", "name", False, ("str",)),
        ("_templateId", "template_id", False, ("str",)),
        ("active", "active", False, ("bool",)),
        ("shouldStopOnFail", "should_stop_on_fail", False, ("bool",)),
        ("template", "template", False, ("model", MessageTemplate)),
        ("filters", "filters", False, ("list", ("model", StepFilterDto))),
        ("_parentId", "parent_id", False, ("str",)),
        (
            "metadata",
            "metadata",
            False,
            (
                "union",
                (
                    ("model", DigestRegularMetadata),
                    ("model", DigestTimedMetadata),
                    ("model", DelayRegularMetadata),
                    ("model", DelayScheduledMetadata),
                ),
            ),
        ),
        ("replyCallback", "reply_callback", False, ("model", ReplyCallback)),
    ),
)
_S_metadata = _c.prepare(
    (
        "union",
        (
            ("model", DigestRegularMetadata),
            ("model", DigestTimedMetadata),
            ("model", DelayRegularMetadata),
            ("model", DelayScheduledMetadata),
        ),
    )
)
