# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""CreateEnvironmentVariableRequestDto"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.create_environment_variable_request_dto_type import (
    CreateEnvironmentVariableRequestDtoType,
)
from novu_api.models.environment_variable_value_dto import EnvironmentVariableValueDto

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "key",
        "type",
        "isSecret",
        "values",
    )
)


@_define(kw_only=True)
class CreateEnvironmentVariableRequestDto(_c.Model):
    """Attributes:
        key (str): Unique key for the variable. Must start with a letter and contain only letters, digits,
            and underscores.
        type_ (CreateEnvironmentVariableRequestDtoType | str | Unset, optional): The type of the variable Sent as `type`.
        is_secret (bool | Unset, optional): Whether this variable is a secret (encrypted at rest, masked in responses) Sent as `isSecret`.
        values (Sequence[EnvironmentVariableValueDto] | Unset, optional):
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    key: str
    type_: CreateEnvironmentVariableRequestDtoType | str | Unset = UNSET
    is_secret: bool | Unset = UNSET
    values: Sequence[EnvironmentVariableValueDto] | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> CreateEnvironmentVariableRequestDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not CreateEnvironmentVariableRequestDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> CreateEnvironmentVariableRequestDto:
    self: CreateEnvironmentVariableRequestDto = _c._new(CreateEnvironmentVariableRequestDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 1
    try:
        v = src["key"]
    except KeyError:
        v = _c.off(self, ("key",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("key",), v, "a string")
    self.key = v
    if "type" in src:
        v = src["type"]
        v = _c.enum_in(self, "type", v, CreateEnvironmentVariableRequestDtoType)
        self.type_ = v
        n += 1
    else:
        self.type_ = UNSET
    if "isSecret" in src:
        v = src["isSecret"]
        if v.__class__ is not bool:
            v = _c.off(self, ("isSecret",), v, "a boolean")
        self.is_secret = v
        n += 1
    else:
        self.is_secret = UNSET
    if "values" in src:
        v = src["values"]
        v = _c.models_in(self, "values", v, EnvironmentVariableValueDto, lazy)
        self.values = v
        n += 1
    else:
        self.values = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


CreateEnvironmentVariableRequestDto._make = _make
CreateEnvironmentVariableRequestDto._decode = _decode
CreateEnvironmentVariableRequestDto._Pending = _c.pending(CreateEnvironmentVariableRequestDto)
CreateEnvironmentVariableRequestDto._SPEC = _c.ModelSpec(
    CreateEnvironmentVariableRequestDto,
    (
        ("key", "key", True, ("str",)),
        ("type", "type_", False, ("enum", CreateEnvironmentVariableRequestDtoType)),
        ("isSecret", "is_secret", False, ("bool",)),
        ("values", "values", False, ("list", ("model", EnvironmentVariableValueDto))),
    ),
)
