# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""NotificationFeedItemDto"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.actor_feed_item_dto import ActorFeedItemDto
from novu_api.models.channel_type_enum import ChannelTypeEnum
from novu_api.models.message_cta import MessageCTA
from novu_api.models.notification_feed_item_dto_data import NotificationFeedItemDtoData
from novu_api.models.notification_feed_item_dto_overrides import NotificationFeedItemDtoOverrides
from novu_api.models.notification_feed_item_dto_payload import NotificationFeedItemDtoPayload
from novu_api.models.notification_feed_item_dto_status import NotificationFeedItemDtoStatus
from novu_api.models.subscriber_feed_response_dto import SubscriberFeedResponseDto

from .. import _codec as _c

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
class NotificationFeedItemDto(_c.Model):
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
        feed_id (str | None | Unset, optional): Identifier for the feed associated with the notification. Sent as `_feedId`.
        created_at (datetime.datetime | None | Unset, optional): Timestamp indicating when the notification was created. Sent as `createdAt`.
        updated_at (datetime.datetime | None | Unset, optional): Timestamp indicating when the notification was last updated. Sent as `updatedAt`.
        actor (ActorFeedItemDto | Unset, optional):
        subscriber (SubscriberFeedResponseDto | Unset, optional):
        template_identifier (str | None | Unset, optional): Identifier for the template used, if applicable. Sent as `templateIdentifier`.
        provider_id (str | None | Unset, optional): Identifier for the provider that sends the notification. Sent as `providerId`.
        subject (str | None | Unset, optional): The subject line for email notifications, if applicable.
        device_tokens (Sequence[str] | None | Unset, optional): Device tokens for push notifications, if applicable. Sent as `deviceTokens`.
        payload (NotificationFeedItemDtoPayload | Mapping[str, Any] | Unset, optional): The payload that was used to send the notification trigger.
        data (NotificationFeedItemDtoData | Mapping[str, Any] | None | Unset, optional): The data sent with the notification.
        overrides (NotificationFeedItemDtoOverrides | Mapping[str, Any] | Unset, optional): Provider-specific overrides used when triggering the notification.
        tags (Sequence[str] | None | Unset, optional): Tags associated with the workflow that triggered the notification.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
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
    feed_id: str | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    actor: ActorFeedItemDto | Unset = UNSET
    subscriber: SubscriberFeedResponseDto | Unset = UNSET
    template_identifier: str | None | Unset = UNSET
    provider_id: str | None | Unset = UNSET
    subject: str | None | Unset = UNSET
    device_tokens: Sequence[str] | None | Unset = UNSET
    payload: NotificationFeedItemDtoPayload | Mapping[str, Any] | Unset = UNSET
    data: NotificationFeedItemDtoData | Mapping[str, Any] | None | Unset = UNSET
    overrides: NotificationFeedItemDtoOverrides | Mapping[str, Any] | Unset = UNSET
    tags: Sequence[str] | None | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> NotificationFeedItemDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not NotificationFeedItemDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> NotificationFeedItemDto:
    self: NotificationFeedItemDto = _c._new(NotificationFeedItemDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 15
    try:
        v = src["_id"]
    except KeyError:
        v = _c.off(self, ("_id",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("_id",), v, "a string")
    self.id = v
    try:
        v = src["_templateId"]
    except KeyError:
        v = _c.off(self, ("_templateId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("_templateId",), v, "a string")
    self.template_id = v
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
        v = src["_jobId"]
    except KeyError:
        v = _c.off(self, ("_jobId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("_jobId",), v, "a string")
    self.job_id = v
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
        v = src["content"]
    except KeyError:
        v = _c.off(self, ("content",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("content",), v, "a string")
    self.content = v
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
        v = src["archived"]
    except KeyError:
        v = _c.off(self, ("archived",), UNSET, "a boolean")
        n -= 1
    else:
        if v.__class__ is not bool:
            v = _c.off(self, ("archived",), v, "a boolean")
    self.archived = v
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
        v = _c.enum_in(self, "status", v, NotificationFeedItemDtoStatus)
    self.status = v
    if "_messageTemplateId" in src:
        v = src["_messageTemplateId"]
        if v.__class__ is not str:
            v = _c.off(self, ("_messageTemplateId",), v, "a string")
        self.message_template_id = v
        n += 1
    else:
        self.message_template_id = UNSET
    if "_feedId" in src:
        v = src["_feedId"]
        if v.__class__ is not str and v is not None:
            v = _c.off(self, ("_feedId",), v, "a string or null")
        self.feed_id = v
        n += 1
    else:
        self.feed_id = UNSET
    if "createdAt" in src:
        v = src["createdAt"]
        if v is not None:
            v = _c.datetime_in(self, "createdAt", v)
        self.created_at = v
        n += 1
    else:
        self.created_at = UNSET
    if "updatedAt" in src:
        v = src["updatedAt"]
        if v is not None:
            v = _c.datetime_in(self, "updatedAt", v)
        self.updated_at = v
        n += 1
    else:
        self.updated_at = UNSET
    if "actor" in src:
        v = src["actor"]
        if v.__class__ is dict:
            try:
                v = ActorFeedItemDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "actor")
                raise
        else:
            v = _c.off(self, ("actor",), v, "an object (ActorFeedItemDto)")
        self.actor = v
        n += 1
    else:
        self.actor = UNSET
    if "subscriber" in src:
        v = src["subscriber"]
        if v.__class__ is dict:
            try:
                v = SubscriberFeedResponseDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "subscriber")
                raise
        else:
            v = _c.off(self, ("subscriber",), v, "an object (SubscriberFeedResponseDto)")
        self.subscriber = v
        n += 1
    else:
        self.subscriber = UNSET
    if "templateIdentifier" in src:
        v = src["templateIdentifier"]
        if v.__class__ is not str and v is not None:
            v = _c.off(self, ("templateIdentifier",), v, "a string or null")
        self.template_identifier = v
        n += 1
    else:
        self.template_identifier = UNSET
    if "providerId" in src:
        v = src["providerId"]
        if v.__class__ is not str and v is not None:
            v = _c.off(self, ("providerId",), v, "a string or null")
        self.provider_id = v
        n += 1
    else:
        self.provider_id = UNSET
    if "subject" in src:
        v = src["subject"]
        if v.__class__ is not str and v is not None:
            v = _c.off(self, ("subject",), v, "a string or null")
        self.subject = v
        n += 1
    else:
        self.subject = UNSET
    if "deviceTokens" in src:
        v = src["deviceTokens"]
        if v is not None:
            v = _c.scalars_in(self, "deviceTokens", v, (str,), "a string")
        self.device_tokens = v
        n += 1
    else:
        self.device_tokens = UNSET
    if "payload" in src:
        v = src["payload"]
        if v.__class__ is dict:
            try:
                v = NotificationFeedItemDtoPayload._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "payload")
                raise
        else:
            v = _c.off(self, ("payload",), v, "an object (NotificationFeedItemDtoPayload)")
        self.payload = v
        n += 1
    else:
        self.payload = UNSET
    if "data" in src:
        v = src["data"]
        if v is not None:
            if v.__class__ is dict:
                try:
                    v = NotificationFeedItemDtoData._make(v, lazy)
                except _c.DecodeError as exc:
                    exc.path.insert(0, "data")
                    raise
            else:
                v = _c.off(self, ("data",), v, "an object (NotificationFeedItemDtoData) or null")
        self.data = v
        n += 1
    else:
        self.data = UNSET
    if "overrides" in src:
        v = src["overrides"]
        if v.__class__ is dict:
            try:
                v = NotificationFeedItemDtoOverrides._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "overrides")
                raise
        else:
            v = _c.off(self, ("overrides",), v, "an object (NotificationFeedItemDtoOverrides)")
        self.overrides = v
        n += 1
    else:
        self.overrides = UNSET
    if "tags" in src:
        v = src["tags"]
        if v is not None:
            v = _c.scalars_in(self, "tags", v, (str,), "a string")
        self.tags = v
        n += 1
    else:
        self.tags = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


NotificationFeedItemDto._make = _make
NotificationFeedItemDto._decode = _decode
NotificationFeedItemDto._Pending = _c.pending(NotificationFeedItemDto)
NotificationFeedItemDto._SPEC = _c.ModelSpec(
    NotificationFeedItemDto,
    (
        ("_id", "id", True, ("str",)),
        ("_templateId", "template_id", True, ("str",)),
        ("_environmentId", "environment_id", True, ("str",)),
        ("_organizationId", "organization_id", True, ("str",)),
        ("_notificationId", "notification_id", True, ("str",)),
        ("_subscriberId", "subscriber_id", True, ("str",)),
        ("_jobId", "job_id", True, ("str",)),
        ("transactionId", "transaction_id", True, ("str",)),
        ("content", "content", True, ("str",)),
        ("channel", "channel", True, ("enum", ChannelTypeEnum)),
        ("read", "read", True, ("bool",)),
        ("seen", "seen", True, ("bool",)),
        ("archived", "archived", True, ("bool",)),
        ("cta", "cta", True, ("model", MessageCTA)),
        ("status", "status", True, ("enum", NotificationFeedItemDtoStatus)),
        ("_messageTemplateId", "message_template_id", False, ("str",)),
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
        (
            "createdAt",
            "created_at",
            False,
            (
                "union",
                (
                    ("datetime",),
                    ("null",),
                ),
            ),
        ),
        (
            "updatedAt",
            "updated_at",
            False,
            (
                "union",
                (
                    ("datetime",),
                    ("null",),
                ),
            ),
        ),
        ("actor", "actor", False, ("model", ActorFeedItemDto)),
        ("subscriber", "subscriber", False, ("model", SubscriberFeedResponseDto)),
        (
            "templateIdentifier",
            "template_identifier",
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
            "providerId",
            "provider_id",
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
            "subject",
            "subject",
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
            "deviceTokens",
            "device_tokens",
            False,
            (
                "union",
                (
                    ("list", ("str",)),
                    ("null",),
                ),
            ),
        ),
        ("payload", "payload", False, ("model", NotificationFeedItemDtoPayload)),
        (
            "data",
            "data",
            False,
            (
                "union",
                (
                    ("model", NotificationFeedItemDtoData),
                    ("null",),
                ),
            ),
        ),
        ("overrides", "overrides", False, ("model", NotificationFeedItemDtoOverrides)),
        (
            "tags",
            "tags",
            False,
            (
                "union",
                (
                    ("list", ("str",)),
                    ("null",),
                ),
            ),
        ),
    ),
)
