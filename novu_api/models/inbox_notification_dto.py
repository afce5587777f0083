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

    def _fill(self) -> None:
        # Decode the wire object `from_dict` kept (see `_c.Model`), in place.
        src = self._src
        if src is None:
            return
        if self.__class__ is not InboxNotificationDto:
            return _c.fill_subclass(self, src, _decode)
        _c._put(self, "__class__", _Filling)  # plain slot writes while decoding
        try:
            _decode(self, src, False)
        finally:
            _c._put(self, "__class__", InboxNotificationDto)

    @classmethod
    def _eager(cls, src: Any, lazy: bool = False) -> InboxNotificationDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not InboxNotificationDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        self: InboxNotificationDto = object.__new__(_Filling)
        _decode(self, src, lazy)
        _c._put(self, "__class__", InboxNotificationDto)
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The same object while `_decode` writes its fields (plain slot writes); the class is put back after.
_Filling = _c.filling(InboxNotificationDto)


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare; `self` is a `_Filling`.
    g = src.get
    v = g("id", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("id",), v, "a string")
    self.id = v
    v = g("transactionId", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("transactionId",), v, "a string")
    self.transaction_id = v
    v = g("body", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("body",), v, "a string")
    self.body = v
    v = g("to", UNSET)
    if v is not UNSET:
        v = _c.model_in(self, "to", v, InboxSubscriberResponseDto, lazy)
    elif v is UNSET:
        v = _c.off(self, ("to",), v, "an object (InboxSubscriberResponseDto)")
    self.to = v
    v = g("isRead", UNSET)
    if v.__class__ is not bool:
        v = _c.off(self, ("isRead",), v, "a boolean")
    self.is_read = v
    v = g("isSeen", UNSET)
    if v.__class__ is not bool:
        v = _c.off(self, ("isSeen",), v, "a boolean")
    self.is_seen = v
    v = g("isArchived", UNSET)
    if v.__class__ is not bool:
        v = _c.off(self, ("isArchived",), v, "a boolean")
    self.is_archived = v
    v = g("isSnoozed", UNSET)
    if v.__class__ is not bool:
        v = _c.off(self, ("isSnoozed",), v, "a boolean")
    self.is_snoozed = v
    v = g("createdAt", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("createdAt",), v, "a string")
    self.created_at = v
    v = g("channelType", UNSET)
    if v is not UNSET:
        v = _c.enum_in(self, "channelType", v, ChannelTypeEnum)
    elif v is UNSET:
        v = _c.off(self, ("channelType",), v, "one of 'in_app', 'email', 'sms', 'chat', 'push'")
    self.channel_type = v
    v = g("severity", UNSET)
    if v is not UNSET:
        v = _c.enum_in(self, "severity", v, SeverityLevelEnum)
    elif v is UNSET:
        v = _c.off(self, ("severity",), v, "one of 'high', 'medium', 'low', 'none'")
    self.severity = v
    v = g("subject", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("subject",), v, "a string")
    self.subject = v
    v = g("snoozedUntil", UNSET)
    if v.__class__ is not str and v is not UNSET and v is not None:
        v = _c.off(self, ("snoozedUntil",), v, "a string or null")
    self.snoozed_until = v
    v = g("deliveredAt", UNSET)
    if v is not UNSET:
        v = _c.scalars_in(self, "deliveredAt", v, (str,), "a string")
    self.delivered_at = v
    v = g("readAt", UNSET)
    if v.__class__ is not str and v is not UNSET and v is not None:
        v = _c.off(self, ("readAt",), v, "a string or null")
    self.read_at = v
    v = g("firstSeenAt", UNSET)
    if v.__class__ is not str and v is not UNSET and v is not None:
        v = _c.off(self, ("firstSeenAt",), v, "a string or null")
    self.first_seen_at = v
    v = g("archivedAt", UNSET)
    if v.__class__ is not str and v is not UNSET and v is not None:
        v = _c.off(self, ("archivedAt",), v, "a string or null")
    self.archived_at = v
    v = g("avatar", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("avatar",), v, "a string")
    self.avatar = v
    v = g("primaryAction", UNSET)
    if v is not UNSET:
        v = _c.model_in(self, "primaryAction", v, InboxActionDto, lazy)
    self.primary_action = v
    v = g("secondaryAction", UNSET)
    if v is not UNSET:
        v = _c.model_in(self, "secondaryAction", v, InboxActionDto, lazy)
    self.secondary_action = v
    v = g("tags", UNSET)
    if v is not UNSET:
        v = _c.scalars_in(self, "tags", v, (str,), "a string")
    self.tags = v
    v = g("data", UNSET)
    if v is not UNSET:
        v = _c.model_in(self, "data", v, InboxNotificationDtoData, lazy)
    self.data = v
    v = g("redirect", UNSET)
    if v is not UNSET:
        v = _c.model_in(self, "redirect", v, RedirectDto, lazy)
    self.redirect = v
    v = g("workflow", UNSET)
    if v is not UNSET:
        v = _c.model_in(self, "workflow", v, NotificationWorkflowDto, lazy)
    self.workflow = v
    self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
    self._src = None


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
