# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""ActivityNotificationTemplateResponseDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.notification_trigger_dto import NotificationTriggerDto
from novu_api.models.resource_origin_enum import ResourceOriginEnum

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "name",
        "triggers",
        "_id",
        "origin",
    )
)


@_define(kw_only=True)
class ActivityNotificationTemplateResponseDto:
    """Attributes:
    name (str): Name of the template
    triggers (list[NotificationTriggerDto]): Triggers of the template
    id (str | Unset, optional): Unique identifier of the template Sent as `_id`.
    origin (ResourceOriginEnum | str | Unset, optional): Origin of the layout
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    name: str
    triggers: list[NotificationTriggerDto]
    id: str | Unset = UNSET
    origin: ResourceOriginEnum | str | Unset = UNSET
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
        if self.triggers is not UNSET:
            out["triggers"] = _c.encode(self.triggers)
        if self.id is not UNSET:
            out["_id"] = self.id
        if self.origin is not UNSET:
            out["origin"] = _c.encode(self.origin)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> ActivityNotificationTemplateResponseDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.name = g("name", UNSET)
        self.triggers = _c.model_list(NotificationTriggerDto, g("triggers", UNSET), "triggers")
        self.id = g("_id", UNSET)
        self.origin = _c.enum_value(ResourceOriginEnum, g("origin", UNSET))
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
