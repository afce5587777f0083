# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""TriggerEventToAllRequestDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.subscriber_payload_dto import SubscriberPayloadDto
from novu_api.models.tenant_payload_dto import TenantPayloadDto
from novu_api.models.trigger_event_to_all_request_dto_context import TriggerEventToAllRequestDtoContext
from novu_api.models.trigger_event_to_all_request_dto_payload import TriggerEventToAllRequestDtoPayload
from novu_api.models.trigger_overrides import TriggerOverrides

from .. import _codec as _c

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
class TriggerEventToAllRequestDto(_c.Model):
    """Attributes:
        name (str): The trigger identifier associated for the template you wish to send. This identifier can
            be found on the template page.
        payload (TriggerEventToAllRequestDtoPayload | Mapping[str, Any]): The payload object is used to pass additional information that      could be used to
            render the template, or perform routing rules based on it.        For In-App channel,
            payload data are also available in <Inbox />
        overrides (TriggerOverrides | Unset, optional):
        transaction_id (str | Unset, optional): A unique identifier for this transaction, we will generated a UUID if not provided. Sent as `transactionId`.
        actor (str | SubscriberPayloadDto | Unset, optional): It is used to display the Avatar of the provided actor's subscriber id or actor object.
            If a new actor object is provided, we will create a new subscriber in our system
        tenant (str | TenantPayloadDto | Unset, optional): It is used to specify a tenant context during trigger event.     If a new tenant object is
            provided, we will create a new tenant.
        context (TriggerEventToAllRequestDtoContext | Mapping[str, Any] | Unset, optional):
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    name: str
    payload: TriggerEventToAllRequestDtoPayload | Mapping[str, Any]
    overrides: TriggerOverrides | Unset = UNSET
    transaction_id: str | Unset = UNSET
    actor: str | SubscriberPayloadDto | Unset = UNSET
    tenant: str | TenantPayloadDto | Unset = UNSET
    context: TriggerEventToAllRequestDtoContext | Mapping[str, Any] | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> TriggerEventToAllRequestDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not TriggerEventToAllRequestDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> TriggerEventToAllRequestDto:
    self: TriggerEventToAllRequestDto = _c._new(TriggerEventToAllRequestDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 2
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
        v = src["payload"]
    except KeyError:
        v = _c.off(self, ("payload",), UNSET, "an object (TriggerEventToAllRequestDtoPayload)")
        n -= 1
    else:
        if v.__class__ is dict:
            try:
                v = TriggerEventToAllRequestDtoPayload._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "payload")
                raise
        else:
            v = _c.off(self, ("payload",), v, "an object (TriggerEventToAllRequestDtoPayload)")
    self.payload = v
    if "overrides" in src:
        v = src["overrides"]
        if v.__class__ is dict:
            try:
                v = TriggerOverrides._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "overrides")
                raise
        else:
            v = _c.off(self, ("overrides",), v, "an object (TriggerOverrides)")
        self.overrides = v
        n += 1
    else:
        self.overrides = UNSET
    if "transactionId" in src:
        v = src["transactionId"]
        if v.__class__ is not str:
            v = _c.off(self, ("transactionId",), v, "a string")
        self.transaction_id = v
        n += 1
    else:
        self.transaction_id = UNSET
    if "actor" in src:
        v = src["actor"]
        v = _c.union_in(self, "actor", v, _S_actor)
        self.actor = v
        n += 1
    else:
        self.actor = UNSET
    if "tenant" in src:
        v = src["tenant"]
        v = _c.union_in(self, "tenant", v, _S_tenant)
        self.tenant = v
        n += 1
    else:
        self.tenant = UNSET
    if "context" in src:
        v = src["context"]
        if v.__class__ is dict:
            try:
                v = TriggerEventToAllRequestDtoContext._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "context")
                raise
        else:
            v = _c.off(self, ("context",), v, "an object (TriggerEventToAllRequestDtoContext)")
        self.context = v
        n += 1
    else:
        self.context = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


TriggerEventToAllRequestDto._make = _make
TriggerEventToAllRequestDto._decode = _decode
TriggerEventToAllRequestDto._Pending = _c.pending(TriggerEventToAllRequestDto)
TriggerEventToAllRequestDto._SPEC = _c.ModelSpec(
    TriggerEventToAllRequestDto,
    (
        ("name", "name", True, ("str",)),
        ("payload", "payload", True, ("model", TriggerEventToAllRequestDtoPayload)),
        ("overrides", "overrides", False, ("model", TriggerOverrides)),
        ("transactionId", "transaction_id", False, ("str",)),
        (
            "actor",
            "actor",
            False,
            (
                "union",
                (
                    ("str",),
                    ("model", SubscriberPayloadDto),
                ),
            ),
        ),
        (
            "tenant",
            "tenant",
            False,
            (
                "union",
                (
                    ("str",),
                    ("model", TenantPayloadDto),
                ),
            ),
        ),
        ("context", "context", False, ("model", TriggerEventToAllRequestDtoContext)),
    ),
)
_S_actor = _c.prepare(
    (
        "union",
        (
            ("str",),
            ("model", SubscriberPayloadDto),
        ),
    )
)
_S_tenant = _c.prepare(
    (
        "union",
        (
            ("str",),
            ("model", TenantPayloadDto),
        ),
    )
)
