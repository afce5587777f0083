# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""MessageCTA"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.channel_cta_type_enum import ChannelCTATypeEnum
from novu_api.models.message_action import MessageAction
from novu_api.models.message_cta_data import MessageCTAData

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "type",
        "data",
        "action",
    )
)


@_define(kw_only=True)
class MessageCTA:
    """Attributes:
    type_ (ChannelCTATypeEnum | str | Unset, optional): Type of call to action Sent as `type`.
    data (MessageCTAData | Unset, optional):
    action (MessageAction | Unset, optional):
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    type_: ChannelCTATypeEnum | str | Unset = UNSET
    data: MessageCTAData | Unset = UNSET
    action: MessageAction | Unset = UNSET
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
        if self.type_ is not UNSET:
            out["type"] = _c.encode(self.type_)
        if self.data is not UNSET:
            out["data"] = _c.encode(self.data)
        if self.action is not UNSET:
            out["action"] = _c.encode(self.action)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> MessageCTA:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.type_ = _c.enum_value(ChannelCTATypeEnum, g("type", UNSET))
        self.data = _c.model(MessageCTAData, g("data", UNSET), "data")
        self.action = _c.model(MessageAction, g("action", UNSET), "action")
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
