# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""InboxNotificationDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.channel_type_enum import ChannelTypeEnum
from novu_api.models.inbox_action_dto import InboxActionDto
from novu_api.models.inbox_notification_dto_data import InboxNotificationDtoData
from novu_api.models.inbox_subscriber_response_dto import InboxSubscriberResponseDto
from novu_api.models.notification_workflow_dto import NotificationWorkflowDto
from novu_api.models.redirect_dto import RedirectDto
from novu_api.models.severity_level_enum import SeverityLevelEnum

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "transactionId",
        "body",
        "to",
        "isRead",
        "isSeen",
        "isArchived",
        "isSnoozed",
        "createdAt",
        "channelType",
        "severity",
        "subject",
        "snoozedUntil",
        "deliveredAt",
        "readAt",
        "firstSeenAt",
        "archivedAt",
        "avatar",
        "primaryAction",
        "secondaryAction",
        "tags",
        "data",
        "redirect",
        "workflow",
    )
)


@_define(kw_only=True)
class InboxNotificationDto:
    """Attributes:
    id (str): Unique identifier of the notification
    transaction_id (str): Transaction identifier of the notification Sent as `transactionId`.
    body (str): Body content of the notification
    to (InboxSubscriberResponseDto):
    is_read (bool): Whether the notification has been read Sent as `isRead`.
    is_seen (bool): Whether the notification has been seen Sent as `isSeen`.
    is_archived (bool): Whether the notification has been archived Sent as `isArchived`.
    is_snoozed (bool): Whether the notification is snoozed Sent as `isSnoozed`.
    created_at (str): ISO timestamp when the notification was created Sent as `createdAt`.
    channel_type (ChannelTypeEnum | str): Channel type through which the message is sent Sent as `channelType`.
    severity (SeverityLevelEnum | str): Severity of the workflow
    subject (str | Unset, optional): Subject of the notification
    snoozed_until (None | str | Unset, optional): ISO timestamp when the notification will be unsnoozed Sent as `snoozedUntil`.
    delivered_at (list[str] | Unset, optional): Timestamps when the notification was delivered Sent as `deliveredAt`.
    read_at (None | str | Unset, optional): ISO timestamp when the notification was read Sent as `readAt`.
    first_seen_at (None | str | Unset, optional): ISO timestamp when the notification was first seen Sent as `firstSeenAt`.
    archived_at (None | str | Unset, optional): ISO timestamp when the notification was archived Sent as `archivedAt`.
    avatar (str | Unset, optional): Avatar URL for the notification
    primary_action (InboxActionDto | Unset, optional):  Sent as `primaryAction`.
    secondary_action (InboxActionDto | Unset, optional):  Sent as `secondaryAction`.
    tags (list[str] | Unset, optional): Tags associated with the notification
    data (InboxNotificationDtoData | Unset, optional): Custom data payload of the notification
    redirect (RedirectDto | Unset, optional):
    workflow (NotificationWorkflowDto | Unset, optional):
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    id: str
    transaction_id: str
    body: str
    to: InboxSubscriberResponseDto
    is_read: bool
    is_seen: bool
    is_archived: bool
    is_snoozed: bool
    created_at: str
    channel_type: ChannelTypeEnum | str
    severity: SeverityLevelEnum | str
    subject: str | Unset = UNSET
    snoozed_until: None | str | Unset = UNSET
    delivered_at: list[str] | Unset = UNSET
    read_at: None | str | Unset = UNSET
    first_seen_at: None | str | Unset = UNSET
    archived_at: None | str | Unset = UNSET
    avatar: str | Unset = UNSET
    primary_action: InboxActionDto | Unset = UNSET
    secondary_action: InboxActionDto | Unset = UNSET
    tags: list[str] | Unset = UNSET
    data: InboxNotificationDtoData | Unset = UNSET
    redirect: RedirectDto | Unset = UNSET
    workflow: NotificationWorkflowDto | Unset = UNSET
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
        if self.transaction_id is not UNSET:
            out["transactionId"] = self.transaction_id
        if self.body is not UNSET:
            out["body"] = self.body
        if self.to is not UNSET:
            out["to"] = _c.encode(self.to)
        if self.is_read is not UNSET:
            out["isRead"] = self.is_read
        if self.is_seen is not UNSET:
            out["isSeen"] = self.is_seen
        if self.is_archived is not UNSET:
            out["isArchived"] = self.is_archived
        if self.is_snoozed is not UNSET:
            out["isSnoozed"] = self.is_snoozed
        if self.created_at is not UNSET:
            out["createdAt"] = self.created_at
        if self.channel_type is not UNSET:
            out["channelType"] = _c.encode(self.channel_type)
        if self.severity is not UNSET:
            out["severity"] = _c.encode(self.severity)
        if self.subject is not UNSET:
            out["subject"] = self.subject
        if self.snoozed_until is not UNSET:
            out["snoozedUntil"] = _c.encode(self.snoozed_until)
        if self.delivered_at is not UNSET:
            out["deliveredAt"] = self.delivered_at
        if self.read_at is not UNSET:
            out["readAt"] = _c.encode(self.read_at)
        if self.first_seen_at is not UNSET:
            out["firstSeenAt"] = _c.encode(self.first_seen_at)
        if self.archived_at is not UNSET:
            out["archivedAt"] = _c.encode(self.archived_at)
        if self.avatar is not UNSET:
            out["avatar"] = self.avatar
        if self.primary_action is not UNSET:
            out["primaryAction"] = _c.encode(self.primary_action)
        if self.secondary_action is not UNSET:
            out["secondaryAction"] = _c.encode(self.secondary_action)
        if self.tags is not UNSET:
            out["tags"] = self.tags
        if self.data is not UNSET:
            out["data"] = _c.encode(self.data)
        if self.redirect is not UNSET:
            out["redirect"] = _c.encode(self.redirect)
        if self.workflow is not UNSET:
            out["workflow"] = _c.encode(self.workflow)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> InboxNotificationDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.id = g("id", UNSET)
        self.transaction_id = g("transactionId", UNSET)
        self.body = g("body", UNSET)
        self.to = _c.model(InboxSubscriberResponseDto, g("to", UNSET), "to")
        self.is_read = g("isRead", UNSET)
        self.is_seen = g("isSeen", UNSET)
        self.is_archived = g("isArchived", UNSET)
        self.is_snoozed = g("isSnoozed", UNSET)
        self.created_at = g("createdAt", UNSET)
        self.channel_type = _c.enum_value(ChannelTypeEnum, g("channelType", UNSET))
        self.severity = _c.enum_value(SeverityLevelEnum, g("severity", UNSET))
        self.subject = g("subject", UNSET)
        self.snoozed_until = g("snoozedUntil", UNSET)
        self.delivered_at = g("deliveredAt", UNSET)
        self.read_at = g("readAt", UNSET)
        self.first_seen_at = g("firstSeenAt", UNSET)
        self.archived_at = g("archivedAt", UNSET)
        self.avatar = g("avatar", UNSET)
        self.primary_action = _c.model(InboxActionDto, g("primaryAction", UNSET), "primaryAction")
        self.secondary_action = _c.model(InboxActionDto, g("secondaryAction", UNSET), "secondaryAction")
        self.tags = g("tags", UNSET)
        self.data = _c.model(InboxNotificationDtoData, g("data", UNSET), "data")
        self.redirect = _c.model(RedirectDto, g("redirect", UNSET), "redirect")
        self.workflow = _c.model(NotificationWorkflowDto, g("workflow", UNSET), "workflow")
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
