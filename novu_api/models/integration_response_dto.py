# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""IntegrationResponseDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.configurations_dto import ConfigurationsDto
from novu_api.models.credentials_dto import CredentialsDto
from novu_api.models.integration_response_dto_channel import IntegrationResponseDtoChannel
from novu_api.models.integration_response_dto_kind import IntegrationResponseDtoKind
from novu_api.models.step_filter_dto import StepFilterDto

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "_environmentId",
        "_organizationId",
        "name",
        "identifier",
        "providerId",
        "active",
        "deleted",
        "primary",
        "_id",
        "channel",
        "kind",
        "credentials",
        "configurations",
        "deletedAt",
        "deletedBy",
        "conditions",
    )
)


@_define(kw_only=True)
class IntegrationResponseDto:
    """Attributes:
    environment_id (str): The unique identifier for the environment associated with this integration. This links to
        the Environment collection. Sent as `_environmentId`.
    organization_id (str): The unique identifier for the organization that owns this integration. This links to the
        Organization collection. Sent as `_organizationId`.
    name (str): The name of the integration, which is used to identify it in the user interface.
    identifier (str): A unique string identifier for the integration, often used for API calls or internal
        references.
    provider_id (str): The identifier for the provider of the integration (e.g., "mailgun", "twilio"). Sent as `providerId`.
    active (bool): Indicates whether the integration is currently active. An active integration will process
        events and messages.
    deleted (bool): Indicates whether the integration has been marked as deleted (soft delete).
    primary (bool): Indicates whether this integration is marked as primary. A primary integration is often
        the default choice for processing.
    id (str | Unset, optional): The unique identifier of the integration record in the database. This is automatically
        generated. Sent as `_id`.
    channel (IntegrationResponseDtoChannel | str | Unset, optional): The channel type for the integration, which defines how it communicates (e.g., email,
        SMS). Not set for agent-kind integrations.
    kind (IntegrationResponseDtoKind | str | Unset, optional): Distinguishes delivery integrations from agent-runtime integrations. Defaults to
        "delivery". Agent integrations do not have a channel.
    credentials (CredentialsDto | Unset, optional):
    configurations (ConfigurationsDto | Unset, optional):
    deleted_at (str | Unset, optional): The timestamp indicating when the integration was deleted. This is set when the
        integration is soft deleted. Sent as `deletedAt`.
    deleted_by (str | Unset, optional): The identifier of the user who performed the deletion of this integration. Useful for
        audit trails. Sent as `deletedBy`.
    conditions (list[StepFilterDto] | Unset, optional): An array of conditions associated with the integration that may influence its behavior or
        processing logic.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    environment_id: str
    organization_id: str
    name: str
    identifier: str
    provider_id: str
    active: bool
    deleted: bool
    primary: bool
    id: str | Unset = UNSET
    channel: IntegrationResponseDtoChannel | str | Unset = UNSET
    kind: IntegrationResponseDtoKind | str | Unset = UNSET
    credentials: CredentialsDto | Unset = UNSET
    configurations: ConfigurationsDto | Unset = UNSET
    deleted_at: str | Unset = UNSET
    deleted_by: str | Unset = UNSET
    conditions: list[StepFilterDto] | Unset = UNSET
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
        if self.environment_id is not UNSET:
            out["_environmentId"] = self.environment_id
        if self.organization_id is not UNSET:
            out["_organizationId"] = self.organization_id
        if self.name is not UNSET:
            out["name"] = self.name
        if self.identifier is not UNSET:
            out["identifier"] = self.identifier
        if self.provider_id is not UNSET:
            out["providerId"] = self.provider_id
        if self.active is not UNSET:
            out["active"] = self.active
        if self.deleted is not UNSET:
            out["deleted"] = self.deleted
        if self.primary is not UNSET:
            out["primary"] = self.primary
        if self.id is not UNSET:
            out["_id"] = self.id
        if self.channel is not UNSET:
            out["channel"] = _c.encode(self.channel)
        if self.kind is not UNSET:
            out["kind"] = _c.encode(self.kind)
        if self.credentials is not UNSET:
            out["credentials"] = _c.encode(self.credentials)
        if self.configurations is not UNSET:
            out["configurations"] = _c.encode(self.configurations)
        if self.deleted_at is not UNSET:
            out["deletedAt"] = self.deleted_at
        if self.deleted_by is not UNSET:
            out["deletedBy"] = self.deleted_by
        if self.conditions is not UNSET:
            out["conditions"] = _c.encode(self.conditions)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> IntegrationResponseDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.environment_id = g("_environmentId", UNSET)
        self.organization_id = g("_organizationId", UNSET)
        self.name = g("name", UNSET)
        self.identifier = g("identifier", UNSET)
        self.provider_id = g("providerId", UNSET)
        self.active = g("active", UNSET)
        self.deleted = g("deleted", UNSET)
        self.primary = g("primary", UNSET)
        self.id = g("_id", UNSET)
        self.channel = _c.enum_value(IntegrationResponseDtoChannel, g("channel", UNSET))
        self.kind = _c.enum_value(IntegrationResponseDtoKind, g("kind", UNSET))
        self.credentials = _c.model(CredentialsDto, g("credentials", UNSET), "credentials")
        self.configurations = _c.model(ConfigurationsDto, g("configurations", UNSET), "configurations")
        self.deleted_at = g("deletedAt", UNSET)
        self.deleted_by = g("deletedBy", UNSET)
        self.conditions = _c.model_list(StepFilterDto, g("conditions", UNSET), "conditions")
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
