# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""ConstraintValidation"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.constraint_validation_value import ConstraintValidationValue
from novu_api.models.constraint_validation_value_item import ConstraintValidationValueItem

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "messages",
        "value",
    )
)


@_define(kw_only=True)
class ConstraintValidation(_c.Model):
    """Attributes:
        messages (Sequence[str]): List of validation error messages
        value (str | None | float | bool | ConstraintValidationValue | Mapping[str, Any] | Sequence[str | None | float | bool | ConstraintValidationValueItem | Mapping[str, Any]] | Unset, optional): Value that failed validation
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    messages: Sequence[str]
    value: (
        str
        | None
        | float
        | bool
        | ConstraintValidationValue
        | Mapping[str, Any]
        | Sequence[str | None | float | bool | ConstraintValidationValueItem | Mapping[str, Any]]
        | Unset
    ) = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> ConstraintValidation:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not ConstraintValidation:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> ConstraintValidation:
    self: ConstraintValidation = _c._new(ConstraintValidation)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 1
    try:
        v = src["messages"]
    except KeyError:
        v = _c.off(self, ("messages",), UNSET, "an array of a string")
        n -= 1
    else:
        v = _c.scalars_in(self, "messages", v, (str,), "a string")
    self.messages = v
    if "value" in src:
        v = src["value"]
        if v is not None:
            v = _c.union_in(self, "value", v, _S_value)
        self.value = v
        n += 1
    else:
        self.value = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


ConstraintValidation._make = _make
ConstraintValidation._decode = _decode
ConstraintValidation._Pending = _c.pending(ConstraintValidation)
ConstraintValidation._SPEC = _c.ModelSpec(
    ConstraintValidation,
    (
        ("messages", "messages", True, ("list", ("str",))),
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
                    ("model", ConstraintValidationValue),
                    (
                        "list",
                        (
                            "union",
                            (
                                ("str",),
                                ("null",),
                                ("num",),
                                ("bool",),
                                ("model", ConstraintValidationValueItem),
                            ),
                        ),
                    ),
                ),
            ),
        ),
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
            ("model", ConstraintValidationValue),
            (
                "list",
                (
                    "union",
                    (
                        ("str",),
                        ("null",),
                        ("num",),
                        ("bool",),
                        ("model", ConstraintValidationValueItem),
                    ),
                ),
            ),
        ),
    )
)
