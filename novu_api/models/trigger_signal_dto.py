# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""TriggerSignalDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.trigger_signal_dto_payload import TriggerSignalDtoPayload
from novu_api.models.trigger_signal_dto_to import TriggerSignalDtoTo
from novu_api.models.trigger_signal_dto_type import TriggerSignalDtoType

from .. import _codec as _c
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from novu_api.models.trigger_signal_dto_to_item import TriggerSignalDtoToItem

_KNOWN: frozenset[str] = frozenset(
    (
        "type",
        "workflowId",
        "to",
        "payload",
    )
)


@_define(kw_only=True)
class TriggerSignalDto:
    """Attributes:
    type_ (TriggerSignalDtoType | str):  Sent as `type`.
    workflow_id (str): Workflow identifier (same string used with `events.trigger`). Sent as `workflowId`.
    to (list[str | TriggerSignalDtoToItem] | str | TriggerSignalDtoTo | Unset, optional): Recipient(s). Accepts a subscriberId string, subscriber object, topic object, or an array
        of those. When omitted, Novu falls back to the conversation subscriber.
    payload (TriggerSignalDtoPayload | Unset, optional): Arbitrary payload forwarded to the workflow.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    type_: TriggerSignalDtoType | str
    workflow_id: str
    to: list[str | TriggerSignalDtoToItem] | str | TriggerSignalDtoTo | Unset = UNSET
    payload: TriggerSignalDtoPayload | Unset = UNSET
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
        if self.workflow_id is not UNSET:
            out["workflowId"] = self.workflow_id
        if self.to is not UNSET:
            out["to"] = _c.encode(self.to)
        if self.payload is not UNSET:
            out["payload"] = _c.encode(self.payload)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> TriggerSignalDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.type_ = _c.enum_value(TriggerSignalDtoType, g("type", UNSET))
        self.workflow_id = g("workflowId", UNSET)
        self.to = _c.union((TriggerSignalDtoTo,), g("to", UNSET), "to")
        self.payload = _c.model(TriggerSignalDtoPayload, g("payload", UNSET), "payload")
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
