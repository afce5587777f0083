# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""LayoutResponseDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.layout_controls_dto import LayoutControlsDto
from novu_api.models.layout_response_dto_variables import LayoutResponseDtoVariables
from novu_api.models.resource_origin_enum import ResourceOriginEnum
from novu_api.models.resource_type_enum import ResourceTypeEnum
from novu_api.models.user_response_dto import UserResponseDto

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "_id",
        "layoutId",
        "slug",
        "name",
        "isDefault",
        "isTranslationEnabled",
        "updatedAt",
        "createdAt",
        "origin",
        "type",
        "controls",
        "updatedBy",
        "variables",
    )
)


@_define(kw_only=True)
class LayoutResponseDto(_c.Model):
    """Attributes:
        id (str): Unique internal identifier of the layout Sent as `_id`.
        layout_id (str): Unique identifier for the layout Sent as `layoutId`.
        slug (str): Slug of the layout
        name (str): Name of the layout
        is_default (bool): Whether the layout is the default layout Sent as `isDefault`.
        is_translation_enabled (bool): Whether the layout translations are enabled Sent as `isTranslationEnabled`.
        updated_at (str): Last updated timestamp Sent as `updatedAt`.
        created_at (str): Creation timestamp Sent as `createdAt`.
        origin (ResourceOriginEnum | str): Origin of the layout
        type_ (ResourceTypeEnum | str): Type of the layout Sent as `type`.
        controls (LayoutControlsDto):
        updated_by (UserResponseDto | None | Unset, optional): User who last updated the layout Sent as `updatedBy`.
        variables (LayoutResponseDtoVariables | Mapping[str, Any] | None | Unset, optional): The variables JSON Schema for the layout
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    id: str
    layout_id: str
    slug: str
    name: str
    is_default: bool
    is_translation_enabled: bool
    updated_at: str
    created_at: str
    origin: ResourceOriginEnum | str
    type_: ResourceTypeEnum | str
    controls: LayoutControlsDto
    updated_by: UserResponseDto | None | Unset = UNSET
    variables: LayoutResponseDtoVariables | Mapping[str, Any] | None | Unset = UNSET
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
        if self.__class__ is not LayoutResponseDto:
            return _c.fill_subclass(self, src, _decode)
        _c._put(self, "__class__", _Filling)  # plain slot writes while decoding
        try:
            _decode(self, src, False)
        finally:
            _c._put(self, "__class__", LayoutResponseDto)

    @classmethod
    def _eager(cls, src: Any, lazy: bool = False) -> LayoutResponseDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not LayoutResponseDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        self: LayoutResponseDto = object.__new__(_Filling)
        _decode(self, src, lazy)
        _c._put(self, "__class__", LayoutResponseDto)
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The same object while `_decode` writes its fields (plain slot writes); the class is put back after.
_Filling = _c.filling(LayoutResponseDto)


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare; `self` is a `_Filling`.
    g = src.get
    v = g("_id", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("_id",), v, "a string")
    self.id = v
    v = g("layoutId", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("layoutId",), v, "a string")
    self.layout_id = v
    v = g("slug", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("slug",), v, "a string")
    self.slug = v
    v = g("name", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("name",), v, "a string")
    self.name = v
    v = g("isDefault", UNSET)
    if v.__class__ is not bool:
        v = _c.off(self, ("isDefault",), v, "a boolean")
    self.is_default = v
    v = g("isTranslationEnabled", UNSET)
    if v.__class__ is not bool:
        v = _c.off(self, ("isTranslationEnabled",), v, "a boolean")
    self.is_translation_enabled = v
    v = g("updatedAt", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("updatedAt",), v, "a string")
    self.updated_at = v
    v = g("createdAt", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("createdAt",), v, "a string")
    self.created_at = v
    v = g("origin", UNSET)
    if v is not UNSET:
        v = _c.enum_in(self, "origin", v, ResourceOriginEnum)
    elif v is UNSET:
        v = _c.off(self, ("origin",), v, "one of 'novu-cloud', 'novu-cloud-v1', 'external'")
    self.origin = v
    v = g("type", UNSET)
    if v is not UNSET:
        v = _c.enum_in(self, "type", v, ResourceTypeEnum)
    elif v is UNSET:
        v = _c.off(self, ("type",), v, "one of 'REGULAR', 'ECHO', 'BRIDGE'")
    self.type_ = v
    v = g("controls", UNSET)
    if v is not UNSET:
        v = _c.model_in(self, "controls", v, LayoutControlsDto, lazy)
    elif v is UNSET:
        v = _c.off(self, ("controls",), v, "an object (LayoutControlsDto)")
    self.controls = v
    v = g("updatedBy", UNSET)
    if v is not UNSET and v is not None:
        v = _c.model_in(self, "updatedBy", v, UserResponseDto, lazy)
    self.updated_by = v
    v = g("variables", UNSET)
    if v is not UNSET and v is not None:
        v = _c.model_in(self, "variables", v, LayoutResponseDtoVariables, lazy)
    self.variables = v
    self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
    self._src = None


LayoutResponseDto._SPEC = _c.ModelSpec(
    LayoutResponseDto,
    (
        ("_id", "id", True, ("str",)),
        ("layoutId", "layout_id", True, ("str",)),
        ("slug", "slug", True, ("str",)),
        ("name", "name", True, ("str",)),
        ("isDefault", "is_default", True, ("bool",)),
        ("isTranslationEnabled", "is_translation_enabled", True, ("bool",)),
        ("updatedAt", "updated_at", True, ("str",)),
        ("createdAt", "created_at", True, ("str",)),
        ("origin", "origin", True, ("enum", ResourceOriginEnum)),
        ("type", "type_", True, ("enum", ResourceTypeEnum)),
        ("controls", "controls", True, ("model", LayoutControlsDto)),
        (
            "updatedBy",
            "updated_by",
            False,
            (
                "union",
                (
                    ("model", UserResponseDto),
                    ("null",),
                ),
            ),
        ),
        (
            "variables",
            "variables",
            False,
            (
                "union",
                (
                    ("model", LayoutResponseDtoVariables),
                    ("null",),
                ),
            ),
        ),
    ),
)
