# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""MetadataDeleteSignalDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.metadata_delete_signal_dto_action import MetadataDeleteSignalDtoAction
from novu_api.models.metadata_delete_signal_dto_type import MetadataDeleteSignalDtoType

from .. import _codec as _c
from .._types import UNSET

_KNOWN: frozenset[str] = frozenset(
    (
        "type",
        "action",
        "key",
    )
)


@_define(kw_only=True)
class MetadataDeleteSignalDto:
    """Attributes:
    type_ (MetadataDeleteSignalDtoType | str):  Sent as `type`.
    action (MetadataDeleteSignalDtoAction | str):
    key (str): Metadata key to remove.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    type_: MetadataDeleteSignalDtoType | str
    action: MetadataDeleteSignalDtoAction | str
    key: str
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
        if self.action is not UNSET:
            out["action"] = _c.encode(self.action)
        if self.key is not UNSET:
            out["key"] = self.key
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> MetadataDeleteSignalDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.type_ = _c.enum_value(MetadataDeleteSignalDtoType, g("type", UNSET))
        self.action = _c.enum_value(MetadataDeleteSignalDtoAction, g("action", UNSET))
        self.key = g("key", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
