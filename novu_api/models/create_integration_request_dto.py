# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""CreateIntegrationRequestDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from uuid import UUID

from attrs import define as _define
from attrs import field as _field

from novu_api.models.create_integration_request_dto_channel import CreateIntegrationRequestDtoChannel
from novu_api.models.create_integration_request_dto_configurations import (
    CreateIntegrationRequestDtoConfigurations,
)
from novu_api.models.create_integration_request_dto_kind import CreateIntegrationRequestDtoKind
from novu_api.models.credentials_dto import CredentialsDto
from novu_api.models.step_filter_dto import StepFilterDto

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "name",
        "identifier",
        "_environmentId",
        "providerId",
        "channel",
        "kind",
        "credentials",
        "active",
        "check",
        "conditions",
        "configurations",
    )
)


@_define(kw_only=True)
class CreateIntegrationRequestDto:
    """Attributes:
    name (str | Unset, optional): The name of the integration
    identifier (str | Unset, optional): The unique identifier for the integration
    environment_id (UUID | Unset, optional): The ID of the associated environment Sent as `_environmentId`.
    provider_id (str | Unset, optional): The provider ID for the integration Sent as `providerId`.
    channel (CreateIntegrationRequestDtoChannel | str | Unset, optional): The channel type for the integration. Not required for agent-kind integrations.
    kind (CreateIntegrationRequestDtoKind | str | Unset, optional): Distinguishes delivery integrations from agent-runtime integrations. Defaults to
        "delivery". Agent integrations do not require a channel.
    credentials (CredentialsDto | Unset, optional):
    active (bool | Unset, optional): If the integration is active, the validation on the credentials field will run
    check (bool | Unset, optional): Flag to check the integration status
    conditions (list[StepFilterDto] | Unset, optional): Conditions for the integration
    configurations (CreateIntegrationRequestDtoConfigurations | Unset, optional): Configurations for the integration
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    name: str | Unset = UNSET
    identifier: str | Unset = UNSET
    environment_id: UUID | Unset = UNSET
    provider_id: str | Unset = UNSET
    channel: CreateIntegrationRequestDtoChannel | str | Unset = UNSET
    kind: CreateIntegrationRequestDtoKind | str | Unset = UNSET
    credentials: CredentialsDto | Unset = UNSET
    active: bool | Unset = UNSET
    check: bool | Unset = UNSET
    conditions: list[StepFilterDto] | Unset = UNSET
    configurations: CreateIntegrationRequestDtoConfigurations | Unset = UNSET
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
        if self.name is not UNSET:
            out["name"] = self.name
        if self.identifier is not UNSET:
            out["identifier"] = self.identifier
        if self.environment_id is not UNSET:
            out["_environmentId"] = _c.encode(self.environment_id)
        if self.provider_id is not UNSET:
            out["providerId"] = self.provider_id
        if self.channel is not UNSET:
            out["channel"] = _c.encode(self.channel)
        if self.kind is not UNSET:
            out["kind"] = _c.encode(self.kind)
        if self.credentials is not UNSET:
            out["credentials"] = _c.encode(self.credentials)
        if self.active is not UNSET:
            out["active"] = self.active
        if self.check is not UNSET:
            out["check"] = self.check
        if self.conditions is not UNSET:
            out["conditions"] = _c.encode(self.conditions)
        if self.configurations is not UNSET:
            out["configurations"] = _c.encode(self.configurations)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> CreateIntegrationRequestDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.name = g("name", UNSET)
        self.identifier = g("identifier", UNSET)
        self.environment_id = g("_environmentId", UNSET)
        self.provider_id = g("providerId", UNSET)
        self.channel = _c.enum_value(CreateIntegrationRequestDtoChannel, g("channel", UNSET))
        self.kind = _c.enum_value(CreateIntegrationRequestDtoKind, g("kind", UNSET))
        self.credentials = _c.model(CredentialsDto, g("credentials", UNSET), "credentials")
        self.active = g("active", UNSET)
        self.check = g("check", UNSET)
        self.conditions = _c.model_list(StepFilterDto, g("conditions", UNSET), "conditions")
        self.configurations = _c.model(
            CreateIntegrationRequestDtoConfigurations, g("configurations", UNSET), "configurations"
        )
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
