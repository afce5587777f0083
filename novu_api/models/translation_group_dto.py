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

    @classmethod
    def _eager(cls, src: Any, lazy: bool = False) -> TranslationGroupDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not TranslationGroupDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> TranslationGroupDto:
    self: TranslationGroupDto = _c._new(TranslationGroupDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 6
    try:
        v = src["resourceId"]
    except KeyError:
        v = _c.off(self, ("resourceId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("resourceId",), v, "a string")
    self.resource_id = v
    try:
        v = src["resourceType"]
    except KeyError:
        v = _c.off(self, ("resourceType",), UNSET, "one of 'workflow', 'layout'")
        n -= 1
    else:
        v = _c.enum_in(self, "resourceType", v, TranslationGroupDtoResourceType)
    self.resource_type = v
    try:
        v = src["resourceName"]
    except KeyError:
        v = _c.off(self, ("resourceName",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("resourceName",), v, "a string")
    self.resource_name = v
    try:
        v = src["locales"]
    except KeyError:
        v = _c.off(self, ("locales",), UNSET, "an array of a string")
        n -= 1
    else:
        v = _c.scalars_in(self, "locales", v, (str,), "a string")
    self.locales = v
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
    if "outdatedLocales" in src:
        v = src["outdatedLocales"]
        v = _c.scalars_in(self, "outdatedLocales", v, (str,), "a string")
        self.outdated_locales = v
        n += 1
    else:
        self.outdated_locales = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


TranslationGroupDto._make = _make
TranslationGroupDto._decode = _decode
TranslationGroupDto._Pending = _c.pending(TranslationGroupDto)
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
