# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""PatchWorkflowDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.patch_workflow_dto_payload_schema import PatchWorkflowDtoPayloadSchema

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "active",
        "name",
        "description",
        "tags",
        "payloadSchema",
        "validatePayload",
        "isTranslationEnabled",
    )
)


@_define(kw_only=True)
class PatchWorkflowDto:
    """Attributes:
    active (bool | Unset, optional): Activate or deactivate the workflow
    name (str | Unset, optional): New name for the workflow
    description (str | Unset, optional): Updated description of the workflow
    tags (list[str] | Unset, optional): Tags associated with the workflow
    payload_schema (None | PatchWorkflowDtoPayloadSchema | Unset, optional): The payload JSON Schema for the workflow Sent as `payloadSchema`.
    validate_payload (bool | Unset, optional): Enable or disable payload schema validation Sent as `validatePayload`.
    is_translation_enabled (bool | Unset, optional): Enable or disable translations for this workflow Sent as `isTranslationEnabled`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    active: bool | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    payload_schema: None | PatchWorkflowDtoPayloadSchema | Unset = UNSET
    validate_payload: bool | Unset = UNSET
    is_translation_enabled: bool | Unset = UNSET
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
        if self.active is not UNSET:
            out["active"] = self.active
        if self.name is not UNSET:
            out["name"] = self.name
        if self.description is not UNSET:
            out["description"] = self.description
        if self.tags is not UNSET:
            out["tags"] = self.tags
        if self.payload_schema is not UNSET:
            out["payloadSchema"] = _c.encode(self.payload_schema)
        if self.validate_payload is not UNSET:
            out["validatePayload"] = self.validate_payload
        if self.is_translation_enabled is not UNSET:
            out["isTranslationEnabled"] = self.is_translation_enabled
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> PatchWorkflowDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.active = g("active", UNSET)
        self.name = g("name", UNSET)
        self.description = g("description", UNSET)
        self.tags = g("tags", UNSET)
        self.payload_schema = _c.union(
            (PatchWorkflowDtoPayloadSchema,), g("payloadSchema", UNSET), "payloadSchema"
        )
        self.validate_payload = g("validatePayload", UNSET)
        self.is_translation_enabled = g("isTranslationEnabled", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
