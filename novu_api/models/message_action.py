# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""MessageAction"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.message_action_result import MessageActionResult
from novu_api.models.message_action_status_enum import MessageActionStatusEnum
from novu_api.models.message_button import MessageButton

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "status",
        "buttons",
        "result",
    )
)


@_define(kw_only=True)
class MessageAction(_c.Model):
    """Attributes:
        status (MessageActionStatusEnum | str | Unset, optional): Status of the message action
        buttons (Sequence[MessageButton] | Unset, optional): List of buttons associated with the message action
        result (MessageActionResult | Unset, optional):
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    status: MessageActionStatusEnum | str | Unset = UNSET
    buttons: Sequence[MessageButton] | Unset = UNSET
    result: MessageActionResult | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> MessageAction:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not MessageAction:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> MessageAction:
    self: MessageAction = _c._new(MessageAction)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 0
    if "status" in src:
        v = src["status"]
        v = _c.enum_in(self, "status", v, MessageActionStatusEnum)
        self.status = v
        n += 1
    else:
        self.status = UNSET
    if "buttons" in src:
        v = src["buttons"]
        v = _c.models_in(self, "buttons", v, MessageButton, lazy)
        self.buttons = v
        n += 1
    else:
        self.buttons = UNSET
    if "result" in src:
        v = src["result"]
        if v.__class__ is dict:
            try:
                v = MessageActionResult._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "result")
                raise
        else:
            v = _c.off(self, ("result",), v, "an object (MessageActionResult)")
        self.result = v
        n += 1
    else:
        self.result = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


MessageAction._make = _make
MessageAction._decode = _decode
MessageAction._Pending = _c.pending(MessageAction)
MessageAction._SPEC = _c.ModelSpec(
    MessageAction,
    (
        ("status", "status", False, ("enum", MessageActionStatusEnum)),
        ("buttons", "buttons", False, ("list", ("model", MessageButton))),
        ("result", "result", False, ("model", MessageActionResult)),
    ),
)
