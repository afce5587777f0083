# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""EnvironmentResponseDto"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.api_key_dto import ApiKeyDto
from novu_api.models.environment_response_dto_type import EnvironmentResponseDtoType

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "_id",
        "name",
        "_organizationId",
        "identifier",
        "type",
        "apiKeys",
        "_parentId",
        "slug",
    )
)


@_define(kw_only=True)
class EnvironmentResponseDto(_c.Model):
    """Attributes:
        id (str): Unique identifier of the environment Sent as `_id`.
        name (str): Name of the environment
        organization_id (str): Organization ID associated with the environment Sent as `_organizationId`.
        identifier (str): Unique identifier for the environment
        type_ (EnvironmentResponseDtoType | str | None | Unset, optional): Type of the environment Sent as `type`.
        api_keys (Sequence[ApiKeyDto] | Unset, optional): List of API keys associated with the environment Sent as `apiKeys`.
        parent_id (str | Unset, optional): Parent environment ID Sent as `_parentId`.
        slug (str | Unset, optional): URL-friendly slug for the environment
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    id: str
    name: str
    organization_id: str
    identifier: str
    type_: EnvironmentResponseDtoType | str | None | Unset = UNSET
    api_keys: Sequence[ApiKeyDto] | Unset = UNSET
    parent_id: str | Unset = UNSET
    slug: str | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> EnvironmentResponseDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not EnvironmentResponseDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> EnvironmentResponseDto:
    self: EnvironmentResponseDto = _c._new(EnvironmentResponseDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 4
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
        v = src["name"]
    except KeyError:
        v = _c.off(self, ("name",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("name",), v, "a string")
    self.name = v
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
        v = src["identifier"]
    except KeyError:
        v = _c.off(self, ("identifier",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("identifier",), v, "a string")
    self.identifier = v
    if "type" in src:
        v = src["type"]
        if v is not None:
            v = _c.enum_in(self, "type", v, EnvironmentResponseDtoType)
        self.type_ = v
        n += 1
    else:
        self.type_ = UNSET
    if "apiKeys" in src:
        v = src["apiKeys"]
        v = _c.models_in(self, "apiKeys", v, ApiKeyDto, lazy)
        self.api_keys = v
        n += 1
    else:
        self.api_keys = UNSET
    if "_parentId" in src:
        v = src["_parentId"]
        if v.__class__ is not str:
            v = _c.off(self, ("_parentId",), v, "a string")
        self.parent_id = v
        n += 1
    else:
        self.parent_id = UNSET
    if "slug" in src:
        v = src["slug"]
        if v.__class__ is not str:
            v = _c.off(self, ("slug",), v, "a string")
        self.slug = v
        n += 1
    else:
        self.slug = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


EnvironmentResponseDto._make = _make
EnvironmentResponseDto._decode = _decode
EnvironmentResponseDto._Pending = _c.pending(EnvironmentResponseDto)
EnvironmentResponseDto._SPEC = _c.ModelSpec(
    EnvironmentResponseDto,
    (
        ("_id", "id", True, ("str",)),
        ("name", "name", True, ("str",)),
        ("_organizationId", "organization_id", True, ("str",)),
        ("identifier", "identifier", True, ("str",)),
        (
            "type",
            "type_",
            False,
            (
                "union",
                (
                    ("enum", EnvironmentResponseDtoType),
                    ("null",),
                ),
            ),
        ),
        ("apiKeys", "api_keys", False, ("list", ("model", ApiKeyDto))),
        ("_parentId", "parent_id", False, ("str",)),
        ("slug", "slug", False, ("str",)),
    ),
)
