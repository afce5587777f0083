# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""GetPreferencesResponseDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.get_preferences_response_dto_condition import GetPreferencesResponseDtoCondition
from novu_api.models.preference_level_enum import PreferenceLevelEnum
from novu_api.models.subscriber_preference_channels import SubscriberPreferenceChannels
from novu_api.models.workflow_dto import WorkflowDto

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "level",
        "enabled",
        "channels",
        "workflow",
        "condition",
    )
)


@_define(kw_only=True)
class GetPreferencesResponseDto:
    """Attributes:
    level (PreferenceLevelEnum | str): The level of the preference (global or template)
    enabled (bool): Whether the preference is enabled
    channels (SubscriberPreferenceChannels):
    workflow (None | WorkflowDto | Unset, optional): Workflow information if this is a template-level preference
    condition (GetPreferencesResponseDtoCondition | None | Unset, optional): Condition using JSON Logic rules
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    level: PreferenceLevelEnum | str
    enabled: bool
    channels: SubscriberPreferenceChannels
    workflow: None | WorkflowDto | Unset = UNSET
    condition: GetPreferencesResponseDtoCondition | None | Unset = UNSET
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
        if self.level is not UNSET:
            out["level"] = _c.encode(self.level)
        if self.enabled is not UNSET:
            out["enabled"] = self.enabled
        if self.channels is not UNSET:
            out["channels"] = _c.encode(self.channels)
        if self.workflow is not UNSET:
            out["workflow"] = _c.encode(self.workflow)
        if self.condition is not UNSET:
            out["condition"] = _c.encode(self.condition)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> GetPreferencesResponseDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.level = _c.enum_value(PreferenceLevelEnum, g("level", UNSET))
        self.enabled = g("enabled", UNSET)
        self.channels = _c.model(SubscriberPreferenceChannels, g("channels", UNSET), "channels")
        self.workflow = _c.union((WorkflowDto,), g("workflow", UNSET), "workflow")
        self.condition = _c.union((GetPreferencesResponseDtoCondition,), g("condition", UNSET), "condition")
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
