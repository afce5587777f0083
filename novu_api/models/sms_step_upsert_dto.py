# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""SmsStepUpsertDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.sms_control_dto import SmsControlDto
from novu_api.models.sms_step_upsert_dto_control_values import SmsStepUpsertDtoControlValues
from novu_api.models.step_type_enum import StepTypeEnum

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "name",
        "type",
        "_id",
        "stepId",
        "controlValues",
    )
)


@_define(kw_only=True)
class SmsStepUpsertDto:
    """Attributes:
    name (str): Name of the step
    type_ (StepTypeEnum | str): Type of the step Sent as `type`.
    id (str | Unset, optional): Database identifier of the step. Used for updating the step. Sent as `_id`.
    step_id (str | Unset, optional): Unique identifier for the step Sent as `stepId`.
    control_values (SmsControlDto | SmsStepUpsertDtoControlValues | Unset, optional): Control values for the SMS step. Sent as `controlValues`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    name: str
    type_: StepTypeEnum | str
    id: str | Unset = UNSET
    step_id: str | Unset = UNSET
    control_values: SmsControlDto | SmsStepUpsertDtoControlValues | Unset = UNSET
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
        if self.name is not UNSET:
            out["name"] = self.name
        if self.type_ is not UNSET:
            out["type"] = _c.encode(self.type_)
        if self.id is not UNSET:
            out["_id"] = self.id
        if self.step_id is not UNSET:
            out["stepId"] = self.step_id
        if self.control_values is not UNSET:
            out["controlValues"] = _c.encode(self.control_values)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> SmsStepUpsertDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.name = g("name", UNSET)
        self.type_ = _c.enum_value(StepTypeEnum, g("type", UNSET))
        self.id = g("_id", UNSET)
        self.step_id = g("stepId", UNSET)
        self.control_values = _c.union(
            (
                SmsControlDto,
                SmsStepUpsertDtoControlValues,
            ),
            g("controlValues", UNSET),
            "controlValues",
        )
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
