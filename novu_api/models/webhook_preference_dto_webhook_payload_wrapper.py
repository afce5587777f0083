# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""WebhookPreferenceDtoWebhookPayloadWrapper"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.webhook_preference_dto import WebhookPreferenceDto
from novu_api.models.webhook_preference_dto_webhook_payload_wrapper_object import (
    WebhookPreferenceDtoWebhookPayloadWrapperObject,
)
from novu_api.models.webhook_preference_dto_webhook_payload_wrapper_type import (
    WebhookPreferenceDtoWebhookPayloadWrapperType,
)

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "type",
        "data",
        "timestamp",
        "environmentId",
        "object",
        "id",
    )
)


@_define(kw_only=True)
class WebhookPreferenceDtoWebhookPayloadWrapper(_c.Model):
    """Attributes:
        type_ (WebhookPreferenceDtoWebhookPayloadWrapperType | str): The type of the webhook event. Sent as `type`.
        data (WebhookPreferenceDto):
        timestamp (datetime.datetime): ISO timestamp of when the event occurred.
        environment_id (str): The ID of the environment associated with the event. Sent as `environmentId`.
        object_ (WebhookPreferenceDtoWebhookPayloadWrapperObject | str): The type of object the event relates to. Sent as `object`.
        id (str | Unset, optional): Unique identifier of the webhook event (evt_✱).
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    type_: WebhookPreferenceDtoWebhookPayloadWrapperType | str
    data: WebhookPreferenceDto
    timestamp: datetime.datetime
    environment_id: str
    object_: WebhookPreferenceDtoWebhookPayloadWrapperObject | str
    id: str | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> WebhookPreferenceDtoWebhookPayloadWrapper:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not WebhookPreferenceDtoWebhookPayloadWrapper:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> WebhookPreferenceDtoWebhookPayloadWrapper:
    self: WebhookPreferenceDtoWebhookPayloadWrapper = _c._new(WebhookPreferenceDtoWebhookPayloadWrapper)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 5
    try:
        v = src["type"]
    except KeyError:
        v = _c.off(self, ("type",), UNSET, "one of 'preference.updated'")
        n -= 1
    else:
        v = _c.enum_in(self, "type", v, WebhookPreferenceDtoWebhookPayloadWrapperType)
    self.type_ = v
    try:
        v = src["data"]
    except KeyError:
        v = _c.off(self, ("data",), UNSET, "an object (WebhookPreferenceDto)")
        n -= 1
    else:
        if v.__class__ is dict:
            try:
                v = WebhookPreferenceDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "data")
                raise
        else:
            v = _c.off(self, ("data",), v, "an object (WebhookPreferenceDto)")
    self.data = v
    try:
        v = src["timestamp"]
    except KeyError:
        v = _c.off(self, ("timestamp",), UNSET, "a date-time string")
        n -= 1
    else:
        v = _c.datetime_in(self, "timestamp", v)
    self.timestamp = v
    try:
        v = src["environmentId"]
    except KeyError:
        v = _c.off(self, ("environmentId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("environmentId",), v, "a string")
    self.environment_id = v
    try:
        v = src["object"]
    except KeyError:
        v = _c.off(self, ("object",), UNSET, "one of 'preference'")
        n -= 1
    else:
        v = _c.enum_in(self, "object", v, WebhookPreferenceDtoWebhookPayloadWrapperObject)
    self.object_ = v
    if "id" in src:
        v = src["id"]
        if v.__class__ is not str:
            v = _c.off(self, ("id",), v, "a string")
        self.id = v
        n += 1
    else:
        self.id = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


WebhookPreferenceDtoWebhookPayloadWrapper._make = _make
WebhookPreferenceDtoWebhookPayloadWrapper._decode = _decode
WebhookPreferenceDtoWebhookPayloadWrapper._Pending = _c.pending(WebhookPreferenceDtoWebhookPayloadWrapper)
WebhookPreferenceDtoWebhookPayloadWrapper._SPEC = _c.ModelSpec(
    WebhookPreferenceDtoWebhookPayloadWrapper,
    (
        ("type", "type_", True, ("enum", WebhookPreferenceDtoWebhookPayloadWrapperType)),
        ("data", "data", True, ("model", WebhookPreferenceDto)),
        ("timestamp", "timestamp", True, ("datetime",)),
        ("environmentId", "environment_id", True, ("str",)),
        ("object", "object_", True, ("enum", WebhookPreferenceDtoWebhookPayloadWrapperObject)),
        ("id", "id", False, ("str",)),
    ),
)
