# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""ToolResultDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.tool_result_dto_output import ToolResultDtoOutput

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "toolCallId",
        "toolName",
        "output",
        "preview",
    )
)


@_define(kw_only=True)
class ToolResultDto:
    """Attributes:
    tool_call_id (str): Id of the tool call this result resolves. Sent as `toolCallId`.
    tool_name (str | Unset, optional): Name of the tool that produced this result. Sent as `toolName`.
    output (ToolResultDtoOutput | Unset, optional): JSON-serializable tool output (or the execution-denied marker).
    preview (str | Unset, optional): Human-readable preview for the display timeline.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    tool_call_id: str
    tool_name: str | Unset = UNSET
    output: ToolResultDtoOutput | Unset = UNSET
    preview: str | Unset = UNSET
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
        if self.tool_call_id is not UNSET:
            out["toolCallId"] = self.tool_call_id
        if self.tool_name is not UNSET:
            out["toolName"] = self.tool_name
        if self.output is not UNSET:
            out["output"] = _c.encode(self.output)
        if self.preview is not UNSET:
            out["preview"] = self.preview
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> ToolResultDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.tool_call_id = g("toolCallId", UNSET)
        self.tool_name = g("toolName", UNSET)
        self.output = _c.model(ToolResultDtoOutput, g("output", UNSET), "output")
        self.preview = g("preview", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
