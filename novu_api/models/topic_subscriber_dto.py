# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""TopicSubscriberDto"""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "_organizationId",
        "_environmentId",
        "_subscriberId",
        "_topicId",
        "topicKey",
        "externalSubscriberId",
    )
)


@_define(kw_only=True)
class TopicSubscriberDto(_c.Model):
    """Attributes:
        organization_id (str): Unique identifier for the organization Sent as `_organizationId`.
        environment_id (str): Unique identifier for the environment Sent as `_environmentId`.
        subscriber_id (str): Unique identifier for the subscriber Sent as `_subscriberId`.
        topic_id (str): Unique identifier for the topic Sent as `_topicId`.
        topic_key (str): Key associated with the topic Sent as `topicKey`.
        external_subscriber_id (str): External identifier for the subscriber Sent as `externalSubscriberId`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    organization_id: str
    environment_id: str
    subscriber_id: str
    topic_id: str
    topic_key: str
    external_subscriber_id: str
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
    def _eager(cls, src: Any, lazy: bool = False) -> TopicSubscriberDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not TopicSubscriberDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> TopicSubscriberDto:
    self: TopicSubscriberDto = _c._new(TopicSubscriberDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 6
    try:
        v = src["_organizationId"]
    except KeyError:
        v = _c.off(self, ("_organizationId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("_organizationId",), v, "a string")
    self.organization_id = v
    try:
        v = src["_environmentId"]
    except KeyError:
        v = _c.off(self, ("_environmentId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("_environmentId",), v, "a string")
    self.environment_id = v
    try:
        v = src["_subscriberId"]
    except KeyError:
        v = _c.off(self, ("_subscriberId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("_subscriberId",), v, "a string")
    self.subscriber_id = v
    try:
        v = src["_topicId"]
    except KeyError:
        v = _c.off(self, ("_topicId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("_topicId",), v, "a string")
    self.topic_id = v
    try:
        v = src["topicKey"]
    except KeyError:
        v = _c.off(self, ("topicKey",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("topicKey",), v, "a string")
    self.topic_key = v
    try:
        v = src["externalSubscriberId"]
    except KeyError:
        v = _c.off(self, ("externalSubscriberId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("externalSubscriberId",), v, "a string")
    self.external_subscriber_id = v
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


TopicSubscriberDto._make = _make
TopicSubscriberDto._decode = _decode
TopicSubscriberDto._Pending = _c.pending(TopicSubscriberDto)
TopicSubscriberDto._SPEC = _c.ModelSpec(
    TopicSubscriberDto,
    (
        ("_organizationId", "organization_id", True, ("str",)),
        ("_environmentId", "environment_id", True, ("str",)),
        ("_subscriberId", "subscriber_id", True, ("str",)),
        ("_topicId", "topic_id", True, ("str",)),
        ("topicKey", "topic_key", True, ("str",)),
        ("externalSubscriberId", "external_subscriber_id", True, ("str",)),
    ),
)
