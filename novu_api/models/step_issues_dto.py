# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""StepIssuesDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.step_issues_dto_controls import StepIssuesDtoControls
from novu_api.models.step_issues_dto_integration import StepIssuesDtoIntegration

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "controls",
        "integration",
    )
)


@_define(kw_only=True)
class StepIssuesDto(_c.Model):
    """Attributes:
        controls (StepIssuesDtoControls | Mapping[str, Any] | Unset, optional): Controls-related issues
        integration (StepIssuesDtoIntegration | Mapping[str, Any] | Unset, optional): Integration-related issues
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    controls: StepIssuesDtoControls | Mapping[str, Any] | Unset = UNSET
    integration: StepIssuesDtoIntegration | Mapping[str, Any] | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> StepIssuesDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not StepIssuesDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> StepIssuesDto:
    self: StepIssuesDto = _c._new(StepIssuesDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 0
    if "controls" in src:
        v = src["controls"]
        if v.__class__ is dict:
            try:
                v = StepIssuesDtoControls._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "controls")
                raise
        else:
            v = _c.off(self, ("controls",), v, "an object (StepIssuesDtoControls)")
        self.controls = v
        n += 1
    else:
        self.controls = UNSET
    if "integration" in src:
        v = src["integration"]
        if v.__class__ is dict:
            try:
                v = StepIssuesDtoIntegration._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "integration")
                raise
        else:
            v = _c.off(self, ("integration",), v, "an object (StepIssuesDtoIntegration)")
        self.integration = v
        n += 1
    else:
        self.integration = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


StepIssuesDto._make = _make
StepIssuesDto._decode = _decode
StepIssuesDto._Pending = _c.pending(StepIssuesDto)
StepIssuesDto._SPEC = _c.ModelSpec(
    StepIssuesDto,
    (
        ("controls", "controls", False, ("model", StepIssuesDtoControls)),
        ("integration", "integration", False, ("model", StepIssuesDtoIntegration)),
    ),
)
