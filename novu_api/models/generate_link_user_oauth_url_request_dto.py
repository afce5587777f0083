# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""GenerateLinkUserOauthUrlRequestDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.generate_link_user_oauth_url_request_dto_context import (
    GenerateLinkUserOauthUrlRequestDtoContext,
)

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "subscriberId",
        "integrationIdentifier",
        "connectionIdentifier",
        "context",
        "userScope",
    )
)


@_define(kw_only=True)
class GenerateLinkUserOauthUrlRequestDto:
    """Attributes:
    subscriber_id (str): The subscriber ID to link to their chat identity. Required — this operation always binds a
        specific subscriber to a user identity in the chat provider. Sent as `subscriberId`.
    integration_identifier (str): Integration identifier Sent as `integrationIdentifier`.
    connection_identifier (str | Unset, optional): Identifier of the existing channel connection to associate this user endpoint with.
        Generated automatically if not provided for providers that support standalone user
        linking. Required for Webex. Sent as `connectionIdentifier`.
    context (GenerateLinkUserOauthUrlRequestDtoContext | Unset, optional):
    user_scope (list[str] | Unset, optional): **Slack only**: User-level OAuth scopes for "Sign in with Slack". Defaults to:
        identity.basic. **Webex**: Optional Webex scopes for people/me; defaults to
        spark:people_read. **MS Teams**: ignored — uses delegated OpenID scopes (openid, profile,
        User.Read). Sent as `userScope`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    subscriber_id: str
    integration_identifier: str
    connection_identifier: str | Unset = UNSET
    context: GenerateLinkUserOauthUrlRequestDtoContext | Unset = UNSET
    user_scope: list[str] | Unset = UNSET
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
        if self.integration_identifier is not UNSET:
            out["integrationIdentifier"] = self.integration_identifier
        if self.connection_identifier is not UNSET:
            out["connectionIdentifier"] = self.connection_identifier
        if self.context is not UNSET:
            out["context"] = _c.encode(self.context)
        if self.user_scope is not UNSET:
            out["userScope"] = self.user_scope
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> GenerateLinkUserOauthUrlRequestDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.subscriber_id = g("subscriberId", UNSET)
        self.integration_identifier = g("integrationIdentifier", UNSET)
        self.connection_identifier = g("connectionIdentifier", UNSET)
        self.context = _c.model(GenerateLinkUserOauthUrlRequestDtoContext, g("context", UNSET), "context")
        self.user_scope = g("userScope", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
