# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""UpdateTopicSubscriptionRequestDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.group_preference_filter_dto import GroupPreferenceFilterDto
from novu_api.models.workflow_preference_request_dto import WorkflowPreferenceRequestDto

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "name",
        "preferences",
    )
)


@_define(kw_only=True)
class UpdateTopicSubscriptionRequestDto:
    """Attributes:
    name (str | Unset, optional): The name of the subscription
    preferences (list[GroupPreferenceFilterDto | str | WorkflowPreferenceRequestDto] | Unset, optional): The preferences of the topic. Can be a simple workflow ID string, workflow preference
        object, or group filter object
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    name: str | Unset = UNSET
    preferences: list[GroupPreferenceFilterDto | str | WorkflowPreferenceRequestDto] | Unset = UNSET
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
        if self.name is not UNSET:
            out["name"] = self.name
        if self.preferences is not UNSET:
            out["preferences"] = _c.encode(self.preferences)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> UpdateTopicSubscriptionRequestDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.name = g("name", UNSET)
        self.preferences = _c.mapped(
            lambda v: _c.union(
                (
                    WorkflowPreferenceRequestDto,
                    GroupPreferenceFilterDto,
                ),
                v,
                "preferences",
            ),
            g("preferences", UNSET),
        )
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
