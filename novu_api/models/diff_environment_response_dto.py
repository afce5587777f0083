# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""DiffEnvironmentResponseDto"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET
from novu_api.models.environment_diff_summary_dto import EnvironmentDiffSummaryDto
from novu_api.models.resource_diff_result_dto import ResourceDiffResultDto

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "sourceEnvironmentId",
        "targetEnvironmentId",
        "resources",
        "summary",
    )
)


@_define(kw_only=True)
class DiffEnvironmentResponseDto(_c.Model):
    """Attributes:
        source_environment_id (str): Source environment ID Sent as `sourceEnvironmentId`.
        target_environment_id (str): Target environment ID Sent as `targetEnvironmentId`.
        resources (Sequence[ResourceDiffResultDto]): Diff resources by resource type
        summary (EnvironmentDiffSummaryDto):
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    source_environment_id: str
    target_environment_id: str
    resources: Sequence[ResourceDiffResultDto]
    summary: EnvironmentDiffSummaryDto
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
    def _eager(cls, src: Any, lazy: bool = False) -> DiffEnvironmentResponseDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not DiffEnvironmentResponseDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> DiffEnvironmentResponseDto:
    self: DiffEnvironmentResponseDto = _c._new(DiffEnvironmentResponseDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 4
    try:
        v = src["sourceEnvironmentId"]
    except KeyError:
        v = _c.off(self, ("sourceEnvironmentId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("sourceEnvironmentId",), v, "a string")
    self.source_environment_id = v
    try:
        v = src["targetEnvironmentId"]
    except KeyError:
        v = _c.off(self, ("targetEnvironmentId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("targetEnvironmentId",), v, "a string")
    self.target_environment_id = v
    try:
        v = src["resources"]
    except KeyError:
        v = _c.off(self, ("resources",), UNSET, "an array of an object (ResourceDiffResultDto)")
        n -= 1
    else:
        v = _c.models_in(self, "resources", v, ResourceDiffResultDto, lazy)
    self.resources = v
    try:
        v = src["summary"]
    except KeyError:
        v = _c.off(self, ("summary",), UNSET, "an object (EnvironmentDiffSummaryDto)")
        n -= 1
    else:
        if v.__class__ is dict:
            try:
                v = EnvironmentDiffSummaryDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "summary")
                raise
        else:
            v = _c.off(self, ("summary",), v, "an object (EnvironmentDiffSummaryDto)")
    self.summary = v
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


DiffEnvironmentResponseDto._make = _make
DiffEnvironmentResponseDto._decode = _decode
DiffEnvironmentResponseDto._Pending = _c.pending(DiffEnvironmentResponseDto)
DiffEnvironmentResponseDto._SPEC = _c.ModelSpec(
    DiffEnvironmentResponseDto,
    (
        ("sourceEnvironmentId", "source_environment_id", True, ("str",)),
        ("targetEnvironmentId", "target_environment_id", True, ("str",)),
        ("resources", "resources", True, ("list", ("model", ResourceDiffResultDto))),
        ("summary", "summary", True, ("model", EnvironmentDiffSummaryDto)),
    ),
)
