# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""MessageResponseDto"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.channel_type_enum import ChannelTypeEnum
from novu_api.models.email_block import EmailBlock
from novu_api.models.message_cta import MessageCTA
from novu_api.models.message_response_dto_overrides import MessageResponseDtoOverrides
from novu_api.models.message_response_dto_payload import MessageResponseDtoPayload
from novu_api.models.message_status_enum import MessageStatusEnum
from novu_api.models.subscriber_response_dto import SubscriberResponseDto
from novu_api.models.workflow_response import WorkflowResponse

from .. import _codec as _c

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
class MessageResponseDto(_c.Model):
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
        template_id (str | None | Unset, optional): Template ID associated with the message Sent as `_templateId`.
        message_template_id (str | None | Unset, optional): Message template ID Sent as `_messageTemplateId`.
        subscriber (SubscriberResponseDto | Unset, optional):
        template (WorkflowResponse | Unset, optional):
        template_identifier (str | Unset, optional): Identifier for the message template Sent as `templateIdentifier`.
        delivered_at (Sequence[str] | Unset, optional): Array of delivery dates for the message, if the message has multiple delivery dates, for
            example after being snoozed Sent as `deliveredAt`.
        last_seen_date (str | Unset, optional): Last seen date of the message, if available Sent as `lastSeenDate`.
        last_read_date (str | Unset, optional): Last read date of the message, if available Sent as `lastReadDate`.
        content (Sequence[EmailBlock] | str | None | Unset, optional): Content of the message, can be an email block or a string
        subject (str | Unset, optional): Subject of the message, if applicable
        snoozed_until (str | Unset, optional): Date when the message will be unsnoozed Sent as `snoozedUntil`.
        email (str | Unset, optional): Email address associated with the message, if applicable
        phone (str | Unset, optional): Phone number associated with the message, if applicable
        direct_webhook_url (str | Unset, optional): Direct webhook URL for the message, if applicable Sent as `directWebhookUrl`.
        provider_id (str | Unset, optional): Provider ID associated with the message, if applicable Sent as `providerId`.
        device_tokens (Sequence[str] | Unset, optional): Device tokens associated with the message, if applicable Sent as `deviceTokens`.
        title (str | Unset, optional): Title of the message, if applicable
        feed_id (str | None | Unset, optional): Feed ID associated with the message, if applicable Sent as `_feedId`.
        error_id (str | Unset, optional): Error ID if the message has an error Sent as `errorId`.
        error_text (str | Unset, optional): Error text if the message has an error Sent as `errorText`.
        payload (MessageResponseDtoPayload | Mapping[str, Any] | Unset, optional): The payload that was used to send the notification trigger
        overrides (MessageResponseDtoOverrides | Mapping[str, Any] | Unset, optional): Provider specific overrides used when triggering the notification
        context_keys (Sequence[str] | Unset, optional): Context (single or multi) in which the message was sent Sent as `contextKeys`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
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
    template_id: str | None | Unset = UNSET
    message_template_id: str | None | Unset = UNSET
    subscriber: SubscriberResponseDto | Unset = UNSET
    template: WorkflowResponse | Unset = UNSET
    template_identifier: str | Unset = UNSET
    delivered_at: Sequence[str] | Unset = UNSET
    last_seen_date: str | Unset = UNSET
    last_read_date: str | Unset = UNSET
    content: Sequence[EmailBlock] | str | None | Unset = UNSET
    subject: str | Unset = UNSET
    snoozed_until: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    direct_webhook_url: str | Unset = UNSET
    provider_id: str | Unset = UNSET
    device_tokens: Sequence[str] | Unset = UNSET
    title: str | Unset = UNSET
    feed_id: str | None | Unset = UNSET
    error_id: str | Unset = UNSET
    error_text: str | Unset = UNSET
    payload: MessageResponseDtoPayload | Mapping[str, Any] | Unset = UNSET
    overrides: MessageResponseDtoOverrides | Mapping[str, Any] | Unset = UNSET
    context_keys: Sequence[str] | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> MessageResponseDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not MessageResponseDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> MessageResponseDto:
    self: MessageResponseDto = _c._new(MessageResponseDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 11
    try:
        v = src["_environmentId"]
    except KeyError:
        v = _c.off(self, ("_environmentId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("_environmentId",), v, "a string")
    self.environment_id = v
    try:
        v = src["_organizationId"]
    except KeyError:
        v = _c.off(self, ("_organizationId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("_organizationId",), v, "a string")
    self.organization_id = v
    try:
        v = src["_notificationId"]
    except KeyError:
        v = _c.off(self, ("_notificationId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("_notificationId",), v, "a string")
    self.notification_id = v
    try:
        v = src["_subscriberId"]
    except KeyError:
        v = _c.off(self, ("_subscriberId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("_subscriberId",), v, "a string")
    self.subscriber_id = v
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
        v = src["transactionId"]
    except KeyError:
        v = _c.off(self, ("transactionId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("transactionId",), v, "a string")
    self.transaction_id = v
    try:
        v = src["channel"]
    except KeyError:
        v = _c.off(self, ("channel",), UNSET, "one of 'in_app', 'email', 'sms', 'chat', 'push'")
        n -= 1
    else:
        v = _c.enum_in(self, "channel", v, ChannelTypeEnum)
    self.channel = v
    try:
        v = src["read"]
    except KeyError:
        v = _c.off(self, ("read",), UNSET, "a boolean")
        n -= 1
    else:
        if v.__class__ is not bool:
            v = _c.off(self, ("read",), v, "a boolean")
    self.read = v
    try:
        v = src["seen"]
    except KeyError:
        v = _c.off(self, ("seen",), UNSET, "a boolean")
        n -= 1
    else:
        if v.__class__ is not bool:
            v = _c.off(self, ("seen",), v, "a boolean")
    self.seen = v
    try:
        v = src["cta"]
    except KeyError:
        v = _c.off(self, ("cta",), UNSET, "an object (MessageCTA)")
        n -= 1
    else:
        if v.__class__ is dict:
            try:
                v = MessageCTA._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "cta")
                raise
        else:
            v = _c.off(self, ("cta",), v, "an object (MessageCTA)")
    self.cta = v
    try:
        v = src["status"]
    except KeyError:
        v = _c.off(self, ("status",), UNSET, "one of 'sent', 'error', 'warning'")
        n -= 1
    else:
        v = _c.enum_in(self, "status", v, MessageStatusEnum)
    self.status = v
    if "_id" in src:
        v = src["_id"]
        if v.__class__ is not str:
            v = _c.off(self, ("_id",), v, "a string")
        self.id = v
        n += 1
    else:
        self.id = UNSET
    if "_templateId" in src:
        v = src["_templateId"]
        if v.__class__ is not str and v is not None:
            v = _c.off(self, ("_templateId",), v, "a string or null")
        self.template_id = v
        n += 1
    else:
        self.template_id = UNSET
    if "_messageTemplateId" in src:
        v = src["_messageTemplateId"]
        if v.__class__ is not str and v is not None:
            v = _c.off(self, ("_messageTemplateId",), v, "a string or null")
        self.message_template_id = v
        n += 1
    else:
        self.message_template_id = UNSET
    if "subscriber" in src:
        v = src["subscriber"]
        if v.__class__ is dict:
            try:
                v = SubscriberResponseDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "subscriber")
                raise
        else:
            v = _c.off(self, ("subscriber",), v, "an object (SubscriberResponseDto)")
        self.subscriber = v
        n += 1
    else:
        self.subscriber = UNSET
    if "template" in src:
        v = src["template"]
        if v.__class__ is dict:
            try:
                v = WorkflowResponse._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "template")
                raise
        else:
            v = _c.off(self, ("template",), v, "an object (WorkflowResponse)")
        self.template = v
        n += 1
    else:
        self.template = UNSET
    if "templateIdentifier" in src:
        v = src["templateIdentifier"]
        if v.__class__ is not str:
            v = _c.off(self, ("templateIdentifier",), v, "a string")
        self.template_identifier = v
        n += 1
    else:
        self.template_identifier = UNSET
    if "deliveredAt" in src:
        v = src["deliveredAt"]
        v = _c.scalars_in(self, "deliveredAt", v, (str,), "a string")
        self.delivered_at = v
        n += 1
    else:
        self.delivered_at = UNSET
    if "lastSeenDate" in src:
        v = src["lastSeenDate"]
        if v.__class__ is not str:
            v = _c.off(self, ("lastSeenDate",), v, "a string")
        self.last_seen_date = v
        n += 1
    else:
        self.last_seen_date = UNSET
    if "lastReadDate" in src:
        v = src["lastReadDate"]
        if v.__class__ is not str:
            v = _c.off(self, ("lastReadDate",), v, "a string")
        self.last_read_date = v
        n += 1
    else:
        self.last_read_date = UNSET
    if "content" in src:
        v = src["content"]
        if v is not None:
            v = _c.union_in(self, "content", v, _S_content)
        self.content = v
        n += 1
    else:
        self.content = UNSET
    if "subject" in src:
        v = src["subject"]
        if v.__class__ is not str:
            v = _c.off(self, ("subject",), v, "a string")
        self.subject = v
        n += 1
    else:
        self.subject = UNSET
    if "snoozedUntil" in src:
        v = src["snoozedUntil"]
        if v.__class__ is not str:
            v = _c.off(self, ("snoozedUntil",), v, "a string")
        self.snoozed_until = v
        n += 1
    else:
        self.snoozed_until = UNSET
    if "email" in src:
        v = src["email"]
        if v.__class__ is not str:
            v = _c.off(self, ("email",), v, "a string")
        self.email = v
        n += 1
    else:
        self.email = UNSET
    if "phone" in src:
        v = src["phone"]
        if v.__class__ is not str:
            v = _c.off(self, ("phone",), v, "a string")
        self.phone = v
        n += 1
    else:
        self.phone = UNSET
    if "directWebhookUrl" in src:
        v = src["directWebhookUrl"]
        if v.__class__ is not str:
            v = _c.off(self, ("directWebhookUrl",), v, "a string")
        self.direct_webhook_url = v
        n += 1
    else:
        self.direct_webhook_url = UNSET
    if "providerId" in src:
        v = src["providerId"]
        if v.__class__ is not str:
            v = _c.off(self, ("providerId",), v, "a string")
        self.provider_id = v
        n += 1
    else:
        self.provider_id = UNSET
    if "deviceTokens" in src:
        v = src["deviceTokens"]
        v = _c.scalars_in(self, "deviceTokens", v, (str,), "a string")
        self.device_tokens = v
        n += 1
    else:
        self.device_tokens = UNSET
    if "title" in src:
        v = src["title"]
        if v.__class__ is not str:
            v = _c.off(self, ("title",), v, "a string")
        self.title = v
        n += 1
    else:
        self.title = UNSET
    if "_feedId" in src:
        v = src["_feedId"]
        if v.__class__ is not str and v is not None:
            v = _c.off(self, ("_feedId",), v, "a string or null")
        self.feed_id = v
        n += 1
    else:
        self.feed_id = UNSET
    if "errorId" in src:
        v = src["errorId"]
        if v.__class__ is not str:
            v = _c.off(self, ("errorId",), v, "a string")
        self.error_id = v
        n += 1
    else:
        self.error_id = UNSET
    if "errorText" in src:
        v = src["errorText"]
        if v.__class__ is not str:
            v = _c.off(self, ("errorText",), v, "a string")
        self.error_text = v
        n += 1
    else:
        self.error_text = UNSET
    if "payload" in src:
        v = src["payload"]
        if v.__class__ is dict:
            try:
                v = MessageResponseDtoPayload._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "payload")
                raise
        else:
            v = _c.off(self, ("payload",), v, "an object (MessageResponseDtoPayload)")
        self.payload = v
        n += 1
    else:
        self.payload = UNSET
    if "overrides" in src:
        v = src["overrides"]
        if v.__class__ is dict:
            try:
                v = MessageResponseDtoOverrides._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "overrides")
                raise
        else:
            v = _c.off(self, ("overrides",), v, "an object (MessageResponseDtoOverrides)")
        self.overrides = v
        n += 1
    else:
        self.overrides = UNSET
    if "contextKeys" in src:
        v = src["contextKeys"]
        v = _c.scalars_in(self, "contextKeys", v, (str,), "a string")
        self.context_keys = v
        n += 1
    else:
        self.context_keys = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


MessageResponseDto._make = _make
MessageResponseDto._decode = _decode
MessageResponseDto._Pending = _c.pending(MessageResponseDto)
MessageResponseDto._SPEC = _c.ModelSpec(
    MessageResponseDto,
    (
        ("_environmentId", "environment_id", True, ("str",)),
        ("_organizationId", "organization_id", True, ("str",)),
        ("_notificationId", "notification_id", True, ("str",)),
        ("_subscriberId", "subscriber_id", True, ("str",)),
        ("createdAt", "created_at", True, ("str",)),
        ("transactionId", "transaction_id", True, ("str",)),
        ("channel", "channel", True, ("enum", ChannelTypeEnum)),
        ("read", "read", True, ("bool",)),
        ("seen", "seen", True, ("bool",)),
        ("cta", "cta", True, ("model", MessageCTA)),
        ("status", "status", True, ("enum", MessageStatusEnum)),
        ("_id", "id", False, ("str",)),
        (
            "_templateId",
            "template_id",
            False,
            (
                "union",
                (
                    ("str",),
                    ("null",),
                ),
            ),
        ),
        (
            "_messageTemplateId",
            "message_template_id",
            False,
            (
                "union",
                (
                    ("str",),
                    ("null",),
                ),
            ),
        ),
        ("subscriber", "subscriber", False, ("model", SubscriberResponseDto)),
        ("template", "template", False, ("model", WorkflowResponse)),
        ("templateIdentifier", "template_identifier", False, ("str",)),
        ("deliveredAt", "delivered_at", False, ("list", ("str",))),
        ("lastSeenDate", "last_seen_date", False, ("str",)),
        ("lastReadDate", "last_read_date", False, ("str",)),
        (
            "content",
            "content",
            False,
            (
                "union",
                (
                    ("list", ("model", EmailBlock)),
                    ("str",),
                    ("null",),
                ),
            ),
        ),
        ("subject", "subject", False, ("str",)),
        ("snoozedUntil", "snoozed_until", False, ("str",)),
        ("email", "email", False, ("str",)),
        ("phone", "phone", False, ("str",)),
        ("directWebhookUrl", "direct_webhook_url", False, ("str",)),
        ("providerId", "provider_id", False, ("str",)),
        ("deviceTokens", "device_tokens", False, ("list", ("str",))),
        ("title", "title", False, ("str",)),
        (
            "_feedId",
            "feed_id",
            False,
            (
                "union",
                (
                    ("str",),
                    ("null",),
                ),
            ),
        ),
        ("errorId", "error_id", False, ("str",)),
        ("errorText", "error_text", False, ("str",)),
        ("payload", "payload", False, ("model", MessageResponseDtoPayload)),
        ("overrides", "overrides", False, ("model", MessageResponseDtoOverrides)),
        ("contextKeys", "context_keys", False, ("list", ("str",))),
    ),
)
_S_content = _c.prepare(
    (
        "union",
        (
            ("list", ("model", EmailBlock)),
            ("str",),
            ("null",),
        ),
    )
)
