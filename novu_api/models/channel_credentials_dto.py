# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""ChannelCredentialsDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "webhookUrl",
        "deviceTokens",
    )
)


@_define(kw_only=True)
class ChannelCredentialsDto:
    """Attributes:
    webhook_url (str | Unset, optional): The URL for the webhook associated with the channel. Sent as `webhookUrl`.
    device_tokens (list[str] | Unset, optional): An array of device tokens for push notifications. Sent as `deviceTokens`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    webhook_url: str | Unset = UNSET
    device_tokens: list[str] | Unset = UNSET
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
        if self.webhook_url is not UNSET:
            out["webhookUrl"] = self.webhook_url
        if self.device_tokens is not UNSET:
            out["deviceTokens"] = self.device_tokens
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> ChannelCredentialsDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.webhook_url = g("webhookUrl", UNSET)
        self.device_tokens = g("deviceTokens", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
