# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""EmailControlDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.email_control_dto_editor_type import EmailControlDtoEditorType
from novu_api.models.email_control_dto_skip import EmailControlDtoSkip

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "subject",
        "body",
        "skip",
        "editorType",
        "disableOutputSanitization",
        "layoutId",
    )
)


@_define(kw_only=True)
class EmailControlDto(_c.Model):
    """Attributes:
        subject (str): Subject of the email.
        body (str): Body content of the email, either a valid Maily JSON object, or html string.
        skip (EmailControlDtoSkip | Mapping[str, Any] | Unset, optional): JSONLogic filter conditions for conditionally skipping the step execution. Supports
            complex logical operations with AND, OR, and comparison operators. See
            https://jsonlogic.com/ for full typing reference.
        editor_type (EmailControlDtoEditorType | str | Unset, optional): Type of editor to use for the body. Sent as `editorType`.
        disable_output_sanitization (bool | Unset, optional): Disable sanitization of the output. Sent as `disableOutputSanitization`.
        layout_id (str | None | Unset, optional): Layout ID to use for the email. Null means no layout, undefined means default layout. Sent as `layoutId`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    subject: str
    body: str
    skip: EmailControlDtoSkip | Mapping[str, Any] | Unset = UNSET
    editor_type: EmailControlDtoEditorType | str | Unset = UNSET
    disable_output_sanitization: bool | Unset = UNSET
    layout_id: str | None | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> EmailControlDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not EmailControlDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> EmailControlDto:
    self: EmailControlDto = _c._new(EmailControlDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 2
    try:
        v = src["subject"]
    except KeyError:
        v = _c.off(self, ("subject",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("subject",), v, "a string")
    self.subject = v
    try:
        v = src["body"]
    except KeyError:
        v = _c.off(self, ("body",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("body",), v, "a string")
    self.body = v
    if "skip" in src:
        v = src["skip"]
        if v.__class__ is dict:
            try:
                v = EmailControlDtoSkip._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "skip")
                raise
        else:
            v = _c.off(self, ("skip",), v, "an object (EmailControlDtoSkip)")
        self.skip = v
        n += 1
    else:
        self.skip = UNSET
    if "editorType" in src:
        v = src["editorType"]
        v = _c.enum_in(self, "editorType", v, EmailControlDtoEditorType)
        self.editor_type = v
        n += 1
    else:
        self.editor_type = UNSET
    if "disableOutputSanitization" in src:
        v = src["disableOutputSanitization"]
        if v.__class__ is not bool:
            v = _c.off(self, ("disableOutputSanitization",), v, "a boolean")
        self.disable_output_sanitization = v
        n += 1
    else:
        self.disable_output_sanitization = UNSET
    if "layoutId" in src:
        v = src["layoutId"]
        if v.__class__ is not str and v is not None:
            v = _c.off(self, ("layoutId",), v, "a string or null")
        self.layout_id = v
        n += 1
    else:
        self.layout_id = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


EmailControlDto._make = _make
EmailControlDto._decode = _decode
EmailControlDto._Pending = _c.pending(EmailControlDto)
EmailControlDto._SPEC = _c.ModelSpec(
    EmailControlDto,
    (
        ("subject", "subject", True, ("str",)),
        ("body", "body", True, ("str",)),
        ("skip", "skip", False, ("model", EmailControlDtoSkip)),
        ("editorType", "editor_type", False, ("enum", EmailControlDtoEditorType)),
        ("disableOutputSanitization", "disable_output_sanitization", False, ("bool",)),
        (
            "layoutId",
            "layout_id",
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
