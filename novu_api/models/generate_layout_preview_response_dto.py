# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""GenerateLayoutPreviewResponseDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.generate_layout_preview_response_dto_result_email import (
    GenerateLayoutPreviewResponseDtoResultEmail,
)
from novu_api.models.generate_layout_preview_response_dto_schema import GenerateLayoutPreviewResponseDtoSchema
from novu_api.models.layout_preview_payload_dto import LayoutPreviewPayloadDto

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "previewPayloadExample",
        "result",
        "schema",
    )
)


@_define(kw_only=True)
class GenerateLayoutPreviewResponseDto:
    """Attributes:
    preview_payload_example (LayoutPreviewPayloadDto):  Sent as `previewPayloadExample`.
    result (GenerateLayoutPreviewResponseDtoResultEmail): Preview result
    schema (GenerateLayoutPreviewResponseDtoSchema | None | Unset, optional): The payload schema that was used to generate the preview payload example
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    preview_payload_example: LayoutPreviewPayloadDto
    result: GenerateLayoutPreviewResponseDtoResultEmail
    schema: GenerateLayoutPreviewResponseDtoSchema | None | Unset = UNSET
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
        if self.preview_payload_example is not UNSET:
            out["previewPayloadExample"] = _c.encode(self.preview_payload_example)
        if self.result is not UNSET:
            out["result"] = _c.encode(self.result)
        if self.schema is not UNSET:
            out["schema"] = _c.encode(self.schema)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> GenerateLayoutPreviewResponseDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.preview_payload_example = _c.model(
            LayoutPreviewPayloadDto, g("previewPayloadExample", UNSET), "previewPayloadExample"
        )
        self.result = _c.union((GenerateLayoutPreviewResponseDtoResultEmail,), g("result", UNSET), "result")
        self.schema = _c.union((GenerateLayoutPreviewResponseDtoSchema,), g("schema", UNSET), "schema")
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
