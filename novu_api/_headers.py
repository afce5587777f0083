"""Request headers: the checks on caller-given ones, merging layers, and what every request of a
client sends, merged once per client."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from typing import Any

HEADER_NAME = re.compile(r"^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$")


def check_headers(headers: Mapping[str, Any], where: str) -> None:
    """Caller-given headers, refused before any request when HTTP cannot carry them.

    Without this, a value with CR/LF or a bad name fails inside the HTTP layer on every attempt
    (and is retried as if the network had failed), and a non-ASCII value escapes as a bare
    UnicodeEncodeError. Messages never repeat the value: it may be a credential.
    """
    if not isinstance(headers, Mapping):
        raise TypeError(f"{where} must be a mapping of header names to str, got {type(headers).__name__}")
    for name, value in headers.items():
        if not isinstance(name, str) or not HEADER_NAME.match(name):
            raise ValueError(f"{where}: {name!r} is not a valid HTTP header name")
        if value is None:
            continue
        if not isinstance(value, str):
            raise TypeError(f"{where}[{name!r}] must be a str, got {type(value).__name__}")
        if not (value.isascii() and value.replace("\t", " ").isprintable()):
            raise ValueError(
                f"{where}[{name!r}] must be printable ASCII on one line (no CR, LF or other control characters)"
            )


def merge_headers(*layers: Mapping[str, str | None]) -> dict[str, str]:
    """Later layers win, whatever the case of the names; a None value removes the header."""
    merged: dict[str, tuple[str, str | None]] = {}
    for layer in layers:
        for name, value in layer.items():
            merged[name.lower()] = (name, value)
    return {name: value for name, value in merged.values() if value is not None}


def new_idempotency_key() -> str:
    """A random (version 4) UUID in its usual text form, as `str(uuid.uuid4())` makes it,
    without building a UUID object on every non-GET call."""
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40  # version 4
    raw[8] = (raw[8] & 0x3F) | 0x80  # RFC 4122 variant
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
