# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""IntegrationResponseDto"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.configurations_dto import ConfigurationsDto
from novu_api.models.credentials_dto import CredentialsDto
from novu_api.models.integration_response_dto_channel import IntegrationResponseDtoChannel
from novu_api.models.integration_response_dto_kind import IntegrationResponseDtoKind
from novu_api.models.step_filter_dto import StepFilterDto

from .. import _codec as _c

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
class IntegrationResponseDto(_c.Model):
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
        conditions (Sequence[StepFilterDto] | Unset, optional): An array of conditions associated with the integration that may influence its behavior or
            processing logic.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
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
    conditions: Sequence[StepFilterDto] | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> IntegrationResponseDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not IntegrationResponseDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> IntegrationResponseDto:
    self: IntegrationResponseDto = _c._new(IntegrationResponseDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 8
    try:
        v = src["_environmentId"]
    except KeyError:
        v = _c.off(self, ("_environmentId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("_environmentId",), v, "a string")
    self.environment_id = v
    try:
        v = src["_organizationId"]
    except KeyError:
        v = _c.off(self, ("_organizationId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("_organizationId",), v, "a string")
    self.organization_id = v
    try:
        v = src["name"]
    except KeyError:
        v = _c.off(self, ("name",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("name",), v, "a string")
    self.name = v
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
        v = src["providerId"]
    except KeyError:
        v = _c.off(self, ("providerId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("providerId",), v, "a string")
    self.provider_id = v
    try:
        v = src["active"]
    except KeyError:
        v = _c.off(self, ("active",), UNSET, "a boolean")
        n -= 1
    else:
        if v.__class__ is not bool:
            v = _c.off(self, ("active",), v, "a boolean")
    self.active = v
    try:
        v = src["deleted"]
    except KeyError:
        v = _c.off(self, ("deleted",), UNSET, "a boolean")
        n -= 1
    else:
        if v.__class__ is not bool:
            v = _c.off(self, ("deleted",), v, "a boolean")
    self.deleted = v
    try:
        v = src["primary"]
    except KeyError:
        v = _c.off(self, ("primary",), UNSET, "a boolean")
        n -= 1
    else:
        if v.__class__ is not bool:
            v = _c.off(self, ("primary",), v, "a boolean")
    self.primary = v
    if "_id" in src:
        v = src["_id"]
        if v.__class__ is not str:
            v = _c.off(self, ("_id",), v, "a string")
        self.id = v
        n += 1
    else:
        self.id = UNSET
    if "channel" in src:
        v = src["channel"]
        v = _c.enum_in(self, "channel", v, IntegrationResponseDtoChannel)
        self.channel = v
        n += 1
    else:
        self.channel = UNSET
    if "kind" in src:
        v = src["kind"]
        v = _c.enum_in(self, "kind", v, IntegrationResponseDtoKind)
        self.kind = v
        n += 1
    else:
        self.kind = UNSET
    if "credentials" in src:
        v = src["credentials"]
        if v.__class__ is dict:
            try:
                v = CredentialsDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "credentials")
                raise
        else:
            v = _c.off(self, ("credentials",), v, "an object (CredentialsDto)")
        self.credentials = v
        n += 1
    else:
        self.credentials = UNSET
    if "configurations" in src:
        v = src["configurations"]
        if v.__class__ is dict:
            try:
                v = ConfigurationsDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "configurations")
                raise
        else:
            v = _c.off(self, ("configurations",), v, "an object (ConfigurationsDto)")
        self.configurations = v
        n += 1
    else:
        self.configurations = UNSET
    if "deletedAt" in src:
        v = src["deletedAt"]
        if v.__class__ is not str:
            v = _c.off(self, ("deletedAt",), v, "a string")
        self.deleted_at = v
        n += 1
    else:
        self.deleted_at = UNSET
    if "deletedBy" in src:
        v = src["deletedBy"]
        if v.__class__ is not str:
            v = _c.off(self, ("deletedBy",), v, "a string")
        self.deleted_by = v
        n += 1
    else:
        self.deleted_by = UNSET
    if "conditions" in src:
        v = src["conditions"]
        v = _c.models_in(self, "conditions", v, StepFilterDto, lazy)
        self.conditions = v
        n += 1
    else:
        self.conditions = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


IntegrationResponseDto._make = _make
IntegrationResponseDto._decode = _decode
IntegrationResponseDto._Pending = _c.pending(IntegrationResponseDto)
IntegrationResponseDto._SPEC = _c.ModelSpec(
    IntegrationResponseDto,
    (
        ("_environmentId", "environment_id", True, ("str",)),
        ("_organizationId", "organization_id", True, ("str",)),
        ("name", "name", True, ("str",)),
        ("identifier", "identifier", True, ("str",)),
        ("providerId", "provider_id", True, ("str",)),
        ("active", "active", True, ("bool",)),
        ("deleted", "deleted", True, ("bool",)),
        ("primary", "primary", True, ("bool",)),
        ("_id", "id", False, ("str",)),
        ("channel", "channel", False, ("enum", IntegrationResponseDtoChannel)),
        ("kind", "kind", False, ("enum", IntegrationResponseDtoKind)),
        ("credentials", "credentials", False, ("model", CredentialsDto)),
        ("configurations", "configurations", False, ("model", ConfigurationsDto)),
        ("deletedAt", "deleted_at", False, ("str",)),
        ("deletedBy", "deleted_by", False, ("str",)),
        ("conditions", "conditions", False, ("list", ("model", StepFilterDto))),
    ),
)
