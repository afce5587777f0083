# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""TriggerSignalDto"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.trigger_signal_dto_payload import TriggerSignalDtoPayload
from novu_api.models.trigger_signal_dto_to import TriggerSignalDtoTo
from novu_api.models.trigger_signal_dto_to_item import TriggerSignalDtoToItem
from novu_api.models.trigger_signal_dto_type import TriggerSignalDtoType

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "type",
        "workflowId",
        "to",
        "payload",
    )
)


@_define(kw_only=True)
class TriggerSignalDto(_c.Model):
    """Attributes:
        type_ (TriggerSignalDtoType | str):  Sent as `type`.
        workflow_id (str): Workflow identifier (same string used with `events.trigger`). Sent as `workflowId`.
        to (str | TriggerSignalDtoTo | Mapping[str, Any] | Sequence[str | TriggerSignalDtoToItem | Mapping[str, Any]] | Unset, optional): Recipient(s). Accepts a subscriberId string, subscriber object, topic object, or an array
            of those. When omitted, Novu falls back to the conversation subscriber.
        payload (TriggerSignalDtoPayload | Mapping[str, Any] | Unset, optional): Arbitrary payload forwarded to the workflow.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    type_: TriggerSignalDtoType | str
    workflow_id: str
    to: (
        str
        | TriggerSignalDtoTo
        | Mapping[str, Any]
        | Sequence[str | TriggerSignalDtoToItem | Mapping[str, Any]]
        | Unset
    ) = UNSET
    payload: TriggerSignalDtoPayload | Mapping[str, Any] | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> TriggerSignalDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not TriggerSignalDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> TriggerSignalDto:
    self: TriggerSignalDto = _c._new(TriggerSignalDto)
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
        v = _c.off(self, ("type",), UNSET, "one of 'trigger'")
        n -= 1
    else:
        v = _c.enum_in(self, "type", v, TriggerSignalDtoType)
    self.type_ = v
    try:
        v = src["workflowId"]
    except KeyError:
        v = _c.off(self, ("workflowId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("workflowId",), v, "a string")
    self.workflow_id = v
    if "to" in src:
        v = src["to"]
        v = _c.union_in(self, "to", v, _S_to)
        self.to = v
        n += 1
    else:
        self.to = UNSET
    if "payload" in src:
        v = src["payload"]
        if v.__class__ is dict:
            try:
                v = TriggerSignalDtoPayload._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "payload")
                raise
        else:
            v = _c.off(self, ("payload",), v, "an object (TriggerSignalDtoPayload)")
        self.payload = v
        n += 1
    else:
        self.payload = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


TriggerSignalDto._make = _make
TriggerSignalDto._decode = _decode
TriggerSignalDto._Pending = _c.pending(TriggerSignalDto)
TriggerSignalDto._SPEC = _c.ModelSpec(
    TriggerSignalDto,
    (
        ("type", "type_", True, ("enum", TriggerSignalDtoType)),
        ("workflowId", "workflow_id", True, ("str",)),
        (
            "to",
            "to",
            False,
            (
                "union",
                (
                    ("str",),
                    ("model", TriggerSignalDtoTo),
                    (
                        "list",
                        (
                            "union",
                            (
                                ("str",),
                                ("model", TriggerSignalDtoToItem),
                            ),
                        ),
                    ),
                ),
            ),
        ),
        ("payload", "payload", False, ("model", TriggerSignalDtoPayload)),
    ),
)
_S_to = _c.prepare(
    (
        "union",
        (
            ("str",),
            ("model", TriggerSignalDtoTo),
            (
                "list",
                (
                    "union",
                    (
                        ("str",),
                        ("model", TriggerSignalDtoToItem),
                    ),
                ),
            ),
        ),
    )
)
