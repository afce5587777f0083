# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""PatchWorkflowDto"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.patch_workflow_dto_payload_schema import PatchWorkflowDtoPayloadSchema

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "active",
        "name",
        "description",
        "tags",
        "payloadSchema",
        "validatePayload",
        "isTranslationEnabled",
    )
)


@_define(kw_only=True)
class PatchWorkflowDto(_c.Model):
    """Attributes:
        active (bool | Unset, optional): Activate or deactivate the workflow
        name (str | Unset, optional): New name for the workflow
        description (str | Unset, optional): Updated description of the workflow
        tags (Sequence[str] | Unset, optional): Tags associated with the workflow
        payload_schema (PatchWorkflowDtoPayloadSchema | Mapping[str, Any] | None | Unset, optional): The payload JSON Schema for the workflow Sent as `payloadSchema`.
        validate_payload (bool | Unset, optional): Enable or disable payload schema validation Sent as `validatePayload`.
        is_translation_enabled (bool | Unset, optional): Enable or disable translations for this workflow Sent as `isTranslationEnabled`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    active: bool | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    tags: Sequence[str] | Unset = UNSET
    payload_schema: PatchWorkflowDtoPayloadSchema | Mapping[str, Any] | None | Unset = UNSET
    validate_payload: bool | Unset = UNSET
    is_translation_enabled: bool | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> PatchWorkflowDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not PatchWorkflowDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> PatchWorkflowDto:
    self: PatchWorkflowDto = _c._new(PatchWorkflowDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 0
    if "active" in src:
        v = src["active"]
        if v.__class__ is not bool:
            v = _c.off(self, ("active",), v, "a boolean")
        self.active = v
        n += 1
    else:
        self.active = UNSET
    if "name" in src:
        v = src["name"]
        if v.__class__ is not str:
            v = _c.off(self, ("name",), v, "a string")
        self.name = v
        n += 1
    else:
        self.name = UNSET
    if "description" in src:
        v = src["description"]
        if v.__class__ is not str:
            v = _c.off(self, ("description",), v, "a string")
        self.description = v
        n += 1
    else:
        self.description = UNSET
    if "tags" in src:
        v = src["tags"]
        v = _c.scalars_in(self, "tags", v, (str,), "a string")
        self.tags = v
        n += 1
    else:
        self.tags = UNSET
    if "payloadSchema" in src:
        v = src["payloadSchema"]
        if v is not None:
            if v.__class__ is dict:
                try:
                    v = PatchWorkflowDtoPayloadSchema._make(v, lazy)
                except _c.DecodeError as exc:
                    exc.path.insert(0, "payloadSchema")
                    raise
            else:
                v = _c.off(self, ("payloadSchema",), v, "an object (PatchWorkflowDtoPayloadSchema) or null")
        self.payload_schema = v
        n += 1
    else:
        self.payload_schema = UNSET
    if "validatePayload" in src:
        v = src["validatePayload"]
        if v.__class__ is not bool:
            v = _c.off(self, ("validatePayload",), v, "a boolean")
        self.validate_payload = v
        n += 1
    else:
        self.validate_payload = UNSET
    if "isTranslationEnabled" in src:
        v = src["isTranslationEnabled"]
        if v.__class__ is not bool:
            v = _c.off(self, ("isTranslationEnabled",), v, "a boolean")
        self.is_translation_enabled = v
        n += 1
    else:
        self.is_translation_enabled = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


PatchWorkflowDto._make = _make
PatchWorkflowDto._decode = _decode
PatchWorkflowDto._Pending = _c.pending(PatchWorkflowDto)
PatchWorkflowDto._SPEC = _c.ModelSpec(
    PatchWorkflowDto,
    (
        ("active", "active", False, ("bool",)),
        ("name", "name", False, ("str",)),
        ("description", "description", False, ("str",)),
        ("tags", "tags", False, ("list", ("str",))),
        (
            "payloadSchema",
            "payload_schema",
            False,
            (
                "union",
                (
                    ("model", PatchWorkflowDtoPayloadSchema),
                    ("null",),
                ),
            ),
        ),
        ("validatePayload", "validate_payload", False, ("bool",)),
        ("isTranslationEnabled", "is_translation_enabled", False, ("bool",)),
    ),
)
