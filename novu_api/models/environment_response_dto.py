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

    def _fill(self) -> None:
        # Decode the wire object `from_dict` kept (see `_c.Model`), in place.
        src = self._src
        if src is None:
            return
        if self.__class__ is not EnvironmentResponseDto:
            return _c.fill_subclass(self, src, _decode)
        _c._put(self, "__class__", _Filling)  # plain slot writes while decoding
        try:
            _decode(self, src, False)
        finally:
            _c._put(self, "__class__", EnvironmentResponseDto)

    @classmethod
    def _eager(cls, src: Any, lazy: bool = False) -> EnvironmentResponseDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not EnvironmentResponseDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        self: EnvironmentResponseDto = object.__new__(_Filling)
        _decode(self, src, lazy)
        _c._put(self, "__class__", EnvironmentResponseDto)
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The same object while `_decode` writes its fields (plain slot writes); the class is put back after.
_Filling = _c.filling(EnvironmentResponseDto)


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare; `self` is a `_Filling`.
    g = src.get
    v = g("_id", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("_id",), v, "a string")
    self.id = v
    v = g("name", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("name",), v, "a string")
    self.name = v
    v = g("_organizationId", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("_organizationId",), v, "a string")
    self.organization_id = v
    v = g("identifier", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("identifier",), v, "a string")
    self.identifier = v
    v = g("type", UNSET)
    if v is not UNSET and v is not None:
        v = _c.enum_in(self, "type", v, EnvironmentResponseDtoType)
    self.type_ = v
    v = g("apiKeys", UNSET)
    if v is not UNSET:
        v = _c.models_in(self, "apiKeys", v, ApiKeyDto, lazy)
    self.api_keys = v
    v = g("_parentId", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("_parentId",), v, "a string")
    self.parent_id = v
    v = g("slug", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("slug",), v, "a string")
    self.slug = v
    self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
    self._src = None


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
