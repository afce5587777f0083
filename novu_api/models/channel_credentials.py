# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""ChannelCredentials"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset

from .. import _codec as _c

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
class ChannelCredentials(_c.Model):
    """Attributes:
        webhook_url (str | Unset, optional): Webhook URL used by chat app integrations. The webhook should be obtained from the chat
            app provider. Sent as `webhookUrl`.
        channel (str | Unset, optional): Channel specification for Mattermost chat notifications.
        device_tokens (Sequence[str] | Unset, optional): Contains an array of the subscriber device tokens for a given provider. Used on Push
            integrations. Sent as `deviceTokens`.
        alert_uid (str | Unset, optional): Alert UID for Grafana on-call webhook payload. Sent as `alertUid`.
        title (str | Unset, optional): Title to be used with Grafana on-call webhook.
        image_url (str | Unset, optional): Image URL property for Grafana on-call webhook. Sent as `imageUrl`.
        state (str | Unset, optional): State property for Grafana on-call webhook.
        external_url (str | Unset, optional): Link to upstream details property for Grafana on-call webhook. Sent as `externalUrl`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    webhook_url: str | Unset = UNSET
    channel: str | Unset = UNSET
    device_tokens: Sequence[str] | Unset = UNSET
    alert_uid: str | Unset = UNSET
    title: str | Unset = UNSET
    image_url: str | Unset = UNSET
    state: str | Unset = UNSET
    external_url: str | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> ChannelCredentials:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not ChannelCredentials:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> ChannelCredentials:
    self: ChannelCredentials = _c._new(ChannelCredentials)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 0
    if "webhookUrl" in src:
        v = src["webhookUrl"]
        if v.__class__ is not str:
            v = _c.off(self, ("webhookUrl",), v, "a string")
        self.webhook_url = v
        n += 1
    else:
        self.webhook_url = UNSET
    if "channel" in src:
        v = src["channel"]
        if v.__class__ is not str:
            v = _c.off(self, ("channel",), v, "a string")
        self.channel = v
        n += 1
    else:
        self.channel = UNSET
    if "deviceTokens" in src:
        v = src["deviceTokens"]
        v = _c.scalars_in(self, "deviceTokens", v, (str,), "a string")
        self.device_tokens = v
        n += 1
    else:
        self.device_tokens = UNSET
    if "alertUid" in src:
        v = src["alertUid"]
        if v.__class__ is not str:
            v = _c.off(self, ("alertUid",), v, "a string")
        self.alert_uid = v
        n += 1
    else:
        self.alert_uid = UNSET
    if "title" in src:
        v = src["title"]
        if v.__class__ is not str:
            v = _c.off(self, ("title",), v, "a string")
        self.title = v
        n += 1
    else:
        self.title = UNSET
    if "imageUrl" in src:
        v = src["imageUrl"]
        if v.__class__ is not str:
            v = _c.off(self, ("imageUrl",), v, "a string")
        self.image_url = v
        n += 1
    else:
        self.image_url = UNSET
    if "state" in src:
        v = src["state"]
        if v.__class__ is not str:
            v = _c.off(self, ("state",), v, "a string")
        self.state = v
        n += 1
    else:
        self.state = UNSET
    if "externalUrl" in src:
        v = src["externalUrl"]
        if v.__class__ is not str:
            v = _c.off(self, ("externalUrl",), v, "a string")
        self.external_url = v
        n += 1
    else:
        self.external_url = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


ChannelCredentials._make = _make
ChannelCredentials._decode = _decode
ChannelCredentials._Pending = _c.pending(ChannelCredentials)
ChannelCredentials._SPEC = _c.ModelSpec(
    ChannelCredentials,
    (
        ("webhookUrl", "webhook_url", False, ("str",)),
        ("channel", "channel", False, ("str",)),
        ("deviceTokens", "device_tokens", False, ("list", ("str",))),
        ("alertUid", "alert_uid", False, ("str",)),
        ("title", "title", False, ("str",)),
        ("imageUrl", "image_url", False, ("str",)),
        ("state", "state", False, ("str",)),
        ("externalUrl", "external_url", False, ("str",)),
    ),
)
