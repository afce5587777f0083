# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""ActivityNotificationJobResponseDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.activity_notification_execution_detail_response_dto import (
    ActivityNotificationExecutionDetailResponseDto,
)
from novu_api.models.activity_notification_job_response_dto_overrides import (
    ActivityNotificationJobResponseDtoOverrides,
)
from novu_api.models.activity_notification_job_response_dto_payload import (
    ActivityNotificationJobResponseDtoPayload,
)
from novu_api.models.activity_notification_job_response_dto_type import ActivityNotificationJobResponseDtoType
from novu_api.models.activity_notification_step_response_dto import ActivityNotificationStepResponseDto
from novu_api.models.digest_metadata_dto import DigestMetadataDto
from novu_api.models.providers_id_enum import ProvidersIdEnum

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "_id",
        "type",
        "executionDetails",
        "step",
        "providerId",
        "status",
        "digest",
        "overrides",
        "payload",
        "updatedAt",
        "scheduleExtensionsCount",
    )
)


@_define(kw_only=True)
class ActivityNotificationJobResponseDto:
    """Attributes:
    id (str): Unique identifier of the job Sent as `_id`.
    type_ (ActivityNotificationJobResponseDtoType | str): Type of the job Sent as `type`.
    execution_details (list[ActivityNotificationExecutionDetailResponseDto]): Execution details of the job Sent as `executionDetails`.
    step (ActivityNotificationStepResponseDto):
    provider_id (ProvidersIdEnum | str): Provider ID of the job Sent as `providerId`.
    status (str): Status of the job
    digest (DigestMetadataDto | Unset, optional):
    overrides (ActivityNotificationJobResponseDtoOverrides | Unset, optional): Optional context object for additional error details.
    payload (ActivityNotificationJobResponseDtoPayload | Unset, optional): Optional payload for the job
    updated_at (str | Unset, optional): Updated time of the notification Sent as `updatedAt`.
    schedule_extensions_count (float | Unset, optional): The number of times the digest/delay job has been extended to align with the subscribers
        schedule Sent as `scheduleExtensionsCount`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    id: str
    type_: ActivityNotificationJobResponseDtoType | str
    execution_details: list[ActivityNotificationExecutionDetailResponseDto]
    step: ActivityNotificationStepResponseDto
    provider_id: ProvidersIdEnum | str
    status: str
    digest: DigestMetadataDto | Unset = UNSET
    overrides: ActivityNotificationJobResponseDtoOverrides | Unset = UNSET
    payload: ActivityNotificationJobResponseDtoPayload | Unset = UNSET
    updated_at: str | Unset = UNSET
    schedule_extensions_count: float | Unset = UNSET
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
        if self.id is not UNSET:
            out["_id"] = self.id
        if self.type_ is not UNSET:
            out["type"] = _c.encode(self.type_)
        if self.execution_details is not UNSET:
            out["executionDetails"] = _c.encode(self.execution_details)
        if self.step is not UNSET:
            out["step"] = _c.encode(self.step)
        if self.provider_id is not UNSET:
            out["providerId"] = _c.encode(self.provider_id)
        if self.status is not UNSET:
            out["status"] = self.status
        if self.digest is not UNSET:
            out["digest"] = _c.encode(self.digest)
        if self.overrides is not UNSET:
            out["overrides"] = _c.encode(self.overrides)
        if self.payload is not UNSET:
            out["payload"] = _c.encode(self.payload)
        if self.updated_at is not UNSET:
            out["updatedAt"] = self.updated_at
        if self.schedule_extensions_count is not UNSET:
            out["scheduleExtensionsCount"] = self.schedule_extensions_count
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> ActivityNotificationJobResponseDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.id = g("_id", UNSET)
        self.type_ = _c.enum_value(ActivityNotificationJobResponseDtoType, g("type", UNSET))
        self.execution_details = _c.model_list(
            ActivityNotificationExecutionDetailResponseDto, g("executionDetails", UNSET), "executionDetails"
        )
        self.step = _c.model(ActivityNotificationStepResponseDto, g("step", UNSET), "step")
        self.provider_id = _c.enum_value(ProvidersIdEnum, g("providerId", UNSET))
        self.status = g("status", UNSET)
        self.digest = _c.model(DigestMetadataDto, g("digest", UNSET), "digest")
        self.overrides = _c.model(
            ActivityNotificationJobResponseDtoOverrides, g("overrides", UNSET), "overrides"
        )
        self.payload = _c.model(ActivityNotificationJobResponseDtoPayload, g("payload", UNSET), "payload")
        self.updated_at = g("updatedAt", UNSET)
        self.schedule_extensions_count = g("scheduleExtensionsCount", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
