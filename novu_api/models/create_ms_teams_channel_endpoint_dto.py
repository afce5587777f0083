# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""CreateMsTeamsChannelEndpointDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.create_ms_teams_channel_endpoint_dto_context import (
    CreateMsTeamsChannelEndpointDtoContext,
)
from novu_api.models.create_ms_teams_channel_endpoint_dto_type import CreateMsTeamsChannelEndpointDtoType
from novu_api.models.ms_teams_channel_endpoint_dto import MsTeamsChannelEndpointDto

from .. import _codec as _c

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
class CreateMsTeamsChannelEndpointDto(_c.Model):
    """Attributes:
        subscriber_id (str): The subscriber ID to which the channel endpoint is linked Sent as `subscriberId`.
        integration_identifier (str): The identifier of the integration to use for this channel endpoint. Sent as `integrationIdentifier`.
        type_ (CreateMsTeamsChannelEndpointDtoType | str): Type of channel endpoint Sent as `type`.
        endpoint (MsTeamsChannelEndpointDto):
        identifier (str | Unset, optional): The unique identifier for the channel endpoint. If not provided, one will be generated
            automatically.
        context (CreateMsTeamsChannelEndpointDtoContext | Mapping[str, Any] | Unset, optional):
        connection_identifier (str | Unset, optional): The identifier of the channel connection to use for this channel endpoint. Sent as `connectionIdentifier`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    subscriber_id: str
    integration_identifier: str
    type_: CreateMsTeamsChannelEndpointDtoType | str
    endpoint: MsTeamsChannelEndpointDto
    identifier: str | Unset = UNSET
    context: CreateMsTeamsChannelEndpointDtoContext | Mapping[str, Any] | Unset = UNSET
    connection_identifier: str | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> CreateMsTeamsChannelEndpointDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not CreateMsTeamsChannelEndpointDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> CreateMsTeamsChannelEndpointDto:
    self: CreateMsTeamsChannelEndpointDto = _c._new(CreateMsTeamsChannelEndpointDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 4
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
    try:
        v = src["type"]
    except KeyError:
        v = _c.off(self, ("type",), UNSET, "one of 'ms_teams_channel'")
        n -= 1
    else:
        v = _c.enum_in(self, "type", v, CreateMsTeamsChannelEndpointDtoType)
    self.type_ = v
    try:
        v = src["endpoint"]
    except KeyError:
        v = _c.off(self, ("endpoint",), UNSET, "an object (MsTeamsChannelEndpointDto)")
        n -= 1
    else:
        if v.__class__ is dict:
            try:
                v = MsTeamsChannelEndpointDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "endpoint")
                raise
        else:
            v = _c.off(self, ("endpoint",), v, "an object (MsTeamsChannelEndpointDto)")
    self.endpoint = v
    if "identifier" in src:
        v = src["identifier"]
        if v.__class__ is not str:
            v = _c.off(self, ("identifier",), v, "a string")
        self.identifier = v
        n += 1
    else:
        self.identifier = UNSET
    if "context" in src:
        v = src["context"]
        if v.__class__ is dict:
            try:
                v = CreateMsTeamsChannelEndpointDtoContext._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "context")
                raise
        else:
            v = _c.off(self, ("context",), v, "an object (CreateMsTeamsChannelEndpointDtoContext)")
        self.context = v
        n += 1
    else:
        self.context = UNSET
    if "connectionIdentifier" in src:
        v = src["connectionIdentifier"]
        if v.__class__ is not str:
            v = _c.off(self, ("connectionIdentifier",), v, "a string")
        self.connection_identifier = v
        n += 1
    else:
        self.connection_identifier = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


CreateMsTeamsChannelEndpointDto._make = _make
CreateMsTeamsChannelEndpointDto._decode = _decode
CreateMsTeamsChannelEndpointDto._Pending = _c.pending(CreateMsTeamsChannelEndpointDto)
CreateMsTeamsChannelEndpointDto._SPEC = _c.ModelSpec(
    CreateMsTeamsChannelEndpointDto,
    (
        ("subscriberId", "subscriber_id", True, ("str",)),
        ("integrationIdentifier", "integration_identifier", True, ("str",)),
        ("type", "type_", True, ("enum", CreateMsTeamsChannelEndpointDtoType)),
        ("endpoint", "endpoint", True, ("model", MsTeamsChannelEndpointDto)),
        ("identifier", "identifier", False, ("str",)),
        ("context", "context", False, ("model", CreateMsTeamsChannelEndpointDtoContext)),
        ("connectionIdentifier", "connection_identifier", False, ("str",)),
    ),
)
