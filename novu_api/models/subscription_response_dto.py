# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""SubscriptionResponseDto"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.subscriber_dto import SubscriberDto
from novu_api.models.subscription_preference_dto import SubscriptionPreferenceDto
from novu_api.models.topic_dto import TopicDto

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "_id",
        "topic",
        "subscriber",
        "createdAt",
        "updatedAt",
        "identifier",
        "name",
        "preferences",
        "contextKeys",
    )
)


@_define(kw_only=True)
class SubscriptionResponseDto(_c.Model):
    """Attributes:
        id (str): The unique identifier of the subscription Sent as `_id`.
        topic (TopicDto):
        subscriber (SubscriberDto | None): The subscriber information
        created_at (str): The creation date of the subscription Sent as `createdAt`.
        updated_at (str): The last update date of the subscription Sent as `updatedAt`.
        identifier (str | Unset, optional): The identifier of the subscription
        name (str | Unset, optional): The name of the subscription
        preferences (Sequence[SubscriptionPreferenceDto] | Unset, optional): The preferences for workflows in this subscription
        context_keys (Sequence[str] | Unset, optional): Context keys that scope this subscription (e.g., tenant:org-a, project:proj-123) Sent as `contextKeys`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    id: str
    topic: TopicDto
    subscriber: SubscriberDto | None
    created_at: str
    updated_at: str
    identifier: str | Unset = UNSET
    name: str | Unset = UNSET
    preferences: Sequence[SubscriptionPreferenceDto] | Unset = UNSET
    context_keys: Sequence[str] | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> SubscriptionResponseDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not SubscriptionResponseDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> SubscriptionResponseDto:
    self: SubscriptionResponseDto = _c._new(SubscriptionResponseDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 5
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
        v = src["topic"]
    except KeyError:
        v = _c.off(self, ("topic",), UNSET, "an object (TopicDto)")
        n -= 1
    else:
        if v.__class__ is dict:
            try:
                v = TopicDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "topic")
                raise
        else:
            v = _c.off(self, ("topic",), v, "an object (TopicDto)")
    self.topic = v
    try:
        v = src["subscriber"]
    except KeyError:
        v = _c.off(self, ("subscriber",), UNSET, "an object (SubscriberDto) or null")
        n -= 1
    else:
        if v is not None:
            if v.__class__ is dict:
                try:
                    v = SubscriberDto._make(v, lazy)
                except _c.DecodeError as exc:
                    exc.path.insert(0, "subscriber")
                    raise
            else:
                v = _c.off(self, ("subscriber",), v, "an object (SubscriberDto) or null")
    self.subscriber = v
    try:
        v = src["createdAt"]
    except KeyError:
        v = _c.off(self, ("createdAt",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("createdAt",), v, "a string")
    self.created_at = v
    try:
        v = src["updatedAt"]
    except KeyError:
        v = _c.off(self, ("updatedAt",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("updatedAt",), v, "a string")
    self.updated_at = v
    if "identifier" in src:
        v = src["identifier"]
        if v.__class__ is not str:
            v = _c.off(self, ("identifier",), v, "a string")
        self.identifier = v
        n += 1
    else:
        self.identifier = UNSET
    if "name" in src:
        v = src["name"]
        if v.__class__ is not str:
            v = _c.off(self, ("name",), v, "a string")
        self.name = v
        n += 1
    else:
        self.name = UNSET
    if "preferences" in src:
        v = src["preferences"]
        v = _c.models_in(self, "preferences", v, SubscriptionPreferenceDto, lazy)
        self.preferences = v
        n += 1
    else:
        self.preferences = UNSET
    if "contextKeys" in src:
        v = src["contextKeys"]
        v = _c.scalars_in(self, "contextKeys", v, (str,), "a string")
        self.context_keys = v
        n += 1
    else:
        self.context_keys = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


SubscriptionResponseDto._make = _make
SubscriptionResponseDto._decode = _decode
SubscriptionResponseDto._Pending = _c.pending(SubscriptionResponseDto)
SubscriptionResponseDto._SPEC = _c.ModelSpec(
    SubscriptionResponseDto,
    (
        ("_id", "id", True, ("str",)),
        ("topic", "topic", True, ("model", TopicDto)),
        (
            "subscriber",
            "subscriber",
            True,
            (
                "union",
                (
                    ("model", SubscriberDto),
                    ("null",),
                ),
            ),
        ),
        ("createdAt", "created_at", True, ("str",)),
        ("updatedAt", "updated_at", True, ("str",)),
        ("identifier", "identifier", False, ("str",)),
        ("name", "name", False, ("str",)),
        ("preferences", "preferences", False, ("list", ("model", SubscriptionPreferenceDto))),
        ("contextKeys", "context_keys", False, ("list", ("str",))),
    ),
)
