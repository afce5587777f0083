# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""TriggerEventResponseDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.trigger_event_response_dto_job_data import TriggerEventResponseDtoJobData
from novu_api.models.trigger_event_response_dto_status import TriggerEventResponseDtoStatus

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "acknowledged",
        "status",
        "error",
        "transactionId",
        "activityFeedLink",
        "jobData",
    )
)


@_define(kw_only=True)
class TriggerEventResponseDto:
    """Attributes:
    acknowledged (bool): Indicates whether the trigger was acknowledged or not
    status (TriggerEventResponseDtoStatus | str): Status of the trigger
    error (list[str] | Unset, optional): In case of an error, this field will contain the error message(s)
    transaction_id (str | Unset, optional): The returned transaction ID of the trigger Sent as `transactionId`.
    activity_feed_link (str | Unset, optional): Link to the activity feed for this trigger event Sent as `activityFeedLink`.
    job_data (TriggerEventResponseDtoJobData | Unset, optional):  Sent as `jobData`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    acknowledged: bool
    status: TriggerEventResponseDtoStatus | str
    error: list[str] | Unset = UNSET
    transaction_id: str | Unset = UNSET
    activity_feed_link: str | Unset = UNSET
    job_data: TriggerEventResponseDtoJobData | Unset = UNSET
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
        if self.acknowledged is not UNSET:
            out["acknowledged"] = self.acknowledged
        if self.status is not UNSET:
            out["status"] = _c.encode(self.status)
        if self.error is not UNSET:
            out["error"] = self.error
        if self.transaction_id is not UNSET:
            out["transactionId"] = self.transaction_id
        if self.activity_feed_link is not UNSET:
            out["activityFeedLink"] = self.activity_feed_link
        if self.job_data is not UNSET:
            out["jobData"] = _c.encode(self.job_data)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> TriggerEventResponseDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.acknowledged = g("acknowledged", UNSET)
        self.status = _c.enum_value(TriggerEventResponseDtoStatus, g("status", UNSET))
        self.error = g("error", UNSET)
        self.transaction_id = g("transactionId", UNSET)
        self.activity_feed_link = g("activityFeedLink", UNSET)
        self.job_data = _c.model(TriggerEventResponseDtoJobData, g("jobData", UNSET), "jobData")
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
