# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""ControlsMetadataDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.controls_metadata_dto_data_schema import ControlsMetadataDtoDataSchema
from novu_api.models.ui_schema import UiSchema

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "dataSchema",
        "uiSchema",
    )
)


@_define(kw_only=True)
class ControlsMetadataDto(_c.Model):
    """Attributes:
        data_schema (ControlsMetadataDtoDataSchema | Mapping[str, Any] | Unset, optional): JSON Schema for data Sent as `dataSchema`.
        ui_schema (UiSchema | Unset, optional):  Sent as `uiSchema`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    data_schema: ControlsMetadataDtoDataSchema | Mapping[str, Any] | Unset = UNSET
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

    @classmethod
    def _eager(cls, src: Any, lazy: bool = False) -> ControlsMetadataDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not ControlsMetadataDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> ControlsMetadataDto:
    self: ControlsMetadataDto = _c._new(ControlsMetadataDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 0
    if "dataSchema" in src:
        v = src["dataSchema"]
        if v.__class__ is dict:
            try:
                v = ControlsMetadataDtoDataSchema._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "dataSchema")
                raise
        else:
            v = _c.off(self, ("dataSchema",), v, "an object (ControlsMetadataDtoDataSchema)")
        self.data_schema = v
        n += 1
    else:
        self.data_schema = UNSET
    if "uiSchema" in src:
        v = src["uiSchema"]
        if v.__class__ is dict:
            try:
                v = UiSchema._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "uiSchema")
                raise
        else:
            v = _c.off(self, ("uiSchema",), v, "an object (UiSchema)")
        self.ui_schema = v
        n += 1
    else:
        self.ui_schema = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


ControlsMetadataDto._make = _make
ControlsMetadataDto._decode = _decode
ControlsMetadataDto._Pending = _c.pending(ControlsMetadataDto)
ControlsMetadataDto._SPEC = _c.ModelSpec(
    ControlsMetadataDto,
    (
        ("dataSchema", "data_schema", False, ("model", ControlsMetadataDtoDataSchema)),
        ("uiSchema", "ui_schema", False, ("model", UiSchema)),
    ),
)
