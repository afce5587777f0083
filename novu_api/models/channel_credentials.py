# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""ChannelCredentials"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "webhookUrl",
        "channel",
        "deviceTokens",
        "alertUid",
        "title",
        "imageUrl",
        "state",
        "externalUrl",
    )
)


@_define(kw_only=True)
class ChannelCredentials:
    """Attributes:
    webhook_url (str | Unset, optional): Webhook URL used by chat app integrations. The webhook should be obtained from the chat
        app provider. Sent as `webhookUrl`.
    channel (str | Unset, optional): Channel specification for Mattermost chat notifications.
    device_tokens (list[str] | Unset, optional): Contains an array of the subscriber device tokens for a given provider. Used on Push
        integrations. Sent as `deviceTokens`.
    alert_uid (str | Unset, optional): Alert UID for Grafana on-call webhook payload. Sent as `alertUid`.
    title (str | Unset, optional): Title to be used with Grafana on-call webhook.
    image_url (str | Unset, optional): Image URL property for Grafana on-call webhook. Sent as `imageUrl`.
    state (str | Unset, optional): State property for Grafana on-call webhook.
    external_url (str | Unset, optional): Link to upstream details property for Grafana on-call webhook. Sent as `externalUrl`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    webhook_url: str | Unset = UNSET
    channel: str | Unset = UNSET
    device_tokens: list[str] | Unset = UNSET
    alert_uid: str | Unset = UNSET
    title: str | Unset = UNSET
    image_url: str | Unset = UNSET
    state: str | Unset = UNSET
    external_url: str | Unset = UNSET
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
        if self.channel is not UNSET:
            out["channel"] = self.channel
        if self.device_tokens is not UNSET:
            out["deviceTokens"] = self.device_tokens
        if self.alert_uid is not UNSET:
            out["alertUid"] = self.alert_uid
        if self.title is not UNSET:
            out["title"] = self.title
        if self.image_url is not UNSET:
            out["imageUrl"] = self.image_url
        if self.state is not UNSET:
            out["state"] = self.state
        if self.external_url is not UNSET:
            out["externalUrl"] = self.external_url
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> ChannelCredentials:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.webhook_url = g("webhookUrl", UNSET)
        self.channel = g("channel", UNSET)
        self.device_tokens = g("deviceTokens", UNSET)
        self.alert_uid = g("alertUid", UNSET)
        self.title = g("title", UNSET)
        self.image_url = g("imageUrl", UNSET)
        self.state = g("state", UNSET)
        self.external_url = g("externalUrl", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
