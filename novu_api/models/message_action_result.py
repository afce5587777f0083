# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""MessageActionResult"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.button_type_enum import ButtonTypeEnum
from novu_api.models.message_action_result_payload import MessageActionResultPayload

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "payload",
        "type",
    )
)


@_define(kw_only=True)
class MessageActionResult:
    """Attributes:
    payload (MessageActionResultPayload | Unset, optional): Payload of the action result
    type_ (ButtonTypeEnum | str | Unset, optional): Type of button for the action result Sent as `type`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    payload: MessageActionResultPayload | Unset = UNSET
    type_: ButtonTypeEnum | str | Unset = UNSET
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
        if self.payload is not UNSET:
            out["payload"] = _c.encode(self.payload)
        if self.type_ is not UNSET:
            out["type"] = _c.encode(self.type_)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> MessageActionResult:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.payload = _c.model(MessageActionResultPayload, g("payload", UNSET), "payload")
        self.type_ = _c.enum_value(ButtonTypeEnum, g("type", UNSET))
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
