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

    def _fill(self) -> None:
        # Decode the wire object `from_dict` kept (see `_c.Model`), in place.
        src = self._src
        if src is None:
            return
        if self.__class__ is not ValidationErrorDto:
            return _c.fill_subclass(self, src, _decode)
        _c._put(self, "__class__", _Filling)  # plain slot writes while decoding
        try:
            _decode(self, src, False)
        finally:
            _c._put(self, "__class__", ValidationErrorDto)

    @classmethod
    def _eager(cls, src: Any, lazy: bool = False) -> ValidationErrorDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not ValidationErrorDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        self: ValidationErrorDto = object.__new__(_Filling)
        _decode(self, src, lazy)
        _c._put(self, "__class__", ValidationErrorDto)
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The same object while `_decode` writes its fields (plain slot writes); the class is put back after.
_Filling = _c.filling(ValidationErrorDto)


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare; `self` is a `_Filling`.
    g = src.get
    v = g("statusCode", UNSET)
    if v.__class__ is not float and v.__class__ is not int:
        v = _c.off(self, ("statusCode",), v, "a number")
    self.status_code = v
    v = g("timestamp", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("timestamp",), v, "a string")
    self.timestamp = v
    v = g("path", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("path",), v, "a string")
    self.path = v
    v = g("errors", UNSET)
    if v is not UNSET:
        v = _c.model_in(self, "errors", v, ValidationErrorDtoErrors, lazy)
    elif v is UNSET:
        v = _c.off(self, ("errors",), v, "an object (ValidationErrorDtoErrors)")
    self.errors = v
    v = g("message", UNSET)
    if v is not UNSET and v is not None:
        v = _c.union_in(self, "message", v, _S_message)
    self.message = v
    v = g("ctx", UNSET)
    if v is not UNSET:
        v = _c.model_in(self, "ctx", v, ValidationErrorDtoCtx, lazy)
    self.ctx = v
    v = g("errorId", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("errorId",), v, "a string")
    self.error_id = v
    self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
    self._src = None


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
