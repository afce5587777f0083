# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""PublishEnvironmentRequestDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.resource_to_publish_dto import ResourceToPublishDto

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "sourceEnvironmentId",
        "dryRun",
        "resources",
    )
)


@_define(kw_only=True)
class PublishEnvironmentRequestDto:
    """Attributes:
    source_environment_id (str | Unset, optional): Source environment ID to sync from. Defaults to the Development environment if not
        provided. Sent as `sourceEnvironmentId`.
    dry_run (bool | Unset, optional): Perform a dry run without making actual changes Sent as `dryRun`.
    resources (list[ResourceToPublishDto] | Unset, optional): Array of specific resources to publish. If not provided, all resources will be published.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    source_environment_id: str | Unset = UNSET
    dry_run: bool | Unset = UNSET
    resources: list[ResourceToPublishDto] | Unset = UNSET
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
        if self.dry_run is not UNSET:
            out["dryRun"] = self.dry_run
        if self.resources is not UNSET:
            out["resources"] = _c.encode(self.resources)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> PublishEnvironmentRequestDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.source_environment_id = g("sourceEnvironmentId", UNSET)
        self.dry_run = g("dryRun", UNSET)
        self.resources = _c.model_list(ResourceToPublishDto, g("resources", UNSET), "resources")
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
