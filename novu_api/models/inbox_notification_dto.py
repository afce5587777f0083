# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""InboxNotificationDto"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.channel_type_enum import ChannelTypeEnum
from novu_api.models.inbox_action_dto import InboxActionDto
from novu_api.models.inbox_notification_dto_data import InboxNotificationDtoData
from novu_api.models.inbox_subscriber_response_dto import InboxSubscriberResponseDto
from novu_api.models.notification_workflow_dto import NotificationWorkflowDto
from novu_api.models.redirect_dto import RedirectDto
from novu_api.models.severity_level_enum import SeverityLevelEnum

from .. import _codec as _c

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
class InboxNotificationDto(_c.Model):
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
        snoozed_until (str | None | Unset, optional): ISO timestamp when the notification will be unsnoozed Sent as `snoozedUntil`.
        delivered_at (Sequence[str] | Unset, optional): Timestamps when the notification was delivered Sent as `deliveredAt`.
        read_at (str | None | Unset, optional): ISO timestamp when the notification was read Sent as `readAt`.
        first_seen_at (str | None | Unset, optional): ISO timestamp when the notification was first seen Sent as `firstSeenAt`.
        archived_at (str | None | Unset, optional): ISO timestamp when the notification was archived Sent as `archivedAt`.
        avatar (str | Unset, optional): Avatar URL for the notification
        primary_action (InboxActionDto | Unset, optional):  Sent as `primaryAction`.
        secondary_action (InboxActionDto | Unset, optional):  Sent as `secondaryAction`.
        tags (Sequence[str] | Unset, optional): Tags associated with the notification
        data (InboxNotificationDtoData | Mapping[str, Any] | Unset, optional): Custom data payload of the notification
        redirect (RedirectDto | Unset, optional):
        workflow (NotificationWorkflowDto | Unset, optional):
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
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
    snoozed_until: str | None | Unset = UNSET
    delivered_at: Sequence[str] | Unset = UNSET
    read_at: str | None | Unset = UNSET
    first_seen_at: str | None | Unset = UNSET
    archived_at: str | None | Unset = UNSET
    avatar: str | Unset = UNSET
    primary_action: InboxActionDto | Unset = UNSET
    secondary_action: InboxActionDto | Unset = UNSET
    tags: Sequence[str] | Unset = UNSET
    data: InboxNotificationDtoData | Mapping[str, Any] | Unset = UNSET
    redirect: RedirectDto | Unset = UNSET
    workflow: NotificationWorkflowDto | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> InboxNotificationDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not InboxNotificationDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> InboxNotificationDto:
    self: InboxNotificationDto = _c._new(InboxNotificationDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 11
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
        v = src["transactionId"]
    except KeyError:
        v = _c.off(self, ("transactionId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("transactionId",), v, "a string")
    self.transaction_id = v
    try:
        v = src["body"]
    except KeyError:
        v = _c.off(self, ("body",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("body",), v, "a string")
    self.body = v
    try:
        v = src["to"]
    except KeyError:
        v = _c.off(self, ("to",), UNSET, "an object (InboxSubscriberResponseDto)")
        n -= 1
    else:
        if v.__class__ is dict:
            try:
                v = InboxSubscriberResponseDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "to")
                raise
        else:
            v = _c.off(self, ("to",), v, "an object (InboxSubscriberResponseDto)")
    self.to = v
    try:
        v = src["isRead"]
    except KeyError:
        v = _c.off(self, ("isRead",), UNSET, "a boolean")
        n -= 1
    else:
        if v.__class__ is not bool:
            v = _c.off(self, ("isRead",), v, "a boolean")
    self.is_read = v
    try:
        v = src["isSeen"]
    except KeyError:
        v = _c.off(self, ("isSeen",), UNSET, "a boolean")
        n -= 1
    else:
        if v.__class__ is not bool:
            v = _c.off(self, ("isSeen",), v, "a boolean")
    self.is_seen = v
    try:
        v = src["isArchived"]
    except KeyError:
        v = _c.off(self, ("isArchived",), UNSET, "a boolean")
        n -= 1
    else:
        if v.__class__ is not bool:
            v = _c.off(self, ("isArchived",), v, "a boolean")
    self.is_archived = v
    try:
        v = src["isSnoozed"]
    except KeyError:
        v = _c.off(self, ("isSnoozed",), UNSET, "a boolean")
        n -= 1
    else:
        if v.__class__ is not bool:
            v = _c.off(self, ("isSnoozed",), v, "a boolean")
    self.is_snoozed = v
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
        v = src["channelType"]
    except KeyError:
        v = _c.off(self, ("channelType",), UNSET, "one of 'in_app', 'email', 'sms', 'chat', 'push'")
        n -= 1
    else:
        v = _c.enum_in(self, "channelType", v, ChannelTypeEnum)
    self.channel_type = v
    try:
        v = src["severity"]
    except KeyError:
        v = _c.off(self, ("severity",), UNSET, "one of 'high', 'medium', 'low', 'none'")
        n -= 1
    else:
        v = _c.enum_in(self, "severity", v, SeverityLevelEnum)
    self.severity = v
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
        if v.__class__ is not str and v is not None:
            v = _c.off(self, ("snoozedUntil",), v, "a string or null")
        self.snoozed_until = v
        n += 1
    else:
        self.snoozed_until = UNSET
    if "deliveredAt" in src:
        v = src["deliveredAt"]
        v = _c.scalars_in(self, "deliveredAt", v, (str,), "a string")
        self.delivered_at = v
        n += 1
    else:
        self.delivered_at = UNSET
    if "readAt" in src:
        v = src["readAt"]
        if v.__class__ is not str and v is not None:
            v = _c.off(self, ("readAt",), v, "a string or null")
        self.read_at = v
        n += 1
    else:
        self.read_at = UNSET
    if "firstSeenAt" in src:
        v = src["firstSeenAt"]
        if v.__class__ is not str and v is not None:
            v = _c.off(self, ("firstSeenAt",), v, "a string or null")
        self.first_seen_at = v
        n += 1
    else:
        self.first_seen_at = UNSET
    if "archivedAt" in src:
        v = src["archivedAt"]
        if v.__class__ is not str and v is not None:
            v = _c.off(self, ("archivedAt",), v, "a string or null")
        self.archived_at = v
        n += 1
    else:
        self.archived_at = UNSET
    if "avatar" in src:
        v = src["avatar"]
        if v.__class__ is not str:
            v = _c.off(self, ("avatar",), v, "a string")
        self.avatar = v
        n += 1
    else:
        self.avatar = UNSET
    if "primaryAction" in src:
        v = src["primaryAction"]
        if v.__class__ is dict:
            try:
                v = InboxActionDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "primaryAction")
                raise
        else:
            v = _c.off(self, ("primaryAction",), v, "an object (InboxActionDto)")
        self.primary_action = v
        n += 1
    else:
        self.primary_action = UNSET
    if "secondaryAction" in src:
        v = src["secondaryAction"]
        if v.__class__ is dict:
            try:
                v = InboxActionDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "secondaryAction")
                raise
        else:
            v = _c.off(self, ("secondaryAction",), v, "an object (InboxActionDto)")
        self.secondary_action = v
        n += 1
    else:
        self.secondary_action = UNSET
    if "tags" in src:
        v = src["tags"]
        v = _c.scalars_in(self, "tags", v, (str,), "a string")
        self.tags = v
        n += 1
    else:
        self.tags = UNSET
    if "data" in src:
        v = src["data"]
        if v.__class__ is dict:
            try:
                v = InboxNotificationDtoData._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "data")
                raise
        else:
            v = _c.off(self, ("data",), v, "an object (InboxNotificationDtoData)")
        self.data = v
        n += 1
    else:
        self.data = UNSET
    if "redirect" in src:
        v = src["redirect"]
        if v.__class__ is dict:
            try:
                v = RedirectDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "redirect")
                raise
        else:
            v = _c.off(self, ("redirect",), v, "an object (RedirectDto)")
        self.redirect = v
        n += 1
    else:
        self.redirect = UNSET
    if "workflow" in src:
        v = src["workflow"]
        if v.__class__ is dict:
            try:
                v = NotificationWorkflowDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "workflow")
                raise
        else:
            v = _c.off(self, ("workflow",), v, "an object (NotificationWorkflowDto)")
        self.workflow = v
        n += 1
    else:
        self.workflow = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


