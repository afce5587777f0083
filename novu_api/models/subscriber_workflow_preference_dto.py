# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""SubscriberWorkflowPreferenceDto"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.subscriber_preference_channels import SubscriberPreferenceChannels
from novu_api.models.subscriber_preference_override_dto import SubscriberPreferenceOverrideDto
from novu_api.models.subscriber_preferences_workflow_info_dto import SubscriberPreferencesWorkflowInfoDto

from .. import _codec as _c

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
class SubscriberWorkflowPreferenceDto(_c.Model):
    """Attributes:
        enabled (bool): Whether notifications are enabled for this workflow
        channels (SubscriberPreferenceChannels):
        overrides (Sequence[SubscriberPreferenceOverrideDto]): List of preference overrides
        workflow (SubscriberPreferencesWorkflowInfoDto):
        updated_at (str | Unset, optional): Timestamp when the subscriber last updated their preference. Only present if subscriber
            explicitly set preferences. Sent as `updatedAt`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    enabled: bool
    channels: SubscriberPreferenceChannels
    overrides: Sequence[SubscriberPreferenceOverrideDto]
    workflow: SubscriberPreferencesWorkflowInfoDto
    updated_at: str | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> SubscriberWorkflowPreferenceDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not SubscriberWorkflowPreferenceDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> SubscriberWorkflowPreferenceDto:
    self: SubscriberWorkflowPreferenceDto = _c._new(SubscriberWorkflowPreferenceDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 4
    try:
        v = src["enabled"]
    except KeyError:
        v = _c.off(self, ("enabled",), UNSET, "a boolean")
        n -= 1
    else:
        if v.__class__ is not bool:
            v = _c.off(self, ("enabled",), v, "a boolean")
    self.enabled = v
    try:
        v = src["channels"]
    except KeyError:
        v = _c.off(self, ("channels",), UNSET, "an object (SubscriberPreferenceChannels)")
        n -= 1
    else:
        if v.__class__ is dict:
            try:
                v = SubscriberPreferenceChannels._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "channels")
                raise
        else:
            v = _c.off(self, ("channels",), v, "an object (SubscriberPreferenceChannels)")
    self.channels = v
    try:
        v = src["overrides"]
    except KeyError:
        v = _c.off(self, ("overrides",), UNSET, "an array of an object (SubscriberPreferenceOverrideDto)")
        n -= 1
    else:
        v = _c.models_in(self, "overrides", v, SubscriberPreferenceOverrideDto, lazy)
    self.overrides = v
    try:
        v = src["workflow"]
    except KeyError:
        v = _c.off(self, ("workflow",), UNSET, "an object (SubscriberPreferencesWorkflowInfoDto)")
        n -= 1
    else:
        if v.__class__ is dict:
            try:
                v = SubscriberPreferencesWorkflowInfoDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "workflow")
                raise
        else:
            v = _c.off(self, ("workflow",), v, "an object (SubscriberPreferencesWorkflowInfoDto)")
    self.workflow = v
    if "updatedAt" in src:
        v = src["updatedAt"]
        if v.__class__ is not str:
            v = _c.off(self, ("updatedAt",), v, "a string")
        self.updated_at = v
        n += 1
    else:
        self.updated_at = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


SubscriberWorkflowPreferenceDto._make = _make
SubscriberWorkflowPreferenceDto._decode = _decode
SubscriberWorkflowPreferenceDto._Pending = _c.pending(SubscriberWorkflowPreferenceDto)
SubscriberWorkflowPreferenceDto._SPEC = _c.ModelSpec(
    SubscriberWorkflowPreferenceDto,
    (
        ("enabled", "enabled", True, ("bool",)),
        ("channels", "channels", True, ("model", SubscriberPreferenceChannels)),
        ("overrides", "overrides", True, ("list", ("model", SubscriberPreferenceOverrideDto))),
        ("workflow", "workflow", True, ("model", SubscriberPreferencesWorkflowInfoDto)),
        ("updatedAt", "updated_at", False, ("str",)),
    ),
)
