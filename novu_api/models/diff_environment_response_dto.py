# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""DiffEnvironmentResponseDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.environment_diff_summary_dto import EnvironmentDiffSummaryDto
from novu_api.models.resource_diff_result_dto import ResourceDiffResultDto

from .. import _codec as _c
from .._types import UNSET

_KNOWN: frozenset[str] = frozenset(
    (
        "sourceEnvironmentId",
        "targetEnvironmentId",
        "resources",
        "summary",
    )
)


@_define(kw_only=True)
class DiffEnvironmentResponseDto:
    """Attributes:
    source_environment_id (str): Source environment ID Sent as `sourceEnvironmentId`.
    target_environment_id (str): Target environment ID Sent as `targetEnvironmentId`.
    resources (list[ResourceDiffResultDto]): Diff resources by resource type
    summary (EnvironmentDiffSummaryDto):
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    source_environment_id: str
    target_environment_id: str
    resources: list[ResourceDiffResultDto]
    summary: EnvironmentDiffSummaryDto
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
        if self.source_environment_id is not UNSET:
            out["sourceEnvironmentId"] = self.source_environment_id
        if self.target_environment_id is not UNSET:
            out["targetEnvironmentId"] = self.target_environment_id
        if self.resources is not UNSET:
            out["resources"] = _c.encode(self.resources)
        if self.summary is not UNSET:
            out["summary"] = _c.encode(self.summary)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> DiffEnvironmentResponseDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.source_environment_id = g("sourceEnvironmentId", UNSET)
        self.target_environment_id = g("targetEnvironmentId", UNSET)
        self.resources = _c.model_list(ResourceDiffResultDto, g("resources", UNSET), "resources")
        self.summary = _c.model(EnvironmentDiffSummaryDto, g("summary", UNSET), "summary")
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
