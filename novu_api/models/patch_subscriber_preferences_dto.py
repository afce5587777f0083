# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""PatchSubscriberPreferencesDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.patch_preference_channels_dto import PatchPreferenceChannelsDto
from novu_api.models.patch_subscriber_preferences_dto_context import PatchSubscriberPreferencesDtoContext
from novu_api.models.schedule_dto import ScheduleDto

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "channels",
        "workflowId",
        "schedule",
        "context",
    )
)


@_define(kw_only=True)
class PatchSubscriberPreferencesDto(_c.Model):
    """Attributes:
        channels (PatchPreferenceChannelsDto | Unset, optional):
        workflow_id (str | Unset, optional): Workflow internal _id, identifier or slug. If provided, update workflow specific
            preferences, otherwise update global preferences Sent as `workflowId`.
        schedule (ScheduleDto | Unset, optional):
        context (PatchSubscriberPreferencesDtoContext | Mapping[str, Any] | Unset, optional):
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    channels: PatchPreferenceChannelsDto | Unset = UNSET
    workflow_id: str | Unset = UNSET
    schedule: ScheduleDto | Unset = UNSET
    context: PatchSubscriberPreferencesDtoContext | Mapping[str, Any] | Unset = UNSET
    # None until asked for or until the server sends undeclared fields: nothing is kept per
    # model when there are none (a decoded model does not hold on to its wire object).
    _extra: dict[str, Any] | None = _field(default=None, alias="additional_properties", eq=False, repr=False)
    # What the generator knows about the fields (names, types, required set), set at the end of
    # this module; the encoder, the input checks and the union picker read it.
    _SPEC: ClassVar[_c.ModelSpec]

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
        """The JSON object this model is sent as; values are checked as they are encoded."""
        return _c.to_wire(self)

    @classmethod
    def _eager(cls, src: Any, lazy: bool = False) -> PatchSubscriberPreferencesDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not PatchSubscriberPreferencesDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> PatchSubscriberPreferencesDto:
    self: PatchSubscriberPreferencesDto = _c._new(PatchSubscriberPreferencesDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 0
    if "channels" in src:
        v = src["channels"]
        if v.__class__ is dict:
            try:
                v = PatchPreferenceChannelsDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "channels")
                raise
        else:
            v = _c.off(self, ("channels",), v, "an object (PatchPreferenceChannelsDto)")
        self.channels = v
        n += 1
    else:
        self.channels = UNSET
    if "workflowId" in src:
        v = src["workflowId"]
        if v.__class__ is not str:
            v = _c.off(self, ("workflowId",), v, "a string")
        self.workflow_id = v
        n += 1
    else:
        self.workflow_id = UNSET
    if "schedule" in src:
        v = src["schedule"]
        if v.__class__ is dict:
            try:
                v = ScheduleDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "schedule")
                raise
        else:
            v = _c.off(self, ("schedule",), v, "an object (ScheduleDto)")
        self.schedule = v
        n += 1
    else:
        self.schedule = UNSET
    if "context" in src:
        v = src["context"]
        if v.__class__ is dict:
            try:
                v = PatchSubscriberPreferencesDtoContext._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "context")
                raise
        else:
            v = _c.off(self, ("context",), v, "an object (PatchSubscriberPreferencesDtoContext)")
        self.context = v
        n += 1
    else:
        self.context = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


PatchSubscriberPreferencesDto._make = _make
PatchSubscriberPreferencesDto._decode = _decode
PatchSubscriberPreferencesDto._Pending = _c.pending(PatchSubscriberPreferencesDto)
PatchSubscriberPreferencesDto._SPEC = _c.ModelSpec(
    PatchSubscriberPreferencesDto,
    (
        ("channels", "channels", False, ("model", PatchPreferenceChannelsDto)),
        ("workflowId", "workflow_id", False, ("str",)),
        ("schedule", "schedule", False, ("model", ScheduleDto)),
        ("context", "context", False, ("model", PatchSubscriberPreferencesDtoContext)),
    ),
)
