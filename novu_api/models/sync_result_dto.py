# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""SyncResultDto"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET
from novu_api.models.failed_workflow_dto import FailedWorkflowDto
from novu_api.models.resource_type_enum import ResourceTypeEnum
from novu_api.models.skipped_workflow_dto import SkippedWorkflowDto
from novu_api.models.synced_workflow_dto import SyncedWorkflowDto

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "resourceType",
        "successful",
        "failed",
        "skipped",
        "totalProcessed",
    )
)


@_define(kw_only=True)
class SyncResultDto(_c.Model):
    """Attributes:
        resource_type (ResourceTypeEnum | str): Type of the layout Sent as `resourceType`.
        successful (Sequence[SyncedWorkflowDto]): Successfully synced resources
        failed (Sequence[FailedWorkflowDto]): Failed resource syncs
        skipped (Sequence[SkippedWorkflowDto]): Skipped resources
        total_processed (float): Total number of resources processed Sent as `totalProcessed`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    resource_type: ResourceTypeEnum | str
    successful: Sequence[SyncedWorkflowDto]
    failed: Sequence[FailedWorkflowDto]
    skipped: Sequence[SkippedWorkflowDto]
    total_processed: float
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
    def _eager(cls, src: Any, lazy: bool = False) -> SyncResultDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not SyncResultDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> SyncResultDto:
    self: SyncResultDto = _c._new(SyncResultDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 5
    try:
        v = src["resourceType"]
    except KeyError:
        v = _c.off(self, ("resourceType",), UNSET, "one of 'REGULAR', 'ECHO', 'BRIDGE'")
        n -= 1
    else:
        v = _c.enum_in(self, "resourceType", v, ResourceTypeEnum)
    self.resource_type = v
    try:
        v = src["successful"]
    except KeyError:
        v = _c.off(self, ("successful",), UNSET, "an array of an object (SyncedWorkflowDto)")
        n -= 1
    else:
        v = _c.models_in(self, "successful", v, SyncedWorkflowDto, lazy)
    self.successful = v
    try:
        v = src["failed"]
    except KeyError:
        v = _c.off(self, ("failed",), UNSET, "an array of an object (FailedWorkflowDto)")
        n -= 1
    else:
        v = _c.models_in(self, "failed", v, FailedWorkflowDto, lazy)
    self.failed = v
    try:
        v = src["skipped"]
    except KeyError:
        v = _c.off(self, ("skipped",), UNSET, "an array of an object (SkippedWorkflowDto)")
        n -= 1
    else:
        v = _c.models_in(self, "skipped", v, SkippedWorkflowDto, lazy)
    self.skipped = v
    try:
        v = src["totalProcessed"]
    except KeyError:
        v = _c.off(self, ("totalProcessed",), UNSET, "a number")
        n -= 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _c.off(self, ("totalProcessed",), v, "a number")
    self.total_processed = v
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


SyncResultDto._make = _make
SyncResultDto._decode = _decode
SyncResultDto._Pending = _c.pending(SyncResultDto)
SyncResultDto._SPEC = _c.ModelSpec(
    SyncResultDto,
    (
        ("resourceType", "resource_type", True, ("enum", ResourceTypeEnum)),
        ("successful", "successful", True, ("list", ("model", SyncedWorkflowDto))),
        ("failed", "failed", True, ("list", ("model", FailedWorkflowDto))),
        ("skipped", "skipped", True, ("list", ("model", SkippedWorkflowDto))),
        ("totalProcessed", "total_processed", True, ("num",)),
    ),
)
