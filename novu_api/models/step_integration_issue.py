# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""StepIntegrationIssue"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.integration_issue_enum import IntegrationIssueEnum

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "issueType",
        "message",
        "variableName",
    )
)


@_define(kw_only=True)
class StepIntegrationIssue:
    """Attributes:
    issue_type (IntegrationIssueEnum | str): Type of integration issue Sent as `issueType`.
    message (str): Detailed message describing the issue
    variable_name (str | Unset, optional): Name of the variable related to the issue Sent as `variableName`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    issue_type: IntegrationIssueEnum | str
    message: str
    variable_name: str | Unset = UNSET
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
        if self.issue_type is not UNSET:
            out["issueType"] = _c.encode(self.issue_type)
        if self.message is not UNSET:
            out["message"] = self.message
        if self.variable_name is not UNSET:
            out["variableName"] = self.variable_name
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> StepIntegrationIssue:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.issue_type = _c.enum_value(IntegrationIssueEnum, g("issueType", UNSET))
        self.message = g("message", UNSET)
        self.variable_name = g("variableName", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
