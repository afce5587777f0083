# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""TranslationResponseDtoContent: Translation content as JSON object"""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(())


@_define(kw_only=True)
class TranslationResponseDtoContent(_c.Model):
    """Translation content as JSON object

    Attributes:
            additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

        Nested mappings given for model fields may use wire names or Python names (Python names are
        sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
        decoded response had that its schema does not allow.
    """

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
    def _eager(cls, src: Any, lazy: bool = False) -> TranslationResponseDtoContent:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not TranslationResponseDtoContent:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> TranslationResponseDtoContent:
    self: TranslationResponseDtoContent = _c._new(TranslationResponseDtoContent)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    self._extra = dict(src) if src else None  # a free-form object: every field is its own


TranslationResponseDtoContent._make = _make
TranslationResponseDtoContent._decode = _decode
TranslationResponseDtoContent._Pending = _c.pending(TranslationResponseDtoContent)
TranslationResponseDtoContent._SPEC = _c.ModelSpec(
    TranslationResponseDtoContent,
    (),
)
