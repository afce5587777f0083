# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""GenerateLayoutPreviewResponseDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.generate_layout_preview_response_dto_result_email import (
    GenerateLayoutPreviewResponseDtoResultEmail,
)
from novu_api.models.generate_layout_preview_response_dto_schema import GenerateLayoutPreviewResponseDtoSchema
from novu_api.models.layout_preview_payload_dto import LayoutPreviewPayloadDto

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "previewPayloadExample",
        "result",
        "schema",
    )
)


@_define(kw_only=True)
class GenerateLayoutPreviewResponseDto(_c.Model):
    """Attributes:
        preview_payload_example (LayoutPreviewPayloadDto):  Sent as `previewPayloadExample`.
        result (GenerateLayoutPreviewResponseDtoResultEmail): Preview result
        schema (GenerateLayoutPreviewResponseDtoSchema | Mapping[str, Any] | None | Unset, optional): The payload schema that was used to generate the preview payload example
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    preview_payload_example: LayoutPreviewPayloadDto
    result: GenerateLayoutPreviewResponseDtoResultEmail
    schema: GenerateLayoutPreviewResponseDtoSchema | Mapping[str, Any] | None | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> GenerateLayoutPreviewResponseDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not GenerateLayoutPreviewResponseDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> GenerateLayoutPreviewResponseDto:
    self: GenerateLayoutPreviewResponseDto = _c._new(GenerateLayoutPreviewResponseDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 2
    try:
        v = src["previewPayloadExample"]
    except KeyError:
        v = _c.off(self, ("previewPayloadExample",), UNSET, "an object (LayoutPreviewPayloadDto)")
        n -= 1
    else:
        if v.__class__ is dict:
            try:
                v = LayoutPreviewPayloadDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "previewPayloadExample")
                raise
        else:
            v = _c.off(self, ("previewPayloadExample",), v, "an object (LayoutPreviewPayloadDto)")
    self.preview_payload_example = v
    try:
        v = src["result"]
    except KeyError:
        v = _c.off(self, ("result",), UNSET, "an object (GenerateLayoutPreviewResponseDtoResultEmail)")
        n -= 1
    else:
        v = _c.union_in(self, "result", v, _S_result)
    self.result = v
    if "schema" in src:
        v = src["schema"]
        if v is not None:
            if v.__class__ is dict:
                try:
                    v = GenerateLayoutPreviewResponseDtoSchema._make(v, lazy)
                except _c.DecodeError as exc:
                    exc.path.insert(0, "schema")
                    raise
            else:
                v = _c.off(self, ("schema",), v, "an object (GenerateLayoutPreviewResponseDtoSchema) or null")
        self.schema = v
        n += 1
    else:
        self.schema = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


GenerateLayoutPreviewResponseDto._make = _make
GenerateLayoutPreviewResponseDto._decode = _decode
GenerateLayoutPreviewResponseDto._Pending = _c.pending(GenerateLayoutPreviewResponseDto)
GenerateLayoutPreviewResponseDto._SPEC = _c.ModelSpec(
    GenerateLayoutPreviewResponseDto,
    (
        ("previewPayloadExample", "preview_payload_example", True, ("model", LayoutPreviewPayloadDto)),
        ("result", "result", True, ("union", (("model", GenerateLayoutPreviewResponseDtoResultEmail),))),
        (
            "schema",
            "schema",
            False,
            (
                "union",
                (
                    ("model", GenerateLayoutPreviewResponseDtoSchema),
                    ("null",),
                ),
            ),
        ),
    ),
)
_S_result = _c.prepare(("union", (("model", GenerateLayoutPreviewResponseDtoResultEmail),)))
