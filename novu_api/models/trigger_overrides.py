# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""TriggerOverrides"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.channel_overrides import ChannelOverrides
from novu_api.models.severity_level_enum import SeverityLevelEnum
from novu_api.models.trigger_overrides_chat import TriggerOverridesChat
from novu_api.models.trigger_overrides_email import TriggerOverridesEmail
from novu_api.models.trigger_overrides_providers import TriggerOverridesProviders
from novu_api.models.trigger_overrides_push import TriggerOverridesPush
from novu_api.models.trigger_overrides_sms import TriggerOverridesSms
from novu_api.models.trigger_overrides_steps import TriggerOverridesSteps

from .. import _codec as _c
from .._types import UNSET, Unset

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
class TriggerOverrides:
    """Attributes:
    steps (TriggerOverridesSteps | Unset, optional): This could be used to override provider specific configurations or layout at the step
        level
    channels (ChannelOverrides | Unset, optional):
    providers (TriggerOverridesProviders | Unset, optional): Overrides the provider configuration for the entire workflow and all steps
    email (TriggerOverridesEmail | Unset, optional): Override the email provider specific configurations for the entire workflow
    push (TriggerOverridesPush | Unset, optional): Override the push provider specific configurations for the entire workflow
    sms (TriggerOverridesSms | Unset, optional): Override the sms provider specific configurations for the entire workflow
    chat (TriggerOverridesChat | Unset, optional): Override the chat provider specific configurations for the entire workflow
    layout_identifier (str | Unset, optional): Override the layout identifier for the entire workflow Sent as `layoutIdentifier`.
    severity (SeverityLevelEnum | str | Unset, optional): Severity of the workflow
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    steps: TriggerOverridesSteps | Unset = UNSET
    channels: ChannelOverrides | Unset = UNSET
    providers: TriggerOverridesProviders | Unset = UNSET
    email: TriggerOverridesEmail | Unset = UNSET
    push: TriggerOverridesPush | Unset = UNSET
    sms: TriggerOverridesSms | Unset = UNSET
    chat: TriggerOverridesChat | Unset = UNSET
    layout_identifier: str | Unset = UNSET
    severity: SeverityLevelEnum | str | Unset = UNSET
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
        if self.steps is not UNSET:
            out["steps"] = _c.encode(self.steps)
        if self.channels is not UNSET:
            out["channels"] = _c.encode(self.channels)
        if self.providers is not UNSET:
            out["providers"] = _c.encode(self.providers)
        if self.email is not UNSET:
            out["email"] = _c.encode(self.email)
        if self.push is not UNSET:
            out["push"] = _c.encode(self.push)
        if self.sms is not UNSET:
            out["sms"] = _c.encode(self.sms)
        if self.chat is not UNSET:
            out["chat"] = _c.encode(self.chat)
        if self.layout_identifier is not UNSET:
            out["layoutIdentifier"] = self.layout_identifier
        if self.severity is not UNSET:
            out["severity"] = _c.encode(self.severity)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> TriggerOverrides:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.steps = _c.model(TriggerOverridesSteps, g("steps", UNSET), "steps")
        self.channels = _c.model(ChannelOverrides, g("channels", UNSET), "channels")
        self.providers = _c.model(TriggerOverridesProviders, g("providers", UNSET), "providers")
        self.email = _c.model(TriggerOverridesEmail, g("email", UNSET), "email")
        self.push = _c.model(TriggerOverridesPush, g("push", UNSET), "push")
        self.sms = _c.model(TriggerOverridesSms, g("sms", UNSET), "sms")
        self.chat = _c.model(TriggerOverridesChat, g("chat", UNSET), "chat")
        self.layout_identifier = g("layoutIdentifier", UNSET)
        self.severity = _c.enum_value(SeverityLevelEnum, g("severity", UNSET))
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
