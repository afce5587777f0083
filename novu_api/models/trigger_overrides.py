# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""TriggerOverrides"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.channel_overrides import ChannelOverrides
from novu_api.models.severity_level_enum import SeverityLevelEnum
from novu_api.models.trigger_overrides_chat import TriggerOverridesChat
from novu_api.models.trigger_overrides_email import TriggerOverridesEmail
from novu_api.models.trigger_overrides_providers import TriggerOverridesProviders
from novu_api.models.trigger_overrides_push import TriggerOverridesPush
from novu_api.models.trigger_overrides_sms import TriggerOverridesSms
from novu_api.models.trigger_overrides_steps import TriggerOverridesSteps

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "steps",
        "channels",
        "providers",
        "email",
        "push",
        "sms",
        "chat",
        "layoutIdentifier",
        "severity",
    )
)


@_define(kw_only=True)
class TriggerOverrides(_c.Model):
    """Attributes:
        steps (TriggerOverridesSteps | Mapping[str, Any] | Unset, optional): This could be used to override provider specific configurations or layout at the step
            level
        channels (ChannelOverrides | Unset, optional):
        providers (TriggerOverridesProviders | Mapping[str, Any] | Unset, optional): Overrides the provider configuration for the entire workflow and all steps
        email (TriggerOverridesEmail | Mapping[str, Any] | Unset, optional): Override the email provider specific configurations for the entire workflow
        push (TriggerOverridesPush | Mapping[str, Any] | Unset, optional): Override the push provider specific configurations for the entire workflow
        sms (TriggerOverridesSms | Mapping[str, Any] | Unset, optional): Override the sms provider specific configurations for the entire workflow
        chat (TriggerOverridesChat | Mapping[str, Any] | Unset, optional): Override the chat provider specific configurations for the entire workflow
        layout_identifier (str | Unset, optional): Override the layout identifier for the entire workflow Sent as `layoutIdentifier`.
        severity (SeverityLevelEnum | str | Unset, optional): Severity of the workflow
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    steps: TriggerOverridesSteps | Mapping[str, Any] | Unset = UNSET
    channels: ChannelOverrides | Unset = UNSET
    providers: TriggerOverridesProviders | Mapping[str, Any] | Unset = UNSET
    email: TriggerOverridesEmail | Mapping[str, Any] | Unset = UNSET
    push: TriggerOverridesPush | Mapping[str, Any] | Unset = UNSET
    sms: TriggerOverridesSms | Mapping[str, Any] | Unset = UNSET
    chat: TriggerOverridesChat | Mapping[str, Any] | Unset = UNSET
    layout_identifier: str | Unset = UNSET
    severity: SeverityLevelEnum | str | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> TriggerOverrides:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not TriggerOverrides:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> TriggerOverrides:
    self: TriggerOverrides = _c._new(TriggerOverrides)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 0
    if "steps" in src:
        v = src["steps"]
        if v.__class__ is dict:
            try:
                v = TriggerOverridesSteps._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "steps")
                raise
        else:
            v = _c.off(self, ("steps",), v, "an object (TriggerOverridesSteps)")
        self.steps = v
        n += 1
    else:
        self.steps = UNSET
    if "channels" in src:
        v = src["channels"]
        if v.__class__ is dict:
            try:
                v = ChannelOverrides._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "channels")
                raise
        else:
            v = _c.off(self, ("channels",), v, "an object (ChannelOverrides)")
        self.channels = v
        n += 1
    else:
        self.channels = UNSET
    if "providers" in src:
        v = src["providers"]
        if v.__class__ is dict:
            try:
                v = TriggerOverridesProviders._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "providers")
                raise
        else:
            v = _c.off(self, ("providers",), v, "an object (TriggerOverridesProviders)")
        self.providers = v
        n += 1
    else:
        self.providers = UNSET
    if "email" in src:
        v = src["email"]
        if v.__class__ is dict:
            try:
                v = TriggerOverridesEmail._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "email")
                raise
        else:
            v = _c.off(self, ("email",), v, "an object (TriggerOverridesEmail)")
        self.email = v
        n += 1
    else:
        self.email = UNSET
    if "push" in src:
        v = src["push"]
        if v.__class__ is dict:
            try:
                v = TriggerOverridesPush._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "push")
                raise
        else:
            v = _c.off(self, ("push",), v, "an object (TriggerOverridesPush)")
        self.push = v
        n += 1
    else:
        self.push = UNSET
    if "sms" in src:
        v = src["sms"]
        if v.__class__ is dict:
            try:
                v = TriggerOverridesSms._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "sms")
                raise
        else:
            v = _c.off(self, ("sms",), v, "an object (TriggerOverridesSms)")
        self.sms = v
        n += 1
    else:
        self.sms = UNSET
    if "chat" in src:
        v = src["chat"]
        if v.__class__ is dict:
            try:
                v = TriggerOverridesChat._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "chat")
                raise
        else:
            v = _c.off(self, ("chat",), v, "an object (TriggerOverridesChat)")
        self.chat = v
        n += 1
    else:
        self.chat = UNSET
    if "layoutIdentifier" in src:
        v = src["layoutIdentifier"]
        if v.__class__ is not str:
            v = _c.off(self, ("layoutIdentifier",), v, "a string")
        self.layout_identifier = v
        n += 1
    else:
        self.layout_identifier = UNSET
    if "severity" in src:
        v = src["severity"]
        v = _c.enum_in(self, "severity", v, SeverityLevelEnum)
        self.severity = v
        n += 1
    else:
        self.severity = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


TriggerOverrides._make = _make
TriggerOverrides._decode = _decode
TriggerOverrides._Pending = _c.pending(TriggerOverrides)
TriggerOverrides._SPEC = _c.ModelSpec(
    TriggerOverrides,
    (
        ("steps", "steps", False, ("model", TriggerOverridesSteps)),
        ("channels", "channels", False, ("model", ChannelOverrides)),
        ("providers", "providers", False, ("model", TriggerOverridesProviders)),
        ("email", "email", False, ("model", TriggerOverridesEmail)),
        ("push", "push", False, ("model", TriggerOverridesPush)),
        ("sms", "sms", False, ("model", TriggerOverridesSms)),
        ("chat", "chat", False, ("model", TriggerOverridesChat)),
        ("layoutIdentifier", "layout_identifier", False, ("str",)),
        ("severity", "severity", False, ("enum", SeverityLevelEnum)),
    ),
)
