# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""MessageResponseDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.channel_type_enum import ChannelTypeEnum
from novu_api.models.message_cta import MessageCTA
from novu_api.models.message_response_dto_overrides import MessageResponseDtoOverrides
from novu_api.models.message_response_dto_payload import MessageResponseDtoPayload
from novu_api.models.message_status_enum import MessageStatusEnum
from novu_api.models.subscriber_response_dto import SubscriberResponseDto
from novu_api.models.workflow_response import WorkflowResponse

from .. import _codec as _c
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from novu_api.models.email_block import EmailBlock

_KNOWN: frozenset[str] = frozenset(
    (
        "_environmentId",
        "_organizationId",
        "_notificationId",
        "_subscriberId",
        "createdAt",
        "transactionId",
        "channel",
        "read",
        "seen",
        "cta",
        "status",
        "_id",
        "_templateId",
        "_messageTemplateId",
        "subscriber",
        "template",
        "templateIdentifier",
        "deliveredAt",
        "lastSeenDate",
        "lastReadDate",
        "content",
        "subject",
        "snoozedUntil",
        "email",
        "phone",
        "directWebhookUrl",
        "providerId",
        "deviceTokens",
        "title",
        "_feedId",
        "errorId",
        "errorText",
        "payload",
        "overrides",
        "contextKeys",
    )
)


