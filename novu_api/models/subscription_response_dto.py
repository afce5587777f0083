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

    def _fill(self) -> None:
        # Decode the wire object `from_dict` kept (see `_c.Model`), in place.
        src = self._src
        if src is None:
            return
        if self.__class__ is not SubscriptionResponseDto:
            return _c.fill_subclass(self, src, _decode)
        _c._put(self, "__class__", _Filling)  # plain slot writes while decoding
        try:
            _decode(self, src, False)
        finally:
            _c._put(self, "__class__", SubscriptionResponseDto)

    @classmethod
    def _eager(cls, src: Any, lazy: bool = False) -> SubscriptionResponseDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not SubscriptionResponseDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        self: SubscriptionResponseDto = object.__new__(_Filling)
        _decode(self, src, lazy)
        _c._put(self, "__class__", SubscriptionResponseDto)
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The same object while `_decode` writes its fields (plain slot writes); the class is put back after.
_Filling = _c.filling(SubscriptionResponseDto)


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare; `self` is a `_Filling`.
    g = src.get
    v = g("_id", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("_id",), v, "a string")
    self.id = v
    v = g("topic", UNSET)
    if v is not UNSET:
        v = _c.model_in(self, "topic", v, TopicDto, lazy)
    elif v is UNSET:
        v = _c.off(self, ("topic",), v, "an object (TopicDto)")
    self.topic = v
    v = g("subscriber", UNSET)
    if v is not UNSET and v is not None:
        v = _c.model_in(self, "subscriber", v, SubscriberDto, lazy)
    elif v is UNSET:
        v = _c.off(self, ("subscriber",), v, "an object (SubscriberDto) or null")
    self.subscriber = v
    v = g("createdAt", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("createdAt",), v, "a string")
    self.created_at = v
    v = g("updatedAt", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("updatedAt",), v, "a string")
    self.updated_at = v
    v = g("identifier", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("identifier",), v, "a string")
    self.identifier = v
    v = g("name", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("name",), v, "a string")
    self.name = v
    v = g("preferences", UNSET)
    if v is not UNSET:
        v = _c.models_in(self, "preferences", v, SubscriptionPreferenceDto, lazy)
    self.preferences = v
    v = g("contextKeys", UNSET)
    if v is not UNSET:
        v = _c.scalars_in(self, "contextKeys", v, (str,), "a string")
    self.context_keys = v
    self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
    self._src = None


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
