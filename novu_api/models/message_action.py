# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""MessageAction"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.message_action_result import MessageActionResult
from novu_api.models.message_action_status_enum import MessageActionStatusEnum
from novu_api.models.message_button import MessageButton

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "status",
        "buttons",
        "result",
    )
)


@_define(kw_only=True)
class MessageAction:
    """Attributes:
    status (MessageActionStatusEnum | str | Unset, optional): Status of the message action
    buttons (list[MessageButton] | Unset, optional): List of buttons associated with the message action
    result (MessageActionResult | Unset, optional):
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    status: MessageActionStatusEnum | str | Unset = UNSET
    buttons: list[MessageButton] | Unset = UNSET
    result: MessageActionResult | Unset = UNSET
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
        if self.status is not UNSET:
            out["status"] = _c.encode(self.status)
        if self.buttons is not UNSET:
            out["buttons"] = _c.encode(self.buttons)
        if self.result is not UNSET:
            out["result"] = _c.encode(self.result)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> MessageAction:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.status = _c.enum_value(MessageActionStatusEnum, g("status", UNSET))
        self.buttons = _c.model_list(MessageButton, g("buttons", UNSET), "buttons")
        self.result = _c.model(MessageActionResult, g("result", UNSET), "result")
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
