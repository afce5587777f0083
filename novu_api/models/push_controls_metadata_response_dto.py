# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""PushControlsMetadataResponseDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.push_control_dto import PushControlDto
from novu_api.models.push_controls_metadata_response_dto_data_schema import (
    PushControlsMetadataResponseDtoDataSchema,
)
from novu_api.models.ui_schema import UiSchema

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "values",
        "dataSchema",
        "uiSchema",
    )
)


@_define(kw_only=True)
class PushControlsMetadataResponseDto(_c.Model):
    """Attributes:
        values (PushControlDto):
        data_schema (PushControlsMetadataResponseDtoDataSchema | Mapping[str, Any] | Unset, optional): JSON Schema for data Sent as `dataSchema`.
        ui_schema (UiSchema | Unset, optional):  Sent as `uiSchema`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    values: PushControlDto
    data_schema: PushControlsMetadataResponseDtoDataSchema | Mapping[str, Any] | Unset = UNSET
    ui_schema: UiSchema | Unset = UNSET
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

    def _fill(self) -> None:
        # Decode the wire object `from_dict` kept (see `_c.Model`), in place.
        src = self._src
        if src is None:
            return
        if self.__class__ is not PushControlsMetadataResponseDto:
            return _c.fill_subclass(self, src, _decode)
        _c._put(self, "__class__", _Filling)  # plain slot writes while decoding
        try:
            _decode(self, src, False)
        finally:
            _c._put(self, "__class__", PushControlsMetadataResponseDto)

    @classmethod
    def _eager(cls, src: Any, lazy: bool = False) -> PushControlsMetadataResponseDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not PushControlsMetadataResponseDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        self: PushControlsMetadataResponseDto = object.__new__(_Filling)
        _decode(self, src, lazy)
        _c._put(self, "__class__", PushControlsMetadataResponseDto)
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The same object while `_decode` writes its fields (plain slot writes); the class is put back after.
_Filling = _c.filling(PushControlsMetadataResponseDto)


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare; `self` is a `_Filling`.
    g = src.get
    v = g("values", UNSET)
    if v is not UNSET:
        v = _c.model_in(self, "values", v, PushControlDto, lazy)
    elif v is UNSET:
        v = _c.off(self, ("values",), v, "an object (PushControlDto)")
    self.values = v
    v = g("dataSchema", UNSET)
    if v is not UNSET:
        v = _c.model_in(self, "dataSchema", v, PushControlsMetadataResponseDtoDataSchema, lazy)
    self.data_schema = v
    v = g("uiSchema", UNSET)
    if v is not UNSET:
        v = _c.model_in(self, "uiSchema", v, UiSchema, lazy)
    self.ui_schema = v
    self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
    self._src = None


PushControlsMetadataResponseDto._SPEC = _c.ModelSpec(
    PushControlsMetadataResponseDto,
    (
        ("values", "values", True, ("model", PushControlDto)),
        ("dataSchema", "data_schema", False, ("model", PushControlsMetadataResponseDtoDataSchema)),
        ("uiSchema", "ui_schema", False, ("model", UiSchema)),
    ),
)
