# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""PatchPreferenceChannelsDto"""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "email",
        "sms",
        "in_app",
        "push",
        "chat",
    )
)


@_define(kw_only=True)
class PatchPreferenceChannelsDto(_c.Model):
    """Attributes:
        email (bool | Unset, optional): Email channel preference
        sms (bool | Unset, optional): SMS channel preference
        in_app (bool | Unset, optional): In-app channel preference
        push (bool | Unset, optional): Push channel preference
        chat (bool | Unset, optional): Chat channel preference
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    email: bool | Unset = UNSET
    sms: bool | Unset = UNSET
    in_app: bool | Unset = UNSET
    push: bool | Unset = UNSET
    chat: bool | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> PatchPreferenceChannelsDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not PatchPreferenceChannelsDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> PatchPreferenceChannelsDto:
    self: PatchPreferenceChannelsDto = _c._new(PatchPreferenceChannelsDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 0
    if "email" in src:
        v = src["email"]
        if v.__class__ is not bool:
            v = _c.off(self, ("email",), v, "a boolean")
        self.email = v
        n += 1
    else:
        self.email = UNSET
    if "sms" in src:
        v = src["sms"]
        if v.__class__ is not bool:
            v = _c.off(self, ("sms",), v, "a boolean")
        self.sms = v
        n += 1
    else:
        self.sms = UNSET
    if "in_app" in src:
        v = src["in_app"]
        if v.__class__ is not bool:
            v = _c.off(self, ("in_app",), v, "a boolean")
        self.in_app = v
        n += 1
    else:
        self.in_app = UNSET
    if "push" in src:
        v = src["push"]
        if v.__class__ is not bool:
            v = _c.off(self, ("push",), v, "a boolean")
        self.push = v
        n += 1
    else:
        self.push = UNSET
    if "chat" in src:
        v = src["chat"]
        if v.__class__ is not bool:
            v = _c.off(self, ("chat",), v, "a boolean")
        self.chat = v
        n += 1
    else:
        self.chat = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


PatchPreferenceChannelsDto._make = _make
PatchPreferenceChannelsDto._decode = _decode
PatchPreferenceChannelsDto._Pending = _c.pending(PatchPreferenceChannelsDto)
PatchPreferenceChannelsDto._SPEC = _c.ModelSpec(
    PatchPreferenceChannelsDto,
    (
        ("email", "email", False, ("bool",)),
        ("sms", "sms", False, ("bool",)),
        ("in_app", "in_app", False, ("bool",)),
        ("push", "push", False, ("bool",)),
        ("chat", "chat", False, ("bool",)),
    ),
)
