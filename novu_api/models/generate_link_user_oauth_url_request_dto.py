# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""GenerateLinkUserOauthUrlRequestDto"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.generate_link_user_oauth_url_request_dto_context import (
    GenerateLinkUserOauthUrlRequestDtoContext,
)

from .. import _codec as _c

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
class GenerateLinkUserOauthUrlRequestDto(_c.Model):
    """Attributes:
        subscriber_id (str): The subscriber ID to link to their chat identity. Required — this operation always binds a
            specific subscriber to a user identity in the chat provider. Sent as `subscriberId`.
        integration_identifier (str): Integration identifier Sent as `integrationIdentifier`.
        connection_identifier (str | Unset, optional): Identifier of the existing channel connection to associate this user endpoint with.
            Generated automatically if not provided for providers that support standalone user
            linking. Required for Webex. Sent as `connectionIdentifier`.
        context (GenerateLinkUserOauthUrlRequestDtoContext | Mapping[str, Any] | Unset, optional):
        user_scope (Sequence[str] | Unset, optional): **Slack only**: User-level OAuth scopes for "Sign in with Slack". Defaults to:
            identity.basic. **Webex**: Optional Webex scopes for people/me; defaults to
            spark:people_read. **MS Teams**: ignored — uses delegated OpenID scopes (openid, profile,
            User.Read). Sent as `userScope`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    subscriber_id: str
    integration_identifier: str
    connection_identifier: str | Unset = UNSET
    context: GenerateLinkUserOauthUrlRequestDtoContext | Mapping[str, Any] | Unset = UNSET
    user_scope: Sequence[str] | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> GenerateLinkUserOauthUrlRequestDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not GenerateLinkUserOauthUrlRequestDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> GenerateLinkUserOauthUrlRequestDto:
    self: GenerateLinkUserOauthUrlRequestDto = _c._new(GenerateLinkUserOauthUrlRequestDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 2
    try:
        v = src["subscriberId"]
    except KeyError:
        v = _c.off(self, ("subscriberId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("subscriberId",), v, "a string")
    self.subscriber_id = v
    try:
        v = src["integrationIdentifier"]
    except KeyError:
        v = _c.off(self, ("integrationIdentifier",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("integrationIdentifier",), v, "a string")
    self.integration_identifier = v
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
                v = GenerateLinkUserOauthUrlRequestDtoContext._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "context")
                raise
        else:
            v = _c.off(self, ("context",), v, "an object (GenerateLinkUserOauthUrlRequestDtoContext)")
        self.context = v
        n += 1
    else:
        self.context = UNSET
    if "userScope" in src:
        v = src["userScope"]
        v = _c.scalars_in(self, "userScope", v, (str,), "a string")
        self.user_scope = v
        n += 1
    else:
        self.user_scope = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


GenerateLinkUserOauthUrlRequestDto._make = _make
GenerateLinkUserOauthUrlRequestDto._decode = _decode
GenerateLinkUserOauthUrlRequestDto._Pending = _c.pending(GenerateLinkUserOauthUrlRequestDto)
GenerateLinkUserOauthUrlRequestDto._SPEC = _c.ModelSpec(
    GenerateLinkUserOauthUrlRequestDto,
    (
        ("subscriberId", "subscriber_id", True, ("str",)),
        ("integrationIdentifier", "integration_identifier", True, ("str",)),
        ("connectionIdentifier", "connection_identifier", False, ("str",)),
        ("context", "context", False, ("model", GenerateLinkUserOauthUrlRequestDtoContext)),
        ("userScope", "user_scope", False, ("list", ("str",))),
    ),
)
