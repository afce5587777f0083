# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""AgentBehaviorDto"""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.agent_behavior_dto_subscriber_access import AgentBehaviorDtoSubscriberAccess

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "acknowledgeOnReceived",
        "reactionOnResolved",
        "subscriberAccess",
    )
)


@_define(kw_only=True)
class AgentBehaviorDto(_c.Model):
    """Attributes:
        acknowledge_on_received (bool | Unset, optional): Acknowledge incoming messages. On platforms that support a native typing indicator (e.g.
            Slack, WhatsApp, Microsoft Teams, Telegram), shows a "Typing…" indicator while the agent
            processes the message. On platforms that do not (e.g. Email), reacts with an "eyes" emoji
            to the first inbound message in a thread. Default: true Sent as `acknowledgeOnReceived`.
        reaction_on_resolved (str | None | Unset, optional): Cross-platform emoji name for resolved conversations (e.g. "check", "star"). Set to null
            to disable. Default: "check" Sent as `reactionOnResolved`.
        subscriber_access (AgentBehaviorDtoSubscriberAccess | str | Unset, optional): Controls whether the agent accepts inbound messages from senders not yet linked to a
            subscriber, across all channels. "open" on managed agents auto-creates a lightweight
            subscriber so the agent can reply; on custom-code / self-hosted agents, the turn is
            forwarded to the bridge with a null subscriber. "restricted" rejects unknown senders with
            a managed denial reply (any runtime). Unset resolves as "restricted". Managed agent create
            defaults to "open"; self-hosted create defaults to "restricted". Sent as `subscriberAccess`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    acknowledge_on_received: bool | Unset = UNSET
    reaction_on_resolved: str | None | Unset = UNSET
    subscriber_access: AgentBehaviorDtoSubscriberAccess | str | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> AgentBehaviorDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not AgentBehaviorDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> AgentBehaviorDto:
    self: AgentBehaviorDto = _c._new(AgentBehaviorDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 0
    if "acknowledgeOnReceived" in src:
        v = src["acknowledgeOnReceived"]
        if v.__class__ is not bool:
            v = _c.off(self, ("acknowledgeOnReceived",), v, "a boolean")
        self.acknowledge_on_received = v
        n += 1
    else:
        self.acknowledge_on_received = UNSET
    if "reactionOnResolved" in src:
        v = src["reactionOnResolved"]
        if v.__class__ is not str and v is not None:
            v = _c.off(self, ("reactionOnResolved",), v, "a string or null")
        self.reaction_on_resolved = v
        n += 1
    else:
        self.reaction_on_resolved = UNSET
    if "subscriberAccess" in src:
        v = src["subscriberAccess"]
        v = _c.enum_in(self, "subscriberAccess", v, AgentBehaviorDtoSubscriberAccess)
        self.subscriber_access = v
        n += 1
    else:
        self.subscriber_access = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


AgentBehaviorDto._make = _make
AgentBehaviorDto._decode = _decode
AgentBehaviorDto._Pending = _c.pending(AgentBehaviorDto)
AgentBehaviorDto._SPEC = _c.ModelSpec(
    AgentBehaviorDto,
    (
        ("acknowledgeOnReceived", "acknowledge_on_received", False, ("bool",)),
        (
            "reactionOnResolved",
            "reaction_on_resolved",
            False,
            (
                "union",
                (
                    ("str",),
                    ("null",),
                ),
            ),
        ),
        ("subscriberAccess", "subscriber_access", False, ("enum", AgentBehaviorDtoSubscriberAccess)),
    ),
)
