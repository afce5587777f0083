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

    @classmethod
    def _eager(cls, src: Any, lazy: bool = False) -> TraceResponseDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not TraceResponseDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> TraceResponseDto:
    self: TraceResponseDto = _c._new(TraceResponseDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 9
    try:
        v = src["id"]
    except KeyError:
        v = _c.off(self, ("id",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("id",), v, "a string")
    self.id = v
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
        v = src["eventType"]
    except KeyError:
        v = _c.off(self, ("eventType",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("eventType",), v, "a string")
    self.event_type = v
    try:
        v = src["title"]
    except KeyError:
        v = _c.off(self, ("title",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("title",), v, "a string")
    self.title = v
    try:
        v = src["status"]
    except KeyError:
        v = _c.off(self, ("status",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("status",), v, "a string")
    self.status = v
    try:
        v = src["entityType"]
    except KeyError:
        v = _c.off(self, ("entityType",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("entityType",), v, "a string")
    self.entity_type = v
    try:
        v = src["entityId"]
    except KeyError:
        v = _c.off(self, ("entityId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("entityId",), v, "a string")
    self.entity_id = v
    try:
        v = src["organizationId"]
    except KeyError:
        v = _c.off(self, ("organizationId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("organizationId",), v, "a string")
    self.organization_id = v
    try:
        v = src["environmentId"]
    except KeyError:
        v = _c.off(self, ("environmentId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("environmentId",), v, "a string")
    self.environment_id = v
    if "message" in src:
        v = src["message"]
        if v is not None:
            if v.__class__ is dict:
                try:
                    v = TraceResponseDtoMessage._make(v, lazy)
                except _c.DecodeError as exc:
                    exc.path.insert(0, "message")
                    raise
            else:
                v = _c.off(self, ("message",), v, "an object (TraceResponseDtoMessage) or null")
        self.message = v
        n += 1
    else:
        self.message = UNSET
    if "rawData" in src:
        v = src["rawData"]
        if v is not None:
            if v.__class__ is dict:
                try:
                    v = TraceResponseDtoRawData._make(v, lazy)
                except _c.DecodeError as exc:
                    exc.path.insert(0, "rawData")
                    raise
            else:
                v = _c.off(self, ("rawData",), v, "an object (TraceResponseDtoRawData) or null")
        self.raw_data = v
        n += 1
    else:
        self.raw_data = UNSET
    if "userId" in src:
        v = src["userId"]
        if v is not None:
            if v.__class__ is dict:
                try:
                    v = TraceResponseDtoUserId._make(v, lazy)
                except _c.DecodeError as exc:
                    exc.path.insert(0, "userId")
                    raise
            else:
                v = _c.off(self, ("userId",), v, "an object (TraceResponseDtoUserId) or null")
        self.user_id = v
        n += 1
    else:
        self.user_id = UNSET
    if "externalSubscriberId" in src:
        v = src["externalSubscriberId"]
        if v is not None:
            if v.__class__ is dict:
                try:
                    v = TraceResponseDtoExternalSubscriberId._make(v, lazy)
                except _c.DecodeError as exc:
                    exc.path.insert(0, "externalSubscriberId")
                    raise
            else:
                v = _c.off(
                    self,
                    ("externalSubscriberId",),
                    v,
                    "an object (TraceResponseDtoExternalSubscriberId) or null",
                )
        self.external_subscriber_id = v
        n += 1
    else:
        self.external_subscriber_id = UNSET
    if "subscriberId" in src:
        v = src["subscriberId"]
        if v is not None:
            if v.__class__ is dict:
                try:
                    v = TraceResponseDtoSubscriberId._make(v, lazy)
                except _c.DecodeError as exc:
                    exc.path.insert(0, "subscriberId")
                    raise
            else:
                v = _c.off(self, ("subscriberId",), v, "an object (TraceResponseDtoSubscriberId) or null")
        self.subscriber_id = v
        n += 1
    else:
        self.subscriber_id = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


TraceResponseDto._make = _make
TraceResponseDto._decode = _decode
TraceResponseDto._Pending = _c.pending(TraceResponseDto)
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
