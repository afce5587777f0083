# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""MetadataSetSignalDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.metadata_set_signal_dto_action import MetadataSetSignalDtoAction
from novu_api.models.metadata_set_signal_dto_type import MetadataSetSignalDtoType
from novu_api.models.metadata_set_signal_dto_value import MetadataSetSignalDtoValue

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "type",
        "key",
        "value",
        "action",
    )
)


@_define(kw_only=True)
class MetadataSetSignalDto:
    """Attributes:
    type_ (MetadataSetSignalDtoType | str):  Sent as `type`.
    key (str): Metadata key (1–128 chars; letters, digits, and `-` `_` `:` separators).
    value (MetadataSetSignalDtoValue): JSON-serializable value to store.
    action (MetadataSetSignalDtoAction | str | Unset, optional): Defaults to `set` when omitted.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    type_: MetadataSetSignalDtoType | str
    key: str
    value: MetadataSetSignalDtoValue
    action: MetadataSetSignalDtoAction | str | Unset = UNSET
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
        if self.key is not UNSET:
            out["key"] = self.key
        if self.value is not UNSET:
            out["value"] = _c.encode(self.value)
        if self.action is not UNSET:
            out["action"] = _c.encode(self.action)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> MetadataSetSignalDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.type_ = _c.enum_value(MetadataSetSignalDtoType, g("type", UNSET))
        self.key = g("key", UNSET)
        self.value = _c.model(MetadataSetSignalDtoValue, g("value", UNSET), "value")
        self.action = _c.enum_value(MetadataSetSignalDtoAction, g("action", UNSET))
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
