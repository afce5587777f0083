# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
"""WidgetCreatedEvent: The `widget.created` webhook event (A widget was created)."""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Literal

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "type",
        "widgetId",
        "occurredAt",
    )
)


@_define(kw_only=True)
class WidgetCreatedEvent(_c.Model):
    """The `widget.created` webhook event (A widget was created).

    Attributes:
            type_ (Literal["widget.created"]):  Sent as `type`.
            widget_id (str):  Sent as `widgetId`.
            occurred_at (datetime.datetime | Unset, optional):  Sent as `occurredAt`.
            additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

        Nested mappings given for model fields may use wire names or Python names (Python names are
        sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
        decoded response had that its schema does not allow.
    """

    type_: Literal["widget.created"]
    widget_id: str
    occurred_at: datetime.datetime | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> WidgetCreatedEvent:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not WidgetCreatedEvent:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> WidgetCreatedEvent:
    self: WidgetCreatedEvent = _c._new(WidgetCreatedEvent)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 2
    try:
        v = src["type"]
    except KeyError:
        v = _c.off(self, ("type",), UNSET, "'widget.created'")
        n -= 1
    else:
        if v != "widget.created":
            v = _c.off(self, ("type",), v, "'widget.created'")
    self.type_ = v
    try:
        v = src["widgetId"]
    except KeyError:
        v = _c.off(self, ("widgetId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("widgetId",), v, "a string")
    self.widget_id = v
    if "occurredAt" in src:
        v = src["occurredAt"]
        v = _c.datetime_in(self, "occurredAt", v)
        self.occurred_at = v
        n += 1
    else:
        self.occurred_at = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


WidgetCreatedEvent._make = _make
WidgetCreatedEvent._decode = _decode
WidgetCreatedEvent._Pending = _c.pending(WidgetCreatedEvent)
WidgetCreatedEvent._SPEC = _c.ModelSpec(
    WidgetCreatedEvent,
    (
        ("type", "type_", True, ("const", ("widget.created",))),
        ("widgetId", "widget_id", True, ("str",)),
        ("occurredAt", "occurred_at", False, ("datetime",)),
    ),
)
