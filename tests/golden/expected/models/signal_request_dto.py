# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
"""SignalRequestDto"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.priority import Priority
from novu_api.models.signal_request_dto_payload import SignalRequestDtoPayload

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "name",
        "payload",
        "sentAt",
        "priority",
    )
)


@_define(kw_only=True)
class SignalRequestDto(_c.Model):
    """Attributes:
        name (str):
        payload (SignalRequestDtoPayload | Mapping[str, Any] | Unset, optional): Any JSON object
        sent_at (datetime.datetime | Unset, optional):  Sent as `sentAt`.
        priority (Priority | int | Unset, optional): 1 is the most urgent
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    name: str
    payload: SignalRequestDtoPayload | Mapping[str, Any] | Unset = UNSET
    sent_at: datetime.datetime | Unset = UNSET
    priority: Priority | int | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> SignalRequestDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not SignalRequestDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> SignalRequestDto:
    self: SignalRequestDto = _c._new(SignalRequestDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 1
    try:
        v = src["name"]
    except KeyError:
        v = _c.off(self, ("name",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("name",), v, "a string")
    self.name = v
    if "payload" in src:
        v = src["payload"]
        if v.__class__ is dict:
            try:
                v = SignalRequestDtoPayload._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "payload")
                raise
        else:
            v = _c.off(self, ("payload",), v, "an object (SignalRequestDtoPayload)")
        self.payload = v
        n += 1
    else:
        self.payload = UNSET
    if "sentAt" in src:
        v = src["sentAt"]
        v = _c.datetime_in(self, "sentAt", v)
        self.sent_at = v
        n += 1
    else:
        self.sent_at = UNSET
    if "priority" in src:
        v = src["priority"]
        v = _c.enum_in(self, "priority", v, Priority)
        self.priority = v
        n += 1
    else:
        self.priority = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


SignalRequestDto._make = _make
SignalRequestDto._decode = _decode
SignalRequestDto._Pending = _c.pending(SignalRequestDto)
SignalRequestDto._SPEC = _c.ModelSpec(
    SignalRequestDto,
    (
        ("name", "name", True, ("str",)),
        ("payload", "payload", False, ("model", SignalRequestDtoPayload)),
        ("sentAt", "sent_at", False, ("datetime",)),
        ("priority", "priority", False, ("enum", Priority)),
    ),
)
