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

    def _fill(self) -> None:
        # Decode the wire object `from_dict` kept (see `_c.Model`), in place.
        src = self._src
        if src is None:
            return
        if self.__class__ is not ResourceDiffDto:
            return _c.fill_subclass(self, src, _decode)
        _c._put(self, "__class__", _Filling)  # plain slot writes while decoding
        try:
            _decode(self, src, False)
        finally:
            _c._put(self, "__class__", ResourceDiffDto)

    @classmethod
    def _eager(cls, src: Any, lazy: bool = False) -> ResourceDiffDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not ResourceDiffDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        self: ResourceDiffDto = object.__new__(_Filling)
        _decode(self, src, lazy)
        _c._put(self, "__class__", ResourceDiffDto)
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The same object while `_decode` writes its fields (plain slot writes); the class is put back after.
_Filling = _c.filling(ResourceDiffDto)


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare; `self` is a `_Filling`.
    g = src.get
    v = g("resourceType", UNSET)
    if v is not UNSET:
        v = _c.enum_in(self, "resourceType", v, ResourceTypeEnum)
    elif v is UNSET:
        v = _c.off(self, ("resourceType",), v, "one of 'REGULAR', 'ECHO', 'BRIDGE'")
    self.resource_type = v
    v = g("action", UNSET)
    if v is not UNSET:
        v = _c.enum_in(self, "action", v, DiffActionEnum)
    elif v is UNSET:
        v = _c.off(self, ("action",), v, "one of 'added', 'modified', 'deleted', 'unchanged', 'moved'")
    self.action = v
    v = g("sourceResource", UNSET)
    if v is not UNSET and v is not None:
        v = _c.model_in(self, "sourceResource", v, ResourceInfoDto, lazy)
    self.source_resource = v
    v = g("targetResource", UNSET)
    if v is not UNSET and v is not None:
        v = _c.model_in(self, "targetResource", v, ResourceInfoDto, lazy)
    self.target_resource = v
    v = g("diffs", UNSET)
    if v is not UNSET:
        v = _c.model_in(self, "diffs", v, ResourceDiffDtoDiffs, lazy)
    self.diffs = v
    v = g("stepType", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("stepType",), v, "a string")
    self.step_type = v
    v = g("previousIndex", UNSET)
    if v.__class__ is not float and v.__class__ is not int and v is not UNSET:
        v = _c.off(self, ("previousIndex",), v, "a number")
    self.previous_index = v
    v = g("newIndex", UNSET)
    if v.__class__ is not float and v.__class__ is not int and v is not UNSET:
        v = _c.off(self, ("newIndex",), v, "a number")
    self.new_index = v
    self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
    self._src = None


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
