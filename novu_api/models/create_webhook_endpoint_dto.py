# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""CreateWebhookEndpointDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.create_webhook_endpoint_dto_context import CreateWebhookEndpointDtoContext
from novu_api.models.create_webhook_endpoint_dto_type import CreateWebhookEndpointDtoType
from novu_api.models.webhook_endpoint_dto import WebhookEndpointDto

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
class CreateWebhookEndpointDto(_c.Model):
    """Attributes:
        subscriber_id (str): The subscriber ID to which the channel endpoint is linked Sent as `subscriberId`.
        integration_identifier (str): The identifier of the integration to use for this channel endpoint. Sent as `integrationIdentifier`.
        type_ (CreateWebhookEndpointDtoType | str): Type of channel endpoint Sent as `type`.
        endpoint (WebhookEndpointDto):
        identifier (str | Unset, optional): The unique identifier for the channel endpoint. If not provided, one will be generated
            automatically.
        context (CreateWebhookEndpointDtoContext | Mapping[str, Any] | Unset, optional):
        connection_identifier (str | Unset, optional): The identifier of the channel connection to use for this channel endpoint. Sent as `connectionIdentifier`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    subscriber_id: str
    integration_identifier: str
    type_: CreateWebhookEndpointDtoType | str
    endpoint: WebhookEndpointDto
    identifier: str | Unset = UNSET
    context: CreateWebhookEndpointDtoContext | Mapping[str, Any] | Unset = UNSET
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

    def _fill(self) -> None:
        # Decode the wire object `from_dict` kept (see `_c.Model`), in place.
        src = self._src
        if src is None:
            return
        if self.__class__ is not CreateWebhookEndpointDto:
            return _c.fill_subclass(self, src, _decode)
        _c._put(self, "__class__", _Filling)  # plain slot writes while decoding
        try:
            _decode(self, src, False)
        finally:
            _c._put(self, "__class__", CreateWebhookEndpointDto)

    @classmethod
    def _eager(cls, src: Any, lazy: bool = False) -> CreateWebhookEndpointDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not CreateWebhookEndpointDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        self: CreateWebhookEndpointDto = object.__new__(_Filling)
        _decode(self, src, lazy)
        _c._put(self, "__class__", CreateWebhookEndpointDto)
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The same object while `_decode` writes its fields (plain slot writes); the class is put back after.
_Filling = _c.filling(CreateWebhookEndpointDto)


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare; `self` is a `_Filling`.
    g = src.get
    v = g("subscriberId", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("subscriberId",), v, "a string")
    self.subscriber_id = v
    v = g("integrationIdentifier", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("integrationIdentifier",), v, "a string")
    self.integration_identifier = v
    v = g("type", UNSET)
    if v is not UNSET:
        v = _c.enum_in(self, "type", v, CreateWebhookEndpointDtoType)
    elif v is UNSET:
        v = _c.off(self, ("type",), v, "one of 'webhook'")
    self.type_ = v
    v = g("endpoint", UNSET)
    if v is not UNSET:
        v = _c.model_in(self, "endpoint", v, WebhookEndpointDto, lazy)
    elif v is UNSET:
        v = _c.off(self, ("endpoint",), v, "an object (WebhookEndpointDto)")
    self.endpoint = v
    v = g("identifier", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("identifier",), v, "a string")
    self.identifier = v
    v = g("context", UNSET)
    if v is not UNSET:
        v = _c.model_in(self, "context", v, CreateWebhookEndpointDtoContext, lazy)
    self.context = v
    v = g("connectionIdentifier", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("connectionIdentifier",), v, "a string")
    self.connection_identifier = v
    self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
    self._src = None


CreateWebhookEndpointDto._SPEC = _c.ModelSpec(
    CreateWebhookEndpointDto,
    (
        ("subscriberId", "subscriber_id", True, ("str",)),
        ("integrationIdentifier", "integration_identifier", True, ("str",)),
        ("type", "type_", True, ("enum", CreateWebhookEndpointDtoType)),
        ("endpoint", "endpoint", True, ("model", WebhookEndpointDto)),
        ("identifier", "identifier", False, ("str",)),
        ("context", "context", False, ("model", CreateWebhookEndpointDtoContext)),
        ("connectionIdentifier", "connection_identifier", False, ("str",)),
    ),
)
