# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""ResourceDiffDto"""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.diff_action_enum import DiffActionEnum
from novu_api.models.resource_diff_dto_diffs import ResourceDiffDtoDiffs
from novu_api.models.resource_info_dto import ResourceInfoDto
from novu_api.models.resource_type_enum import ResourceTypeEnum

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "resourceType",
        "action",
        "sourceResource",
        "targetResource",
        "diffs",
        "stepType",
        "previousIndex",
        "newIndex",
    )
)


@_define(kw_only=True)
class ResourceDiffDto(_c.Model):
    """Attributes:
        resource_type (ResourceTypeEnum | str): Type of the layout Sent as `resourceType`.
        action (DiffActionEnum | str): Type of change
        source_resource (ResourceInfoDto | None | Unset, optional): Source resource information Sent as `sourceResource`.
        target_resource (ResourceInfoDto | None | Unset, optional): Target resource information Sent as `targetResource`.
        diffs (ResourceDiffDtoDiffs | Unset, optional): Detailed changes (only for modified resources)
        step_type (str | Unset, optional): Step type (only for step resources) Sent as `stepType`.
        previous_index (float | Unset, optional): Previous index in steps array (for moved/deleted steps) Sent as `previousIndex`.
        new_index (float | Unset, optional): New index in steps array (for moved/added steps) Sent as `newIndex`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    resource_type: ResourceTypeEnum | str
    action: DiffActionEnum | str
    source_resource: ResourceInfoDto | None | Unset = UNSET
    target_resource: ResourceInfoDto | None | Unset = UNSET
    diffs: ResourceDiffDtoDiffs | Unset = UNSET
    step_type: str | Unset = UNSET
    previous_index: float | Unset = UNSET
    new_index: float | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> ResourceDiffDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not ResourceDiffDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> ResourceDiffDto:
    self: ResourceDiffDto = _c._new(ResourceDiffDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 2
    try:
        v = src["resourceType"]
    except KeyError:
        v = _c.off(self, ("resourceType",), UNSET, "one of 'REGULAR', 'ECHO', 'BRIDGE'")
        n -= 1
    else:
        v = _c.enum_in(self, "resourceType", v, ResourceTypeEnum)
    self.resource_type = v
    try:
        v = src["action"]
    except KeyError:
        v = _c.off(self, ("action",), UNSET, "one of 'added', 'modified', 'deleted', 'unchanged', 'moved'")
        n -= 1
    else:
        v = _c.enum_in(self, "action", v, DiffActionEnum)
    self.action = v
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
    if "diffs" in src:
        v = src["diffs"]
        if v.__class__ is dict:
            try:
                v = ResourceDiffDtoDiffs._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "diffs")
                raise
        else:
            v = _c.off(self, ("diffs",), v, "an object (ResourceDiffDtoDiffs)")
        self.diffs = v
        n += 1
    else:
        self.diffs = UNSET
    if "stepType" in src:
        v = src["stepType"]
        if v.__class__ is not str:
            v = _c.off(self, ("stepType",), v, "a string")
        self.step_type = v
        n += 1
    else:
        self.step_type = UNSET
    if "previousIndex" in src:
        v = src["previousIndex"]
        if v.__class__ is not float and v.__class__ is not int:
            v = _c.off(self, ("previousIndex",), v, "a number")
        self.previous_index = v
        n += 1
    else:
        self.previous_index = UNSET
    if "newIndex" in src:
        v = src["newIndex"]
        if v.__class__ is not float and v.__class__ is not int:
            v = _c.off(self, ("newIndex",), v, "a number")
        self.new_index = v
        n += 1
    else:
        self.new_index = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


ResourceDiffDto._make = _make
ResourceDiffDto._decode = _decode
ResourceDiffDto._Pending = _c.pending(ResourceDiffDto)
ResourceDiffDto._SPEC = _c.ModelSpec(
    ResourceDiffDto,
    (
        ("resourceType", "resource_type", True, ("enum", ResourceTypeEnum)),
        ("action", "action", True, ("enum", DiffActionEnum)),
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
        ("diffs", "diffs", False, ("model", ResourceDiffDtoDiffs)),
        ("stepType", "step_type", False, ("str",)),
        ("previousIndex", "previous_index", False, ("num",)),
        ("newIndex", "new_index", False, ("num",)),
    ),
)
