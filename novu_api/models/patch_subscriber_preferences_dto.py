# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""PatchSubscriberPreferencesDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.patch_preference_channels_dto import PatchPreferenceChannelsDto
from novu_api.models.patch_subscriber_preferences_dto_context import PatchSubscriberPreferencesDtoContext
from novu_api.models.schedule_dto import ScheduleDto

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "channels",
        "workflowId",
        "schedule",
        "context",
    )
)


@_define(kw_only=True)
class PatchSubscriberPreferencesDto:
    """Attributes:
    channels (PatchPreferenceChannelsDto | Unset, optional):
    workflow_id (str | Unset, optional): Workflow internal _id, identifier or slug. If provided, update workflow specific
        preferences, otherwise update global preferences Sent as `workflowId`.
    schedule (ScheduleDto | Unset, optional):
    context (PatchSubscriberPreferencesDtoContext | Unset, optional):
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    channels: PatchPreferenceChannelsDto | Unset = UNSET
    workflow_id: str | Unset = UNSET
    schedule: ScheduleDto | Unset = UNSET
    context: PatchSubscriberPreferencesDtoContext | Unset = UNSET
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
        if self.channels is not UNSET:
            out["channels"] = _c.encode(self.channels)
        if self.workflow_id is not UNSET:
            out["workflowId"] = self.workflow_id
        if self.schedule is not UNSET:
            out["schedule"] = _c.encode(self.schedule)
        if self.context is not UNSET:
            out["context"] = _c.encode(self.context)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> PatchSubscriberPreferencesDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.channels = _c.model(PatchPreferenceChannelsDto, g("channels", UNSET), "channels")
        self.workflow_id = g("workflowId", UNSET)
        self.schedule = _c.model(ScheduleDto, g("schedule", UNSET), "schedule")
        self.context = _c.model(PatchSubscriberPreferencesDtoContext, g("context", UNSET), "context")
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
