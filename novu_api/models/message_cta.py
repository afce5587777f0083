# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""MessageCTA"""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.channel_cta_type_enum import ChannelCTATypeEnum
from novu_api.models.message_action import MessageAction
from novu_api.models.message_cta_data import MessageCTAData

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "type",
        "data",
        "action",
    )
)


@_define(kw_only=True)
class MessageCTA(_c.Model):
    """Attributes:
        type_ (ChannelCTATypeEnum | str | Unset, optional): Type of call to action Sent as `type`.
        data (MessageCTAData | Unset, optional):
        action (MessageAction | Unset, optional):
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    type_: ChannelCTATypeEnum | str | Unset = UNSET
    data: MessageCTAData | Unset = UNSET
    action: MessageAction | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> MessageCTA:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not MessageCTA:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> MessageCTA:
    self: MessageCTA = _c._new(MessageCTA)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 0
    if "type" in src:
        v = src["type"]
        v = _c.enum_in(self, "type", v, ChannelCTATypeEnum)
        self.type_ = v
        n += 1
    else:
        self.type_ = UNSET
    if "data" in src:
        v = src["data"]
        if v.__class__ is dict:
            try:
                v = MessageCTAData._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "data")
                raise
        else:
            v = _c.off(self, ("data",), v, "an object (MessageCTAData)")
        self.data = v
        n += 1
    else:
        self.data = UNSET
    if "action" in src:
        v = src["action"]
        if v.__class__ is dict:
            try:
                v = MessageAction._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "action")
                raise
        else:
            v = _c.off(self, ("action",), v, "an object (MessageAction)")
        self.action = v
        n += 1
    else:
        self.action = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


MessageCTA._make = _make
MessageCTA._decode = _decode
MessageCTA._Pending = _c.pending(MessageCTA)
MessageCTA._SPEC = _c.ModelSpec(
    MessageCTA,
    (
        ("type", "type_", False, ("enum", ChannelCTATypeEnum)),
        ("data", "data", False, ("model", MessageCTAData)),
        ("action", "action", False, ("model", MessageAction)),
    ),
)
