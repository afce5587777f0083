# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""ActivityNotificationExecutionDetailResponseDto"""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.execution_details_source_enum import ExecutionDetailsSourceEnum
from novu_api.models.execution_details_status_enum import ExecutionDetailsStatusEnum
from novu_api.models.providers_id_enum import ProvidersIdEnum

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "_id",
        "status",
        "detail",
        "isRetry",
        "isTest",
        "source",
        "createdAt",
        "providerId",
        "raw",
    )
)


@_define(kw_only=True)
class ActivityNotificationExecutionDetailResponseDto(_c.Model):
    """Attributes:
        id (str): Unique identifier of the execution detail Sent as `_id`.
        status (ExecutionDetailsStatusEnum | str): Status of the execution detail
        detail (str): Detailed information about the execution
        is_retry (bool): Whether the execution is a retry or not Sent as `isRetry`.
        is_test (bool): Whether the execution is a test or not Sent as `isTest`.
        source (ExecutionDetailsSourceEnum | str): Source of the execution detail
        created_at (str | Unset, optional): Creation time of the execution detail Sent as `createdAt`.
        provider_id (ProvidersIdEnum | str | Unset, optional): Provider ID of the job Sent as `providerId`.
        raw (str | None | Unset, optional): Raw data of the execution
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    id: str
    status: ExecutionDetailsStatusEnum | str
    detail: str
    is_retry: bool
    is_test: bool
    source: ExecutionDetailsSourceEnum | str
    created_at: str | Unset = UNSET
    provider_id: ProvidersIdEnum | str | Unset = UNSET
    raw: str | None | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> ActivityNotificationExecutionDetailResponseDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not ActivityNotificationExecutionDetailResponseDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> ActivityNotificationExecutionDetailResponseDto:
    self: ActivityNotificationExecutionDetailResponseDto = _c._new(
        ActivityNotificationExecutionDetailResponseDto
    )
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 6
    try:
        v = src["_id"]
    except KeyError:
        v = _c.off(self, ("_id",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("_id",), v, "a string")
    self.id = v
    try:
        v = src["status"]
    except KeyError:
        v = _c.off(
            self,
            ("status",),
            UNSET,
            "one of 'Success', 'Warning', 'Failed', 'Pending', 'Queued', 'ReadConfirmation'",
        )
        n -= 1
    else:
        v = _c.enum_in(self, "status", v, ExecutionDetailsStatusEnum)
    self.status = v
    try:
        v = src["detail"]
    except KeyError:
        v = _c.off(self, ("detail",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("detail",), v, "a string")
    self.detail = v
    try:
        v = src["isRetry"]
    except KeyError:
        v = _c.off(self, ("isRetry",), UNSET, "a boolean")
        n -= 1
    else:
        if v.__class__ is not bool:
            v = _c.off(self, ("isRetry",), v, "a boolean")
    self.is_retry = v
    try:
        v = src["isTest"]
    except KeyError:
        v = _c.off(self, ("isTest",), UNSET, "a boolean")
        n -= 1
    else:
        if v.__class__ is not bool:
            v = _c.off(self, ("isTest",), v, "a boolean")
    self.is_test = v
    try:
        v = src["source"]
    except KeyError:
        v = _c.off(self, ("source",), UNSET, "one of 'Credentials', 'Internal', 'Payload', 'Webhook'")
        n -= 1
    else:
        v = _c.enum_in(self, "source", v, ExecutionDetailsSourceEnum)
    self.source = v
    if "createdAt" in src:
        v = src["createdAt"]
        if v.__class__ is not str:
            v = _c.off(self, ("createdAt",), v, "a string")
        self.created_at = v
        n += 1
    else:
        self.created_at = UNSET
    if "providerId" in src:
        v = src["providerId"]
        v = _c.enum_in(self, "providerId", v, ProvidersIdEnum)
        self.provider_id = v
        n += 1
    else:
        self.provider_id = UNSET
    if "raw" in src:
        v = src["raw"]
        if v.__class__ is not str and v is not None:
            v = _c.off(self, ("raw",), v, "a string or null")
        self.raw = v
        n += 1
    else:
        self.raw = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


ActivityNotificationExecutionDetailResponseDto._make = _make
ActivityNotificationExecutionDetailResponseDto._decode = _decode
ActivityNotificationExecutionDetailResponseDto._Pending = _c.pending(
    ActivityNotificationExecutionDetailResponseDto
)
ActivityNotificationExecutionDetailResponseDto._SPEC = _c.ModelSpec(
    ActivityNotificationExecutionDetailResponseDto,
    (
        ("_id", "id", True, ("str",)),
        ("status", "status", True, ("enum", ExecutionDetailsStatusEnum)),
        ("detail", "detail", True, ("str",)),
        ("isRetry", "is_retry", True, ("bool",)),
        ("isTest", "is_test", True, ("bool",)),
        ("source", "source", True, ("enum", ExecutionDetailsSourceEnum)),
        ("createdAt", "created_at", False, ("str",)),
        ("providerId", "provider_id", False, ("enum", ProvidersIdEnum)),
        (
            "raw",
            "raw",
            False,
            (
                "union",
                (
                    ("str",),
                    ("null",),
                ),
            ),
        ),
    ),
)
