# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""DomainRouteResponseDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.domain_route_response_dto_data import DomainRouteResponseDtoData
from novu_api.models.domain_route_response_dto_type import DomainRouteResponseDtoType

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "_id",
        "_domainId",
        "address",
        "type",
        "_environmentId",
        "_organizationId",
        "createdAt",
        "updatedAt",
        "agentId",
        "data",
    )
)


@_define(kw_only=True)
class DomainRouteResponseDto(_c.Model):
    """Attributes:
        id (str):  Sent as `_id`.
        domain_id (str):  Sent as `_domainId`.
        address (str):
        type_ (DomainRouteResponseDtoType | str):  Sent as `type`.
        environment_id (str):  Sent as `_environmentId`.
        organization_id (str):  Sent as `_organizationId`.
        created_at (str):  Sent as `createdAt`.
        updated_at (str):  Sent as `updatedAt`.
        agent_id (str | Unset, optional): Internal id of the destination agent. Only present for agent routes. Sent as `agentId`.
        data (DomainRouteResponseDtoData | Mapping[str, Any] | Unset, optional): String key-value metadata (max 10 keys, 500 characters total when set via API).
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    id: str
    domain_id: str
    address: str
    type_: DomainRouteResponseDtoType | str
    environment_id: str
    organization_id: str
    created_at: str
    updated_at: str
    agent_id: str | Unset = UNSET
    data: DomainRouteResponseDtoData | Mapping[str, Any] | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> DomainRouteResponseDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not DomainRouteResponseDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> DomainRouteResponseDto:
    self: DomainRouteResponseDto = _c._new(DomainRouteResponseDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 8
    try:
        v = src["_id"]
    except KeyError:
        v = _c.off(self, ("_id",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("_id",), v, "a string")
    self.id = v
    try:
        v = src["_domainId"]
    except KeyError:
        v = _c.off(self, ("_domainId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("_domainId",), v, "a string")
    self.domain_id = v
    try:
        v = src["address"]
    except KeyError:
        v = _c.off(self, ("address",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("address",), v, "a string")
    self.address = v
    try:
        v = src["type"]
    except KeyError:
        v = _c.off(self, ("type",), UNSET, "one of 'agent', 'webhook'")
        n -= 1
    else:
        v = _c.enum_in(self, "type", v, DomainRouteResponseDtoType)
    self.type_ = v
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
    if "agentId" in src:
        v = src["agentId"]
        if v.__class__ is not str:
            v = _c.off(self, ("agentId",), v, "a string")
        self.agent_id = v
        n += 1
    else:
        self.agent_id = UNSET
    if "data" in src:
        v = src["data"]
        if v.__class__ is dict:
            try:
                v = DomainRouteResponseDtoData._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "data")
                raise
        else:
            v = _c.off(self, ("data",), v, "an object (DomainRouteResponseDtoData)")
        self.data = v
        n += 1
    else:
        self.data = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


DomainRouteResponseDto._make = _make
DomainRouteResponseDto._decode = _decode
DomainRouteResponseDto._Pending = _c.pending(DomainRouteResponseDto)
DomainRouteResponseDto._SPEC = _c.ModelSpec(
    DomainRouteResponseDto,
    (
        ("_id", "id", True, ("str",)),
        ("_domainId", "domain_id", True, ("str",)),
        ("address", "address", True, ("str",)),
        ("type", "type_", True, ("enum", DomainRouteResponseDtoType)),
        ("_environmentId", "environment_id", True, ("str",)),
        ("_organizationId", "organization_id", True, ("str",)),
        ("createdAt", "created_at", True, ("str",)),
        ("updatedAt", "updated_at", True, ("str",)),
        ("agentId", "agent_id", False, ("str",)),
        ("data", "data", False, ("model", DomainRouteResponseDtoData)),
    ),
)
