# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""ActivityNotificationSubscriberResponseDto"""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "subscriberId",
        "_id",
        "firstName",
        "lastName",
        "email",
        "phone",
    )
)


@_define(kw_only=True)
class ActivityNotificationSubscriberResponseDto(_c.Model):
    """Attributes:
        subscriber_id (str): External unique identifier of the subscriber Sent as `subscriberId`.
        id (str): Internal to Novu unique identifier of the subscriber Sent as `_id`.
        first_name (str | Unset, optional): First name of the subscriber Sent as `firstName`.
        last_name (str | Unset, optional): Last name of the subscriber Sent as `lastName`.
        email (str | Unset, optional): Email address of the subscriber
        phone (str | Unset, optional): Phone number of the subscriber
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    subscriber_id: str
    id: str
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> ActivityNotificationSubscriberResponseDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not ActivityNotificationSubscriberResponseDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> ActivityNotificationSubscriberResponseDto:
    self: ActivityNotificationSubscriberResponseDto = _c._new(ActivityNotificationSubscriberResponseDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 2
    try:
        v = src["subscriberId"]
    except KeyError:
        v = _c.off(self, ("subscriberId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("subscriberId",), v, "a string")
    self.subscriber_id = v
    try:
        v = src["_id"]
    except KeyError:
        v = _c.off(self, ("_id",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("_id",), v, "a string")
    self.id = v
    if "firstName" in src:
        v = src["firstName"]
        if v.__class__ is not str:
            v = _c.off(self, ("firstName",), v, "a string")
        self.first_name = v
        n += 1
    else:
        self.first_name = UNSET
    if "lastName" in src:
        v = src["lastName"]
        if v.__class__ is not str:
            v = _c.off(self, ("lastName",), v, "a string")
        self.last_name = v
        n += 1
    else:
        self.last_name = UNSET
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
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


ActivityNotificationSubscriberResponseDto._make = _make
ActivityNotificationSubscriberResponseDto._decode = _decode
ActivityNotificationSubscriberResponseDto._Pending = _c.pending(ActivityNotificationSubscriberResponseDto)
ActivityNotificationSubscriberResponseDto._SPEC = _c.ModelSpec(
    ActivityNotificationSubscriberResponseDto,
    (
        ("subscriberId", "subscriber_id", True, ("str",)),
        ("_id", "id", True, ("str",)),
        ("firstName", "first_name", False, ("str",)),
        ("lastName", "last_name", False, ("str",)),
        ("email", "email", False, ("str",)),
        ("phone", "phone", False, ("str",)),
    ),
)
