# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""CreateLineUserEndpointDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.create_line_user_endpoint_dto_context import CreateLineUserEndpointDtoContext
from novu_api.models.create_line_user_endpoint_dto_type import CreateLineUserEndpointDtoType
from novu_api.models.line_user_endpoint_dto import LineUserEndpointDto

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "subscriberId",
        "integrationIdentifier",
        "type",
        "endpoint",
        "identifier",
        "context",
        "connectionIdentifier",
    )
)


@_define(kw_only=True)
class CreateLineUserEndpointDto:
    """Attributes:
    subscriber_id (str): The subscriber ID to which the channel endpoint is linked Sent as `subscriberId`.
    integration_identifier (str): The identifier of the integration to use for this channel endpoint. Sent as `integrationIdentifier`.
    type_ (CreateLineUserEndpointDtoType | str): Type of channel endpoint Sent as `type`.
    endpoint (LineUserEndpointDto):
    identifier (str | Unset, optional): The unique identifier for the channel endpoint. If not provided, one will be generated
        automatically.
    context (CreateLineUserEndpointDtoContext | Unset, optional):
    connection_identifier (str | Unset, optional): The identifier of the channel connection to use for this channel endpoint. Sent as `connectionIdentifier`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    subscriber_id: str
    integration_identifier: str
    type_: CreateLineUserEndpointDtoType | str
    endpoint: LineUserEndpointDto
    identifier: str | Unset = UNSET
    context: CreateLineUserEndpointDtoContext | Unset = UNSET
    connection_identifier: str | Unset = UNSET
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
        if self.subscriber_id is not UNSET:
            out["subscriberId"] = self.subscriber_id
        if self.integration_identifier is not UNSET:
            out["integrationIdentifier"] = self.integration_identifier
        if self.type_ is not UNSET:
            out["type"] = _c.encode(self.type_)
        if self.endpoint is not UNSET:
            out["endpoint"] = _c.encode(self.endpoint)
        if self.identifier is not UNSET:
            out["identifier"] = self.identifier
        if self.context is not UNSET:
            out["context"] = _c.encode(self.context)
        if self.connection_identifier is not UNSET:
            out["connectionIdentifier"] = self.connection_identifier
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> CreateLineUserEndpointDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.subscriber_id = g("subscriberId", UNSET)
        self.integration_identifier = g("integrationIdentifier", UNSET)
        self.type_ = _c.enum_value(CreateLineUserEndpointDtoType, g("type", UNSET))
        self.endpoint = _c.model(LineUserEndpointDto, g("endpoint", UNSET), "endpoint")
        self.identifier = g("identifier", UNSET)
        self.context = _c.model(CreateLineUserEndpointDtoContext, g("context", UNSET), "context")
        self.connection_identifier = g("connectionIdentifier", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
