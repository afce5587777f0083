# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""TestDomainRouteDto"""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.test_domain_route_from_dto import TestDomainRouteFromDto

from .. import _codec as _c

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
class TestDomainRouteDto(_c.Model):
    """Attributes:
        from_ (TestDomainRouteFromDto):  Sent as `from`.
        subject (str):
        text (str | Unset, optional):
        html (str | Unset, optional):
        dry_run (bool | Unset, optional): When true, returns the payload that would be delivered without invoking outbound webhooks
            or the agent HTTP endpoint. Sent as `dryRun`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    from_: TestDomainRouteFromDto
    subject: str
    text: str | Unset = UNSET
    html: str | Unset = UNSET
    dry_run: bool | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> TestDomainRouteDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not TestDomainRouteDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> TestDomainRouteDto:
    self: TestDomainRouteDto = _c._new(TestDomainRouteDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 2
    try:
        v = src["from"]
    except KeyError:
        v = _c.off(self, ("from",), UNSET, "an object (TestDomainRouteFromDto)")
        n -= 1
    else:
        if v.__class__ is dict:
            try:
                v = TestDomainRouteFromDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "from")
                raise
        else:
            v = _c.off(self, ("from",), v, "an object (TestDomainRouteFromDto)")
    self.from_ = v
    try:
        v = src["subject"]
    except KeyError:
        v = _c.off(self, ("subject",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("subject",), v, "a string")
    self.subject = v
    if "text" in src:
        v = src["text"]
        if v.__class__ is not str:
            v = _c.off(self, ("text",), v, "a string")
        self.text = v
        n += 1
    else:
        self.text = UNSET
    if "html" in src:
        v = src["html"]
        if v.__class__ is not str:
            v = _c.off(self, ("html",), v, "a string")
        self.html = v
        n += 1
    else:
        self.html = UNSET
    if "dryRun" in src:
        v = src["dryRun"]
        if v.__class__ is not bool:
            v = _c.off(self, ("dryRun",), v, "a boolean")
        self.dry_run = v
        n += 1
    else:
        self.dry_run = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


TestDomainRouteDto._make = _make
TestDomainRouteDto._decode = _decode
TestDomainRouteDto._Pending = _c.pending(TestDomainRouteDto)
TestDomainRouteDto._SPEC = _c.ModelSpec(
    TestDomainRouteDto,
    (
        ("from", "from_", True, ("model", TestDomainRouteFromDto)),
        ("subject", "subject", True, ("str",)),
        ("text", "text", False, ("str",)),
        ("html", "html", False, ("str",)),
        ("dryRun", "dry_run", False, ("bool",)),
    ),
)
