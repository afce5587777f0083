# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""NotificationFeedItemDto"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.actor_feed_item_dto import ActorFeedItemDto
from novu_api.models.channel_type_enum import ChannelTypeEnum
from novu_api.models.message_cta import MessageCTA
from novu_api.models.notification_feed_item_dto_data import NotificationFeedItemDtoData
from novu_api.models.notification_feed_item_dto_overrides import NotificationFeedItemDtoOverrides
from novu_api.models.notification_feed_item_dto_payload import NotificationFeedItemDtoPayload
from novu_api.models.notification_feed_item_dto_status import NotificationFeedItemDtoStatus
from novu_api.models.subscriber_feed_response_dto import SubscriberFeedResponseDto

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "_id",
        "_templateId",
        "_environmentId",
        "_organizationId",
        "_notificationId",
        "_subscriberId",
        "_jobId",
        "transactionId",
        "content",
        "channel",
        "read",
        "seen",
        "archived",
        "cta",
        "status",
        "_messageTemplateId",
        "_feedId",
        "createdAt",
        "updatedAt",
        "actor",
        "subscriber",
        "templateIdentifier",
        "providerId",
        "subject",
        "deviceTokens",
        "payload",
        "data",
        "overrides",
        "tags",
    )
)


@_define(kw_only=True)
class NotificationFeedItemDto:
    """Attributes:
    id (str): Unique identifier for the notification. Sent as `_id`.
    template_id (str): Identifier for the template used to generate the notification. Sent as `_templateId`.
    environment_id (str): Identifier for the environment where the notification is sent. Sent as `_environmentId`.
    organization_id (str): Identifier for the organization sending the notification. Sent as `_organizationId`.
    notification_id (str): Unique identifier for the notification instance. Sent as `_notificationId`.
    subscriber_id (str): Unique identifier for the subscriber receiving the notification. Sent as `_subscriberId`.
    job_id (str): Identifier for the job that triggered the notification. Sent as `_jobId`.
    transaction_id (str): Unique identifier for the transaction associated with the notification. Sent as `transactionId`.
    content (str): The main content of the notification.
    channel (ChannelTypeEnum | str): Channel type through which the message is sent
    read (bool): Indicates whether the notification has been read by the subscriber.
    seen (bool): Indicates whether the notification has been seen by the subscriber.
    archived (bool): Indicates whether the notification has been archived by the subscriber.
    cta (MessageCTA):
    status (NotificationFeedItemDtoStatus | str): Current status of the notification.
    message_template_id (str | Unset, optional): Identifier for the message template used. Sent as `_messageTemplateId`.
    feed_id (None | str | Unset, optional): Identifier for the feed associated with the notification. Sent as `_feedId`.
    created_at (datetime.datetime | None | Unset, optional): Timestamp indicating when the notification was created. Sent as `createdAt`.
    updated_at (datetime.datetime | None | Unset, optional): Timestamp indicating when the notification was last updated. Sent as `updatedAt`.
    actor (ActorFeedItemDto | Unset, optional):
    subscriber (SubscriberFeedResponseDto | Unset, optional):
    template_identifier (None | str | Unset, optional): Identifier for the template used, if applicable. Sent as `templateIdentifier`.
    provider_id (None | str | Unset, optional): Identifier for the provider that sends the notification. Sent as `providerId`.
    subject (None | str | Unset, optional): The subject line for email notifications, if applicable.
    device_tokens (list[str] | None | Unset, optional): Device tokens for push notifications, if applicable. Sent as `deviceTokens`.
    payload (NotificationFeedItemDtoPayload | Unset, optional): The payload that was used to send the notification trigger.
    data (None | NotificationFeedItemDtoData | Unset, optional): The data sent with the notification.
    overrides (NotificationFeedItemDtoOverrides | Unset, optional): Provider-specific overrides used when triggering the notification.
    tags (list[str] | None | Unset, optional): Tags associated with the workflow that triggered the notification.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    id: str
    template_id: str
    environment_id: str
    organization_id: str
    notification_id: str
    subscriber_id: str
    job_id: str
    transaction_id: str
    content: str
    channel: ChannelTypeEnum | str
    read: bool
    seen: bool
    archived: bool
    cta: MessageCTA
    status: NotificationFeedItemDtoStatus | str
    message_template_id: str | Unset = UNSET
    feed_id: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    actor: ActorFeedItemDto | Unset = UNSET
    subscriber: SubscriberFeedResponseDto | Unset = UNSET
    template_identifier: None | str | Unset = UNSET
    provider_id: None | str | Unset = UNSET
    subject: None | str | Unset = UNSET
    device_tokens: list[str] | None | Unset = UNSET
    payload: NotificationFeedItemDtoPayload | Unset = UNSET
    data: None | NotificationFeedItemDtoData | Unset = UNSET
    overrides: NotificationFeedItemDtoOverrides | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
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
            out["_id"] = self.id
        if self.template_id is not UNSET:
            out["_templateId"] = self.template_id
        if self.environment_id is not UNSET:
            out["_environmentId"] = self.environment_id
        if self.organization_id is not UNSET:
            out["_organizationId"] = self.organization_id
        if self.notification_id is not UNSET:
            out["_notificationId"] = self.notification_id
        if self.subscriber_id is not UNSET:
            out["_subscriberId"] = self.subscriber_id
        if self.job_id is not UNSET:
            out["_jobId"] = self.job_id
        if self.transaction_id is not UNSET:
            out["transactionId"] = self.transaction_id
        if self.content is not UNSET:
            out["content"] = self.content
        if self.channel is not UNSET:
            out["channel"] = _c.encode(self.channel)
        if self.read is not UNSET:
            out["read"] = self.read
        if self.seen is not UNSET:
            out["seen"] = self.seen
        if self.archived is not UNSET:
            out["archived"] = self.archived
        if self.cta is not UNSET:
            out["cta"] = _c.encode(self.cta)
        if self.status is not UNSET:
            out["status"] = _c.encode(self.status)
        if self.message_template_id is not UNSET:
            out["_messageTemplateId"] = self.message_template_id
        if self.feed_id is not UNSET:
            out["_feedId"] = _c.encode(self.feed_id)
        if self.created_at is not UNSET:
            out["createdAt"] = _c.encode(self.created_at)
        if self.updated_at is not UNSET:
            out["updatedAt"] = _c.encode(self.updated_at)
        if self.actor is not UNSET:
            out["actor"] = _c.encode(self.actor)
        if self.subscriber is not UNSET:
            out["subscriber"] = _c.encode(self.subscriber)
        if self.template_identifier is not UNSET:
            out["templateIdentifier"] = _c.encode(self.template_identifier)
        if self.provider_id is not UNSET:
            out["providerId"] = _c.encode(self.provider_id)
        if self.subject is not UNSET:
            out["subject"] = _c.encode(self.subject)
        if self.device_tokens is not UNSET:
            out["deviceTokens"] = _c.encode(self.device_tokens)
        if self.payload is not UNSET:
            out["payload"] = _c.encode(self.payload)
        if self.data is not UNSET:
            out["data"] = _c.encode(self.data)
        if self.overrides is not UNSET:
            out["overrides"] = _c.encode(self.overrides)
        if self.tags is not UNSET:
            out["tags"] = _c.encode(self.tags)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> NotificationFeedItemDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.id = g("_id", UNSET)
        self.template_id = g("_templateId", UNSET)
        self.environment_id = g("_environmentId", UNSET)
        self.organization_id = g("_organizationId", UNSET)
        self.notification_id = g("_notificationId", UNSET)
        self.subscriber_id = g("_subscriberId", UNSET)
        self.job_id = g("_jobId", UNSET)
        self.transaction_id = g("transactionId", UNSET)
        self.content = g("content", UNSET)
        self.channel = _c.enum_value(ChannelTypeEnum, g("channel", UNSET))
        self.read = g("read", UNSET)
        self.seen = g("seen", UNSET)
        self.archived = g("archived", UNSET)
        self.cta = _c.model(MessageCTA, g("cta", UNSET), "cta")
        self.status = _c.enum_value(NotificationFeedItemDtoStatus, g("status", UNSET))
        self.message_template_id = g("_messageTemplateId", UNSET)
        self.feed_id = g("_feedId", UNSET)
        self.created_at = g("createdAt", UNSET)
        self.updated_at = g("updatedAt", UNSET)
        self.actor = _c.model(ActorFeedItemDto, g("actor", UNSET), "actor")
        self.subscriber = _c.model(SubscriberFeedResponseDto, g("subscriber", UNSET), "subscriber")
        self.template_identifier = g("templateIdentifier", UNSET)
        self.provider_id = g("providerId", UNSET)
        self.subject = g("subject", UNSET)
        self.device_tokens = g("deviceTokens", UNSET)
        self.payload = _c.model(NotificationFeedItemDtoPayload, g("payload", UNSET), "payload")
        self.data = _c.union((NotificationFeedItemDtoData,), g("data", UNSET), "data")
        self.overrides = _c.model(NotificationFeedItemDtoOverrides, g("overrides", UNSET), "overrides")
        self.tags = g("tags", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
