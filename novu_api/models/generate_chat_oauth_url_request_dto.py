# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""GenerateChatOauthUrlRequestDto"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.generate_chat_oauth_url_request_dto_connection_mode import (
    GenerateChatOauthUrlRequestDtoConnectionMode,
)
from novu_api.models.generate_chat_oauth_url_request_dto_context import GenerateChatOauthUrlRequestDtoContext
from novu_api.models.generate_chat_oauth_url_request_dto_mode import GenerateChatOauthUrlRequestDtoMode

from .. import _codec as _c

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
class GenerateChatOauthUrlRequestDto(_c.Model):
    """Attributes:
        integration_identifier (str): Integration identifier Sent as `integrationIdentifier`.
        subscriber_id (str | Unset, optional): The subscriber ID to link the channel connection to. For Slack: Required for incoming
            webhook endpoints, optional for workspace connections. For MS Teams: Optional. Admin
            consent is tenant-wide and can be associated with a subscriber for organizational
            purposes. Sent as `subscriberId`.
        connection_identifier (str | Unset, optional): Identifier of the channel connection that will be created. It is generated automatically
            if not provided. Sent as `connectionIdentifier`.
        context (GenerateChatOauthUrlRequestDtoContext | Mapping[str, Any] | Unset, optional):
        scope (Sequence[str] | Unset, optional): **Slack only**: OAuth scopes to request during authorization. These define the permissions
            your Slack integration will have. If not specified, default scopes will be used:
            chat:write, chat:write.public, channels:read, groups:read, users:read, users:read.email.
            **Webex**: OAuth scopes to request during authorization. Defaults to:
            spark:messages_write, spark:rooms_read, spark:people_read, spark:memberships_read,
            spark:kms. **MS Teams**: This parameter is ignored. MS Teams uses admin consent with pre-
            configured permissions in Azure AD. Note: The generated OAuth URL expires after 5 minutes.
        user_scope (Sequence[str] | Unset, optional): **Slack only, link_user mode**: User-level OAuth scopes to request during authorization.
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

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    integration_identifier: str
    subscriber_id: str | Unset = UNSET
    connection_identifier: str | Unset = UNSET
    context: GenerateChatOauthUrlRequestDtoContext | Mapping[str, Any] | Unset = UNSET
    scope: Sequence[str] | Unset = UNSET
    user_scope: Sequence[str] | Unset = UNSET
    mode: GenerateChatOauthUrlRequestDtoMode | str | Unset = UNSET
    connection_mode: GenerateChatOauthUrlRequestDtoConnectionMode | str | Unset = UNSET
    auto_link_user: bool | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> GenerateChatOauthUrlRequestDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not GenerateChatOauthUrlRequestDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> GenerateChatOauthUrlRequestDto:
    self: GenerateChatOauthUrlRequestDto = _c._new(GenerateChatOauthUrlRequestDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 1
    try:
        v = src["integrationIdentifier"]
    except KeyError:
        v = _c.off(self, ("integrationIdentifier",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("integrationIdentifier",), v, "a string")
    self.integration_identifier = v
    if "subscriberId" in src:
        v = src["subscriberId"]
        if v.__class__ is not str:
            v = _c.off(self, ("subscriberId",), v, "a string")
        self.subscriber_id = v
        n += 1
    else:
        self.subscriber_id = UNSET
    if "connectionIdentifier" in src:
        v = src["connectionIdentifier"]
        if v.__class__ is not str:
            v = _c.off(self, ("connectionIdentifier",), v, "a string")
        self.connection_identifier = v
        n += 1
    else:
        self.connection_identifier = UNSET
    if "context" in src:
        v = src["context"]
        if v.__class__ is dict:
            try:
                v = GenerateChatOauthUrlRequestDtoContext._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "context")
                raise
        else:
            v = _c.off(self, ("context",), v, "an object (GenerateChatOauthUrlRequestDtoContext)")
        self.context = v
        n += 1
    else:
        self.context = UNSET
    if "scope" in src:
        v = src["scope"]
        v = _c.scalars_in(self, "scope", v, (str,), "a string")
        self.scope = v
        n += 1
    else:
        self.scope = UNSET
    if "userScope" in src:
        v = src["userScope"]
        v = _c.scalars_in(self, "userScope", v, (str,), "a string")
        self.user_scope = v
        n += 1
    else:
        self.user_scope = UNSET
    if "mode" in src:
        v = src["mode"]
        v = _c.enum_in(self, "mode", v, GenerateChatOauthUrlRequestDtoMode)
        self.mode = v
        n += 1
    else:
        self.mode = UNSET
    if "connectionMode" in src:
        v = src["connectionMode"]
        v = _c.enum_in(self, "connectionMode", v, GenerateChatOauthUrlRequestDtoConnectionMode)
        self.connection_mode = v
        n += 1
    else:
        self.connection_mode = UNSET
    if "autoLinkUser" in src:
        v = src["autoLinkUser"]
        if v.__class__ is not bool:
            v = _c.off(self, ("autoLinkUser",), v, "a boolean")
        self.auto_link_user = v
        n += 1
    else:
        self.auto_link_user = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


GenerateChatOauthUrlRequestDto._make = _make
GenerateChatOauthUrlRequestDto._decode = _decode
GenerateChatOauthUrlRequestDto._Pending = _c.pending(GenerateChatOauthUrlRequestDto)
GenerateChatOauthUrlRequestDto._SPEC = _c.ModelSpec(
    GenerateChatOauthUrlRequestDto,
    (
        ("integrationIdentifier", "integration_identifier", True, ("str",)),
        ("subscriberId", "subscriber_id", False, ("str",)),
        ("connectionIdentifier", "connection_identifier", False, ("str",)),
        ("context", "context", False, ("model", GenerateChatOauthUrlRequestDtoContext)),
        ("scope", "scope", False, ("list", ("str",))),
        ("userScope", "user_scope", False, ("list", ("str",))),
        ("mode", "mode", False, ("enum", GenerateChatOauthUrlRequestDtoMode)),
        ("connectionMode", "connection_mode", False, ("enum", GenerateChatOauthUrlRequestDtoConnectionMode)),
        ("autoLinkUser", "auto_link_user", False, ("bool",)),
    ),
)
