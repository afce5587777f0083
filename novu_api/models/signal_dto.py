# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""SignalDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.signal_dto_action import SignalDtoAction
from novu_api.models.signal_dto_payload import SignalDtoPayload
from novu_api.models.signal_dto_to import SignalDtoTo
from novu_api.models.signal_dto_type import SignalDtoType
from novu_api.models.signal_dto_value import SignalDtoValue

from .. import _codec as _c
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from novu_api.models.signal_dto_to_item import SignalDtoToItem

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
class SignalDto:
    """Attributes:
    type_ (SignalDtoType | str): `metadata` updates conversation state; `trigger` fires a Novu workflow. Sent as `type`.
    action (SignalDtoAction | str | Unset, optional): Required for metadata signals other than the default `set`.
    key (str | Unset, optional): Metadata key for `set` / `delete` actions.
    value (SignalDtoValue | Unset, optional): Value for metadata `set` actions. JSON-serializable.
    workflow_id (str | Unset, optional): Workflow identifier for `trigger` signals. Sent as `workflowId`.
    to (list[SignalDtoToItem | str] | SignalDtoTo | str | Unset, optional): Trigger recipients. SubscriberId string, subscriber/topic object, or array. Falls back to
        the conversation subscriber when omitted.
    payload (SignalDtoPayload | Unset, optional): Workflow payload for `trigger` signals.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    type_: SignalDtoType | str
    action: SignalDtoAction | str | Unset = UNSET
    key: str | Unset = UNSET
    value: SignalDtoValue | Unset = UNSET
    workflow_id: str | Unset = UNSET
    to: list[SignalDtoToItem | str] | SignalDtoTo | str | Unset = UNSET
    payload: SignalDtoPayload | Unset = UNSET
    # None until asked for or until the server sends undeclared fields: nothing is kept per
    # model when there are none (the decoded model does not hold on to its source dict).
    _extra: dict[str, Any] | None = _field(default=None, alias="additional_properties", eq=False, repr=False)

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
        out: dict[str, Any] = dict(self.additional_properties)
        if self.type_ is not UNSET:
            out["type"] = _c.encode(self.type_)
        if self.action is not UNSET:
            out["action"] = _c.encode(self.action)
        if self.key is not UNSET:
            out["key"] = self.key
        if self.value is not UNSET:
            out["value"] = _c.encode(self.value)
        if self.workflow_id is not UNSET:
            out["workflowId"] = self.workflow_id
        if self.to is not UNSET:
            out["to"] = _c.encode(self.to)
        if self.payload is not UNSET:
            out["payload"] = _c.encode(self.payload)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> SignalDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.type_ = _c.enum_value(SignalDtoType, g("type", UNSET))
        self.action = _c.enum_value(SignalDtoAction, g("action", UNSET))
        self.key = g("key", UNSET)
        self.value = _c.model(SignalDtoValue, g("value", UNSET), "value")
        self.workflow_id = g("workflowId", UNSET)
        self.to = _c.union((SignalDtoTo,), g("to", UNSET), "to")
        self.payload = _c.model(SignalDtoPayload, g("payload", UNSET), "payload")
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
