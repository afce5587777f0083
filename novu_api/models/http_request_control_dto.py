# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""HttpRequestControlDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.http_method_enum import HttpMethodEnum
from novu_api.models.http_request_control_dto_response_body_schema import (
    HttpRequestControlDtoResponseBodySchema,
)
from novu_api.models.http_request_key_value_pair_dto import HttpRequestKeyValuePairDto

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "method",
        "url",
        "headers",
        "body",
        "responseBodySchema",
        "enforceSchemaValidation",
        "continueOnFailure",
    )
)


@_define(kw_only=True)
class HttpRequestControlDto:
    """Attributes:
    method (HttpMethodEnum | str): HTTP method
    url (str): Target URL for the HTTP request
    headers (list[HttpRequestKeyValuePairDto] | Unset, optional): Request headers as key-value pairs
    body (list[HttpRequestKeyValuePairDto] | str | Unset, optional): Request body as a raw JSON string. Key-value arrays are supported for legacy workflows.
    response_body_schema (HttpRequestControlDtoResponseBodySchema | Unset, optional): JSON schema to validate response body against Sent as `responseBodySchema`.
    enforce_schema_validation (bool | Unset, optional): Whether to enforce response body schema validation Sent as `enforceSchemaValidation`.
    continue_on_failure (bool | Unset, optional): Whether to continue workflow execution on failure Sent as `continueOnFailure`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    method: HttpMethodEnum | str
    url: str
    headers: list[HttpRequestKeyValuePairDto] | Unset = UNSET
    body: list[HttpRequestKeyValuePairDto] | str | Unset = UNSET
    response_body_schema: HttpRequestControlDtoResponseBodySchema | Unset = UNSET
    enforce_schema_validation: bool | Unset = UNSET
    continue_on_failure: bool | Unset = UNSET
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
        if self.method is not UNSET:
            out["method"] = _c.encode(self.method)
        if self.url is not UNSET:
            out["url"] = self.url
        if self.headers is not UNSET:
            out["headers"] = _c.encode(self.headers)
        if self.body is not UNSET:
            out["body"] = _c.encode(self.body)
        if self.response_body_schema is not UNSET:
            out["responseBodySchema"] = _c.encode(self.response_body_schema)
        if self.enforce_schema_validation is not UNSET:
            out["enforceSchemaValidation"] = self.enforce_schema_validation
        if self.continue_on_failure is not UNSET:
            out["continueOnFailure"] = self.continue_on_failure
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> HttpRequestControlDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.method = _c.enum_value(HttpMethodEnum, g("method", UNSET))
        self.url = g("url", UNSET)
        self.headers = _c.model_list(HttpRequestKeyValuePairDto, g("headers", UNSET), "headers")
        self.body = g("body", UNSET)
        self.response_body_schema = _c.model(
            HttpRequestControlDtoResponseBodySchema, g("responseBodySchema", UNSET), "responseBodySchema"
        )
        self.enforce_schema_validation = g("enforceSchemaValidation", UNSET)
        self.continue_on_failure = g("continueOnFailure", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
