# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""NotificationTriggerDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.notification_trigger_dto_type import NotificationTriggerDtoType
from novu_api.models.notification_trigger_variable import NotificationTriggerVariable

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "type",
        "identifier",
        "variables",
        "subscriberVariables",
    )
)


@_define(kw_only=True)
class NotificationTriggerDto:
    """Attributes:
    type_ (NotificationTriggerDtoType | str): Type of the trigger Sent as `type`.
    identifier (str): Identifier of the trigger
    variables (list[NotificationTriggerVariable]): Variables of the trigger
    subscriber_variables (list[NotificationTriggerVariable] | Unset, optional): Subscriber variables of the trigger Sent as `subscriberVariables`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    type_: NotificationTriggerDtoType | str
    identifier: str
    variables: list[NotificationTriggerVariable]
    subscriber_variables: list[NotificationTriggerVariable] | Unset = UNSET
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
        if self.type_ is not UNSET:
            out["type"] = _c.encode(self.type_)
        if self.identifier is not UNSET:
            out["identifier"] = self.identifier
        if self.variables is not UNSET:
            out["variables"] = _c.encode(self.variables)
        if self.subscriber_variables is not UNSET:
            out["subscriberVariables"] = _c.encode(self.subscriber_variables)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> NotificationTriggerDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.type_ = _c.enum_value(NotificationTriggerDtoType, g("type", UNSET))
        self.identifier = g("identifier", UNSET)
        self.variables = _c.model_list(NotificationTriggerVariable, g("variables", UNSET), "variables")
        self.subscriber_variables = _c.model_list(
            NotificationTriggerVariable, g("subscriberVariables", UNSET), "subscriberVariables"
        )
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
