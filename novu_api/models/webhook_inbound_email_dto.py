# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""WebhookInboundEmailDto"""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.webhook_inbound_email_domain_dto import WebhookInboundEmailDomainDto
from novu_api.models.webhook_inbound_email_mail_dto import WebhookInboundEmailMailDto
from novu_api.models.webhook_inbound_email_route_dto import WebhookInboundEmailRouteDto

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "domain",
        "mail",
        "route",
    )
)


@_define(kw_only=True)
class WebhookInboundEmailDto(_c.Model):
    """Attributes:
        domain (WebhookInboundEmailDomainDto):
        mail (WebhookInboundEmailMailDto):
        route (WebhookInboundEmailRouteDto | Unset, optional):
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    domain: WebhookInboundEmailDomainDto
    mail: WebhookInboundEmailMailDto
    route: WebhookInboundEmailRouteDto | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> WebhookInboundEmailDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not WebhookInboundEmailDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> WebhookInboundEmailDto:
    self: WebhookInboundEmailDto = _c._new(WebhookInboundEmailDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 2
    try:
        v = src["domain"]
    except KeyError:
        v = _c.off(self, ("domain",), UNSET, "an object (WebhookInboundEmailDomainDto)")
        n -= 1
    else:
        if v.__class__ is dict:
            try:
                v = WebhookInboundEmailDomainDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "domain")
                raise
        else:
            v = _c.off(self, ("domain",), v, "an object (WebhookInboundEmailDomainDto)")
    self.domain = v
    try:
        v = src["mail"]
    except KeyError:
        v = _c.off(self, ("mail",), UNSET, "an object (WebhookInboundEmailMailDto)")
        n -= 1
    else:
        if v.__class__ is dict:
            try:
                v = WebhookInboundEmailMailDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "mail")
                raise
        else:
            v = _c.off(self, ("mail",), v, "an object (WebhookInboundEmailMailDto)")
    self.mail = v
    if "route" in src:
        v = src["route"]
        if v.__class__ is dict:
            try:
                v = WebhookInboundEmailRouteDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "route")
                raise
        else:
            v = _c.off(self, ("route",), v, "an object (WebhookInboundEmailRouteDto)")
        self.route = v
        n += 1
    else:
        self.route = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


WebhookInboundEmailDto._make = _make
WebhookInboundEmailDto._decode = _decode
WebhookInboundEmailDto._Pending = _c.pending(WebhookInboundEmailDto)
WebhookInboundEmailDto._SPEC = _c.ModelSpec(
    WebhookInboundEmailDto,
    (
        ("domain", "domain", True, ("model", WebhookInboundEmailDomainDto)),
        ("mail", "mail", True, ("model", WebhookInboundEmailMailDto)),
        ("route", "route", False, ("model", WebhookInboundEmailRouteDto)),
    ),
)
