# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""ValidationErrorDto"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.validation_error_dto_ctx import ValidationErrorDtoCtx
from novu_api.models.validation_error_dto_errors import ValidationErrorDtoErrors
from novu_api.models.validation_error_dto_message import ValidationErrorDtoMessage
from novu_api.models.validation_error_dto_message_item import ValidationErrorDtoMessageItem

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "statusCode",
        "timestamp",
        "path",
        "errors",
        "message",
        "ctx",
        "errorId",
    )
)


@_define(kw_only=True)
class ValidationErrorDto(_c.Model):
    """Attributes:
        status_code (float): HTTP status code of the error response. Sent as `statusCode`.
        timestamp (str): Timestamp of when the error occurred.
        path (str): The path where the error occurred.
        errors (ValidationErrorDtoErrors | Mapping[str, Any]): A record of validation errors keyed by field name
        message (str | None | float | bool | ValidationErrorDtoMessage | Mapping[str, Any] | Sequence[str | None | float | bool | ValidationErrorDtoMessageItem | Mapping[str, Any]] | Unset, optional): Value that failed validation
        ctx (ValidationErrorDtoCtx | Mapping[str, Any] | Unset, optional): Optional context object for additional error details.
        error_id (str | Unset, optional): Optional unique identifier for the error, useful for tracking using Sentry and        New
            Relic, only available for 500. Sent as `errorId`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    status_code: float
    timestamp: str
    path: str
    errors: ValidationErrorDtoErrors | Mapping[str, Any]
    message: (
        str
        | None
        | float
        | bool
        | ValidationErrorDtoMessage
        | Mapping[str, Any]
        | Sequence[str | None | float | bool | ValidationErrorDtoMessageItem | Mapping[str, Any]]
        | Unset
    ) = UNSET
    ctx: ValidationErrorDtoCtx | Mapping[str, Any] | Unset = UNSET
    error_id: str | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> ValidationErrorDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not ValidationErrorDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> ValidationErrorDto:
    self: ValidationErrorDto = _c._new(ValidationErrorDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 4
    try:
        v = src["statusCode"]
    except KeyError:
        v = _c.off(self, ("statusCode",), UNSET, "a number")
        n -= 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _c.off(self, ("statusCode",), v, "a number")
    self.status_code = v
    try:
        v = src["timestamp"]
    except KeyError:
        v = _c.off(self, ("timestamp",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("timestamp",), v, "a string")
    self.timestamp = v
    try:
        v = src["path"]
    except KeyError:
        v = _c.off(self, ("path",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("path",), v, "a string")
    self.path = v
    try:
        v = src["errors"]
    except KeyError:
        v = _c.off(self, ("errors",), UNSET, "an object (ValidationErrorDtoErrors)")
        n -= 1
    else:
        if v.__class__ is dict:
            try:
                v = ValidationErrorDtoErrors._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "errors")
                raise
        else:
            v = _c.off(self, ("errors",), v, "an object (ValidationErrorDtoErrors)")
    self.errors = v
    if "message" in src:
        v = src["message"]
        if v is not None:
            v = _c.union_in(self, "message", v, _S_message)
        self.message = v
        n += 1
    else:
        self.message = UNSET
    if "ctx" in src:
        v = src["ctx"]
        if v.__class__ is dict:
            try:
                v = ValidationErrorDtoCtx._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "ctx")
                raise
        else:
            v = _c.off(self, ("ctx",), v, "an object (ValidationErrorDtoCtx)")
        self.ctx = v
        n += 1
    else:
        self.ctx = UNSET
    if "errorId" in src:
        v = src["errorId"]
        if v.__class__ is not str:
            v = _c.off(self, ("errorId",), v, "a string")
        self.error_id = v
        n += 1
    else:
        self.error_id = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


ValidationErrorDto._make = _make
ValidationErrorDto._decode = _decode
ValidationErrorDto._Pending = _c.pending(ValidationErrorDto)
ValidationErrorDto._SPEC = _c.ModelSpec(
    ValidationErrorDto,
    (
        ("statusCode", "status_code", True, ("num",)),
        ("timestamp", "timestamp", True, ("str",)),
        ("path", "path", True, ("str",)),
        ("errors", "errors", True, ("model", ValidationErrorDtoErrors)),
        (
            "message",
            "message",
            False,
            (
                "union",
                (
                    ("str",),
                    ("null",),
                    ("num",),
                    ("bool",),
                    ("model", ValidationErrorDtoMessage),
                    (
                        "list",
                        (
                            "union",
                            (
                                ("str",),
                                ("null",),
                                ("num",),
                                ("bool",),
                                ("model", ValidationErrorDtoMessageItem),
                            ),
                        ),
                    ),
                ),
            ),
        ),
        ("ctx", "ctx", False, ("model", ValidationErrorDtoCtx)),
        ("errorId", "error_id", False, ("str",)),
    ),
)
_S_message = _c.prepare(
    (
        "union",
        (
            ("str",),
            ("null",),
            ("num",),
            ("bool",),
            ("model", ValidationErrorDtoMessage),
            (
                "list",
                (
                    "union",
                    (
                        ("str",),
                        ("null",),
                        ("num",),
                        ("bool",),
                        ("model", ValidationErrorDtoMessageItem),
                    ),
                ),
            ),
        ),
    )
)
