# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""PayloadValidationErrorDto"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.payload_validation_error_dto_value import PayloadValidationErrorDtoValue
from novu_api.models.payload_validation_error_dto_value_item import PayloadValidationErrorDtoValueItem

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "field",
        "message",
        "value",
        "schemaPath",
    )
)


@_define(kw_only=True)
class PayloadValidationErrorDto(_c.Model):
    """Attributes:
        field (str): Field path that failed validation
        message (str): Validation error message
        value (str | None | float | bool | PayloadValidationErrorDtoValue | Mapping[str, Any] | Sequence[str | None | float | bool | PayloadValidationErrorDtoValueItem | Mapping[str, Any]] | Unset, optional): The actual value that failed validation
        schema_path (str | Unset, optional): JSON Schema path where the validation failed Sent as `schemaPath`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    field: str
    message: str
    value: (
        str
        | None
        | float
        | bool
        | PayloadValidationErrorDtoValue
        | Mapping[str, Any]
        | Sequence[str | None | float | bool | PayloadValidationErrorDtoValueItem | Mapping[str, Any]]
        | Unset
    ) = UNSET
    schema_path: str | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> PayloadValidationErrorDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not PayloadValidationErrorDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> PayloadValidationErrorDto:
    self: PayloadValidationErrorDto = _c._new(PayloadValidationErrorDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 2
    try:
        v = src["field"]
    except KeyError:
        v = _c.off(self, ("field",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("field",), v, "a string")
    self.field = v
    try:
        v = src["message"]
    except KeyError:
        v = _c.off(self, ("message",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("message",), v, "a string")
    self.message = v
    if "value" in src:
        v = src["value"]
        if v is not None:
            v = _c.union_in(self, "value", v, _S_value)
        self.value = v
        n += 1
    else:
        self.value = UNSET
    if "schemaPath" in src:
        v = src["schemaPath"]
        if v.__class__ is not str:
            v = _c.off(self, ("schemaPath",), v, "a string")
        self.schema_path = v
        n += 1
    else:
        self.schema_path = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


PayloadValidationErrorDto._make = _make
PayloadValidationErrorDto._decode = _decode
PayloadValidationErrorDto._Pending = _c.pending(PayloadValidationErrorDto)
PayloadValidationErrorDto._SPEC = _c.ModelSpec(
    PayloadValidationErrorDto,
    (
        ("field", "field", True, ("str",)),
        ("message", "message", True, ("str",)),
        (
            "value",
            "value",
            False,
            (
                "union",
                (
                    ("str",),
                    ("null",),
                    ("num",),
                    ("bool",),
                    ("model", PayloadValidationErrorDtoValue),
                    (
                        "list",
                        (
                            "union",
                            (
                                ("str",),
                                ("null",),
                                ("num",),
                                ("bool",),
                                ("model", PayloadValidationErrorDtoValueItem),
                            ),
                        ),
                    ),
                ),
            ),
        ),
        ("schemaPath", "schema_path", False, ("str",)),
    ),
)
_S_value = _c.prepare(
    (
        "union",
        (
            ("str",),
            ("null",),
            ("num",),
            ("bool",),
            ("model", PayloadValidationErrorDtoValue),
            (
                "list",
                (
                    "union",
                    (
                        ("str",),
                        ("null",),
                        ("num",),
                        ("bool",),
                        ("model", PayloadValidationErrorDtoValueItem),
                    ),
                ),
            ),
        ),
    )
)
