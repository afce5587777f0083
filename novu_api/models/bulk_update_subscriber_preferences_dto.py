# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""BulkUpdateSubscriberPreferencesDto"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.bulk_update_subscriber_preference_item_dto import BulkUpdateSubscriberPreferenceItemDto
from novu_api.models.bulk_update_subscriber_preferences_dto_context import (
    BulkUpdateSubscriberPreferencesDtoContext,
)

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "preferences",
        "context",
    )
)


@_define(kw_only=True)
class BulkUpdateSubscriberPreferencesDto(_c.Model):
    """Attributes:
        preferences (Sequence[BulkUpdateSubscriberPreferenceItemDto]): Array of workflow preferences to update (maximum 100 items)
        context (BulkUpdateSubscriberPreferencesDtoContext | Mapping[str, Any] | Unset, optional):
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    preferences: Sequence[BulkUpdateSubscriberPreferenceItemDto]
    context: BulkUpdateSubscriberPreferencesDtoContext | Mapping[str, Any] | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> BulkUpdateSubscriberPreferencesDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not BulkUpdateSubscriberPreferencesDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> BulkUpdateSubscriberPreferencesDto:
    self: BulkUpdateSubscriberPreferencesDto = _c._new(BulkUpdateSubscriberPreferencesDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 1
    try:
        v = src["preferences"]
    except KeyError:
        v = _c.off(
            self, ("preferences",), UNSET, "an array of an object (BulkUpdateSubscriberPreferenceItemDto)"
        )
        n -= 1
    else:
        v = _c.models_in(self, "preferences", v, BulkUpdateSubscriberPreferenceItemDto, lazy)
    self.preferences = v
    if "context" in src:
        v = src["context"]
        if v.__class__ is dict:
            try:
                v = BulkUpdateSubscriberPreferencesDtoContext._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "context")
                raise
        else:
            v = _c.off(self, ("context",), v, "an object (BulkUpdateSubscriberPreferencesDtoContext)")
        self.context = v
        n += 1
    else:
        self.context = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


BulkUpdateSubscriberPreferencesDto._make = _make
BulkUpdateSubscriberPreferencesDto._decode = _decode
BulkUpdateSubscriberPreferencesDto._Pending = _c.pending(BulkUpdateSubscriberPreferencesDto)
BulkUpdateSubscriberPreferencesDto._SPEC = _c.ModelSpec(
    BulkUpdateSubscriberPreferencesDto,
    (
        ("preferences", "preferences", True, ("list", ("model", BulkUpdateSubscriberPreferenceItemDto))),
        ("context", "context", False, ("model", BulkUpdateSubscriberPreferencesDtoContext)),
    ),
)
