# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""EmailControlDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.email_control_dto_editor_type import EmailControlDtoEditorType
from novu_api.models.email_control_dto_skip import EmailControlDtoSkip

from .. import _codec as _c
from .._types import UNSET, Unset

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
class EmailControlDto:
    """Attributes:
    subject (str): Subject of the email.
    body (str): Body content of the email, either a valid Maily JSON object, or html string.
    skip (EmailControlDtoSkip | Unset, optional): JSONLogic filter conditions for conditionally skipping the step execution. Supports
        complex logical operations with AND, OR, and comparison operators. See
        https://jsonlogic.com/ for full typing reference.
    editor_type (EmailControlDtoEditorType | str | Unset, optional): Type of editor to use for the body. Sent as `editorType`.
    disable_output_sanitization (bool | Unset, optional): Disable sanitization of the output. Sent as `disableOutputSanitization`.
    layout_id (None | str | Unset, optional): Layout ID to use for the email. Null means no layout, undefined means default layout. Sent as `layoutId`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    subject: str
    body: str
    skip: EmailControlDtoSkip | Unset = UNSET
    editor_type: EmailControlDtoEditorType | str | Unset = UNSET
    disable_output_sanitization: bool | Unset = UNSET
    layout_id: None | str | Unset = UNSET
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
        if self.subject is not UNSET:
            out["subject"] = self.subject
        if self.body is not UNSET:
            out["body"] = self.body
        if self.skip is not UNSET:
            out["skip"] = _c.encode(self.skip)
        if self.editor_type is not UNSET:
            out["editorType"] = _c.encode(self.editor_type)
        if self.disable_output_sanitization is not UNSET:
            out["disableOutputSanitization"] = self.disable_output_sanitization
        if self.layout_id is not UNSET:
            out["layoutId"] = _c.encode(self.layout_id)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> EmailControlDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.subject = g("subject", UNSET)
        self.body = g("body", UNSET)
        self.skip = _c.model(EmailControlDtoSkip, g("skip", UNSET), "skip")
        self.editor_type = _c.enum_value(EmailControlDtoEditorType, g("editorType", UNSET))
        self.disable_output_sanitization = g("disableOutputSanitization", UNSET)
        self.layout_id = g("layoutId", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
