# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""TriggerEventResponseDto"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.trigger_event_response_dto_job_data import TriggerEventResponseDtoJobData
from novu_api.models.trigger_event_response_dto_status import TriggerEventResponseDtoStatus

from .. import _codec as _c

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
class TriggerEventResponseDto(_c.Model):
    """Attributes:
        acknowledged (bool): Indicates whether the trigger was acknowledged or not
        status (TriggerEventResponseDtoStatus | str): Status of the trigger
        error (Sequence[str] | Unset, optional): In case of an error, this field will contain the error message(s)
        transaction_id (str | Unset, optional): The returned transaction ID of the trigger Sent as `transactionId`.
        activity_feed_link (str | Unset, optional): Link to the activity feed for this trigger event Sent as `activityFeedLink`.
        job_data (TriggerEventResponseDtoJobData | Mapping[str, Any] | Unset, optional):  Sent as `jobData`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    acknowledged: bool
    status: TriggerEventResponseDtoStatus | str
    error: Sequence[str] | Unset = UNSET
    transaction_id: str | Unset = UNSET
    activity_feed_link: str | Unset = UNSET
    job_data: TriggerEventResponseDtoJobData | Mapping[str, Any] | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> TriggerEventResponseDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not TriggerEventResponseDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> TriggerEventResponseDto:
    self: TriggerEventResponseDto = _c._new(TriggerEventResponseDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 2
    try:
        v = src["acknowledged"]
    except KeyError:
        v = _c.off(self, ("acknowledged",), UNSET, "a boolean")
        n -= 1
    else:
        if v.__class__ is not bool:
            v = _c.off(self, ("acknowledged",), v, "a boolean")
    self.acknowledged = v
    try:
        v = src["status"]
    except KeyError:
        v = _c.off(
            self,
            ("status",),
            UNSET,
            "one of 'error', 'trigger_not_active', 'no_workflow_active_steps_defined', 'no_workflow_steps_defined', 'processed', 'no_tenant_found', 'invalid_recipients'",
        )
        n -= 1
    else:
        v = _c.enum_in(self, "status", v, TriggerEventResponseDtoStatus)
    self.status = v
    if "error" in src:
        v = src["error"]
        v = _c.scalars_in(self, "error", v, (str,), "a string")
        self.error = v
        n += 1
    else:
        self.error = UNSET
    if "transactionId" in src:
        v = src["transactionId"]
        if v.__class__ is not str:
            v = _c.off(self, ("transactionId",), v, "a string")
        self.transaction_id = v
        n += 1
    else:
        self.transaction_id = UNSET
    if "activityFeedLink" in src:
        v = src["activityFeedLink"]
        if v.__class__ is not str:
            v = _c.off(self, ("activityFeedLink",), v, "a string")
        self.activity_feed_link = v
        n += 1
    else:
        self.activity_feed_link = UNSET
    if "jobData" in src:
        v = src["jobData"]
        if v.__class__ is dict:
            try:
                v = TriggerEventResponseDtoJobData._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "jobData")
                raise
        else:
            v = _c.off(self, ("jobData",), v, "an object (TriggerEventResponseDtoJobData)")
        self.job_data = v
        n += 1
    else:
        self.job_data = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


TriggerEventResponseDto._make = _make
TriggerEventResponseDto._decode = _decode
TriggerEventResponseDto._Pending = _c.pending(TriggerEventResponseDto)
TriggerEventResponseDto._SPEC = _c.ModelSpec(
    TriggerEventResponseDto,
    (
        ("acknowledged", "acknowledged", True, ("bool",)),
        ("status", "status", True, ("enum", TriggerEventResponseDtoStatus)),
        ("error", "error", False, ("list", ("str",))),
        ("transactionId", "transaction_id", False, ("str",)),
        ("activityFeedLink", "activity_feed_link", False, ("str",)),
        ("jobData", "job_data", False, ("model", TriggerEventResponseDtoJobData)),
    ),
)
