# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""TranslationResponseDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.translation_response_dto_content import TranslationResponseDtoContent
from novu_api.models.translation_response_dto_resource_type import TranslationResponseDtoResourceType

from .. import _codec as _c
from .._types import UNSET

_KNOWN: frozenset[str] = frozenset(
    (
        "resourceId",
        "resourceType",
        "locale",
        "content",
        "createdAt",
        "updatedAt",
    )
)


@_define(kw_only=True)
class TranslationResponseDto:
    """Attributes:
    resource_id (str): Resource identifier Sent as `resourceId`.
    resource_type (TranslationResponseDtoResourceType | str): Resource type Sent as `resourceType`.
    locale (str): Locale code
    content (TranslationResponseDtoContent): Translation content as JSON object
    created_at (str): Creation timestamp Sent as `createdAt`.
    updated_at (str): Last update timestamp Sent as `updatedAt`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    resource_id: str
    resource_type: TranslationResponseDtoResourceType | str
    locale: str
    content: TranslationResponseDtoContent
    created_at: str
    updated_at: str
    # None until asked for or until the server sends undeclared fields: nothing is kept per
    # model when there are none (the decoded model does not hold on to its source dict).
    _extra: dict[str, Any] | None = _field(default=None, alias="additional_properties", eq=False, repr=False)

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
        out: dict[str, Any] = dict(self.additional_properties)
        if self.resource_id is not UNSET:
            out["resourceId"] = self.resource_id
        if self.resource_type is not UNSET:
            out["resourceType"] = _c.encode(self.resource_type)
        if self.locale is not UNSET:
            out["locale"] = self.locale
        if self.content is not UNSET:
            out["content"] = _c.encode(self.content)
        if self.created_at is not UNSET:
            out["createdAt"] = self.created_at
        if self.updated_at is not UNSET:
            out["updatedAt"] = self.updated_at
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> TranslationResponseDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.resource_id = g("resourceId", UNSET)
        self.resource_type = _c.enum_value(TranslationResponseDtoResourceType, g("resourceType", UNSET))
        self.locale = g("locale", UNSET)
        self.content = _c.model(TranslationResponseDtoContent, g("content", UNSET), "content")
        self.created_at = g("createdAt", UNSET)
        self.updated_at = g("updatedAt", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
