# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""WebexPersonEndpointDto"""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "personId",
        "personEmail",
    )
)


@_define(kw_only=True)
class WebexPersonEndpointDto(_c.Model):
    """Attributes:
        person_id (str | Unset, optional): Webex person ID. Provide exactly one of personId or personEmail. Sent as `personId`.
        person_email (str | Unset, optional): Webex person email. Provide exactly one of personId or personEmail. Sent as `personEmail`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    person_id: str | Unset = UNSET
    person_email: str | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> WebexPersonEndpointDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not WebexPersonEndpointDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> WebexPersonEndpointDto:
    self: WebexPersonEndpointDto = _c._new(WebexPersonEndpointDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 0
    if "personId" in src:
        v = src["personId"]
        if v.__class__ is not str:
            v = _c.off(self, ("personId",), v, "a string")
        self.person_id = v
        n += 1
    else:
        self.person_id = UNSET
    if "personEmail" in src:
        v = src["personEmail"]
        if v.__class__ is not str:
            v = _c.off(self, ("personEmail",), v, "a string")
        self.person_email = v
        n += 1
    else:
        self.person_email = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


WebexPersonEndpointDto._make = _make
WebexPersonEndpointDto._decode = _decode
WebexPersonEndpointDto._Pending = _c.pending(WebexPersonEndpointDto)
WebexPersonEndpointDto._SPEC = _c.ModelSpec(
    WebexPersonEndpointDto,
    (
        ("personId", "person_id", False, ("str",)),
        ("personEmail", "person_email", False, ("str",)),
    ),
)
