# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""ResourceDiffResultDto"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.diff_summary_dto import DiffSummaryDto
from novu_api.models.resource_dependency_dto import ResourceDependencyDto
from novu_api.models.resource_diff_dto import ResourceDiffDto
from novu_api.models.resource_info_dto import ResourceInfoDto
from novu_api.models.resource_type_enum import ResourceTypeEnum

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "resourceType",
        "changes",
        "summary",
        "sourceResource",
        "targetResource",
        "dependencies",
    )
)


@_define(kw_only=True)
class ResourceDiffResultDto(_c.Model):
    """Attributes:
        resource_type (ResourceTypeEnum | str): Type of the layout Sent as `resourceType`.
        changes (Sequence[ResourceDiffDto]): List of specific changes for this resource
        summary (DiffSummaryDto):
        source_resource (ResourceInfoDto | None | Unset, optional): Source resource information Sent as `sourceResource`.
        target_resource (ResourceInfoDto | None | Unset, optional): Target resource information Sent as `targetResource`.
        dependencies (Sequence[ResourceDependencyDto] | Unset, optional): Dependencies that affect this resource
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    resource_type: ResourceTypeEnum | str
    changes: Sequence[ResourceDiffDto]
    summary: DiffSummaryDto
    source_resource: ResourceInfoDto | None | Unset = UNSET
    target_resource: ResourceInfoDto | None | Unset = UNSET
    dependencies: Sequence[ResourceDependencyDto] | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> ResourceDiffResultDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not ResourceDiffResultDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> ResourceDiffResultDto:
    self: ResourceDiffResultDto = _c._new(ResourceDiffResultDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 3
    try:
        v = src["resourceType"]
    except KeyError:
        v = _c.off(self, ("resourceType",), UNSET, "one of 'REGULAR', 'ECHO', 'BRIDGE'")
        n -= 1
    else:
        v = _c.enum_in(self, "resourceType", v, ResourceTypeEnum)
    self.resource_type = v
    try:
        v = src["changes"]
    except KeyError:
        v = _c.off(self, ("changes",), UNSET, "an array of an object (ResourceDiffDto)")
        n -= 1
    else:
        v = _c.models_in(self, "changes", v, ResourceDiffDto, lazy)
    self.changes = v
    try:
        v = src["summary"]
    except KeyError:
        v = _c.off(self, ("summary",), UNSET, "an object (DiffSummaryDto)")
        n -= 1
    else:
        if v.__class__ is dict:
            try:
                v = DiffSummaryDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "summary")
                raise
        else:
            v = _c.off(self, ("summary",), v, "an object (DiffSummaryDto)")
    self.summary = v
    if "sourceResource" in src:
        v = src["sourceResource"]
        if v is not None:
            if v.__class__ is dict:
                try:
                    v = ResourceInfoDto._make(v, lazy)
                except _c.DecodeError as exc:
                    exc.path.insert(0, "sourceResource")
                    raise
            else:
                v = _c.off(self, ("sourceResource",), v, "an object (ResourceInfoDto) or null")
        self.source_resource = v
        n += 1
    else:
        self.source_resource = UNSET
    if "targetResource" in src:
        v = src["targetResource"]
        if v is not None:
            if v.__class__ is dict:
                try:
                    v = ResourceInfoDto._make(v, lazy)
                except _c.DecodeError as exc:
                    exc.path.insert(0, "targetResource")
                    raise
            else:
                v = _c.off(self, ("targetResource",), v, "an object (ResourceInfoDto) or null")
        self.target_resource = v
        n += 1
    else:
        self.target_resource = UNSET
    if "dependencies" in src:
        v = src["dependencies"]
        v = _c.models_in(self, "dependencies", v, ResourceDependencyDto, lazy)
        self.dependencies = v
        n += 1
    else:
        self.dependencies = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


ResourceDiffResultDto._make = _make
ResourceDiffResultDto._decode = _decode
ResourceDiffResultDto._Pending = _c.pending(ResourceDiffResultDto)
ResourceDiffResultDto._SPEC = _c.ModelSpec(
    ResourceDiffResultDto,
    (
        ("resourceType", "resource_type", True, ("enum", ResourceTypeEnum)),
        ("changes", "changes", True, ("list", ("model", ResourceDiffDto))),
        ("summary", "summary", True, ("model", DiffSummaryDto)),
        (
            "sourceResource",
            "source_resource",
            False,
            (
                "union",
                (
                    ("model", ResourceInfoDto),
                    ("null",),
                ),
            ),
        ),
        (
            "targetResource",
            "target_resource",
            False,
            (
                "union",
                (
                    ("model", ResourceInfoDto),
                    ("null",),
                ),
            ),
        ),
        ("dependencies", "dependencies", False, ("list", ("model", ResourceDependencyDto))),
    ),
)
