# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""SignalDto"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.signal_dto_action import SignalDtoAction
from novu_api.models.signal_dto_payload import SignalDtoPayload
from novu_api.models.signal_dto_to import SignalDtoTo
from novu_api.models.signal_dto_to_item import SignalDtoToItem
from novu_api.models.signal_dto_type import SignalDtoType
from novu_api.models.signal_dto_value import SignalDtoValue

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "type",
        "action",
        "key",
        "value",
        "workflowId",
        "to",
        "payload",
    )
)


@_define(kw_only=True)
class SignalDto(_c.Model):
    """Attributes:
        type_ (SignalDtoType | str): `metadata` updates conversation state; `trigger` fires a Novu workflow. Sent as `type`.
        action (SignalDtoAction | str | Unset, optional): Required for metadata signals other than the default `set`.
        key (str | Unset, optional): Metadata key for `set` / `delete` actions.
        value (SignalDtoValue | Mapping[str, Any] | Unset, optional): Value for metadata `set` actions. JSON-serializable.
        workflow_id (str | Unset, optional): Workflow identifier for `trigger` signals. Sent as `workflowId`.
        to (str | SignalDtoTo | Mapping[str, Any] | Sequence[str | SignalDtoToItem | Mapping[str, Any]] | Unset, optional): Trigger recipients. SubscriberId string, subscriber/topic object, or array. Falls back to
            the conversation subscriber when omitted.
        payload (SignalDtoPayload | Mapping[str, Any] | Unset, optional): Workflow payload for `trigger` signals.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    type_: SignalDtoType | str
    action: SignalDtoAction | str | Unset = UNSET
    key: str | Unset = UNSET
    value: SignalDtoValue | Mapping[str, Any] | Unset = UNSET
    workflow_id: str | Unset = UNSET
    to: (
        str | SignalDtoTo | Mapping[str, Any] | Sequence[str | SignalDtoToItem | Mapping[str, Any]] | Unset
    ) = UNSET
    payload: SignalDtoPayload | Mapping[str, Any] | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> SignalDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not SignalDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> SignalDto:
    self: SignalDto = _c._new(SignalDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 1
    try:
        v = src["type"]
    except KeyError:
        v = _c.off(self, ("type",), UNSET, "one of 'metadata', 'trigger'")
        n -= 1
    else:
        v = _c.enum_in(self, "type", v, SignalDtoType)
    self.type_ = v
    if "action" in src:
        v = src["action"]
        v = _c.enum_in(self, "action", v, SignalDtoAction)
        self.action = v
        n += 1
    else:
        self.action = UNSET
    if "key" in src:
        v = src["key"]
        if v.__class__ is not str:
            v = _c.off(self, ("key",), v, "a string")
        self.key = v
        n += 1
    else:
        self.key = UNSET
    if "value" in src:
        v = src["value"]
        if v.__class__ is dict:
            try:
                v = SignalDtoValue._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "value")
                raise
        else:
            v = _c.off(self, ("value",), v, "an object (SignalDtoValue)")
        self.value = v
        n += 1
    else:
        self.value = UNSET
    if "workflowId" in src:
        v = src["workflowId"]
        if v.__class__ is not str:
            v = _c.off(self, ("workflowId",), v, "a string")
        self.workflow_id = v
        n += 1
    else:
        self.workflow_id = UNSET
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
                v = SignalDtoPayload._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "payload")
                raise
        else:
            v = _c.off(self, ("payload",), v, "an object (SignalDtoPayload)")
        self.payload = v
        n += 1
    else:
        self.payload = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


SignalDto._make = _make
SignalDto._decode = _decode
SignalDto._Pending = _c.pending(SignalDto)
SignalDto._SPEC = _c.ModelSpec(
    SignalDto,
    (
        ("type", "type_", True, ("enum", SignalDtoType)),
        ("action", "action", False, ("enum", SignalDtoAction)),
        ("key", "key", False, ("str",)),
        ("value", "value", False, ("model", SignalDtoValue)),
        ("workflowId", "workflow_id", False, ("str",)),
        (
            "to",
            "to",
            False,
            (
                "union",
                (
                    ("str",),
                    ("model", SignalDtoTo),
                    (
                        "list",
                        (
                            "union",
                            (
                                ("str",),
                                ("model", SignalDtoToItem),
                            ),
                        ),
                    ),
                ),
            ),
        ),
        ("payload", "payload", False, ("model", SignalDtoPayload)),
    ),
)
_S_to = _c.prepare(
    (
        "union",
        (
            ("str",),
            ("model", SignalDtoTo),
            (
                "list",
                (
                    "union",
                    (
                        ("str",),
                        ("model", SignalDtoToItem),
                    ),
                ),
            ),
        ),
    )
)
