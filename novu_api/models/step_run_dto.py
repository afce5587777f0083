# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""StepRunDto"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.digest_metadata_dto import DigestMetadataDto
from novu_api.models.step_execution_detail_dto import StepExecutionDetailDto
from novu_api.models.step_run_dto_status import StepRunDtoStatus

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "stepRunId",
        "stepId",
        "stepType",
        "status",
        "createdAt",
        "updatedAt",
        "executionDetails",
        "providerId",
        "digest",
        "scheduleExtensionsCount",
    )
)


@_define(kw_only=True)
class StepRunDto(_c.Model):
    """Attributes:
        step_run_id (str): Step run identifier Sent as `stepRunId`.
        step_id (str): Step identifier Sent as `stepId`.
        step_type (str): Step type Sent as `stepType`.
        status (StepRunDtoStatus | str): Step status
        created_at (datetime.datetime): Creation timestamp Sent as `createdAt`.
        updated_at (datetime.datetime): Update timestamp Sent as `updatedAt`.
        execution_details (Sequence[StepExecutionDetailDto]): Execution details Sent as `executionDetails`.
        provider_id (str | Unset, optional): Provider identifier Sent as `providerId`.
        digest (DigestMetadataDto | Unset, optional):
        schedule_extensions_count (float | Unset, optional): The number of times the digest/delay job has been extended to align with the subscribers
            schedule Sent as `scheduleExtensionsCount`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    step_run_id: str
    step_id: str
    step_type: str
    status: StepRunDtoStatus | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    execution_details: Sequence[StepExecutionDetailDto]
    provider_id: str | Unset = UNSET
    digest: DigestMetadataDto | Unset = UNSET
    schedule_extensions_count: float | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> StepRunDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not StepRunDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> StepRunDto:
    self: StepRunDto = _c._new(StepRunDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 7
    try:
        v = src["stepRunId"]
    except KeyError:
        v = _c.off(self, ("stepRunId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("stepRunId",), v, "a string")
    self.step_run_id = v
    try:
        v = src["stepId"]
    except KeyError:
        v = _c.off(self, ("stepId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("stepId",), v, "a string")
    self.step_id = v
    try:
        v = src["stepType"]
    except KeyError:
        v = _c.off(self, ("stepType",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("stepType",), v, "a string")
    self.step_type = v
    try:
        v = src["status"]
    except KeyError:
        v = _c.off(
            self,
            ("status",),
            UNSET,
            "one of 'pending', 'queued', 'running', 'completed', 'failed', 'delayed', 'canceled', 'merged', 'skipped'",
        )
        n -= 1
    else:
        v = _c.enum_in(self, "status", v, StepRunDtoStatus)
    self.status = v
    try:
        v = src["createdAt"]
    except KeyError:
        v = _c.off(self, ("createdAt",), UNSET, "a date-time string")
        n -= 1
    else:
        v = _c.datetime_in(self, "createdAt", v)
    self.created_at = v
    try:
        v = src["updatedAt"]
    except KeyError:
        v = _c.off(self, ("updatedAt",), UNSET, "a date-time string")
        n -= 1
    else:
        v = _c.datetime_in(self, "updatedAt", v)
    self.updated_at = v
    try:
        v = src["executionDetails"]
    except KeyError:
        v = _c.off(self, ("executionDetails",), UNSET, "an array of an object (StepExecutionDetailDto)")
        n -= 1
    else:
        v = _c.models_in(self, "executionDetails", v, StepExecutionDetailDto, lazy)
    self.execution_details = v
    if "providerId" in src:
        v = src["providerId"]
        if v.__class__ is not str:
            v = _c.off(self, ("providerId",), v, "a string")
        self.provider_id = v
        n += 1
    else:
        self.provider_id = UNSET
    if "digest" in src:
        v = src["digest"]
        if v.__class__ is dict:
            try:
                v = DigestMetadataDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "digest")
                raise
        else:
            v = _c.off(self, ("digest",), v, "an object (DigestMetadataDto)")
        self.digest = v
        n += 1
    else:
        self.digest = UNSET
    if "scheduleExtensionsCount" in src:
        v = src["scheduleExtensionsCount"]
        if v.__class__ is not float and v.__class__ is not int:
            v = _c.off(self, ("scheduleExtensionsCount",), v, "a number")
        self.schedule_extensions_count = v
        n += 1
    else:
        self.schedule_extensions_count = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


StepRunDto._make = _make
StepRunDto._decode = _decode
StepRunDto._Pending = _c.pending(StepRunDto)
StepRunDto._SPEC = _c.ModelSpec(
    StepRunDto,
    (
        ("stepRunId", "step_run_id", True, ("str",)),
        ("stepId", "step_id", True, ("str",)),
        ("stepType", "step_type", True, ("str",)),
        ("status", "status", True, ("enum", StepRunDtoStatus)),
        ("createdAt", "created_at", True, ("datetime",)),
        ("updatedAt", "updated_at", True, ("datetime",)),
        ("executionDetails", "execution_details", True, ("list", ("model", StepExecutionDetailDto))),
        ("providerId", "provider_id", False, ("str",)),
        ("digest", "digest", False, ("model", DigestMetadataDto)),
        ("scheduleExtensionsCount", "schedule_extensions_count", False, ("num",)),
    ),
)
