# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""PreviewPayloadDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.preview_payload_dto_context import PreviewPayloadDtoContext
from novu_api.models.preview_payload_dto_env import PreviewPayloadDtoEnv
from novu_api.models.preview_payload_dto_payload import PreviewPayloadDtoPayload
from novu_api.models.preview_payload_dto_steps import PreviewPayloadDtoSteps
from novu_api.models.subscriber_response_dto_optional import SubscriberResponseDtoOptional

from .. import _codec as _c
from .._types import UNSET, Unset

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
class PreviewPayloadDto:
    """Attributes:
    subscriber (SubscriberResponseDtoOptional | Unset, optional):
    actor (SubscriberResponseDtoOptional | Unset, optional):
    payload (PreviewPayloadDtoPayload | Unset, optional): Payload data
    steps (PreviewPayloadDtoSteps | Unset, optional): Steps data
    context (PreviewPayloadDtoContext | Unset, optional):
    env (PreviewPayloadDtoEnv | Unset, optional): Environment variables data
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    subscriber: SubscriberResponseDtoOptional | Unset = UNSET
    actor: SubscriberResponseDtoOptional | Unset = UNSET
    payload: PreviewPayloadDtoPayload | Unset = UNSET
    steps: PreviewPayloadDtoSteps | Unset = UNSET
    context: PreviewPayloadDtoContext | Unset = UNSET
    env: PreviewPayloadDtoEnv | Unset = UNSET
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
        if self.subscriber is not UNSET:
            out["subscriber"] = _c.encode(self.subscriber)
        if self.actor is not UNSET:
            out["actor"] = _c.encode(self.actor)
        if self.payload is not UNSET:
            out["payload"] = _c.encode(self.payload)
        if self.steps is not UNSET:
            out["steps"] = _c.encode(self.steps)
        if self.context is not UNSET:
            out["context"] = _c.encode(self.context)
        if self.env is not UNSET:
            out["env"] = _c.encode(self.env)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> PreviewPayloadDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.subscriber = _c.model(SubscriberResponseDtoOptional, g("subscriber", UNSET), "subscriber")
        self.actor = _c.model(SubscriberResponseDtoOptional, g("actor", UNSET), "actor")
        self.payload = _c.model(PreviewPayloadDtoPayload, g("payload", UNSET), "payload")
        self.steps = _c.model(PreviewPayloadDtoSteps, g("steps", UNSET), "steps")
        self.context = _c.model(PreviewPayloadDtoContext, g("context", UNSET), "context")
        self.env = _c.model(PreviewPayloadDtoEnv, g("env", UNSET), "env")
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
