# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""CreateChannelConnectionRequestDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.auth_dto import AuthDto
from novu_api.models.create_channel_connection_request_dto_connection_mode import (
    CreateChannelConnectionRequestDtoConnectionMode,
)
from novu_api.models.create_channel_connection_request_dto_context import (
    CreateChannelConnectionRequestDtoContext,
)
from novu_api.models.workspace_dto import WorkspaceDto

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "integrationIdentifier",
        "workspace",
        "auth",
        "identifier",
        "subscriberId",
        "context",
        "connectionMode",
    )
)


@_define(kw_only=True)
class CreateChannelConnectionRequestDto:
    """Attributes:
    integration_identifier (str): The identifier of the integration to use for this channel connection. Sent as `integrationIdentifier`.
    workspace (WorkspaceDto):
    auth (AuthDto):
    identifier (str | Unset, optional): The unique identifier for the channel connection. If not provided, one will be generated
        automatically.
    subscriber_id (str | Unset, optional): The subscriber ID to link the channel connection to Sent as `subscriberId`.
    context (CreateChannelConnectionRequestDtoContext | Unset, optional):
    connection_mode (CreateChannelConnectionRequestDtoConnectionMode | str | Unset, optional): Connection mode that determines how the channel connection is scoped. Use "subscriber"
        (default) to associate the connection with a specific subscriber. Use "shared" to
        associate the connection with a context instead of a subscriber — subscriberId will not be
        stored on the connection. Sent as `connectionMode`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    integration_identifier: str
    workspace: WorkspaceDto
    auth: AuthDto
    identifier: str | Unset = UNSET
    subscriber_id: str | Unset = UNSET
    context: CreateChannelConnectionRequestDtoContext | Unset = UNSET
    connection_mode: CreateChannelConnectionRequestDtoConnectionMode | str | Unset = UNSET
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
        if self.workspace is not UNSET:
            out["workspace"] = _c.encode(self.workspace)
        if self.auth is not UNSET:
            out["auth"] = _c.encode(self.auth)
        if self.identifier is not UNSET:
            out["identifier"] = self.identifier
        if self.subscriber_id is not UNSET:
            out["subscriberId"] = self.subscriber_id
        if self.context is not UNSET:
            out["context"] = _c.encode(self.context)
        if self.connection_mode is not UNSET:
            out["connectionMode"] = _c.encode(self.connection_mode)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> CreateChannelConnectionRequestDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.integration_identifier = g("integrationIdentifier", UNSET)
        self.workspace = _c.model(WorkspaceDto, g("workspace", UNSET), "workspace")
        self.auth = _c.model(AuthDto, g("auth", UNSET), "auth")
        self.identifier = g("identifier", UNSET)
        self.subscriber_id = g("subscriberId", UNSET)
        self.context = _c.model(CreateChannelConnectionRequestDtoContext, g("context", UNSET), "context")
        self.connection_mode = _c.enum_value(
            CreateChannelConnectionRequestDtoConnectionMode, g("connectionMode", UNSET)
        )
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
