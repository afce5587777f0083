# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""SubscriptionPreferenceDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.subscription_preference_dto_condition import SubscriptionPreferenceDtoCondition
from novu_api.models.workflow_dto import WorkflowDto

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "subscriptionId",
        "enabled",
        "workflow",
        "condition",
    )
)


@_define(kw_only=True)
class SubscriptionPreferenceDto:
    """Attributes:
    subscription_id (str): The unique identifier of the subscription Sent as `subscriptionId`.
    enabled (bool): Whether the preference is enabled
    workflow (None | WorkflowDto | Unset, optional): Workflow information if this is a template-level preference
    condition (SubscriptionPreferenceDtoCondition | Unset, optional): Optional JSON Logic condition evaluated against the trigger payload at fan-out time (for
        example, `{ "var": "payload.tier" }`)
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    subscription_id: str
    enabled: bool
    workflow: None | WorkflowDto | Unset = UNSET
    condition: SubscriptionPreferenceDtoCondition | Unset = UNSET
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
        if self.subscription_id is not UNSET:
            out["subscriptionId"] = self.subscription_id
        if self.enabled is not UNSET:
            out["enabled"] = self.enabled
        if self.workflow is not UNSET:
            out["workflow"] = _c.encode(self.workflow)
        if self.condition is not UNSET:
            out["condition"] = _c.encode(self.condition)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> SubscriptionPreferenceDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.subscription_id = g("subscriptionId", UNSET)
        self.enabled = g("enabled", UNSET)
        self.workflow = _c.union((WorkflowDto,), g("workflow", UNSET), "workflow")
        self.condition = _c.model(SubscriptionPreferenceDtoCondition, g("condition", UNSET), "condition")
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
