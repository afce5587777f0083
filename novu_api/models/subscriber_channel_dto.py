# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""SubscriberChannelDto"""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.channel_credentials_dto import ChannelCredentialsDto
from novu_api.models.subscriber_channel_dto_provider_id import SubscriberChannelDtoProviderId

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "providerId",
        "credentials",
        "integrationIdentifier",
    )
)


@_define(kw_only=True)
class SubscriberChannelDto(_c.Model):
    """Attributes:
        provider_id (SubscriberChannelDtoProviderId | str): The ID of the chat or push provider. Sent as `providerId`.
        credentials (ChannelCredentialsDto):
        integration_identifier (str | Unset, optional): An optional identifier for the integration. Sent as `integrationIdentifier`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    provider_id: SubscriberChannelDtoProviderId | str
    credentials: ChannelCredentialsDto
    integration_identifier: str | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> SubscriberChannelDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not SubscriberChannelDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> SubscriberChannelDto:
    self: SubscriberChannelDto = _c._new(SubscriberChannelDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 2
    try:
        v = src["providerId"]
    except KeyError:
        v = _c.off(
            self,
            ("providerId",),
            UNSET,
            "one of 'slack', 'discord', 'msteams', 'webex-messaging', 'mattermost', 'ryver', 'zulip', 'grafana-on-call', 'getstream', 'rocket-chat', 'whatsapp-business', 'line', 'chat-webhook', 'novu-slack', 'telegram', 'sendblue', 'fcm', 'apns', 'expo', 'one-signal', 'pushpad', 'push-webhook', 'pusher-beams', 'appio'",
        )
        n -= 1
    else:
        v = _c.enum_in(self, "providerId", v, SubscriberChannelDtoProviderId)
    self.provider_id = v
    try:
        v = src["credentials"]
    except KeyError:
        v = _c.off(self, ("credentials",), UNSET, "an object (ChannelCredentialsDto)")
        n -= 1
    else:
        if v.__class__ is dict:
            try:
                v = ChannelCredentialsDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "credentials")
                raise
        else:
            v = _c.off(self, ("credentials",), v, "an object (ChannelCredentialsDto)")
    self.credentials = v
    if "integrationIdentifier" in src:
        v = src["integrationIdentifier"]
        if v.__class__ is not str:
            v = _c.off(self, ("integrationIdentifier",), v, "a string")
        self.integration_identifier = v
        n += 1
    else:
        self.integration_identifier = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


SubscriberChannelDto._make = _make
SubscriberChannelDto._decode = _decode
SubscriberChannelDto._Pending = _c.pending(SubscriberChannelDto)
SubscriberChannelDto._SPEC = _c.ModelSpec(
    SubscriberChannelDto,
    (
        ("providerId", "provider_id", True, ("enum", SubscriberChannelDtoProviderId)),
        ("credentials", "credentials", True, ("model", ChannelCredentialsDto)),
        ("integrationIdentifier", "integration_identifier", False, ("str",)),
    ),
)
