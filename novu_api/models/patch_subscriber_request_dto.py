# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""PatchSubscriberRequestDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.patch_subscriber_request_dto_data import PatchSubscriberRequestDtoData

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "firstName",
        "lastName",
        "email",
        "phone",
        "avatar",
        "locale",
        "timezone",
        "data",
    )
)


@_define(kw_only=True)
class PatchSubscriberRequestDto(_c.Model):
    """Attributes:
        first_name (str | None | Unset, optional): First name of the subscriber Sent as `firstName`.
        last_name (str | None | Unset, optional): Last name of the subscriber Sent as `lastName`.
        email (str | None | Unset, optional): Email address of the subscriber
        phone (str | None | Unset, optional): Phone number of the subscriber
        avatar (str | None | Unset, optional): Avatar URL or identifier
        locale (str | None | Unset, optional): Locale of the subscriber
        timezone (str | None | Unset, optional): Timezone of the subscriber
        data (PatchSubscriberRequestDtoData | Mapping[str, Any] | None | Unset, optional): Additional custom data associated with the subscriber
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    first_name: str | None | Unset = UNSET
    last_name: str | None | Unset = UNSET
    email: str | None | Unset = UNSET
    phone: str | None | Unset = UNSET
    avatar: str | None | Unset = UNSET
    locale: str | None | Unset = UNSET
    timezone: str | None | Unset = UNSET
    data: PatchSubscriberRequestDtoData | Mapping[str, Any] | None | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> PatchSubscriberRequestDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not PatchSubscriberRequestDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> PatchSubscriberRequestDto:
    self: PatchSubscriberRequestDto = _c._new(PatchSubscriberRequestDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 0
    if "firstName" in src:
        v = src["firstName"]
        if v.__class__ is not str and v is not None:
            v = _c.off(self, ("firstName",), v, "a string or null")
        self.first_name = v
        n += 1
    else:
        self.first_name = UNSET
    if "lastName" in src:
        v = src["lastName"]
        if v.__class__ is not str and v is not None:
            v = _c.off(self, ("lastName",), v, "a string or null")
        self.last_name = v
        n += 1
    else:
        self.last_name = UNSET
    if "email" in src:
        v = src["email"]
        if v.__class__ is not str and v is not None:
            v = _c.off(self, ("email",), v, "a string or null")
        self.email = v
        n += 1
    else:
        self.email = UNSET
    if "phone" in src:
        v = src["phone"]
        if v.__class__ is not str and v is not None:
            v = _c.off(self, ("phone",), v, "a string or null")
        self.phone = v
        n += 1
    else:
        self.phone = UNSET
    if "avatar" in src:
        v = src["avatar"]
        if v.__class__ is not str and v is not None:
            v = _c.off(self, ("avatar",), v, "a string or null")
        self.avatar = v
        n += 1
    else:
        self.avatar = UNSET
    if "locale" in src:
        v = src["locale"]
        if v.__class__ is not str and v is not None:
            v = _c.off(self, ("locale",), v, "a string or null")
        self.locale = v
        n += 1
    else:
        self.locale = UNSET
    if "timezone" in src:
        v = src["timezone"]
        if v.__class__ is not str and v is not None:
            v = _c.off(self, ("timezone",), v, "a string or null")
        self.timezone = v
        n += 1
    else:
        self.timezone = UNSET
    if "data" in src:
        v = src["data"]
        if v is not None:
            if v.__class__ is dict:
                try:
                    v = PatchSubscriberRequestDtoData._make(v, lazy)
                except _c.DecodeError as exc:
                    exc.path.insert(0, "data")
                    raise
            else:
                v = _c.off(self, ("data",), v, "an object (PatchSubscriberRequestDtoData) or null")
        self.data = v
        n += 1
    else:
        self.data = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


PatchSubscriberRequestDto._make = _make
PatchSubscriberRequestDto._decode = _decode
PatchSubscriberRequestDto._Pending = _c.pending(PatchSubscriberRequestDto)
PatchSubscriberRequestDto._SPEC = _c.ModelSpec(
    PatchSubscriberRequestDto,
    (
        (
            "firstName",
            "first_name",
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
            "lastName",
            "last_name",
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
            "email",
            "email",
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
            "phone",
            "phone",
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
            "avatar",
            "avatar",
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
            "locale",
            "locale",
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
            "timezone",
            "timezone",
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
            "data",
            "data",
            False,
            (
                "union",
                (
                    ("model", PatchSubscriberRequestDtoData),
                    ("null",),
                ),
            ),
        ),
    ),
)
