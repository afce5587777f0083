# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""EnvironmentVariableResponseDto"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET
from novu_api.models.environment_variable_response_dto_type import EnvironmentVariableResponseDtoType
from novu_api.models.environment_variable_value_response_dto import EnvironmentVariableValueResponseDto

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "_id",
        "_organizationId",
        "key",
        "type",
        "isSecret",
        "values",
        "createdAt",
        "updatedAt",
    )
)


@_define(kw_only=True)
class EnvironmentVariableResponseDto(_c.Model):
    """Attributes:
        id (str):  Sent as `_id`.
        organization_id (str):  Sent as `_organizationId`.
        key (str):
        type_ (EnvironmentVariableResponseDtoType | str):  Sent as `type`.
        is_secret (bool):  Sent as `isSecret`.
        values (Sequence[EnvironmentVariableValueResponseDto]):
        created_at (str):  Sent as `createdAt`.
        updated_at (str):  Sent as `updatedAt`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    id: str
    organization_id: str
    key: str
    type_: EnvironmentVariableResponseDtoType | str
    is_secret: bool
    values: Sequence[EnvironmentVariableValueResponseDto]
    created_at: str
    updated_at: str
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
    def _eager(cls, src: Any, lazy: bool = False) -> EnvironmentVariableResponseDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not EnvironmentVariableResponseDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> EnvironmentVariableResponseDto:
    self: EnvironmentVariableResponseDto = _c._new(EnvironmentVariableResponseDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 8
    try:
        v = src["_id"]
    except KeyError:
        v = _c.off(self, ("_id",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("_id",), v, "a string")
    self.id = v
    try:
        v = src["_organizationId"]
    except KeyError:
        v = _c.off(self, ("_organizationId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("_organizationId",), v, "a string")
    self.organization_id = v
    try:
        v = src["key"]
    except KeyError:
        v = _c.off(self, ("key",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("key",), v, "a string")
    self.key = v
    try:
        v = src["type"]
    except KeyError:
        v = _c.off(self, ("type",), UNSET, "one of 'string'")
        n -= 1
    else:
        v = _c.enum_in(self, "type", v, EnvironmentVariableResponseDtoType)
    self.type_ = v
    try:
        v = src["isSecret"]
    except KeyError:
        v = _c.off(self, ("isSecret",), UNSET, "a boolean")
        n -= 1
    else:
        if v.__class__ is not bool:
            v = _c.off(self, ("isSecret",), v, "a boolean")
    self.is_secret = v
    try:
        v = src["values"]
    except KeyError:
        v = _c.off(self, ("values",), UNSET, "an array of an object (EnvironmentVariableValueResponseDto)")
        n -= 1
    else:
        v = _c.models_in(self, "values", v, EnvironmentVariableValueResponseDto, lazy)
    self.values = v
    try:
        v = src["createdAt"]
    except KeyError:
        v = _c.off(self, ("createdAt",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("createdAt",), v, "a string")
    self.created_at = v
    try:
        v = src["updatedAt"]
    except KeyError:
        v = _c.off(self, ("updatedAt",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("updatedAt",), v, "a string")
    self.updated_at = v
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


EnvironmentVariableResponseDto._make = _make
EnvironmentVariableResponseDto._decode = _decode
EnvironmentVariableResponseDto._Pending = _c.pending(EnvironmentVariableResponseDto)
EnvironmentVariableResponseDto._SPEC = _c.ModelSpec(
    EnvironmentVariableResponseDto,
    (
        ("_id", "id", True, ("str",)),
        ("_organizationId", "organization_id", True, ("str",)),
        ("key", "key", True, ("str",)),
        ("type", "type_", True, ("enum", EnvironmentVariableResponseDtoType)),
        ("isSecret", "is_secret", True, ("bool",)),
        ("values", "values", True, ("list", ("model", EnvironmentVariableValueResponseDto))),
        ("createdAt", "created_at", True, ("str",)),
        ("updatedAt", "updated_at", True, ("str",)),
    ),
)
