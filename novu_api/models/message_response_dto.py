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

    def _fill(self) -> None:
        # Decode the wire object `from_dict` kept (see `_c.Model`), in place.
        src = self._src
        if src is None:
            return
        if self.__class__ is not MessageResponseDto:
            return _c.fill_subclass(self, src, _decode)
        _c._put(self, "__class__", _Filling)  # plain slot writes while decoding
        try:
            _decode(self, src, False)
        finally:
            _c._put(self, "__class__", MessageResponseDto)

    @classmethod
    def _eager(cls, src: Any, lazy: bool = False) -> MessageResponseDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not MessageResponseDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        self: MessageResponseDto = object.__new__(_Filling)
        _decode(self, src, lazy)
        _c._put(self, "__class__", MessageResponseDto)
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The same object while `_decode` writes its fields (plain slot writes); the class is put back after.
_Filling = _c.filling(MessageResponseDto)


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare; `self` is a `_Filling`.
    g = src.get
    v = g("_environmentId", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("_environmentId",), v, "a string")
    self.environment_id = v
    v = g("_organizationId", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("_organizationId",), v, "a string")
    self.organization_id = v
    v = g("_notificationId", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("_notificationId",), v, "a string")
    self.notification_id = v
    v = g("_subscriberId", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("_subscriberId",), v, "a string")
    self.subscriber_id = v
    v = g("createdAt", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("createdAt",), v, "a string")
    self.created_at = v
    v = g("transactionId", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("transactionId",), v, "a string")
    self.transaction_id = v
    v = g("channel", UNSET)
    if v is not UNSET:
        v = _c.enum_in(self, "channel", v, ChannelTypeEnum)
    elif v is UNSET:
        v = _c.off(self, ("channel",), v, "one of 'in_app', 'email', 'sms', 'chat', 'push'")
    self.channel = v
    v = g("read", UNSET)
    if v.__class__ is not bool:
        v = _c.off(self, ("read",), v, "a boolean")
    self.read = v
    v = g("seen", UNSET)
    if v.__class__ is not bool:
        v = _c.off(self, ("seen",), v, "a boolean")
    self.seen = v
    v = g("cta", UNSET)
    if v is not UNSET:
        v = _c.model_in(self, "cta", v, MessageCTA, lazy)
    elif v is UNSET:
        v = _c.off(self, ("cta",), v, "an object (MessageCTA)")
    self.cta = v
    v = g("status", UNSET)
    if v is not UNSET:
        v = _c.enum_in(self, "status", v, MessageStatusEnum)
    elif v is UNSET:
        v = _c.off(self, ("status",), v, "one of 'sent', 'error', 'warning'")
    self.status = v
    v = g("_id", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("_id",), v, "a string")
    self.id = v
    v = g("_templateId", UNSET)
    if v.__class__ is not str and v is not UNSET and v is not None:
        v = _c.off(self, ("_templateId",), v, "a string or null")
    self.template_id = v
    v = g("_messageTemplateId", UNSET)
    if v.__class__ is not str and v is not UNSET and v is not None:
        v = _c.off(self, ("_messageTemplateId",), v, "a string or null")
    self.message_template_id = v
    v = g("subscriber", UNSET)
    if v is not UNSET:
        v = _c.model_in(self, "subscriber", v, SubscriberResponseDto, lazy)
    self.subscriber = v
    v = g("template", UNSET)
    if v is not UNSET:
        v = _c.model_in(self, "template", v, WorkflowResponse, lazy)
    self.template = v
    v = g("templateIdentifier", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("templateIdentifier",), v, "a string")
    self.template_identifier = v
    v = g("deliveredAt", UNSET)
    if v is not UNSET:
        v = _c.scalars_in(self, "deliveredAt", v, (str,), "a string")
    self.delivered_at = v
    v = g("lastSeenDate", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("lastSeenDate",), v, "a string")
    self.last_seen_date = v
    v = g("lastReadDate", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("lastReadDate",), v, "a string")
    self.last_read_date = v
    v = g("content", UNSET)
    if v is not UNSET and v is not None:
        v = _c.union_in(self, "content", v, _S_content)
    self.content = v
    v = g("subject", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("subject",), v, "a string")
    self.subject = v
    v = g("snoozedUntil", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("snoozedUntil",), v, "a string")
    self.snoozed_until = v
    v = g("email", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("email",), v, "a string")
    self.email = v
    v = g("phone", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("phone",), v, "a string")
    self.phone = v
    v = g("directWebhookUrl", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("directWebhookUrl",), v, "a string")
    self.direct_webhook_url = v
    v = g("providerId", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("providerId",), v, "a string")
    self.provider_id = v
    v = g("deviceTokens", UNSET)
    if v is not UNSET:
        v = _c.scalars_in(self, "deviceTokens", v, (str,), "a string")
    self.device_tokens = v
    v = g("title", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("title",), v, "a string")
    self.title = v
    v = g("_feedId", UNSET)
    if v.__class__ is not str and v is not UNSET and v is not None:
        v = _c.off(self, ("_feedId",), v, "a string or null")
    self.feed_id = v
    v = g("errorId", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("errorId",), v, "a string")
    self.error_id = v
    v = g("errorText", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("errorText",), v, "a string")
    self.error_text = v
    v = g("payload", UNSET)
    if v is not UNSET:
        v = _c.model_in(self, "payload", v, MessageResponseDtoPayload, lazy)
    self.payload = v
    v = g("overrides", UNSET)
    if v is not UNSET:
        v = _c.model_in(self, "overrides", v, MessageResponseDtoOverrides, lazy)
    self.overrides = v
    v = g("contextKeys", UNSET)
    if v is not UNSET:
        v = _c.scalars_in(self, "contextKeys", v, (str,), "a string")
    self.context_keys = v
    self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
    self._src = None


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
