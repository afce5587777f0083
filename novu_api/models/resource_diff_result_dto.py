# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""ResourceDiffResultDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.diff_summary_dto import DiffSummaryDto
from novu_api.models.resource_dependency_dto import ResourceDependencyDto
from novu_api.models.resource_diff_dto import ResourceDiffDto
from novu_api.models.resource_info_dto import ResourceInfoDto
from novu_api.models.resource_type_enum import ResourceTypeEnum

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "resourceType",
        "changes",
        "summary",
        "sourceResource",
        "targetResource",
        "dependencies",
    )
)


@_define(kw_only=True)
class ResourceDiffResultDto:
    """Attributes:
    resource_type (ResourceTypeEnum | str): Type of the layout Sent as `resourceType`.
    changes (list[ResourceDiffDto]): List of specific changes for this resource
    summary (DiffSummaryDto):
    source_resource (None | ResourceInfoDto | Unset, optional): Source resource information Sent as `sourceResource`.
    target_resource (None | ResourceInfoDto | Unset, optional): Target resource information Sent as `targetResource`.
    dependencies (list[ResourceDependencyDto] | Unset, optional): Dependencies that affect this resource
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    resource_type: ResourceTypeEnum | str
    changes: list[ResourceDiffDto]
    summary: DiffSummaryDto
    source_resource: None | ResourceInfoDto | Unset = UNSET
    target_resource: None | ResourceInfoDto | Unset = UNSET
    dependencies: list[ResourceDependencyDto] | Unset = UNSET
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
        if self.changes is not UNSET:
            out["changes"] = _c.encode(self.changes)
        if self.summary is not UNSET:
            out["summary"] = _c.encode(self.summary)
        if self.source_resource is not UNSET:
            out["sourceResource"] = _c.encode(self.source_resource)
        if self.target_resource is not UNSET:
            out["targetResource"] = _c.encode(self.target_resource)
        if self.dependencies is not UNSET:
            out["dependencies"] = _c.encode(self.dependencies)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> ResourceDiffResultDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.resource_type = _c.enum_value(ResourceTypeEnum, g("resourceType", UNSET))
        self.changes = _c.model_list(ResourceDiffDto, g("changes", UNSET), "changes")
        self.summary = _c.model(DiffSummaryDto, g("summary", UNSET), "summary")
        self.source_resource = _c.union((ResourceInfoDto,), g("sourceResource", UNSET), "sourceResource")
        self.target_resource = _c.union((ResourceInfoDto,), g("targetResource", UNSET), "targetResource")
        self.dependencies = _c.model_list(ResourceDependencyDto, g("dependencies", UNSET), "dependencies")
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
