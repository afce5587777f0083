"""Bounds on the work a server can cause: body sizes, decompression, time per attempt, pages.

`Limits` is the client option (`Novu(limits=Limits(...))`, or `with_options(max_pages=...)` for
single fields). The drivers in `_client` read every response through `read_sync` /
`read_async`, which stop at the first byte over a limit, decompress with a bounded output
size, and check the attempt's deadline between chunks. Text summaries of non-JSON bodies work
on a bounded prefix in linear time.
"""

from __future__ import annotations

import ipaddress
import math
import sys
import threading
import time
import warnings
import zlib
from collections.abc import Awaitable
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx

from . import errors as _errors

__all__ = ["Limits", "InsecureServerWarning"]

_T = TypeVar("_T")

_MiB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """How much a response may cost. Exceeding a size limit raises `ResponseTooLargeError`
    naming the field; exceeding the deadline is an `APITimeoutError` (retried like a timeout).

    - `max_response_bytes`: body bytes on the wire (before decompression); a larger
      Content-Length is refused before the body is read;
    - `max_decoded_bytes`: body bytes after gzip/deflate decompression;
    - `attempt_deadline`: seconds one attempt may take from sending to the last byte, on top
      of the timeout's per-read limits; None (the default) means twice the largest part of the
      timeout, at least 1 s (no deadline when the timeout is None); `math.inf` means none;
    - `max_pages`: pages one iteration over a paginated result fetches at most.
    """

    max_response_bytes: int = 16 * _MiB
    max_decoded_bytes: int = 32 * _MiB
    attempt_deadline: float | None = None
    max_pages: int = 10_000

    def __post_init__(self) -> None:
        for name in ("max_response_bytes", "max_decoded_bytes", "max_pages"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise _errors.NovuConfigError(f"{name} must be an int >= 1, got {value!r}")
        deadline = self.attempt_deadline
        if deadline is not None and (
            isinstance(deadline, bool) or not isinstance(deadline, (int, float)) or not deadline > 0
        ):
            raise _errors.NovuConfigError(
                f"attempt_deadline must be a number of seconds > 0, math.inf or None, got {deadline!r}"
            )

    def deadline_for(self, timeout: httpx.Timeout) -> float | None:
        """Seconds one attempt may take with this timeout; None for no deadline."""
        if self.attempt_deadline is not None:
            return None if math.isinf(self.attempt_deadline) else float(self.attempt_deadline)
        parts = [t for t in (timeout.connect, timeout.read, timeout.write, timeout.pool) if t is not None]
        return max(1.0, 2 * max(parts)) if parts else None


LIMIT_FIELDS = frozenset(("max_response_bytes", "max_decoded_bytes", "attempt_deadline", "max_pages"))


class BodyLimit(Exception):
    """Raised by the readers; the pipeline turns it into a ResponseTooLargeError."""

    def __init__(self, limit: str, limit_bytes: int, status_code: int, seen: str) -> None:
        super().__init__(limit)
        self.limit = limit
        self.limit_bytes = limit_bytes
        self.status_code = status_code
        self.seen = seen  # e.g. "Content-Length 70000000", "more than 16777216 bytes"


class DeadlineExceeded(httpx.TimeoutException):
    """An attempt ran past `Limits.attempt_deadline` (a timeout, retried like one)."""


# -- reading a streamed response -------------------------------------------------------------
_STEP = 1024 * 1024  # most output one decompression step makes, so a bomb never spikes memory


class _Inflater:
    """gzip / deflate with a bounded output: stops as soon as its total would pass `limit`."""

    def __init__(self, encoding: str, limit: int) -> None:
        self.gzip = encoding in ("gzip", "x-gzip")
        self.obj = zlib.decompressobj(zlib.MAX_WBITS | 16 if self.gzip else zlib.MAX_WBITS)
        self.first = True
        self.limit = limit
        self.total = 0

    def _step(self, data: bytes, room: int) -> bytes:
        try:
            return self.obj.decompress(data, room)
        except zlib.error:
            if self.gzip or not self.first:
                raise
            # Servers send raw deflate under "deflate" as often as the zlib format.
            self.obj = zlib.decompressobj(-zlib.MAX_WBITS)
            return self.obj.decompress(data, room)
        finally:
            self.first = False

    def feed(self, data: bytes, out: list[bytes]) -> bool:
        """Decode `data` into `out`, one bounded step at a time; False once over the limit."""
        while data:
            piece = self._step(data, min(self.limit - self.total + 1, _STEP))
            self.total += len(piece)
            if self.total > self.limit:
                return False
            if piece:
                out.append(piece)
            data = self.obj.unconsumed_tail
        return True

    def flush(self, out: list[bytes]) -> bool:
        piece = self.obj.flush()
        self.total += len(piece)
        if piece:
            out.append(piece)
        return self.total <= self.limit


class _Reader:
    """Counts bytes on the wire and after decoding; checks the deadline between chunks."""

    def __init__(self, response: httpx.Response, limits: Limits, deadline: float | None) -> None:
        self.response = response
        self.limits = limits
        self.deadline = deadline
        self.wire = 0
        self.chunks: list[bytes] = []
        encodings = [
            e.strip().lower() for e in response.headers.get("content-encoding", "").split(",") if e.strip()
        ]
        # Only what the SDK asks for is decoded (Accept-Encoding: gzip, deflate); other codings
        # are kept as sent, as httpx does for codings it does not know. Each layer's output is
        # bounded by max_decoded_bytes.
        self.inflaters = [
            _Inflater(e, limits.max_decoded_bytes)
            for e in reversed(encodings)
            if e in ("gzip", "x-gzip", "deflate")
        ]
        length = response.headers.get("content-length", "")
        if length.isdigit() and int(length) > limits.max_response_bytes:
            raise BodyLimit(
                "max_response_bytes",
                limits.max_response_bytes,
                response.status_code,
                f"Content-Length {length}",
            )

    def _over(self, limit: str) -> BodyLimit:
        value = getattr(self.limits, limit)
        return BodyLimit(limit, value, self.response.status_code, f"more than {value} bytes")

    def _decode(self, pieces: list[bytes], final: bool) -> list[bytes]:
        for inflater in self.inflaters:
            out: list[bytes] = []
            try:
                fits = all(inflater.feed(piece, out) for piece in pieces) and (
                    not final or inflater.flush(out)
                )
            except zlib.error as exc:
                raise httpx.DecodingError(
                    f"the body is not valid gzip/deflate: {exc}", request=self.response.request
                ) from None
            if not fits:
                raise self._over("max_decoded_bytes")
            pieces = out
        return pieces

    def feed(self, chunk: bytes) -> None:
        self.wire += len(chunk)
        if self.wire > self.limits.max_response_bytes:
            raise self._over("max_response_bytes")
        if self.inflaters:
            self.chunks.extend(self._decode([chunk], False))
        elif chunk:
            self.chunks.append(chunk)  # identity: the wire count is the decoded count
            if self.wire > self.limits.max_decoded_bytes:
                raise self._over("max_decoded_bytes")
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise DeadlineExceeded(
                "the response was still arriving when the attempt's deadline passed (Limits.attempt_deadline)",
                request=self.response.request,
            )

    def finish(self) -> None:
        if self.inflaters:
            self.chunks.extend(self._decode([], True))
        chunks = self.chunks
        self.response._content = chunks[0] if len(chunks) == 1 else b"".join(chunks)


def _preloaded(response: httpx.Response, limits: Limits) -> bool:
    """A response whose body a transport already read (a mock, a buffering transport)."""
    content = response.__dict__.get("_content")
    if content is None:
        return False
    if len(content) > limits.max_decoded_bytes:
        raise BodyLimit(
            "max_decoded_bytes", limits.max_decoded_bytes, response.status_code, f"{len(content)} bytes"
        )
    return True


# Bodiless by definition: bytes after one of these on a kept-alive connection would be read as
# the next response, so the connection is not reused.
_NO_BODY = frozenset({204, 205, 304})
# Where httpx's default transport keeps an HTTP/1.1 connection's parser, from the response
# stream: httpx's bound stream -> its transport stream -> httpcore's pool stream -> the
# connection's stream -> the connection. Another transport (or HTTP/2) simply lacks the path.
_TO_CONNECTION = ("_stream", "_httpcore_stream", "_stream", "_connection", "_h11_state")


def _misframed(response: httpx.Response) -> bool:
    """A response whose framing cannot be trusted: bodiless by status, or followed by bytes the
    server sent past its end (which the next response on the connection would start with)."""
    if response.status_code in _NO_BODY:
        return True
    state: Any = response.stream
    for name in _TO_CONNECTION:
        state = getattr(state, name, None)
        if state is None:
            return False
    trailing = getattr(state, "trailing_data", None)
    return bool(trailing and trailing[0])


def read_sync(response: httpx.Response, limits: Limits, deadline: float | None) -> httpx.Response:
    try:
        if _preloaded(response, limits):
            if not _misframed(response):
                # The transport read the whole body already: nothing is left to release, and
                # httpx leaves such a response as it is after a plain `send` too.
                return response
        else:
            reader = _Reader(response, limits, deadline)
            for chunk in response.iter_raw():
                reader.feed(chunk)
            reader.finish()
        if _misframed(response):
            stream = response.extensions.get("network_stream")
            if stream is not None:
                stream.close()
    except BaseException:
        response.close()
        raise
    response.close()
    return response


async def read_async(response: httpx.Response, limits: Limits, deadline: float | None) -> httpx.Response:
    try:
        if _preloaded(response, limits):
            if not _misframed(response):
                return response  # read by the transport already (see read_sync)
        else:
            reader = _Reader(response, limits, deadline)
            async for chunk in response.aiter_raw():
                reader.feed(chunk)
            reader.finish()
        if _misframed(response):
            stream = response.extensions.get("network_stream")
            if stream is not None:
                await stream.aclose()
    except BaseException:
        await response.aclose()
        raise
    await response.aclose()
    return response


# -- readable summaries of non-JSON bodies, linear in a bounded prefix ------------------------
_SUMMARY_PREFIX = 64 * 1024


def one_line(text: str, limit: int = 300) -> str:
    text = " ".join(text[: max(4 * limit, 4096)].split())
    return text if len(text) <= limit else text[:limit] + "..."


def _strip_tags(text: str) -> str:
    out: list[str] = []
    pos = 0
    while True:
        start = text.find("<", pos)
        end = text.find(">", start + 1) if start >= 0 else -1
        if end < 0:
            out.append(text[pos:])
            return "".join(out)
        out.append(text[pos:start])
        out.append(" ")
        pos = end + 1


def summary(text: str) -> str:
    """A readable line from a non-JSON body: an HTML page's title (or its text), else the text."""
    head = text[:_SUMMARY_PREFIX]
    lower = head.lower()
    start = lower.lstrip()[:200]
    if start.startswith(("<!doctype html", "<html")) or "<html" in start:
        opening = lower.find("<title")
        close = lower.find(">", opening) if opening >= 0 else -1
        end = lower.find("</title", close) if close >= 0 else -1
        if end >= 0:
            return one_line(_strip_tags(head[close + 1 : end]))
        return one_line(_strip_tags(head))
    return one_line(head)


# -- server URLs ----------------------------------------------------------------------------
class InsecureServerWarning(UserWarning):
    """The secret key would go over plain http:// to a host that is not this machine."""


_WARNED: set[str] = set()
_WARNED_LOCK = threading.Lock()


def check_server_url(text: str, url: httpx.URL) -> None:
    """Refuse what would misroute calls or leak: a query, a fragment, credentials in the URL."""
    shown = f"{url.scheme}://{url.host}" + (f":{url.port}" if url.port else "") + url.path
    if url.userinfo:
        raise _errors.NovuConfigError(
            f"server_url must not contain credentials (user:password@); got one for {shown!r}: "
            "the secret key is the only credential sent"
        )
    if url.query or "?" in text:
        raise _errors.NovuConfigError(
            f"server_url must not have a query string (every call would lose it): {shown!r}"
        )
    if url.fragment or "#" in text:
        raise _errors.NovuConfigError(
            f"server_url must not have a #fragment (every call would go to it): {shown!r}"
        )


def _loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def warn_plain_http(server_url: str, allowed: bool) -> None:
    """Once per origin and process: the key would travel unencrypted to another machine."""
    url = httpx.URL(server_url)
    if allowed or url.scheme != "http" or _loopback(url.host):
        return
    origin = f"{url.host}:{url.port or 80}"
    with _WARNED_LOCK:
        if origin in _WARNED:
            return
        _WARNED.add(origin)
    warnings.warn(
        f"server_url {server_url!r} is plain http:// to a host that is not this machine: the secret key "
        "would be sent unencrypted. Use https://, or pass allow_plain_http=True if the network is trusted.",
        InsecureServerWarning,
        stacklevel=4,
    )


def describe_timeout(extensions: Any) -> str:
    """`timeout 0.5s`, or `timeout 60s, connect 10s` where parts differ, from a request's extensions."""
    timeout = extensions.get("timeout") if isinstance(extensions, dict) else None
    if not isinstance(timeout, dict) or not timeout:
        return "timeout not set"

    def shown(value: Any) -> str:
        return "none" if value is None else f"{value:g}s"

    read = timeout.get("read")
    text = f"timeout {shown(read)}"
    for name in ("connect", "write", "pool"):
        if timeout.get(name) != read:
            text += f", {name} {shown(timeout.get(name))}"
    return text


async def within(pending: Awaitable[_T], seconds: float, request: httpx.Request) -> _T:
    """`pending`, cancelled with a DeadlineExceeded when it takes more than `seconds`."""
    import asyncio

    try:
        if sys.version_info >= (3, 11):
            async with asyncio.timeout(seconds):
                return await pending
        return await asyncio.wait_for(pending, seconds)
    except (TimeoutError, asyncio.TimeoutError):
        raise DeadlineExceeded(
            "the attempt's deadline passed before the response was complete (Limits.attempt_deadline)",
            request=request,
        ) from None
