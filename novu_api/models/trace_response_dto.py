# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""TraceResponseDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.trace_response_dto_external_subscriber_id import TraceResponseDtoExternalSubscriberId
from novu_api.models.trace_response_dto_message import TraceResponseDtoMessage
from novu_api.models.trace_response_dto_raw_data import TraceResponseDtoRawData
from novu_api.models.trace_response_dto_subscriber_id import TraceResponseDtoSubscriberId
from novu_api.models.trace_response_dto_user_id import TraceResponseDtoUserId

from .. import _codec as _c
from .._types import UNSET, Unset

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
class TraceResponseDto:
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
    message (None | TraceResponseDtoMessage | Unset, optional): Detailed message
    raw_data (None | TraceResponseDtoRawData | Unset, optional): Raw data associated with trace Sent as `rawData`.
    user_id (None | TraceResponseDtoUserId | Unset, optional): User identifier Sent as `userId`.
    external_subscriber_id (None | TraceResponseDtoExternalSubscriberId | Unset, optional): External subscriber identifier Sent as `externalSubscriberId`.
    subscriber_id (None | TraceResponseDtoSubscriberId | Unset, optional): Subscriber identifier Sent as `subscriberId`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
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
    message: None | TraceResponseDtoMessage | Unset = UNSET
    raw_data: None | TraceResponseDtoRawData | Unset = UNSET
    user_id: None | TraceResponseDtoUserId | Unset = UNSET
    external_subscriber_id: None | TraceResponseDtoExternalSubscriberId | Unset = UNSET
    subscriber_id: None | TraceResponseDtoSubscriberId | Unset = UNSET
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
        if self.id is not UNSET:
            out["id"] = self.id
        if self.created_at is not UNSET:
            out["createdAt"] = self.created_at
        if self.event_type is not UNSET:
            out["eventType"] = self.event_type
        if self.title is not UNSET:
            out["title"] = self.title
        if self.status is not UNSET:
            out["status"] = self.status
        if self.entity_type is not UNSET:
            out["entityType"] = self.entity_type
        if self.entity_id is not UNSET:
            out["entityId"] = self.entity_id
        if self.organization_id is not UNSET:
            out["organizationId"] = self.organization_id
        if self.environment_id is not UNSET:
            out["environmentId"] = self.environment_id
        if self.message is not UNSET:
            out["message"] = _c.encode(self.message)
        if self.raw_data is not UNSET:
            out["rawData"] = _c.encode(self.raw_data)
        if self.user_id is not UNSET:
            out["userId"] = _c.encode(self.user_id)
        if self.external_subscriber_id is not UNSET:
            out["externalSubscriberId"] = _c.encode(self.external_subscriber_id)
        if self.subscriber_id is not UNSET:
            out["subscriberId"] = _c.encode(self.subscriber_id)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> TraceResponseDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.id = g("id", UNSET)
        self.created_at = g("createdAt", UNSET)
        self.event_type = g("eventType", UNSET)
        self.title = g("title", UNSET)
        self.status = g("status", UNSET)
        self.entity_type = g("entityType", UNSET)
        self.entity_id = g("entityId", UNSET)
        self.organization_id = g("organizationId", UNSET)
        self.environment_id = g("environmentId", UNSET)
        self.message = _c.union((TraceResponseDtoMessage,), g("message", UNSET), "message")
        self.raw_data = _c.union((TraceResponseDtoRawData,), g("rawData", UNSET), "rawData")
        self.user_id = _c.union((TraceResponseDtoUserId,), g("userId", UNSET), "userId")
        self.external_subscriber_id = _c.union(
            (TraceResponseDtoExternalSubscriberId,), g("externalSubscriberId", UNSET), "externalSubscriberId"
        )
        self.subscriber_id = _c.union(
            (TraceResponseDtoSubscriberId,), g("subscriberId", UNSET), "subscriberId"
        )
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
