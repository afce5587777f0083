# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""GetChannelConnectionResponseDto"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET
from novu_api.models.auth_dto import AuthDto
from novu_api.models.get_channel_connection_response_dto_channel import GetChannelConnectionResponseDtoChannel
from novu_api.models.get_channel_connection_response_dto_provider_id import (
    GetChannelConnectionResponseDtoProviderId,
)
from novu_api.models.workspace_dto import WorkspaceDto

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "identifier",
        "channel",
        "providerId",
        "integrationIdentifier",
        "subscriberId",
        "contextKeys",
        "workspace",
        "auth",
        "createdAt",
        "updatedAt",
    )
)


@_define(kw_only=True)
class GetChannelConnectionResponseDto(_c.Model):
    """Attributes:
        identifier (str): The unique identifier of the channel endpoint.
        channel (GetChannelConnectionResponseDtoChannel | str | None): The channel type (email, sms, push, chat, etc.).
        provider_id (GetChannelConnectionResponseDtoProviderId | str | None): The provider identifier (e.g., sendgrid, twilio, slack, etc.). Sent as `providerId`.
        integration_identifier (str | None): The identifier of the integration to use for this channel endpoint. Sent as `integrationIdentifier`.
        subscriber_id (str | None): The subscriber ID to which the channel connection is linked Sent as `subscriberId`.
        context_keys (Sequence[str]): The context of the channel connection Sent as `contextKeys`.
        workspace (WorkspaceDto):
        auth (AuthDto):
        created_at (str): The timestamp indicating when the channel endpoint was created, in ISO 8601 format. Sent as `createdAt`.
        updated_at (str): The timestamp indicating when the channel endpoint was last updated, in ISO 8601 format. Sent as `updatedAt`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    identifier: str
    channel: GetChannelConnectionResponseDtoChannel | str | None
    provider_id: GetChannelConnectionResponseDtoProviderId | str | None
    integration_identifier: str | None
    subscriber_id: str | None
    context_keys: Sequence[str]
    workspace: WorkspaceDto
    auth: AuthDto
    created_at: str
    updated_at: str
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
    def _eager(cls, src: Any, lazy: bool = False) -> GetChannelConnectionResponseDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not GetChannelConnectionResponseDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> GetChannelConnectionResponseDto:
    self: GetChannelConnectionResponseDto = _c._new(GetChannelConnectionResponseDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 10
    try:
        v = src["identifier"]
    except KeyError:
        v = _c.off(self, ("identifier",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("identifier",), v, "a string")
    self.identifier = v
    try:
        v = src["channel"]
    except KeyError:
        v = _c.off(self, ("channel",), UNSET, "one of 'in_app', 'email', 'sms', 'chat', 'push' or null")
        n -= 1
    else:
        if v is not None:
            v = _c.enum_in(self, "channel", v, GetChannelConnectionResponseDtoChannel)
    self.channel = v
    try:
        v = src["providerId"]
    except KeyError:
        v = _c.off(
            self,
            ("providerId",),
            UNSET,
            "one of 'anypost', 'emailjs', 'mailgun', 'mailjet', 'mandrill', 'nodemailer', 'postmark', 'sendgrid', 'sendinblue', 'ses', 'netcore', 'infobip-email', 'resend', 'plunk', 'mailersend', 'mailtrap', 'clickatell', 'outlook365', 'novu-email', 'sparkpost', 'email-webhook', 'braze', 'novu-email-agent', 'nexmo', 'plivo', 'sms77', 'sms-central', 'sns', 'telnyx', 'twilio', 'gupshup', 'firetext', 'infobip-sms', 'burst-sms', 'bulk-sms', 'isend-sms', 'forty-six-elks', 'kannel', 'maqsam', 'termii', 'africas-talking', 'novu-sms', 'sendchamp', 'generic-sms', 'clicksend', 'bandwidth', 'messagebird', 'simpletexting', 'azure-sms', 'ring-central', 'brevo-sms', 'eazy-sms', 'mobishastra', 'afro-message', 'unifonic', 'smsmode', 'imedia', 'sinch', 'isendpro-sms', 'cm-telecom', 'fcm', 'apns', 'expo', 'one-signal', 'pushpad', 'push-webhook', 'pusher-beams', 'appio', 'novu', 'slack', 'discord', 'msteams', 'webex-messaging', 'mattermost', 'ryver', 'zulip', 'grafana-on-call', 'getstream', 'rocket-chat', 'whatsapp-business', 'line', 'chat-webhook', 'novu-slack', 'telegram', 'sendblue', 'anthropic', 'novu-anthropic', 'anthropic-aws' or null",
        )
        n -= 1
    else:
        if v is not None:
            v = _c.enum_in(self, "providerId", v, GetChannelConnectionResponseDtoProviderId)
    self.provider_id = v
    try:
        v = src["integrationIdentifier"]
    except KeyError:
        v = _c.off(self, ("integrationIdentifier",), UNSET, "a string or null")
        n -= 1
    else:
        if v.__class__ is not str and v is not None:
            v = _c.off(self, ("integrationIdentifier",), v, "a string or null")
    self.integration_identifier = v
    try:
        v = src["subscriberId"]
    except KeyError:
        v = _c.off(self, ("subscriberId",), UNSET, "a string or null")
        n -= 1
    else:
        if v.__class__ is not str and v is not None:
            v = _c.off(self, ("subscriberId",), v, "a string or null")
    self.subscriber_id = v
    try:
        v = src["contextKeys"]
    except KeyError:
        v = _c.off(self, ("contextKeys",), UNSET, "an array of a string")
        n -= 1
    else:
        v = _c.scalars_in(self, "contextKeys", v, (str,), "a string")
    self.context_keys = v
    try:
        v = src["workspace"]
    except KeyError:
        v = _c.off(self, ("workspace",), UNSET, "an object (WorkspaceDto)")
        n -= 1
    else:
        if v.__class__ is dict:
            try:
                v = WorkspaceDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "workspace")
                raise
        else:
            v = _c.off(self, ("workspace",), v, "an object (WorkspaceDto)")
    self.workspace = v
    try:
        v = src["auth"]
    except KeyError:
        v = _c.off(self, ("auth",), UNSET, "an object (AuthDto)")
        n -= 1
    else:
        if v.__class__ is dict:
            try:
                v = AuthDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "auth")
                raise
        else:
            v = _c.off(self, ("auth",), v, "an object (AuthDto)")
    self.auth = v
    try:
        v = src["createdAt"]
    except KeyError:
        v = _c.off(self, ("createdAt",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("createdAt",), v, "a string")
    self.created_at = v
    try:
        v = src["updatedAt"]
    except KeyError:
        v = _c.off(self, ("updatedAt",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("updatedAt",), v, "a string")
    self.updated_at = v
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


GetChannelConnectionResponseDto._make = _make
GetChannelConnectionResponseDto._decode = _decode
GetChannelConnectionResponseDto._Pending = _c.pending(GetChannelConnectionResponseDto)
GetChannelConnectionResponseDto._SPEC = _c.ModelSpec(
    GetChannelConnectionResponseDto,
    (
        ("identifier", "identifier", True, ("str",)),
        (
            "channel",
            "channel",
            True,
            (
                "union",
                (
                    ("enum", GetChannelConnectionResponseDtoChannel),
                    ("null",),
                ),
            ),
        ),
        (
            "providerId",
            "provider_id",
            True,
            (
                "union",
                (
                    ("enum", GetChannelConnectionResponseDtoProviderId),
                    ("null",),
                ),
            ),
        ),
        (
            "integrationIdentifier",
            "integration_identifier",
            True,
            (
                "union",
                (
                    ("str",),
                    ("null",),
                ),
            ),
        ),
        (
            "subscriberId",
            "subscriber_id",
            True,
            (
                "union",
                (
                    ("str",),
                    ("null",),
                ),
            ),
        ),
        ("contextKeys", "context_keys", True, ("list", ("str",))),
        ("workspace", "workspace", True, ("model", WorkspaceDto)),
        ("auth", "auth", True, ("model", AuthDto)),
        ("createdAt", "created_at", True, ("str",)),
        ("updatedAt", "updated_at", True, ("str",)),
    ),
)
