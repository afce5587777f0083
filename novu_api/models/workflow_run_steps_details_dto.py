# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""WorkflowRunStepsDetailsDto"""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.workflow_run_steps_details_dto_status import WorkflowRunStepsDetailsDtoStatus

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "stepRunId",
        "stepId",
        "stepType",
        "status",
        "providerId",
    )
)


@_define(kw_only=True)
class WorkflowRunStepsDetailsDto(_c.Model):
    """Attributes:
        id (str): Step run identifier
        step_run_id (str): Step identifier Sent as `stepRunId`.
        step_id (str): Step identifier Sent as `stepId`.
        step_type (str): Step type Sent as `stepType`.
        status (WorkflowRunStepsDetailsDtoStatus | str): Step status
        provider_id (str | Unset, optional): Provider identifier Sent as `providerId`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    id: str
    step_run_id: str
    step_id: str
    step_type: str
    status: WorkflowRunStepsDetailsDtoStatus | str
    provider_id: str | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> WorkflowRunStepsDetailsDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not WorkflowRunStepsDetailsDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> WorkflowRunStepsDetailsDto:
    self: WorkflowRunStepsDetailsDto = _c._new(WorkflowRunStepsDetailsDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 5
    try:
        v = src["id"]
    except KeyError:
        v = _c.off(self, ("id",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("id",), v, "a string")
    self.id = v
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
        v = _c.enum_in(self, "status", v, WorkflowRunStepsDetailsDtoStatus)
    self.status = v
    if "providerId" in src:
        v = src["providerId"]
        if v.__class__ is not str:
            v = _c.off(self, ("providerId",), v, "a string")
        self.provider_id = v
        n += 1
    else:
        self.provider_id = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


WorkflowRunStepsDetailsDto._make = _make
WorkflowRunStepsDetailsDto._decode = _decode
WorkflowRunStepsDetailsDto._Pending = _c.pending(WorkflowRunStepsDetailsDto)
WorkflowRunStepsDetailsDto._SPEC = _c.ModelSpec(
    WorkflowRunStepsDetailsDto,
    (
        ("id", "id", True, ("str",)),
        ("stepRunId", "step_run_id", True, ("str",)),
        ("stepId", "step_id", True, ("str",)),
        ("stepType", "step_type", True, ("str",)),
        ("status", "status", True, ("enum", WorkflowRunStepsDetailsDtoStatus)),
        ("providerId", "provider_id", False, ("str",)),
    ),
)
