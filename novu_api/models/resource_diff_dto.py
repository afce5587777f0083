# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""ResourceDiffDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.diff_action_enum import DiffActionEnum
from novu_api.models.resource_diff_dto_diffs import ResourceDiffDtoDiffs
from novu_api.models.resource_info_dto import ResourceInfoDto
from novu_api.models.resource_type_enum import ResourceTypeEnum

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "resourceType",
        "action",
        "sourceResource",
        "targetResource",
        "diffs",
        "stepType",
        "previousIndex",
        "newIndex",
    )
)


@_define(kw_only=True)
class ResourceDiffDto:
    """Attributes:
    resource_type (ResourceTypeEnum | str): Type of the layout Sent as `resourceType`.
    action (DiffActionEnum | str): Type of change
    source_resource (None | ResourceInfoDto | Unset, optional): Source resource information Sent as `sourceResource`.
    target_resource (None | ResourceInfoDto | Unset, optional): Target resource information Sent as `targetResource`.
    diffs (ResourceDiffDtoDiffs | Unset, optional): Detailed changes (only for modified resources)
    step_type (str | Unset, optional): Step type (only for step resources) Sent as `stepType`.
    previous_index (float | Unset, optional): Previous index in steps array (for moved/deleted steps) Sent as `previousIndex`.
    new_index (float | Unset, optional): New index in steps array (for moved/added steps) Sent as `newIndex`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    resource_type: ResourceTypeEnum | str
    action: DiffActionEnum | str
    source_resource: None | ResourceInfoDto | Unset = UNSET
    target_resource: None | ResourceInfoDto | Unset = UNSET
    diffs: ResourceDiffDtoDiffs | Unset = UNSET
    step_type: str | Unset = UNSET
    previous_index: float | Unset = UNSET
    new_index: float | Unset = UNSET
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
        if self.action is not UNSET:
            out["action"] = _c.encode(self.action)
        if self.source_resource is not UNSET:
            out["sourceResource"] = _c.encode(self.source_resource)
        if self.target_resource is not UNSET:
            out["targetResource"] = _c.encode(self.target_resource)
        if self.diffs is not UNSET:
            out["diffs"] = _c.encode(self.diffs)
        if self.step_type is not UNSET:
            out["stepType"] = self.step_type
        if self.previous_index is not UNSET:
            out["previousIndex"] = self.previous_index
        if self.new_index is not UNSET:
            out["newIndex"] = self.new_index
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> ResourceDiffDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.resource_type = _c.enum_value(ResourceTypeEnum, g("resourceType", UNSET))
        self.action = _c.enum_value(DiffActionEnum, g("action", UNSET))
        self.source_resource = _c.union((ResourceInfoDto,), g("sourceResource", UNSET), "sourceResource")
        self.target_resource = _c.union((ResourceInfoDto,), g("targetResource", UNSET), "targetResource")
        self.diffs = _c.model(ResourceDiffDtoDiffs, g("diffs", UNSET), "diffs")
        self.step_type = g("stepType", UNSET)
        self.previous_index = g("previousIndex", UNSET)
        self.new_index = g("newIndex", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
