# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""SubscriberChannelDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.channel_credentials_dto import ChannelCredentialsDto
from novu_api.models.subscriber_channel_dto_provider_id import SubscriberChannelDtoProviderId

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "providerId",
        "credentials",
        "integrationIdentifier",
    )
)


@_define(kw_only=True)
class SubscriberChannelDto:
    """Attributes:
    provider_id (SubscriberChannelDtoProviderId | str): The ID of the chat or push provider. Sent as `providerId`.
    credentials (ChannelCredentialsDto):
    integration_identifier (str | Unset, optional): An optional identifier for the integration. Sent as `integrationIdentifier`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    provider_id: SubscriberChannelDtoProviderId | str
    credentials: ChannelCredentialsDto
    integration_identifier: str | Unset = UNSET
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
        if self.provider_id is not UNSET:
            out["providerId"] = _c.encode(self.provider_id)
        if self.credentials is not UNSET:
            out["credentials"] = _c.encode(self.credentials)
        if self.integration_identifier is not UNSET:
            out["integrationIdentifier"] = self.integration_identifier
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> SubscriberChannelDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.provider_id = _c.enum_value(SubscriberChannelDtoProviderId, g("providerId", UNSET))
        self.credentials = _c.model(ChannelCredentialsDto, g("credentials", UNSET), "credentials")
        self.integration_identifier = g("integrationIdentifier", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
