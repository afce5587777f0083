# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""BulkCreateSubscriberResponseDto"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET
from novu_api.models.created_subscriber_dto import CreatedSubscriberDto
from novu_api.models.failed_operation_dto import FailedOperationDto
from novu_api.models.updated_subscriber_dto import UpdatedSubscriberDto

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "updated",
        "created",
        "failed",
    )
)


@_define(kw_only=True)
class BulkCreateSubscriberResponseDto(_c.Model):
    """Attributes:
        updated (Sequence[UpdatedSubscriberDto]): An array of subscribers that were successfully updated.
        created (Sequence[CreatedSubscriberDto]): An array of subscribers that were successfully created.
        failed (Sequence[FailedOperationDto]): An array of failed operations with error messages and optional subscriber IDs.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    updated: Sequence[UpdatedSubscriberDto]
    created: Sequence[CreatedSubscriberDto]
    failed: Sequence[FailedOperationDto]
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
    def _eager(cls, src: Any, lazy: bool = False) -> BulkCreateSubscriberResponseDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not BulkCreateSubscriberResponseDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> BulkCreateSubscriberResponseDto:
    self: BulkCreateSubscriberResponseDto = _c._new(BulkCreateSubscriberResponseDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 3
    try:
        v = src["updated"]
    except KeyError:
        v = _c.off(self, ("updated",), UNSET, "an array of an object (UpdatedSubscriberDto)")
        n -= 1
    else:
        v = _c.models_in(self, "updated", v, UpdatedSubscriberDto, lazy)
    self.updated = v
    try:
        v = src["created"]
    except KeyError:
        v = _c.off(self, ("created",), UNSET, "an array of an object (CreatedSubscriberDto)")
        n -= 1
    else:
        v = _c.models_in(self, "created", v, CreatedSubscriberDto, lazy)
    self.created = v
    try:
        v = src["failed"]
    except KeyError:
        v = _c.off(self, ("failed",), UNSET, "an array of an object (FailedOperationDto)")
        n -= 1
    else:
        v = _c.models_in(self, "failed", v, FailedOperationDto, lazy)
    self.failed = v
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


BulkCreateSubscriberResponseDto._make = _make
BulkCreateSubscriberResponseDto._decode = _decode
BulkCreateSubscriberResponseDto._Pending = _c.pending(BulkCreateSubscriberResponseDto)
BulkCreateSubscriberResponseDto._SPEC = _c.ModelSpec(
    BulkCreateSubscriberResponseDto,
    (
        ("updated", "updated", True, ("list", ("model", UpdatedSubscriberDto))),
        ("created", "created", True, ("list", ("model", CreatedSubscriberDto))),
        ("failed", "failed", True, ("list", ("model", FailedOperationDto))),
    ),
)
