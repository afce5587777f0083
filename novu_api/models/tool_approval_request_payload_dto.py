# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""ToolApprovalRequestPayloadDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.tool_approval_request_payload_dto_input import ToolApprovalRequestPayloadDtoInput

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "approvalId",
        "toolCallId",
        "name",
        "input",
    )
)


@_define(kw_only=True)
class ToolApprovalRequestPayloadDto(_c.Model):
    """Attributes:
        approval_id (str): Unique id for this approval request (matches the AI SDK approvalId). Sent as `approvalId`.
        tool_call_id (str): Id of the tool call awaiting approval. Sent as `toolCallId`.
        name (str): Name of the gated tool.
        input_ (ToolApprovalRequestPayloadDtoInput | Mapping[str, Any] | Unset, optional): Tool input the model proposed. Sent as `input`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    approval_id: str
    tool_call_id: str
    name: str
    input_: ToolApprovalRequestPayloadDtoInput | Mapping[str, Any] | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> ToolApprovalRequestPayloadDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not ToolApprovalRequestPayloadDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> ToolApprovalRequestPayloadDto:
    self: ToolApprovalRequestPayloadDto = _c._new(ToolApprovalRequestPayloadDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 3
    try:
        v = src["approvalId"]
    except KeyError:
        v = _c.off(self, ("approvalId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("approvalId",), v, "a string")
    self.approval_id = v
    try:
        v = src["toolCallId"]
    except KeyError:
        v = _c.off(self, ("toolCallId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("toolCallId",), v, "a string")
    self.tool_call_id = v
    try:
        v = src["name"]
    except KeyError:
        v = _c.off(self, ("name",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("name",), v, "a string")
    self.name = v
    if "input" in src:
        v = src["input"]
        if v.__class__ is dict:
            try:
                v = ToolApprovalRequestPayloadDtoInput._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "input")
                raise
        else:
            v = _c.off(self, ("input",), v, "an object (ToolApprovalRequestPayloadDtoInput)")
        self.input_ = v
        n += 1
    else:
        self.input_ = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


ToolApprovalRequestPayloadDto._make = _make
ToolApprovalRequestPayloadDto._decode = _decode
ToolApprovalRequestPayloadDto._Pending = _c.pending(ToolApprovalRequestPayloadDto)
ToolApprovalRequestPayloadDto._SPEC = _c.ModelSpec(
    ToolApprovalRequestPayloadDto,
    (
        ("approvalId", "approval_id", True, ("str",)),
        ("toolCallId", "tool_call_id", True, ("str",)),
        ("name", "name", True, ("str",)),
        ("input", "input_", False, ("model", ToolApprovalRequestPayloadDtoInput)),
    ),
)
