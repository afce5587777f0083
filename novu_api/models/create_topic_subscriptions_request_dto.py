# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""CreateTopicSubscriptionsRequestDto"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.create_topic_subscriptions_request_dto_context import (
    CreateTopicSubscriptionsRequestDtoContext,
)
from novu_api.models.group_preference_filter_dto import GroupPreferenceFilterDto
from novu_api.models.topic_subscriber_identifier_dto import TopicSubscriberIdentifierDto
from novu_api.models.workflow_preference_request_dto import WorkflowPreferenceRequestDto

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "subscriberIds",
        "subscriptions",
        "name",
        "context",
        "preferences",
    )
)


@_define(kw_only=True)
class CreateTopicSubscriptionsRequestDto(_c.Model):
    """Attributes:
        subscriber_ids (Sequence[str] | Unset, optional): List of subscriber IDs to subscribe to the topic (max: 100). @deprecated Use the
            "subscriptions" property instead. Sent as `subscriberIds`.
        subscriptions (Sequence[str | TopicSubscriberIdentifierDto] | Unset, optional): List of subscriptions to subscribe to the topic (max: 100). Can be either a string array
            of subscriber IDs or an array of objects with identifier and subscriberId
        name (str | Unset, optional): The name of the topic
        context (CreateTopicSubscriptionsRequestDtoContext | Mapping[str, Any] | Unset, optional):
        preferences (Sequence[str | WorkflowPreferenceRequestDto | GroupPreferenceFilterDto] | Unset, optional): The preferences of the topic. Can be a simple workflow ID string, workflow preference
            object, or group filter object
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    subscriber_ids: Sequence[str] | Unset = UNSET
    subscriptions: Sequence[str | TopicSubscriberIdentifierDto] | Unset = UNSET
    name: str | Unset = UNSET
    context: CreateTopicSubscriptionsRequestDtoContext | Mapping[str, Any] | Unset = UNSET
    preferences: Sequence[str | WorkflowPreferenceRequestDto | GroupPreferenceFilterDto] | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> CreateTopicSubscriptionsRequestDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not CreateTopicSubscriptionsRequestDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> CreateTopicSubscriptionsRequestDto:
    self: CreateTopicSubscriptionsRequestDto = _c._new(CreateTopicSubscriptionsRequestDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 0
    if "subscriberIds" in src:
        v = src["subscriberIds"]
        v = _c.scalars_in(self, "subscriberIds", v, (str,), "a string")
        self.subscriber_ids = v
        n += 1
    else:
        self.subscriber_ids = UNSET
    if "subscriptions" in src:
        v = src["subscriptions"]
        v = _c.list_in(self, "subscriptions", v, _S_subscriptions)
        self.subscriptions = v
        n += 1
    else:
        self.subscriptions = UNSET
    if "name" in src:
        v = src["name"]
        if v.__class__ is not str:
            v = _c.off(self, ("name",), v, "a string")
        self.name = v
        n += 1
    else:
        self.name = UNSET
    if "context" in src:
        v = src["context"]
        if v.__class__ is dict:
            try:
                v = CreateTopicSubscriptionsRequestDtoContext._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "context")
                raise
        else:
            v = _c.off(self, ("context",), v, "an object (CreateTopicSubscriptionsRequestDtoContext)")
        self.context = v
        n += 1
    else:
        self.context = UNSET
    if "preferences" in src:
        v = src["preferences"]
        v = _c.list_in(self, "preferences", v, _S_preferences)
        self.preferences = v
        n += 1
    else:
        self.preferences = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


CreateTopicSubscriptionsRequestDto._make = _make
CreateTopicSubscriptionsRequestDto._decode = _decode
CreateTopicSubscriptionsRequestDto._Pending = _c.pending(CreateTopicSubscriptionsRequestDto)
CreateTopicSubscriptionsRequestDto._SPEC = _c.ModelSpec(
    CreateTopicSubscriptionsRequestDto,
    (
        ("subscriberIds", "subscriber_ids", False, ("list", ("str",))),
        (
            "subscriptions",
            "subscriptions",
            False,
            (
                "list",
                (
                    "union",
                    (
                        ("str",),
                        ("model", TopicSubscriberIdentifierDto),
                    ),
                ),
            ),
        ),
        ("name", "name", False, ("str",)),
        ("context", "context", False, ("model", CreateTopicSubscriptionsRequestDtoContext)),
        (
            "preferences",
            "preferences",
            False,
            (
                "list",
                (
                    "union",
                    (
                        ("str",),
                        ("model", WorkflowPreferenceRequestDto),
                        ("model", GroupPreferenceFilterDto),
                    ),
                ),
            ),
        ),
    ),
)
_S_subscriptions = _c.prepare(
    (
        "list",
        (
            "union",
            (
                ("str",),
                ("model", TopicSubscriberIdentifierDto),
            ),
        ),
    )
)
_S_preferences = _c.prepare(
    (
        "list",
        (
            "union",
            (
                ("str",),
                ("model", WorkflowPreferenceRequestDto),
                ("model", GroupPreferenceFilterDto),
            ),
        ),
    )
)
