# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""TraceResponseDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.trace_response_dto_external_subscriber_id import TraceResponseDtoExternalSubscriberId
from novu_api.models.trace_response_dto_message import TraceResponseDtoMessage
from novu_api.models.trace_response_dto_raw_data import TraceResponseDtoRawData
from novu_api.models.trace_response_dto_subscriber_id import TraceResponseDtoSubscriberId
from novu_api.models.trace_response_dto_user_id import TraceResponseDtoUserId

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "createdAt",
        "eventType",
        "title",
        "status",
        "entityType",
        "entityId",
        "organizationId",
        "environmentId",
        "message",
        "rawData",
        "userId",
        "externalSubscriberId",
        "subscriberId",
    )
)


@_define(kw_only=True)
class TraceResponseDto(_c.Model):
    """Attributes:
        id (str): Trace identifier
        created_at (str): Creation timestamp Sent as `createdAt`.
        event_type (str): Event type (e.g., request_received, workflow_execution_started) Sent as `eventType`.
        title (str): Human readable title/message
        status (str): Trace status (success, error, warning, pending)
        entity_type (str): Entity type (request, workflow_run, step_run) Sent as `entityType`.
        entity_id (str): Entity identifier Sent as `entityId`.
        organization_id (str): Organization identifier Sent as `organizationId`.
        environment_id (str): Environment identifier Sent as `environmentId`.
        message (TraceResponseDtoMessage | Mapping[str, Any] | None | Unset, optional): Detailed message
        raw_data (TraceResponseDtoRawData | Mapping[str, Any] | None | Unset, optional): Raw data associated with trace Sent as `rawData`.
        user_id (TraceResponseDtoUserId | Mapping[str, Any] | None | Unset, optional): User identifier Sent as `userId`.
        external_subscriber_id (TraceResponseDtoExternalSubscriberId | Mapping[str, Any] | None | Unset, optional): External subscriber identifier Sent as `externalSubscriberId`.
        subscriber_id (TraceResponseDtoSubscriberId | Mapping[str, Any] | None | Unset, optional): Subscriber identifier Sent as `subscriberId`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    id: str
    created_at: str
    event_type: str
    title: str
    status: str
    entity_type: str
    entity_id: str
    organization_id: str
    environment_id: str
    message: TraceResponseDtoMessage | Mapping[str, Any] | None | Unset = UNSET
    raw_data: TraceResponseDtoRawData | Mapping[str, Any] | None | Unset = UNSET
    user_id: TraceResponseDtoUserId | Mapping[str, Any] | None | Unset = UNSET
    external_subscriber_id: TraceResponseDtoExternalSubscriberId | Mapping[str, Any] | None | Unset = UNSET
    subscriber_id: TraceResponseDtoSubscriberId | Mapping[str, Any] | None | Unset = UNSET
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
        if self.__class__ is not TraceResponseDto:
            return _c.fill_subclass(self, src, _decode)
        _c._put(self, "__class__", _Filling)  # plain slot writes while decoding
        try:
            _decode(self, src, False)
        finally:
            _c._put(self, "__class__", TraceResponseDto)

    @classmethod
    def _eager(cls, src: Any, lazy: bool = False) -> TraceResponseDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not TraceResponseDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        self: TraceResponseDto = object.__new__(_Filling)
        _decode(self, src, lazy)
        _c._put(self, "__class__", TraceResponseDto)
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The same object while `_decode` writes its fields (plain slot writes); the class is put back after.
_Filling = _c.filling(TraceResponseDto)


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare; `self` is a `_Filling`.
    g = src.get
    v = g("id", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("id",), v, "a string")
    self.id = v
    v = g("createdAt", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("createdAt",), v, "a string")
    self.created_at = v
    v = g("eventType", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("eventType",), v, "a string")
    self.event_type = v
    v = g("title", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("title",), v, "a string")
    self.title = v
    v = g("status", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("status",), v, "a string")
    self.status = v
    v = g("entityType", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("entityType",), v, "a string")
    self.entity_type = v
    v = g("entityId", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("entityId",), v, "a string")
    self.entity_id = v
    v = g("organizationId", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("organizationId",), v, "a string")
    self.organization_id = v
    v = g("environmentId", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("environmentId",), v, "a string")
    self.environment_id = v
    v = g("message", UNSET)
    if v is not UNSET and v is not None:
        v = _c.model_in(self, "message", v, TraceResponseDtoMessage, lazy)
    self.message = v
    v = g("rawData", UNSET)
    if v is not UNSET and v is not None:
        v = _c.model_in(self, "rawData", v, TraceResponseDtoRawData, lazy)
    self.raw_data = v
    v = g("userId", UNSET)
    if v is not UNSET and v is not None:
        v = _c.model_in(self, "userId", v, TraceResponseDtoUserId, lazy)
    self.user_id = v
    v = g("externalSubscriberId", UNSET)
    if v is not UNSET and v is not None:
        v = _c.model_in(self, "externalSubscriberId", v, TraceResponseDtoExternalSubscriberId, lazy)
    self.external_subscriber_id = v
    v = g("subscriberId", UNSET)
    if v is not UNSET and v is not None:
        v = _c.model_in(self, "subscriberId", v, TraceResponseDtoSubscriberId, lazy)
    self.subscriber_id = v
    self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
    self._src = None


TraceResponseDto._SPEC = _c.ModelSpec(
    TraceResponseDto,
    (
        ("id", "id", True, ("str",)),
        ("createdAt", "created_at", True, ("str",)),
        ("eventType", "event_type", True, ("str",)),
        ("title", "title", True, ("str",)),
        ("status", "status", True, ("str",)),
        ("entityType", "entity_type", True, ("str",)),
        ("entityId", "entity_id", True, ("str",)),
        ("organizationId", "organization_id", True, ("str",)),
        ("environmentId", "environment_id", True, ("str",)),
        (
            "message",
            "message",
            False,
            (
                "union",
                (
                    ("model", TraceResponseDtoMessage),
                    ("null",),
                ),
            ),
        ),
        (
            "rawData",
            "raw_data",
            False,
            (
                "union",
                (
                    ("model", TraceResponseDtoRawData),
                    ("null",),
                ),
            ),
        ),
        (
            "userId",
            "user_id",
            False,
            (
                "union",
                (
                    ("model", TraceResponseDtoUserId),
                    ("null",),
                ),
            ),
        ),
        (
            "externalSubscriberId",
            "external_subscriber_id",
            False,
            (
                "union",
                (
                    ("model", TraceResponseDtoExternalSubscriberId),
                    ("null",),
                ),
            ),
        ),
        (
            "subscriberId",
            "subscriber_id",
            False,
            (
                "union",
                (
                    ("model", TraceResponseDtoSubscriberId),
                    ("null",),
                ),
            ),
        ),
    ),
)
