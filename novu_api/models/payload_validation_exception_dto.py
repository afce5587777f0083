# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""PayloadValidationExceptionDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.payload_validation_error_dto import PayloadValidationErrorDto
from novu_api.models.payload_validation_exception_dto_ctx import PayloadValidationExceptionDtoCtx
from novu_api.models.payload_validation_exception_dto_message import PayloadValidationExceptionDtoMessage
from novu_api.models.payload_validation_exception_dto_schema import PayloadValidationExceptionDtoSchema

from .. import _codec as _c
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from novu_api.models.payload_validation_exception_dto_message_item import (
        PayloadValidationExceptionDtoMessageItem,
    )

_KNOWN: frozenset[str] = frozenset(
    (
        "statusCode",
        "timestamp",
        "path",
        "type",
        "errors",
        "message",
        "ctx",
        "errorId",
        "schema",
    )
)


@_define(kw_only=True)
class PayloadValidationExceptionDto:
    """Attributes:
    status_code (float): HTTP status code of the error response. Sent as `statusCode`.
    timestamp (str): Timestamp of when the error occurred.
    path (str): The path where the error occurred.
    type_ (str): Type identifier for payload validation errors Sent as `type`.
    errors (list[PayloadValidationErrorDto]): Array of detailed validation errors
    message (bool | float | list[bool | float | None | PayloadValidationExceptionDtoMessageItem | str] | None | PayloadValidationExceptionDtoMessage | str | Unset, optional): Value that failed validation
    ctx (PayloadValidationExceptionDtoCtx | Unset, optional): Optional context object for additional error details.
    error_id (str | Unset, optional): Optional unique identifier for the error, useful for tracking using Sentry and        New
        Relic, only available for 500. Sent as `errorId`.
    schema (PayloadValidationExceptionDtoSchema | Unset, optional): The JSON schema that was used for validation
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    status_code: float
    timestamp: str
    path: str
    type_: str
    errors: list[PayloadValidationErrorDto]
    message: (
        bool
        | float
        | list[bool | float | None | PayloadValidationExceptionDtoMessageItem | str]
        | None
        | PayloadValidationExceptionDtoMessage
        | str
        | Unset
    ) = UNSET
    ctx: PayloadValidationExceptionDtoCtx | Unset = UNSET
    error_id: str | Unset = UNSET
    schema: PayloadValidationExceptionDtoSchema | Unset = UNSET
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
        if self.status_code is not UNSET:
            out["statusCode"] = self.status_code
        if self.timestamp is not UNSET:
            out["timestamp"] = self.timestamp
        if self.path is not UNSET:
            out["path"] = self.path
        if self.type_ is not UNSET:
            out["type"] = self.type_
        if self.errors is not UNSET:
            out["errors"] = _c.encode(self.errors)
        if self.message is not UNSET:
            out["message"] = _c.encode(self.message)
        if self.ctx is not UNSET:
            out["ctx"] = _c.encode(self.ctx)
        if self.error_id is not UNSET:
            out["errorId"] = self.error_id
        if self.schema is not UNSET:
            out["schema"] = _c.encode(self.schema)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> PayloadValidationExceptionDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.status_code = g("statusCode", UNSET)
        self.timestamp = g("timestamp", UNSET)
        self.path = g("path", UNSET)
        self.type_ = g("type", UNSET)
        self.errors = _c.model_list(PayloadValidationErrorDto, g("errors", UNSET), "errors")
        self.message = _c.union((PayloadValidationExceptionDtoMessage,), g("message", UNSET), "message")
        self.ctx = _c.model(PayloadValidationExceptionDtoCtx, g("ctx", UNSET), "ctx")
        self.error_id = g("errorId", UNSET)
        self.schema = _c.model(PayloadValidationExceptionDtoSchema, g("schema", UNSET), "schema")
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
