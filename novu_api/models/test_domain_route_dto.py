# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""TestDomainRouteDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.test_domain_route_from_dto import TestDomainRouteFromDto

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "from",
        "subject",
        "text",
        "html",
        "dryRun",
    )
)


@_define(kw_only=True)
class TestDomainRouteDto:
    """Attributes:
    from_ (TestDomainRouteFromDto):  Sent as `from`.
    subject (str):
    text (str | Unset, optional):
    html (str | Unset, optional):
    dry_run (bool | Unset, optional): When true, returns the payload that would be delivered without invoking outbound webhooks
        or the agent HTTP endpoint. Sent as `dryRun`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    from_: TestDomainRouteFromDto
    subject: str
    text: str | Unset = UNSET
    html: str | Unset = UNSET
    dry_run: bool | Unset = UNSET
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
        if self.from_ is not UNSET:
            out["from"] = _c.encode(self.from_)
        if self.subject is not UNSET:
            out["subject"] = self.subject
        if self.text is not UNSET:
            out["text"] = self.text
        if self.html is not UNSET:
            out["html"] = self.html
        if self.dry_run is not UNSET:
            out["dryRun"] = self.dry_run
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> TestDomainRouteDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.from_ = _c.model(TestDomainRouteFromDto, g("from", UNSET), "from")
        self.subject = g("subject", UNSET)
        self.text = g("text", UNSET)
        self.html = g("html", UNSET)
        self.dry_run = g("dryRun", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
