# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""ErrorDto"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.error_dto_ctx import ErrorDtoCtx
from novu_api.models.error_dto_message import ErrorDtoMessage
from novu_api.models.error_dto_message_item import ErrorDtoMessageItem

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "statusCode",
        "timestamp",
        "path",
        "message",
        "ctx",
        "errorId",
    )
)


@_define(kw_only=True)
class ErrorDto(_c.Model):
    """Attributes:
        status_code (float): HTTP status code of the error response. Sent as `statusCode`.
        timestamp (str): Timestamp of when the error occurred.
        path (str): The path where the error occurred.
        message (str | None | float | bool | ErrorDtoMessage | Mapping[str, Any] | Sequence[str | None | float | bool | ErrorDtoMessageItem | Mapping[str, Any]] | Unset, optional): Value that failed validation
        ctx (ErrorDtoCtx | Mapping[str, Any] | Unset, optional): Optional context object for additional error details.
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
    message: (
        str
        | None
        | float
        | bool
        | ErrorDtoMessage
        | Mapping[str, Any]
        | Sequence[str | None | float | bool | ErrorDtoMessageItem | Mapping[str, Any]]
        | Unset
    ) = UNSET
    ctx: ErrorDtoCtx | Mapping[str, Any] | Unset = UNSET
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
        if self.__class__ is not ErrorDto:
            return _c.fill_subclass(self, src, _decode)
        _c._put(self, "__class__", _Filling)  # plain slot writes while decoding
        try:
            _decode(self, src, False)
        finally:
            _c._put(self, "__class__", ErrorDto)

    @classmethod
    def _eager(cls, src: Any, lazy: bool = False) -> ErrorDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not ErrorDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        self: ErrorDto = object.__new__(_Filling)
        _decode(self, src, lazy)
        _c._put(self, "__class__", ErrorDto)
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The same object while `_decode` writes its fields (plain slot writes); the class is put back after.
_Filling = _c.filling(ErrorDto)


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
    v = g("message", UNSET)
    if v is not UNSET and v is not None:
        v = _c.union_in(self, "message", v, _S_message)
    self.message = v
    v = g("ctx", UNSET)
    if v is not UNSET:
        v = _c.model_in(self, "ctx", v, ErrorDtoCtx, lazy)
    self.ctx = v
    v = g("errorId", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("errorId",), v, "a string")
    self.error_id = v
    self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
    self._src = None


ErrorDto._SPEC = _c.ModelSpec(
    ErrorDto,
    (
        ("statusCode", "status_code", True, ("num",)),
        ("timestamp", "timestamp", True, ("str",)),
        ("path", "path", True, ("str",)),
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
                    ("model", ErrorDtoMessage),
                    (
                        "list",
                        (
                            "union",
                            (
                                ("str",),
                                ("null",),
                                ("num",),
                                ("bool",),
                                ("model", ErrorDtoMessageItem),
                            ),
                        ),
                    ),
                ),
            ),
        ),
        ("ctx", "ctx", False, ("model", ErrorDtoCtx)),
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
            ("model", ErrorDtoMessage),
            (
                "list",
                (
                    "union",
                    (
                        ("str",),
                        ("null",),
                        ("num",),
                        ("bool",),
                        ("model", ErrorDtoMessageItem),
                    ),
                ),
            ),
        ),
    )
)
