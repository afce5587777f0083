# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""ImportMasterJsonResponseDto"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "success",
        "message",
        "successful",
        "failed",
    )
)


@_define(kw_only=True)
class ImportMasterJsonResponseDto(_c.Model):
    """Attributes:
        success (bool): Overall success status of the import operation
        message (str): Human-readable message describing the import result
        successful (Sequence[str] | Unset, optional): List of resource IDs that were successfully imported
        failed (Sequence[str] | Unset, optional): List of resource IDs that failed to import
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    success: bool
    message: str
    successful: Sequence[str] | Unset = UNSET
    failed: Sequence[str] | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> ImportMasterJsonResponseDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not ImportMasterJsonResponseDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> ImportMasterJsonResponseDto:
    self: ImportMasterJsonResponseDto = _c._new(ImportMasterJsonResponseDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 2
    try:
        v = src["success"]
    except KeyError:
        v = _c.off(self, ("success",), UNSET, "a boolean")
        n -= 1
    else:
        if v.__class__ is not bool:
            v = _c.off(self, ("success",), v, "a boolean")
    self.success = v
    try:
        v = src["message"]
    except KeyError:
        v = _c.off(self, ("message",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("message",), v, "a string")
    self.message = v
    if "successful" in src:
        v = src["successful"]
        v = _c.scalars_in(self, "successful", v, (str,), "a string")
        self.successful = v
        n += 1
    else:
        self.successful = UNSET
    if "failed" in src:
        v = src["failed"]
        v = _c.scalars_in(self, "failed", v, (str,), "a string")
        self.failed = v
        n += 1
    else:
        self.failed = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


ImportMasterJsonResponseDto._make = _make
ImportMasterJsonResponseDto._decode = _decode
ImportMasterJsonResponseDto._Pending = _c.pending(ImportMasterJsonResponseDto)
ImportMasterJsonResponseDto._SPEC = _c.ModelSpec(
    ImportMasterJsonResponseDto,
    (
        ("success", "success", True, ("bool",)),
        ("message", "message", True, ("str",)),
        ("successful", "successful", False, ("list", ("str",))),
        ("failed", "failed", False, ("list", ("str",))),
    ),
)
