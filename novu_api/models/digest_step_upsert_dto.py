# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""DigestStepUpsertDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.digest_control_dto import DigestControlDto
from novu_api.models.digest_step_upsert_dto_control_values import DigestStepUpsertDtoControlValues
from novu_api.models.step_type_enum import StepTypeEnum

from .. import _codec as _c

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
class DigestStepUpsertDto(_c.Model):
    """Attributes:
        name (str): Name of the step
        type_ (StepTypeEnum | str): Type of the step Sent as `type`.
        id (str | Unset, optional): Database identifier of the step. Used for updating the step. Sent as `_id`.
        step_id (str | Unset, optional): Unique identifier for the step Sent as `stepId`.
        control_values (DigestControlDto | DigestStepUpsertDtoControlValues | Mapping[str, Any] | Unset, optional): Control values for the Digest step. Sent as `controlValues`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    name: str
    type_: StepTypeEnum | str
    id: str | Unset = UNSET
    step_id: str | Unset = UNSET
    control_values: DigestControlDto | DigestStepUpsertDtoControlValues | Mapping[str, Any] | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> DigestStepUpsertDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not DigestStepUpsertDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> DigestStepUpsertDto:
    self: DigestStepUpsertDto = _c._new(DigestStepUpsertDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 2
    try:
        v = src["name"]
    except KeyError:
        v = _c.off(self, ("name",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("name",), v, "a string")
    self.name = v
    try:
        v = src["type"]
    except KeyError:
        v = _c.off(
            self,
            ("type",),
            UNSET,
            "one of 'in_app', 'email', 'sms', 'chat', 'push', 'digest', 'trigger', 'delay', 'throttle', 'custom', 'http_request'",
        )
        n -= 1
    else:
        v = _c.enum_in(self, "type", v, StepTypeEnum)
    self.type_ = v
    if "_id" in src:
        v = src["_id"]
        if v.__class__ is not str:
            v = _c.off(self, ("_id",), v, "a string")
        self.id = v
        n += 1
    else:
        self.id = UNSET
    if "stepId" in src:
        v = src["stepId"]
        if v.__class__ is not str:
            v = _c.off(self, ("stepId",), v, "a string")
        self.step_id = v
        n += 1
    else:
        self.step_id = UNSET
    if "controlValues" in src:
        v = src["controlValues"]
        v = _c.union_in(self, "controlValues", v, _S_control_values)
        self.control_values = v
        n += 1
    else:
        self.control_values = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


DigestStepUpsertDto._make = _make
DigestStepUpsertDto._decode = _decode
DigestStepUpsertDto._Pending = _c.pending(DigestStepUpsertDto)
DigestStepUpsertDto._SPEC = _c.ModelSpec(
    DigestStepUpsertDto,
    (
        ("name", "name", True, ("str",)),
        ("type", "type_", True, ("enum", StepTypeEnum)),
        ("_id", "id", False, ("str",)),
        ("stepId", "step_id", False, ("str",)),
        (
            "controlValues",
            "control_values",
            False,
            (
                "union",
                (
                    ("model", DigestControlDto),
                    ("model", DigestStepUpsertDtoControlValues),
                ),
            ),
        ),
    ),
)
_S_control_values = _c.prepare(
    (
        "union",
        (
            ("model", DigestControlDto),
            ("model", DigestStepUpsertDtoControlValues),
        ),
    )
)
