# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""GetPreferencesResponseDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.get_preferences_response_dto_condition import GetPreferencesResponseDtoCondition
from novu_api.models.preference_level_enum import PreferenceLevelEnum
from novu_api.models.subscriber_preference_channels import SubscriberPreferenceChannels
from novu_api.models.workflow_dto import WorkflowDto

from .. import _codec as _c

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
class GetPreferencesResponseDto(_c.Model):
    """Attributes:
        level (PreferenceLevelEnum | str): The level of the preference (global or template)
        enabled (bool): Whether the preference is enabled
        channels (SubscriberPreferenceChannels):
        workflow (WorkflowDto | None | Unset, optional): Workflow information if this is a template-level preference
        condition (GetPreferencesResponseDtoCondition | Mapping[str, Any] | None | Unset, optional): Condition using JSON Logic rules
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    level: PreferenceLevelEnum | str
    enabled: bool
    channels: SubscriberPreferenceChannels
    workflow: WorkflowDto | None | Unset = UNSET
    condition: GetPreferencesResponseDtoCondition | Mapping[str, Any] | None | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> GetPreferencesResponseDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not GetPreferencesResponseDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> GetPreferencesResponseDto:
    self: GetPreferencesResponseDto = _c._new(GetPreferencesResponseDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 3
    try:
        v = src["level"]
    except KeyError:
        v = _c.off(self, ("level",), UNSET, "one of 'global', 'template'")
        n -= 1
    else:
        v = _c.enum_in(self, "level", v, PreferenceLevelEnum)
    self.level = v
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
    if "workflow" in src:
        v = src["workflow"]
        if v is not None:
            if v.__class__ is dict:
                try:
                    v = WorkflowDto._make(v, lazy)
                except _c.DecodeError as exc:
                    exc.path.insert(0, "workflow")
                    raise
            else:
                v = _c.off(self, ("workflow",), v, "an object (WorkflowDto) or null")
        self.workflow = v
        n += 1
    else:
        self.workflow = UNSET
    if "condition" in src:
        v = src["condition"]
        if v is not None:
            if v.__class__ is dict:
                try:
                    v = GetPreferencesResponseDtoCondition._make(v, lazy)
                except _c.DecodeError as exc:
                    exc.path.insert(0, "condition")
                    raise
            else:
                v = _c.off(self, ("condition",), v, "an object (GetPreferencesResponseDtoCondition) or null")
        self.condition = v
        n += 1
    else:
        self.condition = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


GetPreferencesResponseDto._make = _make
GetPreferencesResponseDto._decode = _decode
GetPreferencesResponseDto._Pending = _c.pending(GetPreferencesResponseDto)
GetPreferencesResponseDto._SPEC = _c.ModelSpec(
    GetPreferencesResponseDto,
    (
        ("level", "level", True, ("enum", PreferenceLevelEnum)),
        ("enabled", "enabled", True, ("bool",)),
        ("channels", "channels", True, ("model", SubscriberPreferenceChannels)),
        (
            "workflow",
            "workflow",
            False,
            (
                "union",
                (
                    ("model", WorkflowDto),
                    ("null",),
                ),
            ),
        ),
        (
            "condition",
            "condition",
            False,
            (
                "union",
                (
                    ("model", GetPreferencesResponseDtoCondition),
                    ("null",),
                ),
            ),
        ),
    ),
)
