# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""UpdateChannelEndpointRequestDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.phone_endpoint_dto import PhoneEndpointDto
from novu_api.models.slack_channel_endpoint_dto import SlackChannelEndpointDto
from novu_api.models.slack_user_endpoint_dto import SlackUserEndpointDto
from novu_api.models.webex_person_endpoint_dto import WebexPersonEndpointDto
from novu_api.models.webex_room_endpoint_dto import WebexRoomEndpointDto
from novu_api.models.webhook_endpoint_dto import WebhookEndpointDto

from .. import _codec as _c
from .._types import UNSET

_KNOWN: frozenset[str] = frozenset(("endpoint",))


@_define(kw_only=True)
class UpdateChannelEndpointRequestDto:
    """Attributes:
    endpoint (PhoneEndpointDto | SlackChannelEndpointDto | SlackUserEndpointDto | WebexPersonEndpointDto | WebexRoomEndpointDto | WebhookEndpointDto): Updated endpoint data. The structure must match the existing channel endpoint type.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    endpoint: (
        PhoneEndpointDto
        | SlackChannelEndpointDto
        | SlackUserEndpointDto
        | WebexPersonEndpointDto
        | WebexRoomEndpointDto
        | WebhookEndpointDto
    )
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
        if self.endpoint is not UNSET:
            out["endpoint"] = _c.encode(self.endpoint)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> UpdateChannelEndpointRequestDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.endpoint = _c.union(
            (
                SlackChannelEndpointDto,
                SlackUserEndpointDto,
                WebhookEndpointDto,
                PhoneEndpointDto,
                WebexRoomEndpointDto,
                WebexPersonEndpointDto,
            ),
            g("endpoint", UNSET),
            "endpoint",
        )
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
