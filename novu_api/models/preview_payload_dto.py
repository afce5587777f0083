# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""PreviewPayloadDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.preview_payload_dto_context import PreviewPayloadDtoContext
from novu_api.models.preview_payload_dto_env import PreviewPayloadDtoEnv
from novu_api.models.preview_payload_dto_payload import PreviewPayloadDtoPayload
from novu_api.models.preview_payload_dto_steps import PreviewPayloadDtoSteps
from novu_api.models.subscriber_response_dto_optional import SubscriberResponseDtoOptional

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "subscriber",
        "actor",
        "payload",
        "steps",
        "context",
        "env",
    )
)


@_define(kw_only=True)
class PreviewPayloadDto(_c.Model):
    """Attributes:
        subscriber (SubscriberResponseDtoOptional | Unset, optional):
        actor (SubscriberResponseDtoOptional | Unset, optional):
        payload (PreviewPayloadDtoPayload | Mapping[str, Any] | Unset, optional): Payload data
        steps (PreviewPayloadDtoSteps | Mapping[str, Any] | Unset, optional): Steps data
        context (PreviewPayloadDtoContext | Mapping[str, Any] | Unset, optional):
        env (PreviewPayloadDtoEnv | Mapping[str, Any] | Unset, optional): Environment variables data
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    subscriber: SubscriberResponseDtoOptional | Unset = UNSET
    actor: SubscriberResponseDtoOptional | Unset = UNSET
    payload: PreviewPayloadDtoPayload | Mapping[str, Any] | Unset = UNSET
    steps: PreviewPayloadDtoSteps | Mapping[str, Any] | Unset = UNSET
    context: PreviewPayloadDtoContext | Mapping[str, Any] | Unset = UNSET
    env: PreviewPayloadDtoEnv | Mapping[str, Any] | Unset = UNSET
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

    def _fill(self) -> None:
        # Decode the wire object `from_dict` kept (see `_c.Model`), in place.
        src = self._src
        if src is None:
            return
        if self.__class__ is not PreviewPayloadDto:
            return _c.fill_subclass(self, src, _decode)
        _c._put(self, "__class__", _Filling)  # plain slot writes while decoding
        try:
            _decode(self, src, False)
        finally:
            _c._put(self, "__class__", PreviewPayloadDto)

    @classmethod
    def _eager(cls, src: Any, lazy: bool = False) -> PreviewPayloadDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not PreviewPayloadDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        self: PreviewPayloadDto = object.__new__(_Filling)
        _decode(self, src, lazy)
        _c._put(self, "__class__", PreviewPayloadDto)
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The same object while `_decode` writes its fields (plain slot writes); the class is put back after.
_Filling = _c.filling(PreviewPayloadDto)


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare; `self` is a `_Filling`.
    g = src.get
    v = g("subscriber", UNSET)
    if v is not UNSET:
        v = _c.model_in(self, "subscriber", v, SubscriberResponseDtoOptional, lazy)
    self.subscriber = v
    v = g("actor", UNSET)
    if v is not UNSET:
        v = _c.model_in(self, "actor", v, SubscriberResponseDtoOptional, lazy)
    self.actor = v
    v = g("payload", UNSET)
    if v is not UNSET:
        v = _c.model_in(self, "payload", v, PreviewPayloadDtoPayload, lazy)
    self.payload = v
    v = g("steps", UNSET)
    if v is not UNSET:
        v = _c.model_in(self, "steps", v, PreviewPayloadDtoSteps, lazy)
    self.steps = v
    v = g("context", UNSET)
    if v is not UNSET:
        v = _c.model_in(self, "context", v, PreviewPayloadDtoContext, lazy)
    self.context = v
    v = g("env", UNSET)
    if v is not UNSET:
        v = _c.model_in(self, "env", v, PreviewPayloadDtoEnv, lazy)
    self.env = v
    self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
    self._src = None


PreviewPayloadDto._SPEC = _c.ModelSpec(
    PreviewPayloadDto,
    (
        ("subscriber", "subscriber", False, ("model", SubscriberResponseDtoOptional)),
        ("actor", "actor", False, ("model", SubscriberResponseDtoOptional)),
        ("payload", "payload", False, ("model", PreviewPayloadDtoPayload)),
        ("steps", "steps", False, ("model", PreviewPayloadDtoSteps)),
        ("context", "context", False, ("model", PreviewPayloadDtoContext)),
        ("env", "env", False, ("model", PreviewPayloadDtoEnv)),
    ),
)
