# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""FileRefDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "filename",
        "mimeType",
        "data",
        "url",
    )
)


@_define(kw_only=True)
class FileRefDto:
    """Attributes:
    filename (str): Filename shown to the end user, including extension.
    mime_type (str | Unset, optional): IANA MIME type of the file. Sent as `mimeType`.
    data (str | Unset, optional): Base64-encoded inline file bytes. Mutually exclusive with `url`. Decoded size must be ≤ 5
        MB. Prefer `url` for larger files.
    url (str | Unset, optional): Publicly accessible HTTP(S) URL. Mutually exclusive with `data`. Server-side limits: 25 MB
        per file, 15 files per message, 50 MB aggregate.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    filename: str
    mime_type: str | Unset = UNSET
    data: str | Unset = UNSET
    url: str | Unset = UNSET
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
        if self.filename is not UNSET:
            out["filename"] = self.filename
        if self.mime_type is not UNSET:
            out["mimeType"] = self.mime_type
        if self.data is not UNSET:
            out["data"] = self.data
        if self.url is not UNSET:
            out["url"] = self.url
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> FileRefDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.filename = g("filename", UNSET)
        self.mime_type = g("mimeType", UNSET)
        self.data = g("data", UNSET)
        self.url = g("url", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
