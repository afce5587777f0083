# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""SubscriberPayloadDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.subscriber_channel_dto import SubscriberChannelDto
from novu_api.models.subscriber_payload_dto_data import SubscriberPayloadDtoData

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "subscriberId",
        "firstName",
        "lastName",
        "email",
        "phone",
        "avatar",
        "locale",
        "timezone",
        "data",
        "channels",
    )
)


@_define(kw_only=True)
class SubscriberPayloadDto:
    """Attributes:
    subscriber_id (str): The internal identifier you used to create this subscriber, usually correlates to the id
        the user in your systems Sent as `subscriberId`.
    first_name (None | str | Unset, optional): First name of the subscriber Sent as `firstName`.
    last_name (None | str | Unset, optional): Last name of the subscriber Sent as `lastName`.
    email (None | str | Unset, optional): Email address of the subscriber
    phone (None | str | Unset, optional): Phone number of the subscriber
    avatar (None | str | Unset, optional): Avatar URL or identifier
    locale (None | str | Unset, optional): Locale of the subscriber
    timezone (None | str | Unset, optional): Timezone of the subscriber
    data (None | SubscriberPayloadDtoData | Unset, optional): Additional custom data associated with the subscriber
    channels (list[SubscriberChannelDto] | Unset, optional): An optional array of subscriber channels.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    subscriber_id: str
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    avatar: None | str | Unset = UNSET
    locale: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    data: None | SubscriberPayloadDtoData | Unset = UNSET
    channels: list[SubscriberChannelDto] | Unset = UNSET
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
        if self.subscriber_id is not UNSET:
            out["subscriberId"] = self.subscriber_id
        if self.first_name is not UNSET:
            out["firstName"] = _c.encode(self.first_name)
        if self.last_name is not UNSET:
            out["lastName"] = _c.encode(self.last_name)
        if self.email is not UNSET:
            out["email"] = _c.encode(self.email)
        if self.phone is not UNSET:
            out["phone"] = _c.encode(self.phone)
        if self.avatar is not UNSET:
            out["avatar"] = _c.encode(self.avatar)
        if self.locale is not UNSET:
            out["locale"] = _c.encode(self.locale)
        if self.timezone is not UNSET:
            out["timezone"] = _c.encode(self.timezone)
        if self.data is not UNSET:
            out["data"] = _c.encode(self.data)
        if self.channels is not UNSET:
            out["channels"] = _c.encode(self.channels)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> SubscriberPayloadDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.subscriber_id = g("subscriberId", UNSET)
        self.first_name = g("firstName", UNSET)
        self.last_name = g("lastName", UNSET)
        self.email = g("email", UNSET)
        self.phone = g("phone", UNSET)
        self.avatar = g("avatar", UNSET)
        self.locale = g("locale", UNSET)
        self.timezone = g("timezone", UNSET)
        self.data = _c.union((SubscriberPayloadDtoData,), g("data", UNSET), "data")
        self.channels = _c.model_list(SubscriberChannelDto, g("channels", UNSET), "channels")
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
