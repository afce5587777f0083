# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""CreateIntegrationRequestDto"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar
from uuid import UUID

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.create_integration_request_dto_channel import CreateIntegrationRequestDtoChannel
from novu_api.models.create_integration_request_dto_configurations import (
    CreateIntegrationRequestDtoConfigurations,
)
from novu_api.models.create_integration_request_dto_kind import CreateIntegrationRequestDtoKind
from novu_api.models.credentials_dto import CredentialsDto
from novu_api.models.step_filter_dto import StepFilterDto

from .. import _codec as _c

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
class CreateIntegrationRequestDto(_c.Model):
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
        conditions (Sequence[StepFilterDto] | Unset, optional): Conditions for the integration
        configurations (CreateIntegrationRequestDtoConfigurations | Mapping[str, Any] | Unset, optional): Configurations for the integration
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
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
    conditions: Sequence[StepFilterDto] | Unset = UNSET
    configurations: CreateIntegrationRequestDtoConfigurations | Mapping[str, Any] | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> CreateIntegrationRequestDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not CreateIntegrationRequestDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> CreateIntegrationRequestDto:
    self: CreateIntegrationRequestDto = _c._new(CreateIntegrationRequestDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 0
    if "name" in src:
        v = src["name"]
        if v.__class__ is not str:
            v = _c.off(self, ("name",), v, "a string")
        self.name = v
        n += 1
    else:
        self.name = UNSET
    if "identifier" in src:
        v = src["identifier"]
        if v.__class__ is not str:
            v = _c.off(self, ("identifier",), v, "a string")
        self.identifier = v
        n += 1
    else:
        self.identifier = UNSET
    if "_environmentId" in src:
        v = src["_environmentId"]
        if v.__class__ is not str:
            v = _c.off(self, ("_environmentId",), v, "a UUID string")
        self.environment_id = v
        n += 1
    else:
        self.environment_id = UNSET
    if "providerId" in src:
        v = src["providerId"]
        if v.__class__ is not str:
            v = _c.off(self, ("providerId",), v, "a string")
        self.provider_id = v
        n += 1
    else:
        self.provider_id = UNSET
    if "channel" in src:
        v = src["channel"]
        v = _c.enum_in(self, "channel", v, CreateIntegrationRequestDtoChannel)
        self.channel = v
        n += 1
    else:
        self.channel = UNSET
    if "kind" in src:
        v = src["kind"]
        v = _c.enum_in(self, "kind", v, CreateIntegrationRequestDtoKind)
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
    if "active" in src:
        v = src["active"]
        if v.__class__ is not bool:
            v = _c.off(self, ("active",), v, "a boolean")
        self.active = v
        n += 1
    else:
        self.active = UNSET
    if "check" in src:
        v = src["check"]
        if v.__class__ is not bool:
            v = _c.off(self, ("check",), v, "a boolean")
        self.check = v
        n += 1
    else:
        self.check = UNSET
    if "conditions" in src:
        v = src["conditions"]
        v = _c.models_in(self, "conditions", v, StepFilterDto, lazy)
        self.conditions = v
        n += 1
    else:
        self.conditions = UNSET
    if "configurations" in src:
        v = src["configurations"]
        if v.__class__ is dict:
            try:
                v = CreateIntegrationRequestDtoConfigurations._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "configurations")
                raise
        else:
            v = _c.off(self, ("configurations",), v, "an object (CreateIntegrationRequestDtoConfigurations)")
        self.configurations = v
        n += 1
    else:
        self.configurations = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


CreateIntegrationRequestDto._make = _make
CreateIntegrationRequestDto._decode = _decode
CreateIntegrationRequestDto._Pending = _c.pending(CreateIntegrationRequestDto)
CreateIntegrationRequestDto._SPEC = _c.ModelSpec(
    CreateIntegrationRequestDto,
    (
        ("name", "name", False, ("str",)),
        ("identifier", "identifier", False, ("str",)),
        ("_environmentId", "environment_id", False, ("uuid",)),
        ("providerId", "provider_id", False, ("str",)),
        ("channel", "channel", False, ("enum", CreateIntegrationRequestDtoChannel)),
        ("kind", "kind", False, ("enum", CreateIntegrationRequestDtoKind)),
        ("credentials", "credentials", False, ("model", CredentialsDto)),
        ("active", "active", False, ("bool",)),
        ("check", "check", False, ("bool",)),
        ("conditions", "conditions", False, ("list", ("model", StepFilterDto))),
        ("configurations", "configurations", False, ("model", CreateIntegrationRequestDtoConfigurations)),
    ),
)
