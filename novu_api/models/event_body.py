# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""EventBody"""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.event_body_status import EventBodyStatus

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "status",
        "date",
        "externalId",
        "attempts",
        "response",
        "row",
    )
)


@_define(kw_only=True)
class EventBody(_c.Model):
    """Attributes:
        status (EventBodyStatus | str): Status of the event
        date (str): Date of the event
        external_id (str | Unset, optional): External ID from the provider Sent as `externalId`.
        attempts (float | Unset, optional): Number of attempts
        response (str | Unset, optional): Response from the provider
        row (str | Unset, optional): Raw content from the provider webhook
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    status: EventBodyStatus | str
    date: str
    external_id: str | Unset = UNSET
    attempts: float | Unset = UNSET
    response: str | Unset = UNSET
    row: str | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> EventBody:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not EventBody:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> EventBody:
    self: EventBody = _c._new(EventBody)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 2
    try:
        v = src["status"]
    except KeyError:
        v = _c.off(
            self,
            ("status",),
            UNSET,
            "one of 'opened', 'rejected', 'sent', 'deferred', 'delivered', 'bounced', 'dropped', 'clicked', 'blocked', 'spam', 'unsubscribed', 'delayed', 'complaint', 'created', 'accepted', 'queued', 'sending', 'failed', 'undelivered', 'dismissed'",
        )
        n -= 1
    else:
        v = _c.enum_in(self, "status", v, EventBodyStatus)
    self.status = v
    try:
        v = src["date"]
    except KeyError:
        v = _c.off(self, ("date",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("date",), v, "a string")
    self.date = v
    if "externalId" in src:
        v = src["externalId"]
        if v.__class__ is not str:
            v = _c.off(self, ("externalId",), v, "a string")
        self.external_id = v
        n += 1
    else:
        self.external_id = UNSET
    if "attempts" in src:
        v = src["attempts"]
        if v.__class__ is not float and v.__class__ is not int:
            v = _c.off(self, ("attempts",), v, "a number")
        self.attempts = v
        n += 1
    else:
        self.attempts = UNSET
    if "response" in src:
        v = src["response"]
        if v.__class__ is not str:
            v = _c.off(self, ("response",), v, "a string")
        self.response = v
        n += 1
    else:
        self.response = UNSET
    if "row" in src:
        v = src["row"]
        if v.__class__ is not str:
            v = _c.off(self, ("row",), v, "a string")
        self.row = v
        n += 1
    else:
        self.row = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


EventBody._make = _make
EventBody._decode = _decode
EventBody._Pending = _c.pending(EventBody)
EventBody._SPEC = _c.ModelSpec(
    EventBody,
    (
        ("status", "status", True, ("enum", EventBodyStatus)),
        ("date", "date", True, ("str",)),
        ("externalId", "external_id", False, ("str",)),
        ("attempts", "attempts", False, ("num",)),
        ("response", "response", False, ("str",)),
        ("row", "row", False, ("str",)),
    ),
)