InboxNotificationDto._make = _make
InboxNotificationDto._decode = _decode
InboxNotificationDto._Pending = _c.pending(InboxNotificationDto)
InboxNotificationDto._SPEC = _c.ModelSpec(
    InboxNotificationDto,
    (
        ("id", "id", True, ("str",)),
        ("transactionId", "transaction_id", True, ("str",)),
        ("body", "body", True, ("str",)),
        ("to", "to", True, ("model", InboxSubscriberResponseDto)),
        ("isRead", "is_read", True, ("bool",)),
        ("isSeen", "is_seen", True, ("bool",)),
        ("isArchived", "is_archived", True, ("bool",)),
        ("isSnoozed", "is_snoozed", True, ("bool",)),
        ("createdAt", "created_at", True, ("str",)),
        ("channelType", "channel_type", True, ("enum", ChannelTypeEnum)),
        ("severity", "severity", True, ("enum", SeverityLevelEnum)),
        ("subject", "subject", False, ("str",)),
        (
            "snoozedUntil",
            "snoozed_until",
            False,
            (
                "union",
                (
                    ("str",),
                    ("null",),
                ),
            ),
        ),
        ("deliveredAt", "delivered_at", False, ("list", ("str",))),
        (
            "readAt",
            "read_at",
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
            "firstSeenAt",
            "first_seen_at",
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
            "archivedAt",
            "archived_at",
            False,
            (
                "union",
                (
                    ("str",),
                    ("null",),
                ),
            ),
        ),
        ("avatar", "avatar", False, ("str",)),
        ("primaryAction", "primary_action", False, ("model", InboxActionDto)),
        ("secondaryAction", "secondary_action", False, ("model", InboxActionDto)),
        ("tags", "tags", False, ("list", ("str",))),
        ("data", "data", False, ("model", InboxNotificationDtoData)),
        ("redirect", "redirect", False, ("model", RedirectDto)),
        ("workflow", "workflow", False, ("model", NotificationWorkflowDto)),
    ),
)
