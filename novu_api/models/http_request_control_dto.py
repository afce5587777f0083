# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""HttpRequestControlDto"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.http_method_enum import HttpMethodEnum
from novu_api.models.http_request_control_dto_response_body_schema import (
    HttpRequestControlDtoResponseBodySchema,
)
from novu_api.models.http_request_key_value_pair_dto import HttpRequestKeyValuePairDto

from .. import _codec as _c

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
class HttpRequestControlDto(_c.Model):
    """Attributes:
        method (HttpMethodEnum | str): HTTP method
        url (str): Target URL for the HTTP request
        headers (Sequence[HttpRequestKeyValuePairDto] | Unset, optional): Request headers as key-value pairs
        body (str | Sequence[HttpRequestKeyValuePairDto] | Unset, optional): Request body as a raw JSON string. Key-value arrays are supported for legacy workflows.
        response_body_schema (HttpRequestControlDtoResponseBodySchema | Mapping[str, Any] | Unset, optional): JSON schema to validate response body against Sent as `responseBodySchema`.
        enforce_schema_validation (bool | Unset, optional): Whether to enforce response body schema validation Sent as `enforceSchemaValidation`.
        continue_on_failure (bool | Unset, optional): Whether to continue workflow execution on failure Sent as `continueOnFailure`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    method: HttpMethodEnum | str
    url: str
    headers: Sequence[HttpRequestKeyValuePairDto] | Unset = UNSET
    body: str | Sequence[HttpRequestKeyValuePairDto] | Unset = UNSET
    response_body_schema: HttpRequestControlDtoResponseBodySchema | Mapping[str, Any] | Unset = UNSET
    enforce_schema_validation: bool | Unset = UNSET
    continue_on_failure: bool | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> HttpRequestControlDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not HttpRequestControlDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> HttpRequestControlDto:
    self: HttpRequestControlDto = _c._new(HttpRequestControlDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 2
    try:
        v = src["method"]
    except KeyError:
        v = _c.off(self, ("method",), UNSET, "one of 'GET', 'POST', 'PUT', 'DELETE', 'PATCH'")
        n -= 1
    else:
        v = _c.enum_in(self, "method", v, HttpMethodEnum)
    self.method = v
    try:
        v = src["url"]
    except KeyError:
        v = _c.off(self, ("url",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("url",), v, "a string")
    self.url = v
    if "headers" in src:
        v = src["headers"]
        v = _c.models_in(self, "headers", v, HttpRequestKeyValuePairDto, lazy)
        self.headers = v
        n += 1
    else:
        self.headers = UNSET
    if "body" in src:
        v = src["body"]
        v = _c.union_in(self, "body", v, _S_body)
        self.body = v
        n += 1
    else:
        self.body = UNSET
    if "responseBodySchema" in src:
        v = src["responseBodySchema"]
        if v.__class__ is dict:
            try:
                v = HttpRequestControlDtoResponseBodySchema._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "responseBodySchema")
                raise
        else:
            v = _c.off(
                self, ("responseBodySchema",), v, "an object (HttpRequestControlDtoResponseBodySchema)"
            )
        self.response_body_schema = v
        n += 1
    else:
        self.response_body_schema = UNSET
    if "enforceSchemaValidation" in src:
        v = src["enforceSchemaValidation"]
        if v.__class__ is not bool:
            v = _c.off(self, ("enforceSchemaValidation",), v, "a boolean")
        self.enforce_schema_validation = v
        n += 1
    else:
        self.enforce_schema_validation = UNSET
    if "continueOnFailure" in src:
        v = src["continueOnFailure"]
        if v.__class__ is not bool:
            v = _c.off(self, ("continueOnFailure",), v, "a boolean")
        self.continue_on_failure = v
        n += 1
    else:
        self.continue_on_failure = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


HttpRequestControlDto._make = _make
HttpRequestControlDto._decode = _decode
HttpRequestControlDto._Pending = _c.pending(HttpRequestControlDto)
HttpRequestControlDto._SPEC = _c.ModelSpec(
    HttpRequestControlDto,
    (
        ("method", "method", True, ("enum", HttpMethodEnum)),
        ("url", "url", True, ("str",)),
        ("headers", "headers", False, ("list", ("model", HttpRequestKeyValuePairDto))),
        (
            "body",
            "body",
            False,
            (
                "union",
                (
                    ("str",),
                    ("list", ("model", HttpRequestKeyValuePairDto)),
                ),
            ),
        ),
        (
            "responseBodySchema",
            "response_body_schema",
            False,
            ("model", HttpRequestControlDtoResponseBodySchema),
        ),
        ("enforceSchemaValidation", "enforce_schema_validation", False, ("bool",)),
        ("continueOnFailure", "continue_on_failure", False, ("bool",)),
    ),
)
_S_body = _c.prepare(
    (
        "union",
        (
            ("str",),
            ("list", ("model", HttpRequestKeyValuePairDto)),
        ),
    )
)
