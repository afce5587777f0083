# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""InAppControlDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.action_dto import ActionDto
from novu_api.models.in_app_control_dto_data import InAppControlDtoData
from novu_api.models.in_app_control_dto_skip import InAppControlDtoSkip
from novu_api.models.redirect_dto import RedirectDto

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "skip",
        "body",
        "subject",
        "avatar",
        "primaryAction",
        "secondaryAction",
        "redirect",
        "disableOutputSanitization",
        "data",
    )
)


@_define(kw_only=True)
class InAppControlDto(_c.Model):
    """Attributes:
        skip (InAppControlDtoSkip | Mapping[str, Any] | Unset, optional): JSONLogic filter conditions for conditionally skipping the step execution. Supports
            complex logical operations with AND, OR, and comparison operators. See
            https://jsonlogic.com/ for full typing reference.
        body (str | Unset, optional): Content/body of the in-app message. Required if subject is empty.
        subject (str | Unset, optional): Subject/title of the in-app message. Required if body is empty.
        avatar (str | Unset, optional): URL for an avatar image. Must be a valid URL or start with / or {{ variable }}.
        primary_action (ActionDto | Unset, optional):  Sent as `primaryAction`.
        secondary_action (ActionDto | Unset, optional):  Sent as `secondaryAction`.
        redirect (RedirectDto | Unset, optional):
        disable_output_sanitization (bool | Unset, optional): Disable sanitization of the output. Sent as `disableOutputSanitization`.
        data (InAppControlDtoData | Mapping[str, Any] | Unset, optional): Additional data payload for the step.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    skip: InAppControlDtoSkip | Mapping[str, Any] | Unset = UNSET
    body: str | Unset = UNSET
    subject: str | Unset = UNSET
    avatar: str | Unset = UNSET
    primary_action: ActionDto | Unset = UNSET
    secondary_action: ActionDto | Unset = UNSET
    redirect: RedirectDto | Unset = UNSET
    disable_output_sanitization: bool | Unset = UNSET
    data: InAppControlDtoData | Mapping[str, Any] | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> InAppControlDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not InAppControlDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> InAppControlDto:
    self: InAppControlDto = _c._new(InAppControlDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 0
    if "skip" in src:
        v = src["skip"]
        if v.__class__ is dict:
            try:
                v = InAppControlDtoSkip._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "skip")
                raise
        else:
            v = _c.off(self, ("skip",), v, "an object (InAppControlDtoSkip)")
        self.skip = v
        n += 1
    else:
        self.skip = UNSET
    if "body" in src:
        v = src["body"]
        if v.__class__ is not str:
            v = _c.off(self, ("body",), v, "a string")
        self.body = v
        n += 1
    else:
        self.body = UNSET
    if "subject" in src:
        v = src["subject"]
        if v.__class__ is not str:
            v = _c.off(self, ("subject",), v, "a string")
        self.subject = v
        n += 1
    else:
        self.subject = UNSET
    if "avatar" in src:
        v = src["avatar"]
        if v.__class__ is not str:
            v = _c.off(self, ("avatar",), v, "a string")
        self.avatar = v
        n += 1
    else:
        self.avatar = UNSET
    if "primaryAction" in src:
        v = src["primaryAction"]
        if v.__class__ is dict:
            try:
                v = ActionDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "primaryAction")
                raise
        else:
            v = _c.off(self, ("primaryAction",), v, "an object (ActionDto)")
        self.primary_action = v
        n += 1
    else:
        self.primary_action = UNSET
    if "secondaryAction" in src:
        v = src["secondaryAction"]
        if v.__class__ is dict:
            try:
                v = ActionDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "secondaryAction")
                raise
        else:
            v = _c.off(self, ("secondaryAction",), v, "an object (ActionDto)")
        self.secondary_action = v
        n += 1
    else:
        self.secondary_action = UNSET
    if "redirect" in src:
        v = src["redirect"]
        if v.__class__ is dict:
            try:
                v = RedirectDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "redirect")
                raise
        else:
            v = _c.off(self, ("redirect",), v, "an object (RedirectDto)")
        self.redirect = v
        n += 1
    else:
        self.redirect = UNSET
    if "disableOutputSanitization" in src:
        v = src["disableOutputSanitization"]
        if v.__class__ is not bool:
            v = _c.off(self, ("disableOutputSanitization",), v, "a boolean")
        self.disable_output_sanitization = v
        n += 1
    else:
        self.disable_output_sanitization = UNSET
    if "data" in src:
        v = src["data"]
        if v.__class__ is dict:
            try:
                v = InAppControlDtoData._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "data")
                raise
        else:
            v = _c.off(self, ("data",), v, "an object (InAppControlDtoData)")
        self.data = v
        n += 1
    else:
        self.data = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


InAppControlDto._make = _make
InAppControlDto._decode = _decode
InAppControlDto._Pending = _c.pending(InAppControlDto)
InAppControlDto._SPEC = _c.ModelSpec(
    InAppControlDto,
    (
        ("skip", "skip", False, ("model", InAppControlDtoSkip)),
        ("body", "body", False, ("str",)),
        ("subject", "subject", False, ("str",)),
        ("avatar", "avatar", False, ("str",)),
        ("primaryAction", "primary_action", False, ("model", ActionDto)),
        ("secondaryAction", "secondary_action", False, ("model", ActionDto)),
        ("redirect", "redirect", False, ("model", RedirectDto)),
        ("disableOutputSanitization", "disable_output_sanitization", False, ("bool",)),
        ("data", "data", False, ("model", InAppControlDtoData)),
    ),
)
