# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""ReplyContentDto"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.file_ref_dto import FileRefDto
from novu_api.models.reply_content_dto_card import ReplyContentDtoCard
from novu_api.models.reply_content_dto_tool_approval_card import ReplyContentDtoToolApprovalCard

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "markdown",
        "card",
        "toolApprovalCard",
        "files",
    )
)


@_define(kw_only=True)
class ReplyContentDto(_c.Model):
    """Attributes:
        markdown (str | Unset, optional): Plain text or markdown body. Mutually exclusive with `card` and `toolApprovalCard`.
        card (ReplyContentDtoCard | Mapping[str, Any] | Unset, optional): Interactive Chat SDK card JSON. Mutually exclusive with `markdown` and `toolApprovalCard`.
        tool_approval_card (ReplyContentDtoToolApprovalCard | Mapping[str, Any] | Unset, optional): Built-in tool-approval card. Mutually exclusive with `markdown` and `card`. Sent as `toolApprovalCard`.
        files (Sequence[FileRefDto] | Unset, optional): Optional file attachments (max 15). Requires markdown, card, or toolApprovalCard.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    markdown: str | Unset = UNSET
    card: ReplyContentDtoCard | Mapping[str, Any] | Unset = UNSET
    tool_approval_card: ReplyContentDtoToolApprovalCard | Mapping[str, Any] | Unset = UNSET
    files: Sequence[FileRefDto] | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> ReplyContentDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not ReplyContentDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> ReplyContentDto:
    self: ReplyContentDto = _c._new(ReplyContentDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 0
    if "markdown" in src:
        v = src["markdown"]
        if v.__class__ is not str:
            v = _c.off(self, ("markdown",), v, "a string")
        self.markdown = v
        n += 1
    else:
        self.markdown = UNSET
    if "card" in src:
        v = src["card"]
        if v.__class__ is dict:
            try:
                v = ReplyContentDtoCard._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "card")
                raise
        else:
            v = _c.off(self, ("card",), v, "an object (ReplyContentDtoCard)")
        self.card = v
        n += 1
    else:
        self.card = UNSET
    if "toolApprovalCard" in src:
        v = src["toolApprovalCard"]
        if v.__class__ is dict:
            try:
                v = ReplyContentDtoToolApprovalCard._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "toolApprovalCard")
                raise
        else:
            v = _c.off(self, ("toolApprovalCard",), v, "an object (ReplyContentDtoToolApprovalCard)")
        self.tool_approval_card = v
        n += 1
    else:
        self.tool_approval_card = UNSET
    if "files" in src:
        v = src["files"]
        v = _c.models_in(self, "files", v, FileRefDto, lazy)
        self.files = v
        n += 1
    else:
        self.files = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


ReplyContentDto._make = _make
ReplyContentDto._decode = _decode
ReplyContentDto._Pending = _c.pending(ReplyContentDto)
ReplyContentDto._SPEC = _c.ModelSpec(
    ReplyContentDto,
    (
        ("markdown", "markdown", False, ("str",)),
        ("card", "card", False, ("model", ReplyContentDtoCard)),
        ("toolApprovalCard", "tool_approval_card", False, ("model", ReplyContentDtoToolApprovalCard)),
        ("files", "files", False, ("list", ("model", FileRefDto))),
    ),
)
