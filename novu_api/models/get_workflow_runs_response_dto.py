# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""GetWorkflowRunsResponseDto"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.get_workflow_runs_dto import GetWorkflowRunsDto
from novu_api.models.get_workflow_runs_response_dto_next import GetWorkflowRunsResponseDtoNext
from novu_api.models.get_workflow_runs_response_dto_previous import GetWorkflowRunsResponseDtoPrevious

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "data",
        "next",
        "previous",
    )
)


@_define(kw_only=True)
class GetWorkflowRunsResponseDto(_c.Model):
    """Attributes:
        data (Sequence[GetWorkflowRunsDto]): Workflow runs data
        next_ (GetWorkflowRunsResponseDtoNext | Mapping[str, Any] | None | Unset, optional): Next cursor for pagination Sent as `next`.
        previous (GetWorkflowRunsResponseDtoPrevious | Mapping[str, Any] | None | Unset, optional): Previous cursor for pagination
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    data: Sequence[GetWorkflowRunsDto]
    next_: GetWorkflowRunsResponseDtoNext | Mapping[str, Any] | None | Unset = UNSET
    previous: GetWorkflowRunsResponseDtoPrevious | Mapping[str, Any] | None | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> GetWorkflowRunsResponseDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not GetWorkflowRunsResponseDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> GetWorkflowRunsResponseDto:
    self: GetWorkflowRunsResponseDto = _c._new(GetWorkflowRunsResponseDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 1
    try:
        v = src["data"]
    except KeyError:
        v = _c.off(self, ("data",), UNSET, "an array of an object (GetWorkflowRunsDto)")
        n -= 1
    else:
        v = _c.models_in(self, "data", v, GetWorkflowRunsDto, lazy)
    self.data = v
    if "next" in src:
        v = src["next"]
        if v is not None:
            if v.__class__ is dict:
                try:
                    v = GetWorkflowRunsResponseDtoNext._make(v, lazy)
                except _c.DecodeError as exc:
                    exc.path.insert(0, "next")
                    raise
            else:
                v = _c.off(self, ("next",), v, "an object (GetWorkflowRunsResponseDtoNext) or null")
        self.next_ = v
        n += 1
    else:
        self.next_ = UNSET
    if "previous" in src:
        v = src["previous"]
        if v is not None:
            if v.__class__ is dict:
                try:
                    v = GetWorkflowRunsResponseDtoPrevious._make(v, lazy)
                except _c.DecodeError as exc:
                    exc.path.insert(0, "previous")
                    raise
            else:
                v = _c.off(self, ("previous",), v, "an object (GetWorkflowRunsResponseDtoPrevious) or null")
        self.previous = v
        n += 1
    else:
        self.previous = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


GetWorkflowRunsResponseDto._make = _make
GetWorkflowRunsResponseDto._decode = _decode
GetWorkflowRunsResponseDto._Pending = _c.pending(GetWorkflowRunsResponseDto)
GetWorkflowRunsResponseDto._SPEC = _c.ModelSpec(
    GetWorkflowRunsResponseDto,
    (
        ("data", "data", True, ("list", ("model", GetWorkflowRunsDto))),
        (
            "next",
            "next_",
            False,
            (
                "union",
                (
                    ("model", GetWorkflowRunsResponseDtoNext),
                    ("null",),
                ),
            ),
        ),
        (
            "previous",
            "previous",
            False,
            (
                "union",
                (
                    ("model", GetWorkflowRunsResponseDtoPrevious),
                    ("null",),
                ),
            ),
        ),
    ),
)
