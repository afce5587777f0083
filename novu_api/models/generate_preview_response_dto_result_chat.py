# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""GeneratePreviewResponseDtoResultChat"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.chat_render_output import ChatRenderOutput
from novu_api.models.generate_preview_response_dto_result_chat_type import (
    GeneratePreviewResponseDtoResultChatType,
)
from novu_api.models.preview_error_dto import PreviewErrorDto

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "type",
        "preview",
        "error",
    )
)


@_define(kw_only=True)
class GeneratePreviewResponseDtoResultChat:
    """Attributes:
    type_ (GeneratePreviewResponseDtoResultChatType | str | Unset, optional):  Sent as `type`.
    preview (ChatRenderOutput | Unset, optional):
    error (PreviewErrorDto | Unset, optional):
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    type_: GeneratePreviewResponseDtoResultChatType | str | Unset = UNSET
    preview: ChatRenderOutput | Unset = UNSET
    error: PreviewErrorDto | Unset = UNSET
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
        if self.preview is not UNSET:
            out["preview"] = _c.encode(self.preview)
        if self.error is not UNSET:
            out["error"] = _c.encode(self.error)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> GeneratePreviewResponseDtoResultChat:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.type_ = _c.enum_value(GeneratePreviewResponseDtoResultChatType, g("type", UNSET))
        self.preview = _c.model(ChatRenderOutput, g("preview", UNSET), "preview")
        self.error = _c.model(PreviewErrorDto, g("error", UNSET), "error")
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
