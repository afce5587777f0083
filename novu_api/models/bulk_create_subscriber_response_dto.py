# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""BulkCreateSubscriberResponseDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.created_subscriber_dto import CreatedSubscriberDto
from novu_api.models.failed_operation_dto import FailedOperationDto
from novu_api.models.updated_subscriber_dto import UpdatedSubscriberDto

from .. import _codec as _c
from .._types import UNSET

_KNOWN: frozenset[str] = frozenset(
    (
        "updated",
        "created",
        "failed",
    )
)


@_define(kw_only=True)
class BulkCreateSubscriberResponseDto:
    """Attributes:
    updated (list[UpdatedSubscriberDto]): An array of subscribers that were successfully updated.
    created (list[CreatedSubscriberDto]): An array of subscribers that were successfully created.
    failed (list[FailedOperationDto]): An array of failed operations with error messages and optional subscriber IDs.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    updated: list[UpdatedSubscriberDto]
    created: list[CreatedSubscriberDto]
    failed: list[FailedOperationDto]
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
        if self.updated is not UNSET:
            out["updated"] = _c.encode(self.updated)
        if self.created is not UNSET:
            out["created"] = _c.encode(self.created)
        if self.failed is not UNSET:
            out["failed"] = _c.encode(self.failed)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> BulkCreateSubscriberResponseDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.updated = _c.model_list(UpdatedSubscriberDto, g("updated", UNSET), "updated")
        self.created = _c.model_list(CreatedSubscriberDto, g("created", UNSET), "created")
        self.failed = _c.model_list(FailedOperationDto, g("failed", UNSET), "failed")
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
