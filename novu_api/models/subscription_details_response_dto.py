# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""SubscriptionDetailsResponseDto"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.subscription_preference_dto import SubscriptionPreferenceDto

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "identifier",
        "name",
        "preferences",
        "contextKeys",
    )
)


@_define(kw_only=True)
class SubscriptionDetailsResponseDto(_c.Model):
    """Attributes:
        id (str): The unique identifier of the subscription
        identifier (str | Unset, optional): The identifier of the subscription
        name (str | Unset, optional): The name of the subscription
        preferences (Sequence[SubscriptionPreferenceDto] | Unset, optional): The preferences/rules for the subscription
        context_keys (Sequence[str] | Unset, optional): Context keys that scope this subscription (e.g., tenant:org-a, project:proj-123) Sent as `contextKeys`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    id: str
    identifier: str | Unset = UNSET
    name: str | Unset = UNSET
    preferences: Sequence[SubscriptionPreferenceDto] | Unset = UNSET
    context_keys: Sequence[str] | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> SubscriptionDetailsResponseDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not SubscriptionDetailsResponseDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> SubscriptionDetailsResponseDto:
    self: SubscriptionDetailsResponseDto = _c._new(SubscriptionDetailsResponseDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 1
    try:
        v = src["id"]
    except KeyError:
        v = _c.off(self, ("id",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("id",), v, "a string")
    self.id = v
    if "identifier" in src:
        v = src["identifier"]
        if v.__class__ is not str:
            v = _c.off(self, ("identifier",), v, "a string")
        self.identifier = v
        n += 1
    else:
        self.identifier = UNSET
    if "name" in src:
        v = src["name"]
        if v.__class__ is not str:
            v = _c.off(self, ("name",), v, "a string")
        self.name = v
        n += 1
    else:
        self.name = UNSET
    if "preferences" in src:
        v = src["preferences"]
        v = _c.models_in(self, "preferences", v, SubscriptionPreferenceDto, lazy)
        self.preferences = v
        n += 1
    else:
        self.preferences = UNSET
    if "contextKeys" in src:
        v = src["contextKeys"]
        v = _c.scalars_in(self, "contextKeys", v, (str,), "a string")
        self.context_keys = v
        n += 1
    else:
        self.context_keys = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


SubscriptionDetailsResponseDto._make = _make
SubscriptionDetailsResponseDto._decode = _decode
SubscriptionDetailsResponseDto._Pending = _c.pending(SubscriptionDetailsResponseDto)
SubscriptionDetailsResponseDto._SPEC = _c.ModelSpec(
    SubscriptionDetailsResponseDto,
    (
        ("id", "id", True, ("str",)),
        ("identifier", "identifier", False, ("str",)),
        ("name", "name", False, ("str",)),
        ("preferences", "preferences", False, ("list", ("model", SubscriptionPreferenceDto))),
        ("contextKeys", "context_keys", False, ("list", ("str",))),
    ),
)