@_define(kw_only=True)
class MessageResponseDto:
    """Attributes:
    environment_id (str): Environment ID where the message is sent Sent as `_environmentId`.
    organization_id (str): Organization ID associated with the message Sent as `_organizationId`.
    notification_id (str): Notification ID associated with the message Sent as `_notificationId`.
    subscriber_id (str): Subscriber ID associated with the message Sent as `_subscriberId`.
    created_at (str): Creation date of the message Sent as `createdAt`.
    transaction_id (str): Transaction ID associated with the message Sent as `transactionId`.
    channel (ChannelTypeEnum | str): Channel type through which the message is sent
    read (bool): Indicates if the message has been read
    seen (bool): Indicates if the message has been seen
    cta (MessageCTA):
    status (MessageStatusEnum | str): Status of the message
    id (str | Unset, optional): Unique identifier for the message Sent as `_id`.
    template_id (None | str | Unset, optional): Template ID associated with the message Sent as `_templateId`.
    message_template_id (None | str | Unset, optional): Message template ID Sent as `_messageTemplateId`.
    subscriber (SubscriberResponseDto | Unset, optional):
    template (WorkflowResponse | Unset, optional):
    template_identifier (str | Unset, optional): Identifier for the message template Sent as `templateIdentifier`.
    delivered_at (list[str] | Unset, optional): Array of delivery dates for the message, if the message has multiple delivery dates, for
        example after being snoozed Sent as `deliveredAt`.
    last_seen_date (str | Unset, optional): Last seen date of the message, if available Sent as `lastSeenDate`.
    last_read_date (str | Unset, optional): Last read date of the message, if available Sent as `lastReadDate`.
    content (list[EmailBlock] | None | str | Unset, optional): Content of the message, can be an email block or a string
    subject (str | Unset, optional): Subject of the message, if applicable
    snoozed_until (str | Unset, optional): Date when the message will be unsnoozed Sent as `snoozedUntil`.
    email (str | Unset, optional): Email address associated with the message, if applicable
    phone (str | Unset, optional): Phone number associated with the message, if applicable
    direct_webhook_url (str | Unset, optional): Direct webhook URL for the message, if applicable Sent as `directWebhookUrl`.
    provider_id (str | Unset, optional): Provider ID associated with the message, if applicable Sent as `providerId`.
    device_tokens (list[str] | Unset, optional): Device tokens associated with the message, if applicable Sent as `deviceTokens`.
    title (str | Unset, optional): Title of the message, if applicable
    feed_id (None | str | Unset, optional): Feed ID associated with the message, if applicable Sent as `_feedId`.
    error_id (str | Unset, optional): Error ID if the message has an error Sent as `errorId`.
    error_text (str | Unset, optional): Error text if the message has an error Sent as `errorText`.
    payload (MessageResponseDtoPayload | Unset, optional): The payload that was used to send the notification trigger
    overrides (MessageResponseDtoOverrides | Unset, optional): Provider specific overrides used when triggering the notification
    context_keys (list[str] | Unset, optional): Context (single or multi) in which the message was sent Sent as `contextKeys`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    environment_id: str
    organization_id: str
    notification_id: str
    subscriber_id: str
    created_at: str
    transaction_id: str
    channel: ChannelTypeEnum | str
    read: bool
    seen: bool
    cta: MessageCTA
    status: MessageStatusEnum | str
    id: str | Unset = UNSET
    template_id: None | str | Unset = UNSET
    message_template_id: None | str | Unset = UNSET
    subscriber: SubscriberResponseDto | Unset = UNSET
    template: WorkflowResponse | Unset = UNSET
    template_identifier: str | Unset = UNSET
    delivered_at: list[str] | Unset = UNSET
    last_seen_date: str | Unset = UNSET
    last_read_date: str | Unset = UNSET
    content: list[EmailBlock] | None | str | Unset = UNSET
    subject: str | Unset = UNSET
    snoozed_until: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    direct_webhook_url: str | Unset = UNSET
    provider_id: str | Unset = UNSET
    device_tokens: list[str] | Unset = UNSET
    title: str | Unset = UNSET
    feed_id: None | str | Unset = UNSET
    error_id: str | Unset = UNSET
    error_text: str | Unset = UNSET
    payload: MessageResponseDtoPayload | Unset = UNSET
    overrides: MessageResponseDtoOverrides | Unset = UNSET
    context_keys: list[str] | Unset = UNSET
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
        if self.environment_id is not UNSET:
            out["_environmentId"] = self.environment_id
        if self.organization_id is not UNSET:
            out["_organizationId"] = self.organization_id
        if self.notification_id is not UNSET:
            out["_notificationId"] = self.notification_id
        if self.subscriber_id is not UNSET:
            out["_subscriberId"] = self.subscriber_id
        if self.created_at is not UNSET:
            out["createdAt"] = self.created_at
        if self.transaction_id is not UNSET:
            out["transactionId"] = self.transaction_id
        if self.channel is not UNSET:
            out["channel"] = _c.encode(self.channel)
        if self.read is not UNSET:
            out["read"] = self.read
        if self.seen is not UNSET:
            out["seen"] = self.seen
        if self.cta is not UNSET:
            out["cta"] = _c.encode(self.cta)
        if self.status is not UNSET:
            out["status"] = _c.encode(self.status)
        if self.id is not UNSET:
            out["_id"] = self.id
        if self.template_id is not UNSET:
            out["_templateId"] = _c.encode(self.template_id)
        if self.message_template_id is not UNSET:
            out["_messageTemplateId"] = _c.encode(self.message_template_id)
        if self.subscriber is not UNSET:
            out["subscriber"] = _c.encode(self.subscriber)
        if self.template is not UNSET:
            out["template"] = _c.encode(self.template)
        if self.template_identifier is not UNSET:
            out["templateIdentifier"] = self.template_identifier
        if self.delivered_at is not UNSET:
            out["deliveredAt"] = self.delivered_at
        if self.last_seen_date is not UNSET:
            out["lastSeenDate"] = self.last_seen_date
        if self.last_read_date is not UNSET:
            out["lastReadDate"] = self.last_read_date
        if self.content is not UNSET:
            out["content"] = _c.encode(self.content)
        if self.subject is not UNSET:
            out["subject"] = self.subject
        if self.snoozed_until is not UNSET:
            out["snoozedUntil"] = self.snoozed_until
        if self.email is not UNSET:
            out["email"] = self.email
        if self.phone is not UNSET:
            out["phone"] = self.phone
        if self.direct_webhook_url is not UNSET:
            out["directWebhookUrl"] = self.direct_webhook_url
        if self.provider_id is not UNSET:
            out["providerId"] = self.provider_id
        if self.device_tokens is not UNSET:
            out["deviceTokens"] = self.device_tokens
        if self.title is not UNSET:
            out["title"] = self.title
        if self.feed_id is not UNSET:
            out["_feedId"] = _c.encode(self.feed_id)
        if self.error_id is not UNSET:
            out["errorId"] = self.error_id
        if self.error_text is not UNSET:
            out["errorText"] = self.error_text
        if self.payload is not UNSET:
            out["payload"] = _c.encode(self.payload)
        if self.overrides is not UNSET:
            out["overrides"] = _c.encode(self.overrides)
        if self.context_keys is not UNSET:
            out["contextKeys"] = self.context_keys
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> MessageResponseDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.environment_id = g("_environmentId", UNSET)
        self.organization_id = g("_organizationId", UNSET)
        self.notification_id = g("_notificationId", UNSET)
        self.subscriber_id = g("_subscriberId", UNSET)
        self.created_at = g("createdAt", UNSET)
        self.transaction_id = g("transactionId", UNSET)
        self.channel = _c.enum_value(ChannelTypeEnum, g("channel", UNSET))
        self.read = g("read", UNSET)
        self.seen = g("seen", UNSET)
        self.cta = _c.model(MessageCTA, g("cta", UNSET), "cta")
        self.status = _c.enum_value(MessageStatusEnum, g("status", UNSET))
        self.id = g("_id", UNSET)
        self.template_id = g("_templateId", UNSET)
        self.message_template_id = g("_messageTemplateId", UNSET)
        self.subscriber = _c.model(SubscriberResponseDto, g("subscriber", UNSET), "subscriber")
        self.template = _c.model(WorkflowResponse, g("template", UNSET), "template")
        self.template_identifier = g("templateIdentifier", UNSET)
        self.delivered_at = g("deliveredAt", UNSET)
        self.last_seen_date = g("lastSeenDate", UNSET)
        self.last_read_date = g("lastReadDate", UNSET)
        self.content = g("content", UNSET)
        self.subject = g("subject", UNSET)
        self.snoozed_until = g("snoozedUntil", UNSET)
        self.email = g("email", UNSET)
        self.phone = g("phone", UNSET)
        self.direct_webhook_url = g("directWebhookUrl", UNSET)
        self.provider_id = g("providerId", UNSET)
        self.device_tokens = g("deviceTokens", UNSET)
        self.title = g("title", UNSET)
        self.feed_id = g("_feedId", UNSET)
        self.error_id = g("errorId", UNSET)
        self.error_text = g("errorText", UNSET)
        self.payload = _c.model(MessageResponseDtoPayload, g("payload", UNSET), "payload")
        self.overrides = _c.model(MessageResponseDtoOverrides, g("overrides", UNSET), "overrides")
        self.context_keys = g("contextKeys", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
