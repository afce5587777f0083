"""Request headers: the checks on caller-given ones, merging layers, the Idempotency-Keys, and
the few reads and appends the request path makes on an httpx.Headers it copies per request."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from ._config import Secret

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


_KEY_BATCH = 64
_KEYS: list[str] = []  # made ahead, taken one per call (list.pop is atomic, so threads never share one)
if hasattr(os, "register_at_fork"):  # a forked child makes its own: never a key its parent also sends
    os.register_at_fork(after_in_child=_KEYS.clear)


def _key_batch() -> list[str]:
    h = os.urandom(16 * _KEY_BATCH).hex()
    # Random (version 4) UUIDs in their usual text form, as `str(uuid.uuid4())` writes them.
    return [
        f"{h[i : i + 8]}-{h[i + 8 : i + 12]}-4{h[i + 13 : i + 16]}-"
        f"{'89ab'[int(h[i + 16], 16) & 3]}{h[i + 17 : i + 20]}-{h[i + 20 : i + 32]}"
        for i in range(0, 32 * _KEY_BATCH, 32)
    ]


def new_idempotency_key() -> str:
    """A new random (version 4) UUID in its usual text form, from a batch made with one
    `os.urandom` call instead of one per key."""
    while True:
        try:
            return _KEYS.pop()
        except IndexError:
            _KEYS.extend(_key_batch())


# httpx keeps a Headers' entries in a list of (name, lowercased name, value) byte strings; the
# request path reads and extends it directly (made once per client, copied per request), and uses
# the public mapping interface when a release of httpx keeps them otherwise.
_RAW = isinstance(getattr(httpx.Headers(), "_list", None), list)


def raw_list(headers: httpx.Headers) -> list[Any]:
    """The entries of `headers`, comparable with an earlier copy to see whether they changed."""
    return headers._list if _RAW else headers.raw


def append(headers: httpx.Headers, name: bytes, value: bytes) -> None:
    """Add a header that `headers` does not have yet (ASCII name and value)."""
    if _RAW:
        headers._list.append((name, name.lower(), value))
    else:
        headers[name.decode()] = value.decode()


def append_key(headers: httpx.Headers, secret: Secret) -> None:
    """Add the Authorization header of `secret`; the key itself is never a local of this frame
    (a Secret shows as '***'), so a reporter that captures locals on an error cannot show it."""
    if _RAW:
        headers._list.append((b"Authorization", b"authorization", secret.header.encode()))
    else:
        headers["Authorization"] = secret.header


def has_cookies(http: httpx.Client | httpx.AsyncClient) -> bool:
    """Whether the pool holds cookies, which its `build_request` adds to a request."""
    jar = http.cookies.jar
    cookies = getattr(jar, "_cookies", None)  # CookieJar's own store: a dict, empty without cookies
    return bool(cookies) if isinstance(cookies, dict) else bool(http.cookies)
