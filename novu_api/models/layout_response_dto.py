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

    @classmethod
    def _eager(cls, src: Any, lazy: bool = False) -> LayoutResponseDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not LayoutResponseDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> LayoutResponseDto:
    self: LayoutResponseDto = _c._new(LayoutResponseDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 11
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
        v = src["layoutId"]
    except KeyError:
        v = _c.off(self, ("layoutId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("layoutId",), v, "a string")
    self.layout_id = v
    try:
        v = src["slug"]
    except KeyError:
        v = _c.off(self, ("slug",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("slug",), v, "a string")
    self.slug = v
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
        v = src["isDefault"]
    except KeyError:
        v = _c.off(self, ("isDefault",), UNSET, "a boolean")
        n -= 1
    else:
        if v.__class__ is not bool:
            v = _c.off(self, ("isDefault",), v, "a boolean")
    self.is_default = v
    try:
        v = src["isTranslationEnabled"]
    except KeyError:
        v = _c.off(self, ("isTranslationEnabled",), UNSET, "a boolean")
        n -= 1
    else:
        if v.__class__ is not bool:
            v = _c.off(self, ("isTranslationEnabled",), v, "a boolean")
    self.is_translation_enabled = v
    try:
        v = src["updatedAt"]
    except KeyError:
        v = _c.off(self, ("updatedAt",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("updatedAt",), v, "a string")
    self.updated_at = v
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
        v = src["origin"]
    except KeyError:
        v = _c.off(self, ("origin",), UNSET, "one of 'novu-cloud', 'novu-cloud-v1', 'external'")
        n -= 1
    else:
        v = _c.enum_in(self, "origin", v, ResourceOriginEnum)
    self.origin = v
    try:
        v = src["type"]
    except KeyError:
        v = _c.off(self, ("type",), UNSET, "one of 'REGULAR', 'ECHO', 'BRIDGE'")
        n -= 1
    else:
        v = _c.enum_in(self, "type", v, ResourceTypeEnum)
    self.type_ = v
    try:
        v = src["controls"]
    except KeyError:
        v = _c.off(self, ("controls",), UNSET, "an object (LayoutControlsDto)")
        n -= 1
    else:
        if v.__class__ is dict:
            try:
                v = LayoutControlsDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "controls")
                raise
        else:
            v = _c.off(self, ("controls",), v, "an object (LayoutControlsDto)")
    self.controls = v
    if "updatedBy" in src:
        v = src["updatedBy"]
        if v is not None:
            if v.__class__ is dict:
                try:
                    v = UserResponseDto._make(v, lazy)
                except _c.DecodeError as exc:
                    exc.path.insert(0, "updatedBy")
                    raise
            else:
                v = _c.off(self, ("updatedBy",), v, "an object (UserResponseDto) or null")
        self.updated_by = v
        n += 1
    else:
        self.updated_by = UNSET
    if "variables" in src:
        v = src["variables"]
        if v is not None:
            if v.__class__ is dict:
                try:
                    v = LayoutResponseDtoVariables._make(v, lazy)
                except _c.DecodeError as exc:
                    exc.path.insert(0, "variables")
                    raise
            else:
                v = _c.off(self, ("variables",), v, "an object (LayoutResponseDtoVariables) or null")
        self.variables = v
        n += 1
    else:
        self.variables = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


LayoutResponseDto._make = _make
LayoutResponseDto._decode = _decode
LayoutResponseDto._Pending = _c.pending(LayoutResponseDto)
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
