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

    def _fill(self) -> None:
        # Decode the wire object `from_dict` kept (see `_c.Model`), in place.
        src = self._src
        if src is None:
            return
        if self.__class__ is not EmailControlDto:
            return _c.fill_subclass(self, src, _decode)
        _c._put(self, "__class__", _Filling)  # plain slot writes while decoding
        try:
            _decode(self, src, False)
        finally:
            _c._put(self, "__class__", EmailControlDto)

    @classmethod
    def _eager(cls, src: Any, lazy: bool = False) -> EmailControlDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not EmailControlDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        self: EmailControlDto = object.__new__(_Filling)
        _decode(self, src, lazy)
        _c._put(self, "__class__", EmailControlDto)
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The same object while `_decode` writes its fields (plain slot writes); the class is put back after.
_Filling = _c.filling(EmailControlDto)


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare; `self` is a `_Filling`.
    g = src.get
    v = g("subject", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("subject",), v, "a string")
    self.subject = v
    v = g("body", UNSET)
    if v.__class__ is not str:
        v = _c.off(self, ("body",), v, "a string")
    self.body = v
    v = g("skip", UNSET)
    if v is not UNSET:
        v = _c.model_in(self, "skip", v, EmailControlDtoSkip, lazy)
    self.skip = v
    v = g("editorType", UNSET)
    if v is not UNSET:
        v = _c.enum_in(self, "editorType", v, EmailControlDtoEditorType)
    self.editor_type = v
    v = g("disableOutputSanitization", UNSET)
    if v.__class__ is not bool and v is not UNSET:
        v = _c.off(self, ("disableOutputSanitization",), v, "a boolean")
    self.disable_output_sanitization = v
    v = g("layoutId", UNSET)
    if v.__class__ is not str and v is not UNSET and v is not None:
        v = _c.off(self, ("layoutId",), v, "a string or null")
    self.layout_id = v
    self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
    self._src = None


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
