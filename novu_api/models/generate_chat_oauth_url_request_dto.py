# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""GenerateChatOauthUrlRequestDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.generate_chat_oauth_url_request_dto_connection_mode import (
    GenerateChatOauthUrlRequestDtoConnectionMode,
)
from novu_api.models.generate_chat_oauth_url_request_dto_context import GenerateChatOauthUrlRequestDtoContext
from novu_api.models.generate_chat_oauth_url_request_dto_mode import GenerateChatOauthUrlRequestDtoMode

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "integrationIdentifier",
        "subscriberId",
        "connectionIdentifier",
        "context",
        "scope",
        "userScope",
        "mode",
        "connectionMode",
        "autoLinkUser",
    )
)


@_define(kw_only=True)
class GenerateChatOauthUrlRequestDto:
    """Attributes:
    integration_identifier (str): Integration identifier Sent as `integrationIdentifier`.
    subscriber_id (str | Unset, optional): The subscriber ID to link the channel connection to. For Slack: Required for incoming
        webhook endpoints, optional for workspace connections. For MS Teams: Optional. Admin
        consent is tenant-wide and can be associated with a subscriber for organizational
        purposes. Sent as `subscriberId`.
    connection_identifier (str | Unset, optional): Identifier of the channel connection that will be created. It is generated automatically
        if not provided. Sent as `connectionIdentifier`.
    context (GenerateChatOauthUrlRequestDtoContext | Unset, optional):
    scope (list[str] | Unset, optional): **Slack only**: OAuth scopes to request during authorization. These define the permissions
        your Slack integration will have. If not specified, default scopes will be used:
        chat:write, chat:write.public, channels:read, groups:read, users:read, users:read.email.
        **Webex**: OAuth scopes to request during authorization. Defaults to:
        spark:messages_write, spark:rooms_read, spark:people_read, spark:memberships_read,
        spark:kms. **MS Teams**: This parameter is ignored. MS Teams uses admin consent with pre-
        configured permissions in Azure AD. Note: The generated OAuth URL expires after 5 minutes.
    user_scope (list[str] | Unset, optional): **Slack only, link_user mode**: User-level OAuth scopes to request during authorization.
        Used when mode is "link_user" to identify the Slack user via "Sign in with Slack". If not
        specified, defaults to: identity.basic. Sent as `userScope`.
    mode (GenerateChatOauthUrlRequestDtoMode | str | Unset, optional): OAuth flow mode. Use "connect" (default) to create a workspace channel connection, or
        "link_user" to identify the subscriber's Slack user ID without creating a connection.
    connection_mode (GenerateChatOauthUrlRequestDtoConnectionMode | str | Unset, optional): Connection mode that determines how the channel connection is scoped. Use "subscriber"
        (default) to associate the connection with a specific subscriber. Use "shared" to
        associate the connection with a context instead of a subscriber — subscriberId will not be
        stored on the connection. Sent as `connectionMode`.
    auto_link_user (bool | Unset, optional): When true, after the workspace/tenant connection is created the OAuth flow also links the
        subscriber who clicked "Connect" as a personal endpoint. For Slack, this uses the
        authed_user.id already returned by oauth.v2.access — no extra redirect. For Webex, this
        uses the authenticated Webex person returned by people/me — no extra redirect. For MS
        Teams, this triggers a second OAuth redirect for delegated user-identity consent. Defaults
        to false when omitted; the SlackConnectButton and MsTeamsConnectButton SDK components
        default this to true. Sent as `autoLinkUser`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    integration_identifier: str
    subscriber_id: str | Unset = UNSET
    connection_identifier: str | Unset = UNSET
    context: GenerateChatOauthUrlRequestDtoContext | Unset = UNSET
    scope: list[str] | Unset = UNSET
    user_scope: list[str] | Unset = UNSET
    mode: GenerateChatOauthUrlRequestDtoMode | str | Unset = UNSET
    connection_mode: GenerateChatOauthUrlRequestDtoConnectionMode | str | Unset = UNSET
    auto_link_user: bool | Unset = UNSET
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
        if self.integration_identifier is not UNSET:
            out["integrationIdentifier"] = self.integration_identifier
        if self.subscriber_id is not UNSET:
            out["subscriberId"] = self.subscriber_id
        if self.connection_identifier is not UNSET:
            out["connectionIdentifier"] = self.connection_identifier
        if self.context is not UNSET:
            out["context"] = _c.encode(self.context)
        if self.scope is not UNSET:
            out["scope"] = self.scope
        if self.user_scope is not UNSET:
            out["userScope"] = self.user_scope
        if self.mode is not UNSET:
            out["mode"] = _c.encode(self.mode)
        if self.connection_mode is not UNSET:
            out["connectionMode"] = _c.encode(self.connection_mode)
        if self.auto_link_user is not UNSET:
            out["autoLinkUser"] = self.auto_link_user
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> GenerateChatOauthUrlRequestDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.integration_identifier = g("integrationIdentifier", UNSET)
        self.subscriber_id = g("subscriberId", UNSET)
        self.connection_identifier = g("connectionIdentifier", UNSET)
        self.context = _c.model(GenerateChatOauthUrlRequestDtoContext, g("context", UNSET), "context")
        self.scope = g("scope", UNSET)
        self.user_scope = g("userScope", UNSET)
        self.mode = _c.enum_value(GenerateChatOauthUrlRequestDtoMode, g("mode", UNSET))
        self.connection_mode = _c.enum_value(
            GenerateChatOauthUrlRequestDtoConnectionMode, g("connectionMode", UNSET)
        )
        self.auto_link_user = g("autoLinkUser", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
