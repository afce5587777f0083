# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""SkippedWorkflowDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.resource_type_enum import ResourceTypeEnum

from .. import _codec as _c
from .._types import UNSET

_KNOWN: frozenset[str] = frozenset(
    (
        "resourceType",
        "resourceId",
        "resourceName",
        "reason",
    )
)


@_define(kw_only=True)
class SkippedWorkflowDto:
    """Attributes:
    resource_type (ResourceTypeEnum | str): Type of the layout Sent as `resourceType`.
    resource_id (str): Resource ID Sent as `resourceId`.
    resource_name (str): Resource name Sent as `resourceName`.
    reason (str): Reason for skipping
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    resource_type: ResourceTypeEnum | str
    resource_id: str
    resource_name: str
    reason: str
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
        if self.resource_type is not UNSET:
            out["resourceType"] = _c.encode(self.resource_type)
        if self.resource_id is not UNSET:
            out["resourceId"] = self.resource_id
        if self.resource_name is not UNSET:
            out["resourceName"] = self.resource_name
        if self.reason is not UNSET:
            out["reason"] = self.reason
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> SkippedWorkflowDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.resource_type = _c.enum_value(ResourceTypeEnum, g("resourceType", UNSET))
        self.resource_id = g("resourceId", UNSET)
        self.resource_name = g("resourceName", UNSET)
        self.reason = g("reason", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
