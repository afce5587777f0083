# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""DiagnoseDomainResponseDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.domain_diagnostic_check_dto import DomainDiagnosticCheckDto
from novu_api.models.domain_diagnostic_issue_dto import DomainDiagnosticIssueDto

from .. import _codec as _c
from .._types import UNSET

_KNOWN: frozenset[str] = frozenset(
    (
        "ok",
        "runAt",
        "checks",
        "issues",
    )
)


@_define(kw_only=True)
class DiagnoseDomainResponseDto:
    """Attributes:
    ok (bool): True when there are no error-severity issues
    run_at (str): ISO timestamp when the diagnostic run finished Sent as `runAt`.
    checks (list[DomainDiagnosticCheckDto]):
    issues (list[DomainDiagnosticIssueDto]):
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    ok: bool
    run_at: str
    checks: list[DomainDiagnosticCheckDto]
    issues: list[DomainDiagnosticIssueDto]
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
        if self.ok is not UNSET:
            out["ok"] = self.ok
        if self.run_at is not UNSET:
            out["runAt"] = self.run_at
        if self.checks is not UNSET:
            out["checks"] = _c.encode(self.checks)
        if self.issues is not UNSET:
            out["issues"] = _c.encode(self.issues)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> DiagnoseDomainResponseDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.ok = g("ok", UNSET)
        self.run_at = g("runAt", UNSET)
        self.checks = _c.model_list(DomainDiagnosticCheckDto, g("checks", UNSET), "checks")
        self.issues = _c.model_list(DomainDiagnosticIssueDto, g("issues", UNSET), "issues")
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
