# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""StepExecutionDetailDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.execution_details_status_enum import ExecutionDetailsStatusEnum
from novu_api.models.step_execution_detail_dto_raw import StepExecutionDetailDtoRaw

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "_id",
        "status",
        "detail",
        "createdAt",
        "providerId",
        "raw",
    )
)


@_define(kw_only=True)
class StepExecutionDetailDto(_c.Model):
    """Attributes:
        id (str): Unique identifier of the execution detail Sent as `_id`.
        status (ExecutionDetailsStatusEnum | str): Status of the execution detail
        detail (str): Detailed information about the execution
        created_at (str | Unset, optional): Creation time of the execution detail Sent as `createdAt`.
        provider_id (str | Unset, optional): Provider identifier Sent as `providerId`.
        raw (StepExecutionDetailDtoRaw | Mapping[str, Any] | None | Unset, optional): Raw data of the execution
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    id: str
    status: ExecutionDetailsStatusEnum | str
    detail: str
    created_at: str | Unset = UNSET
    provider_id: str | Unset = UNSET
    raw: StepExecutionDetailDtoRaw | Mapping[str, Any] | None | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> StepExecutionDetailDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not StepExecutionDetailDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> StepExecutionDetailDto:
    self: StepExecutionDetailDto = _c._new(StepExecutionDetailDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 3
    try:
        v = src["_id"]
    except KeyError:
        v = _c.off(self, ("_id",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("_id",), v, "a string")
    self.id = v
    try:
        v = src["status"]
    except KeyError:
        v = _c.off(
            self,
            ("status",),
            UNSET,
            "one of 'Success', 'Warning', 'Failed', 'Pending', 'Queued', 'ReadConfirmation'",
        )
        n -= 1
    else:
        v = _c.enum_in(self, "status", v, ExecutionDetailsStatusEnum)
    self.status = v
    try:
        v = src["detail"]
    except KeyError:
        v = _c.off(self, ("detail",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("detail",), v, "a string")
    self.detail = v
    if "createdAt" in src:
        v = src["createdAt"]
        if v.__class__ is not str:
            v = _c.off(self, ("createdAt",), v, "a string")
        self.created_at = v
        n += 1
    else:
        self.created_at = UNSET
    if "providerId" in src:
        v = src["providerId"]
        if v.__class__ is not str:
            v = _c.off(self, ("providerId",), v, "a string")
        self.provider_id = v
        n += 1
    else:
        self.provider_id = UNSET
    if "raw" in src:
        v = src["raw"]
        if v is not None:
            if v.__class__ is dict:
                try:
                    v = StepExecutionDetailDtoRaw._make(v, lazy)
                except _c.DecodeError as exc:
                    exc.path.insert(0, "raw")
                    raise
            else:
                v = _c.off(self, ("raw",), v, "an object (StepExecutionDetailDtoRaw) or null")
        self.raw = v
        n += 1
    else:
        self.raw = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


StepExecutionDetailDto._make = _make
StepExecutionDetailDto._decode = _decode
StepExecutionDetailDto._Pending = _c.pending(StepExecutionDetailDto)
StepExecutionDetailDto._SPEC = _c.ModelSpec(
    StepExecutionDetailDto,
    (
        ("_id", "id", True, ("str",)),
        ("status", "status", True, ("enum", ExecutionDetailsStatusEnum)),
        ("detail", "detail", True, ("str",)),
        ("createdAt", "created_at", False, ("str",)),
        ("providerId", "provider_id", False, ("str",)),
        (
            "raw",
            "raw",
            False,
            (
                "union",
                (
                    ("model", StepExecutionDetailDtoRaw),
                    ("null",),
                ),
            ),
        ),
    ),
)
