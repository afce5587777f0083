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

    def _fill(self) -> None:
        # Decode the wire object `from_dict` kept (see `_c.Model`), in place.
        src = self._src
        if src is None:
            return
        if self.__class__ is not NotificationStepData:
            return _c.fill_subclass(self, src, _decode)
        _c._put(self, "__class__", _Filling)  # plain slot writes while decoding
        try:
            _decode(self, src, False)
        finally:
            _c._put(self, "__class__", NotificationStepData)

    @classmethod
    def _eager(cls, src: Any, lazy: bool = False) -> NotificationStepData:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not NotificationStepData:
            return _c.eager_subclass(cls, src, lazy, _decode)
        self: NotificationStepData = object.__new__(_Filling)
        _decode(self, src, lazy)
        _c._put(self, "__class__", NotificationStepData)
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The same object while `_decode` writes its fields (plain slot writes); the class is put back after.
_Filling = _c.filling(NotificationStepData)


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare; `self` is a `_Filling`.
    g = src.get
    v = g("_id", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("_id",), v, "a string")
    self.id = v
    v = g("uuid", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("uuid",), v, "a string")
    self.uuid = v
    v = g("name", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("name",), v, "a string")
    self.name = v
    v = g("_templateId", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("_templateId",), v, "a string")
    self.template_id = v
    v = g("active", UNSET)
    if v.__class__ is not bool and v is not UNSET:
        v = _c.off(self, ("active",), v, "a boolean")
    self.active = v
    v = g("shouldStopOnFail", UNSET)
    if v.__class__ is not bool and v is not UNSET:
        v = _c.off(self, ("shouldStopOnFail",), v, "a boolean")
    self.should_stop_on_fail = v
    v = g("template", UNSET)
    if v is not UNSET:
        v = _c.model_in(self, "template", v, MessageTemplate, lazy)
    self.template = v
    v = g("filters", UNSET)
    if v is not UNSET:
        v = _c.models_in(self, "filters", v, StepFilterDto, lazy)
    self.filters = v
    v = g("_parentId", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("_parentId",), v, "a string")
    self.parent_id = v
    v = g("metadata", UNSET)
    if v is not UNSET:
        v = _c.union_in(self, "metadata", v, _S_metadata)
    self.metadata = v
    v = g("replyCallback", UNSET)
    if v is not UNSET:
        v = _c.model_in(self, "replyCallback", v, ReplyCallback, lazy)
    self.reply_callback = v
    self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
    self._src = None


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
