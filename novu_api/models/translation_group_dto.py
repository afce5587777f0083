# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""TranslationGroupDto"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.translation_group_dto_resource_type import TranslationGroupDtoResourceType

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "resourceId",
        "resourceType",
        "resourceName",
        "locales",
        "createdAt",
        "updatedAt",
        "outdatedLocales",
    )
)


@_define(kw_only=True)
class TranslationGroupDto(_c.Model):
    """Attributes:
        resource_id (str): Resource identifier (slugified ID) Sent as `resourceId`.
        resource_type (TranslationGroupDtoResourceType | str): Resource type Sent as `resourceType`.
        resource_name (str): Resource name (e.g., workflow name) Sent as `resourceName`.
        locales (Sequence[str]): Array of available locales for this resource
        created_at (str): Creation timestamp Sent as `createdAt`.
        updated_at (str): Last update timestamp Sent as `updatedAt`.
        outdated_locales (Sequence[str] | Unset, optional): Locales that are outdated compared to the default locale (only present when there are
            outdated locales) Sent as `outdatedLocales`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    resource_id: str
    resource_type: TranslationGroupDtoResourceType | str
    resource_name: str
    locales: Sequence[str]
    created_at: str
    updated_at: str
    outdated_locales: Sequence[str] | Unset = UNSET
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
        if self.__class__ is not TranslationGroupDto:
            return _c.fill_subclass(self, src, _decode)
        _c._put(self, "__class__", _Filling)  # plain slot writes while decoding
        try:
            _decode(self, src, False)
        finally:
            _c._put(self, "__class__", TranslationGroupDto)

    @classmethod
    def _eager(cls, src: Any, lazy: bool = False) -> TranslationGroupDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not TranslationGroupDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        self: TranslationGroupDto = object.__new__(_Filling)
        _decode(self, src, lazy)
        _c._put(self, "__class__", TranslationGroupDto)
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The same object while `_decode` writes its fields (plain slot writes); the class is put back after.
_Filling = _c.filling(TranslationGroupDto)


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare; `self` is a `_Filling`.
    g = src.get
    v = g("resourceId", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("resourceId",), v, "a string")
    self.resource_id = v
    v = g("resourceType", UNSET)
    if v is not UNSET:
        v = _c.enum_in(self, "resourceType", v, TranslationGroupDtoResourceType)
    elif v is UNSET:
        v = _c.off(self, ("resourceType",), v, "one of 'workflow', 'layout'")
    self.resource_type = v
    v = g("resourceName", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("resourceName",), v, "a string")
    self.resource_name = v
    v = g("locales", UNSET)
    if v is not UNSET:
        v = _c.scalars_in(self, "locales", v, (str,), "a string")
    elif v is UNSET:
        v = _c.off(self, ("locales",), v, "an array of a string")
    self.locales = v
    v = g("createdAt", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("createdAt",), v, "a string")
    self.created_at = v
    v = g("updatedAt", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("updatedAt",), v, "a string")
    self.updated_at = v
    v = g("outdatedLocales", UNSET)
    if v is not UNSET:
        v = _c.scalars_in(self, "outdatedLocales", v, (str,), "a string")
    self.outdated_locales = v
    self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
    self._src = None


TranslationGroupDto._SPEC = _c.ModelSpec(
    TranslationGroupDto,
    (
        ("resourceId", "resource_id", True, ("str",)),
        ("resourceType", "resource_type", True, ("enum", TranslationGroupDtoResourceType)),
        ("resourceName", "resource_name", True, ("str",)),
        ("locales", "locales", True, ("list", ("str",))),
        ("createdAt", "created_at", True, ("str",)),
        ("updatedAt", "updated_at", True, ("str",)),
        ("outdatedLocales", "outdated_locales", False, ("list", ("str",))),
    ),
)
