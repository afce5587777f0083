# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""GetWorkflowRunsResponseDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.get_workflow_runs_dto import GetWorkflowRunsDto
from novu_api.models.get_workflow_runs_response_dto_next import GetWorkflowRunsResponseDtoNext
from novu_api.models.get_workflow_runs_response_dto_previous import GetWorkflowRunsResponseDtoPrevious

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "data",
        "next",
        "previous",
    )
)


@_define(kw_only=True)
class GetWorkflowRunsResponseDto:
    """Attributes:
    data (list[GetWorkflowRunsDto]): Workflow runs data
    next_ (GetWorkflowRunsResponseDtoNext | None | Unset, optional): Next cursor for pagination Sent as `next`.
    previous (GetWorkflowRunsResponseDtoPrevious | None | Unset, optional): Previous cursor for pagination
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    data: list[GetWorkflowRunsDto]
    next_: GetWorkflowRunsResponseDtoNext | None | Unset = UNSET
    previous: GetWorkflowRunsResponseDtoPrevious | None | Unset = UNSET
    # None until asked for or until the server sends undeclared fields: nothing is kept per
    # model when there are none (the decoded model does not hold on to its source dict).
    _extra: dict[str, Any] | None = _field(default=None, alias="additional_properties", eq=False, repr=False)

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
        out: dict[str, Any] = dict(self.additional_properties)
        if self.data is not UNSET:
            out["data"] = _c.encode(self.data)
        if self.next_ is not UNSET:
            out["next"] = _c.encode(self.next_)
        if self.previous is not UNSET:
            out["previous"] = _c.encode(self.previous)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> GetWorkflowRunsResponseDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.data = _c.model_list(GetWorkflowRunsDto, g("data", UNSET), "data")
        self.next_ = _c.union((GetWorkflowRunsResponseDtoNext,), g("next", UNSET), "next")
        self.previous = _c.union((GetWorkflowRunsResponseDtoPrevious,), g("previous", UNSET), "previous")
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
