# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""SubscriberPreferencesWorkflowInfoDto"""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "slug",
        "identifier",
        "name",
        "updatedAt",
    )
)


@_define(kw_only=True)
class SubscriberPreferencesWorkflowInfoDto(_c.Model):
    """Attributes:
        slug (str): Workflow slug
        identifier (str): Unique identifier of the workflow
        name (str): Display name of the workflow
        updated_at (str | Unset, optional): last updated date Sent as `updatedAt`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    slug: str
    identifier: str
    name: str
    updated_at: str | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> SubscriberPreferencesWorkflowInfoDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not SubscriberPreferencesWorkflowInfoDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> SubscriberPreferencesWorkflowInfoDto:
    self: SubscriberPreferencesWorkflowInfoDto = _c._new(SubscriberPreferencesWorkflowInfoDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 3
    try:
        v = src["slug"]
    except KeyError:
        v = _c.off(self, ("slug",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("slug",), v, "a string")
    self.slug = v
    try:
        v = src["identifier"]
    except KeyError:
        v = _c.off(self, ("identifier",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("identifier",), v, "a string")
    self.identifier = v
    try:
        v = src["name"]
    except KeyError:
        v = _c.off(self, ("name",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("name",), v, "a string")
    self.name = v
    if "updatedAt" in src:
        v = src["updatedAt"]
        if v.__class__ is not str:
            v = _c.off(self, ("updatedAt",), v, "a string")
        self.updated_at = v
        n += 1
    else:
        self.updated_at = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


SubscriberPreferencesWorkflowInfoDto._make = _make
SubscriberPreferencesWorkflowInfoDto._decode = _decode
SubscriberPreferencesWorkflowInfoDto._Pending = _c.pending(SubscriberPreferencesWorkflowInfoDto)
SubscriberPreferencesWorkflowInfoDto._SPEC = _c.ModelSpec(
    SubscriberPreferencesWorkflowInfoDto,
    (
        ("slug", "slug", True, ("str",)),
        ("identifier", "identifier", True, ("str",)),
        ("name", "name", True, ("str",)),
        ("updatedAt", "updated_at", False, ("str",)),
    ),
)
