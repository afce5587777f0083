# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""CreateAgentRequestDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.create_agent_request_dto_runtime import CreateAgentRequestDtoRuntime
from novu_api.models.managed_runtime_dto import ManagedRuntimeDto

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "name",
        "identifier",
        "description",
        "active",
        "runtime",
        "managedRuntime",
    )
)


@_define(kw_only=True)
class CreateAgentRequestDto:
    """Attributes:
    name (str): Required when not adopting an existing managed agent (i.e. when
        managedRuntime.externalAgentId is absent). Optional in adopt mode where the name is
        resolved from the provider.
    identifier (str): Required when not adopting an existing managed agent. Auto-generated from the provider
        agent name when omitted in adopt mode.
    description (str | Unset, optional):
    active (bool | Unset, optional):
    runtime (CreateAgentRequestDtoRuntime | str | Unset, optional):
    managed_runtime (ManagedRuntimeDto | Unset, optional):  Sent as `managedRuntime`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    name: str
    identifier: str
    description: str | Unset = UNSET
    active: bool | Unset = UNSET
    runtime: CreateAgentRequestDtoRuntime | str | Unset = UNSET
    managed_runtime: ManagedRuntimeDto | Unset = UNSET
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
        if self.description is not UNSET:
            out["description"] = self.description
        if self.active is not UNSET:
            out["active"] = self.active
        if self.runtime is not UNSET:
            out["runtime"] = _c.encode(self.runtime)
        if self.managed_runtime is not UNSET:
            out["managedRuntime"] = _c.encode(self.managed_runtime)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> CreateAgentRequestDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.name = g("name", UNSET)
        self.identifier = g("identifier", UNSET)
        self.description = g("description", UNSET)
        self.active = g("active", UNSET)
        self.runtime = _c.enum_value(CreateAgentRequestDtoRuntime, g("runtime", UNSET))
        self.managed_runtime = _c.model(ManagedRuntimeDto, g("managedRuntime", UNSET), "managedRuntime")
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
