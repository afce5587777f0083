# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""SubscriberWorkflowPreferenceDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.subscriber_preference_channels import SubscriberPreferenceChannels
from novu_api.models.subscriber_preference_override_dto import SubscriberPreferenceOverrideDto
from novu_api.models.subscriber_preferences_workflow_info_dto import SubscriberPreferencesWorkflowInfoDto

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "enabled",
        "channels",
        "overrides",
        "workflow",
        "updatedAt",
    )
)


@_define(kw_only=True)
class SubscriberWorkflowPreferenceDto:
    """Attributes:
    enabled (bool): Whether notifications are enabled for this workflow
    channels (SubscriberPreferenceChannels):
    overrides (list[SubscriberPreferenceOverrideDto]): List of preference overrides
    workflow (SubscriberPreferencesWorkflowInfoDto):
    updated_at (str | Unset, optional): Timestamp when the subscriber last updated their preference. Only present if subscriber
        explicitly set preferences. Sent as `updatedAt`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    enabled: bool
    channels: SubscriberPreferenceChannels
    overrides: list[SubscriberPreferenceOverrideDto]
    workflow: SubscriberPreferencesWorkflowInfoDto
    updated_at: str | Unset = UNSET
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
        if self.enabled is not UNSET:
            out["enabled"] = self.enabled
        if self.channels is not UNSET:
            out["channels"] = _c.encode(self.channels)
        if self.overrides is not UNSET:
            out["overrides"] = _c.encode(self.overrides)
        if self.workflow is not UNSET:
            out["workflow"] = _c.encode(self.workflow)
        if self.updated_at is not UNSET:
            out["updatedAt"] = self.updated_at
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> SubscriberWorkflowPreferenceDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.enabled = g("enabled", UNSET)
        self.channels = _c.model(SubscriberPreferenceChannels, g("channels", UNSET), "channels")
        self.overrides = _c.model_list(SubscriberPreferenceOverrideDto, g("overrides", UNSET), "overrides")
        self.workflow = _c.model(SubscriberPreferencesWorkflowInfoDto, g("workflow", UNSET), "workflow")
        self.updated_at = g("updatedAt", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
