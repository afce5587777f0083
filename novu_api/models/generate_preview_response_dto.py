# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""GeneratePreviewResponseDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.generate_preview_response_dto_result import GeneratePreviewResponseDtoResult
from novu_api.models.generate_preview_response_dto_result_chat import GeneratePreviewResponseDtoResultChat
from novu_api.models.generate_preview_response_dto_result_delay import GeneratePreviewResponseDtoResultDelay
from novu_api.models.generate_preview_response_dto_result_digest import GeneratePreviewResponseDtoResultDigest
from novu_api.models.generate_preview_response_dto_result_email import GeneratePreviewResponseDtoResultEmail
from novu_api.models.generate_preview_response_dto_result_in_app import GeneratePreviewResponseDtoResultInApp
from novu_api.models.generate_preview_response_dto_result_push import GeneratePreviewResponseDtoResultPush
from novu_api.models.generate_preview_response_dto_result_sms import GeneratePreviewResponseDtoResultSms
from novu_api.models.generate_preview_response_dto_schema import GeneratePreviewResponseDtoSchema
from novu_api.models.preview_payload_dto import PreviewPayloadDto

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "previewPayloadExample",
        "result",
        "schema",
        "novuSignature",
    )
)


@_define(kw_only=True)
class GeneratePreviewResponseDto:
    """Attributes:
    preview_payload_example (PreviewPayloadDto):  Sent as `previewPayloadExample`.
    result (GeneratePreviewResponseDtoResult | GeneratePreviewResponseDtoResultChat | GeneratePreviewResponseDtoResultDelay | GeneratePreviewResponseDtoResultDigest | GeneratePreviewResponseDtoResultEmail | GeneratePreviewResponseDtoResultInApp | GeneratePreviewResponseDtoResultPush | GeneratePreviewResponseDtoResultSms): Preview result
    schema (GeneratePreviewResponseDtoSchema | None | Unset, optional): The payload schema that was used to generate the preview payload example
    novu_signature (str | Unset, optional): Sample novu-signature header value for HTTP request steps Sent as `novuSignature`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    preview_payload_example: PreviewPayloadDto
    result: (
        GeneratePreviewResponseDtoResult
        | GeneratePreviewResponseDtoResultChat
        | GeneratePreviewResponseDtoResultDelay
        | GeneratePreviewResponseDtoResultDigest
        | GeneratePreviewResponseDtoResultEmail
        | GeneratePreviewResponseDtoResultInApp
        | GeneratePreviewResponseDtoResultPush
        | GeneratePreviewResponseDtoResultSms
    )
    schema: GeneratePreviewResponseDtoSchema | None | Unset = UNSET
    novu_signature: str | Unset = UNSET
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
        if self.novu_signature is not UNSET:
            out["novuSignature"] = self.novu_signature
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> GeneratePreviewResponseDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.preview_payload_example = _c.model(
            PreviewPayloadDto, g("previewPayloadExample", UNSET), "previewPayloadExample"
        )
        self.result = _c.union(
            (
                GeneratePreviewResponseDtoResult,
                GeneratePreviewResponseDtoResultEmail,
                GeneratePreviewResponseDtoResultInApp,
                GeneratePreviewResponseDtoResultSms,
                GeneratePreviewResponseDtoResultPush,
                GeneratePreviewResponseDtoResultChat,
                GeneratePreviewResponseDtoResultDelay,
                GeneratePreviewResponseDtoResultDigest,
            ),
            g("result", UNSET),
            "result",
        )
        self.schema = _c.union((GeneratePreviewResponseDtoSchema,), g("schema", UNSET), "schema")
        self.novu_signature = g("novuSignature", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
