# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""TriggerEventToAllRequestDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.subscriber_payload_dto import SubscriberPayloadDto
from novu_api.models.tenant_payload_dto import TenantPayloadDto
from novu_api.models.trigger_event_to_all_request_dto_context import TriggerEventToAllRequestDtoContext
from novu_api.models.trigger_event_to_all_request_dto_payload import TriggerEventToAllRequestDtoPayload
from novu_api.models.trigger_overrides import TriggerOverrides

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "name",
        "payload",
        "overrides",
        "transactionId",
        "actor",
        "tenant",
        "context",
    )
)


@_define(kw_only=True)
class TriggerEventToAllRequestDto:
    """Attributes:
    name (str): The trigger identifier associated for the template you wish to send. This identifier can
        be found on the template page.
    payload (TriggerEventToAllRequestDtoPayload): The payload object is used to pass additional information that      could be used to
        render the template, or perform routing rules based on it.        For In-App channel,
        payload data are also available in <Inbox />
    overrides (TriggerOverrides | Unset, optional):
    transaction_id (str | Unset, optional): A unique identifier for this transaction, we will generated a UUID if not provided. Sent as `transactionId`.
    actor (str | SubscriberPayloadDto | Unset, optional): It is used to display the Avatar of the provided actor's subscriber id or actor object.
        If a new actor object is provided, we will create a new subscriber in our system
    tenant (str | TenantPayloadDto | Unset, optional): It is used to specify a tenant context during trigger event.     If a new tenant object is
        provided, we will create a new tenant.
    context (TriggerEventToAllRequestDtoContext | Unset, optional):
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    name: str
    payload: TriggerEventToAllRequestDtoPayload
    overrides: TriggerOverrides | Unset = UNSET
    transaction_id: str | Unset = UNSET
    actor: str | SubscriberPayloadDto | Unset = UNSET
    tenant: str | TenantPayloadDto | Unset = UNSET
    context: TriggerEventToAllRequestDtoContext | Unset = UNSET
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
        if self.payload is not UNSET:
            out["payload"] = _c.encode(self.payload)
        if self.overrides is not UNSET:
            out["overrides"] = _c.encode(self.overrides)
        if self.transaction_id is not UNSET:
            out["transactionId"] = self.transaction_id
        if self.actor is not UNSET:
            out["actor"] = _c.encode(self.actor)
        if self.tenant is not UNSET:
            out["tenant"] = _c.encode(self.tenant)
        if self.context is not UNSET:
            out["context"] = _c.encode(self.context)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> TriggerEventToAllRequestDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.name = g("name", UNSET)
        self.payload = _c.model(TriggerEventToAllRequestDtoPayload, g("payload", UNSET), "payload")
        self.overrides = _c.model(TriggerOverrides, g("overrides", UNSET), "overrides")
        self.transaction_id = g("transactionId", UNSET)
        self.actor = _c.union((SubscriberPayloadDto,), g("actor", UNSET), "actor")
        self.tenant = _c.union((TenantPayloadDto,), g("tenant", UNSET), "tenant")
        self.context = _c.model(TriggerEventToAllRequestDtoContext, g("context", UNSET), "context")
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
