# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""ToolApprovalRequestPayloadDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.tool_approval_request_payload_dto_input import ToolApprovalRequestPayloadDtoInput

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "approvalId",
        "toolCallId",
        "name",
        "input",
    )
)


@_define(kw_only=True)
class ToolApprovalRequestPayloadDto:
    """Attributes:
    approval_id (str): Unique id for this approval request (matches the AI SDK approvalId). Sent as `approvalId`.
    tool_call_id (str): Id of the tool call awaiting approval. Sent as `toolCallId`.
    name (str): Name of the gated tool.
    input_ (ToolApprovalRequestPayloadDtoInput | Unset, optional): Tool input the model proposed. Sent as `input`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    approval_id: str
    tool_call_id: str
    name: str
    input_: ToolApprovalRequestPayloadDtoInput | Unset = UNSET
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
        if self.approval_id is not UNSET:
            out["approvalId"] = self.approval_id
        if self.tool_call_id is not UNSET:
            out["toolCallId"] = self.tool_call_id
        if self.name is not UNSET:
            out["name"] = self.name
        if self.input_ is not UNSET:
            out["input"] = _c.encode(self.input_)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> ToolApprovalRequestPayloadDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.approval_id = g("approvalId", UNSET)
        self.tool_call_id = g("toolCallId", UNSET)
        self.name = g("name", UNSET)
        self.input_ = _c.model(ToolApprovalRequestPayloadDtoInput, g("input", UNSET), "input")
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
