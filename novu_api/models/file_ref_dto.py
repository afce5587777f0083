# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""FileRefDto"""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "filename",
        "mimeType",
        "data",
        "url",
    )
)


@_define(kw_only=True)
class FileRefDto(_c.Model):
    """Attributes:
        filename (str): Filename shown to the end user, including extension.
        mime_type (str | Unset, optional): IANA MIME type of the file. Sent as `mimeType`.
        data (str | Unset, optional): Base64-encoded inline file bytes. Mutually exclusive with `url`. Decoded size must be ≤ 5
            MB. Prefer `url` for larger files.
        url (str | Unset, optional): Publicly accessible HTTP(S) URL. Mutually exclusive with `data`. Server-side limits: 25 MB
            per file, 15 files per message, 50 MB aggregate.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    filename: str
    mime_type: str | Unset = UNSET
    data: str | Unset = UNSET
    url: str | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> FileRefDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not FileRefDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> FileRefDto:
    self: FileRefDto = _c._new(FileRefDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 1
    try:
        v = src["filename"]
    except KeyError:
        v = _c.off(self, ("filename",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("filename",), v, "a string")
    self.filename = v
    if "mimeType" in src:
        v = src["mimeType"]
        if v.__class__ is not str:
            v = _c.off(self, ("mimeType",), v, "a string")
        self.mime_type = v
        n += 1
    else:
        self.mime_type = UNSET
    if "data" in src:
        v = src["data"]
        if v.__class__ is not str:
            v = _c.off(self, ("data",), v, "a string")
        self.data = v
        n += 1
    else:
        self.data = UNSET
    if "url" in src:
        v = src["url"]
        if v.__class__ is not str:
            v = _c.off(self, ("url",), v, "a string")
        self.url = v
        n += 1
    else:
        self.url = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


FileRefDto._make = _make
FileRefDto._decode = _decode
FileRefDto._Pending = _c.pending(FileRefDto)
FileRefDto._SPEC = _c.ModelSpec(
    FileRefDto,
    (
        ("filename", "filename", True, ("str",)),
        ("mimeType", "mime_type", False, ("str",)),
        ("data", "data", False, ("str",)),
        ("url", "url", False, ("str",)),
    ),
)
