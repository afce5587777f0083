# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""SubscriptionPreferenceDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.subscription_preference_dto_condition import SubscriptionPreferenceDtoCondition
from novu_api.models.workflow_dto import WorkflowDto

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "subscriptionId",
        "enabled",
        "workflow",
        "condition",
    )
)


@_define(kw_only=True)
class SubscriptionPreferenceDto(_c.Model):
    """Attributes:
        subscription_id (str): The unique identifier of the subscription Sent as `subscriptionId`.
        enabled (bool): Whether the preference is enabled
        workflow (WorkflowDto | None | Unset, optional): Workflow information if this is a template-level preference
        condition (SubscriptionPreferenceDtoCondition | Mapping[str, Any] | Unset, optional): Optional JSON Logic condition evaluated against the trigger payload at fan-out time (for
            example, `{ "var": "payload.tier" }`)
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    subscription_id: str
    enabled: bool
    workflow: WorkflowDto | None | Unset = UNSET
    condition: SubscriptionPreferenceDtoCondition | Mapping[str, Any] | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> SubscriptionPreferenceDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not SubscriptionPreferenceDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> SubscriptionPreferenceDto:
    self: SubscriptionPreferenceDto = _c._new(SubscriptionPreferenceDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 2
    try:
        v = src["subscriptionId"]
    except KeyError:
        v = _c.off(self, ("subscriptionId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("subscriptionId",), v, "a string")
    self.subscription_id = v
    try:
        v = src["enabled"]
    except KeyError:
        v = _c.off(self, ("enabled",), UNSET, "a boolean")
        n -= 1
    else:
        if v.__class__ is not bool:
            v = _c.off(self, ("enabled",), v, "a boolean")
    self.enabled = v
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
        if v.__class__ is dict:
            try:
                v = SubscriptionPreferenceDtoCondition._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "condition")
                raise
        else:
            v = _c.off(self, ("condition",), v, "an object (SubscriptionPreferenceDtoCondition)")
        self.condition = v
        n += 1
    else:
        self.condition = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


SubscriptionPreferenceDto._make = _make
SubscriptionPreferenceDto._decode = _decode
SubscriptionPreferenceDto._Pending = _c.pending(SubscriptionPreferenceDto)
SubscriptionPreferenceDto._SPEC = _c.ModelSpec(
    SubscriptionPreferenceDto,
    (
        ("subscriptionId", "subscription_id", True, ("str",)),
        ("enabled", "enabled", True, ("bool",)),
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
        ("condition", "condition", False, ("model", SubscriptionPreferenceDtoCondition)),
    ),
)
