"""Small shared types: the UNSET sentinel, uploaded files, and the detailed response."""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any, Generic, Literal, TypeVar

if TYPE_CHECKING:  # a standalone operation module must not pay for httpx at import
    import httpx

T = TypeVar("T")


class Unset:
    """Marks an argument or field that was not given (distinct from an explicit None)."""

    __slots__ = ()
    _instance: Unset | None = None

    def __new__(cls) -> Unset:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"


UNSET: Any = Unset()
"""Typed as Any so it can default any parameter; compare with `is UNSET`."""


@dataclass
class File:
    """A file to upload in a multipart request."""

    payload: IO[bytes] | bytes
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> tuple[str | None, IO[bytes] | bytes, str | None]:
        return self.file_name, self.payload, self.mime_type


FileContent = IO[bytes] | bytes
FileInput = (
    File | bytes | IO[bytes] | tuple[str | None, FileContent] | tuple[str | None, FileContent, str | None]
)
"""What a file field or argument takes: a `File`, bytes, a binary file object, or httpx's own
`(filename, content)` / `(filename, content, content_type)` tuple. Where a list of files is
declared, one file alone works too."""


@dataclass(frozen=True)
class Response(Generic[T]):
    """What a `*_detailed` call returns: the parsed value and the HTTP response it came from."""

    status_code: int
    headers: httpx.Headers
    content: bytes
    parsed: T
    http_response: httpx.Response

    @property
    def request_id(self) -> str | None:
        value = self.headers.get("x-request-id")
        return str(value) if value is not None else None

    @property
    def replayed(self) -> bool:
        """True when Novu answered from its idempotency store (`Idempotency-Replay: true`)."""
        return str(self.headers.get("idempotency-replay", "")).lower() == "true"


Headers = Mapping[str, str]
MutableHeaders = MutableMapping[str, str]
