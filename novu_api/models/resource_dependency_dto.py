# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""ResourceDependencyDto"""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET
from novu_api.models.dependency_reason_enum import DependencyReasonEnum
from novu_api.models.resource_type_enum import ResourceTypeEnum

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "resourceType",
        "resourceId",
        "resourceName",
        "isBlocking",
        "reason",
    )
)


@_define(kw_only=True)
class ResourceDependencyDto(_c.Model):
    """Attributes:
        resource_type (ResourceTypeEnum | str): Type of the layout Sent as `resourceType`.
        resource_id (str): ID of the dependent resource Sent as `resourceId`.
        resource_name (str): Name of the dependent resource Sent as `resourceName`.
        is_blocking (bool): Whether this dependency blocks the operation Sent as `isBlocking`.
        reason (DependencyReasonEnum | str): Reason for the dependency
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    resource_type: ResourceTypeEnum | str
    resource_id: str
    resource_name: str
    is_blocking: bool
    reason: DependencyReasonEnum | str
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
    def _eager(cls, src: Any, lazy: bool = False) -> ResourceDependencyDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not ResourceDependencyDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> ResourceDependencyDto:
    self: ResourceDependencyDto = _c._new(ResourceDependencyDto)
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
        v = src["resourceId"]
    except KeyError:
        v = _c.off(self, ("resourceId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("resourceId",), v, "a string")
    self.resource_id = v
    try:
        v = src["resourceName"]
    except KeyError:
        v = _c.off(self, ("resourceName",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("resourceName",), v, "a string")
    self.resource_name = v
    try:
        v = src["isBlocking"]
    except KeyError:
        v = _c.off(self, ("isBlocking",), UNSET, "a boolean")
        n -= 1
    else:
        if v.__class__ is not bool:
            v = _c.off(self, ("isBlocking",), v, "a boolean")
    self.is_blocking = v
    try:
        v = src["reason"]
    except KeyError:
        v = _c.off(
            self, ("reason",), UNSET, "one of 'LAYOUT_REQUIRED_FOR_WORKFLOW', 'LAYOUT_EXISTS_IN_TARGET'"
        )
        n -= 1
    else:
        v = _c.enum_in(self, "reason", v, DependencyReasonEnum)
    self.reason = v
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


ResourceDependencyDto._make = _make
ResourceDependencyDto._decode = _decode
ResourceDependencyDto._Pending = _c.pending(ResourceDependencyDto)
ResourceDependencyDto._SPEC = _c.ModelSpec(
    ResourceDependencyDto,
    (
        ("resourceType", "resource_type", True, ("enum", ResourceTypeEnum)),
        ("resourceId", "resource_id", True, ("str",)),
        ("resourceName", "resource_name", True, ("str",)),
        ("isBlocking", "is_blocking", True, ("bool",)),
        ("reason", "reason", True, ("enum", DependencyReasonEnum)),
    ),
)
