# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""MetadataSetSignalDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.metadata_set_signal_dto_action import MetadataSetSignalDtoAction
from novu_api.models.metadata_set_signal_dto_type import MetadataSetSignalDtoType
from novu_api.models.metadata_set_signal_dto_value import MetadataSetSignalDtoValue

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "type",
        "key",
        "value",
        "action",
    )
)


@_define(kw_only=True)
class MetadataSetSignalDto(_c.Model):
    """Attributes:
        type_ (MetadataSetSignalDtoType | str):  Sent as `type`.
        key (str): Metadata key (1–128 chars; letters, digits, and `-` `_` `:` separators).
        value (MetadataSetSignalDtoValue | Mapping[str, Any]): JSON-serializable value to store.
        action (MetadataSetSignalDtoAction | str | Unset, optional): Defaults to `set` when omitted.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    type_: MetadataSetSignalDtoType | str
    key: str
    value: MetadataSetSignalDtoValue | Mapping[str, Any]
    action: MetadataSetSignalDtoAction | str | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> MetadataSetSignalDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not MetadataSetSignalDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> MetadataSetSignalDto:
    self: MetadataSetSignalDto = _c._new(MetadataSetSignalDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 3
    try:
        v = src["type"]
    except KeyError:
        v = _c.off(self, ("type",), UNSET, "one of 'metadata'")
        n -= 1
    else:
        v = _c.enum_in(self, "type", v, MetadataSetSignalDtoType)
    self.type_ = v
    try:
        v = src["key"]
    except KeyError:
        v = _c.off(self, ("key",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("key",), v, "a string")
    self.key = v
    try:
        v = src["value"]
    except KeyError:
        v = _c.off(self, ("value",), UNSET, "an object (MetadataSetSignalDtoValue)")
        n -= 1
    else:
        if v.__class__ is dict:
            try:
                v = MetadataSetSignalDtoValue._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "value")
                raise
        else:
            v = _c.off(self, ("value",), v, "an object (MetadataSetSignalDtoValue)")
    self.value = v
    if "action" in src:
        v = src["action"]
        v = _c.enum_in(self, "action", v, MetadataSetSignalDtoAction)
        self.action = v
        n += 1
    else:
        self.action = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


MetadataSetSignalDto._make = _make
MetadataSetSignalDto._decode = _decode
MetadataSetSignalDto._Pending = _c.pending(MetadataSetSignalDto)
MetadataSetSignalDto._SPEC = _c.ModelSpec(
    MetadataSetSignalDto,
    (
        ("type", "type_", True, ("enum", MetadataSetSignalDtoType)),
        ("key", "key", True, ("str",)),
        ("value", "value", True, ("model", MetadataSetSignalDtoValue)),
        ("action", "action", False, ("enum", MetadataSetSignalDtoAction)),
    ),
)
