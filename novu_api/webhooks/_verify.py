"""Standard Webhooks signatures: verify a delivery, sign one for tests, remember delivery ids.

The signed content is `{id}.{timestamp}.{body}` (the `webhook-id` and `webhook-timestamp`
headers and the raw body bytes), the signature HMAC-SHA256 with the secret's decoded bytes,
sent base64-encoded as `v1,<signature>` in `webhook-signature` (several, space-separated, while
a secret is being rotated). Implemented here with the standard library (see docs/webhooks.md
for why not a dependency).
"""

from __future__ import annotations

import base64
import binascii
import datetime as _dt
import hashlib
import hmac
import json
import os
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Protocol, TypeAlias

from ..errors import NovuConfigError, WebhookVerificationError

if TYPE_CHECKING:
    from .events import WebhookEvent

SECRET_ENV = "NOVU_WEBHOOK_SECRET"
SECRET_PREFIX = "whsec_"
DEFAULT_TOLERANCE = 300
HEADER_PREFIXES = ("webhook-", "svix-")  # the Standard Webhooks names first, then Svix's

# Reason codes of WebhookVerificationError, one per check.
REASONS: dict[str, str] = {
    "missing_header": "a webhook-id, webhook-timestamp or webhook-signature header is absent or empty",
    "duplicate_header": "one of those headers was sent twice with different values",
    "invalid_header": "the webhook-id header is not a short printable token",
    "invalid_timestamp": "webhook-timestamp is not a whole number of seconds since the epoch",
    "timestamp_too_old": "webhook-timestamp is further in the past than the tolerance",
    "timestamp_too_new": "webhook-timestamp is further in the future than the tolerance",
    "invalid_signature_header": "webhook-signature has no `version,signature` entry",
    "unsupported_signature_version": "webhook-signature has only versions other than v1",
    "invalid_signature_encoding": "every v1 signature is bad base64 or not a SHA-256 digest",
    "no_matching_signature": "no v1 signature matches the body, id and timestamp with this secret",
    "invalid_body_encoding": "the body is not valid UTF-8",
    "invalid_json": "the body is not JSON",
    "invalid_payload": "the JSON is not an event: not an object, no string `type`, or a field of the wrong shape",
}

_MAX_ID = 256  # longer ids are refused (Standard Webhooks ids are short tokens)
_MAX_SIGNATURES = 64  # entries of webhook-signature looked at; the rest are ignored
_MAX_SIGNATURE_HEADER = 16 * 1024
_DIGEST_B64 = 44  # base64 length of a SHA-256 digest
_ID = re.compile(rf"[\x21-\x7e]{{1,{_MAX_ID}}}")
_TIMESTAMP = re.compile(r"[0-9]{1,12}")


class _SupportsItems(Protocol):
    def items(self) -> Iterable[tuple[str, str]]: ...


# A mapping of header names to values (any case: dict, Starlette, Django, Flask/Werkzeug headers),
# or (name, value) pairs as WSGI and ASGI servers pass them (str or bytes).
Headers: TypeAlias = _SupportsItems | Mapping[str, str] | Iterable[tuple[str | bytes, str | bytes]]


def _fail(reason: str, message: str) -> WebhookVerificationError:
    return WebhookVerificationError(message, reason=reason)


def _key(secret: str | bytes | None, *, argument: str = "secret") -> bytes:
    if secret is None:
        secret = os.environ.get(SECRET_ENV)
        if not secret:
            raise NovuConfigError(
                f"no webhook signing secret: pass {argument}= or set {SECRET_ENV} "
                "(the endpoint's secret, `whsec_...`, from the Novu dashboard)"
            )
        argument = SECRET_ENV
    if isinstance(secret, (bytes, bytearray)):
        if not secret:
            raise ValueError(f"{argument} is empty")
        return bytes(secret)
    if not isinstance(secret, str):
        raise TypeError(f"{argument} must be a str (`whsec_...`) or bytes, got {type(secret).__name__}")
    text = secret.strip()
    if text.startswith(SECRET_PREFIX):
        text = text[len(SECRET_PREFIX) :]
    try:
        key = base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError):
        key = b""
    if not key:
        # The value itself is never repeated: it is a secret.
        raise ValueError(f"{argument} is not a webhook signing secret (`whsec_` followed by base64)")
    return key


def _body_bytes(body: bytes | bytearray | memoryview | str) -> bytes:
    if isinstance(body, bytes):
        return body
    if isinstance(body, (bytearray, memoryview)):
        return bytes(body)
    if isinstance(body, str):
        try:
            return body.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise _fail(
                "invalid_body_encoding", f"the body cannot be encoded as UTF-8 ({exc.reason})"
            ) from None
    raise TypeError(f"body must be the raw request body as bytes or str, got {type(body).__name__}")


def _text(value: Any, what: str) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).decode("latin-1")
    raise TypeError(f"headers: {what} must be str or bytes, got {type(value).__name__}")


def _collect(headers: Headers) -> dict[str, list[str]]:
    """Values of the webhook headers we read, by lower-case name (WSGI `HTTP_WEBHOOK_ID` too)."""
    wanted = {p + n for p in HEADER_PREFIXES for n in ("id", "timestamp", "signature")}
    items: Iterable[Any]
    if hasattr(headers, "items"):
        items = headers.items()  # pyright: ignore[reportAttributeAccessIssue]
    elif isinstance(headers, Iterable) and not isinstance(headers, (str, bytes)):
        items = headers
    else:
        raise TypeError(
            f"headers must be a mapping or a list of (name, value) pairs, got {type(headers).__name__}"
        )
    found: dict[str, list[str]] = {}
    for pair in items:
        if not isinstance(pair, (tuple, list)) or len(pair) != 2:
            raise TypeError(f"headers: expected (name, value) pairs, got {type(pair).__name__}")
        name = _text(pair[0], "a header name").lower()
        if name.startswith("http_"):  # a WSGI environ / Django META key
            name = name[5:].replace("_", "-")
        if name in wanted:
            found.setdefault(name, []).append(_text(pair[1], f"the value of {name}").strip())
    return found


def _headers(headers: Headers, names: tuple[str, ...] = ("id", "timestamp", "signature")) -> list[str]:
    """[prefix, *values of `names`] from the first prefix any of the three is sent with."""
    found = _collect(headers)
    prefix = next((p for p in HEADER_PREFIXES if any(k.startswith(p) for k in found)), HEADER_PREFIXES[0])
    values = [prefix]
    for name in names:
        full = prefix + name
        sent = [v for v in found.get(full, []) if v]
        if not sent:
            raise _fail("missing_header", f"the {full} header is missing or empty")
        if len(set(sent)) > 1:
            raise _fail(
                "duplicate_header", f"the {full} header was sent {len(sent)} times with different values"
            )
        values.append(sent[0])
    return values


def _check_id(msg_id: str, name: str) -> None:
    if not _ID.fullmatch(msg_id):
        raise _fail(
            "invalid_header",
            f"the {name} header must be 1 to {_MAX_ID} printable ASCII characters without spaces",
        )


def _check_timestamp(value: str, name: str, tolerance: float, now: float) -> int:
    if not _TIMESTAMP.fullmatch(value):
        raise _fail(
            "invalid_timestamp", f"the {name} header is not a whole number of seconds since the epoch"
        )
    stamp = int(value)
    if stamp < now - tolerance:
        raise _fail(
            "timestamp_too_old",
            f"the {name} header is {now - stamp:.0f} s in the past, beyond the tolerance of {tolerance:g} s",
        )
    if stamp > now + tolerance:
        raise _fail(
            "timestamp_too_new",
            f"the {name} header is {stamp - now:.0f} s in the future, beyond the tolerance of {tolerance:g} s",
        )
    return stamp


def _digest(key: bytes, msg_id: str, timestamp: str, body: bytes) -> bytes:
    mac = hmac.new(key, f"{msg_id}.{timestamp}.".encode(), hashlib.sha256)
    mac.update(body)
    return mac.digest()


def _check_signatures(header: str, name: str, expected: bytes) -> None:
    """Every v1 entry is tried (a rotated secret sends several); other versions are skipped."""
    if len(header) > _MAX_SIGNATURE_HEADER:
        header = header[:_MAX_SIGNATURE_HEADER]
    entries = header.split()[:_MAX_SIGNATURES]
    well_formed = v1 = decodable = 0
    for entry in entries:
        version, comma, value = entry.partition(",")
        if not comma or not version or not value:
            continue
        well_formed += 1
        if version != "v1":
            continue
        v1 += 1
        if len(value) != _DIGEST_B64:
            continue
        try:
            candidate = base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            continue
        if len(candidate) != len(expected):
            continue
        decodable += 1
        if hmac.compare_digest(candidate, expected):
            return
    if decodable:
        raise _fail("no_matching_signature", f"no signature in the {name} header matches this delivery")
    if v1:
        raise _fail(
            "invalid_signature_encoding",
            f"no v1 signature in the {name} header is a base64 SHA-256 digest",
        )
    if well_formed:
        raise _fail(
            "unsupported_signature_version",
            f"the {name} header has no v1 signature (only other versions, which are not supported)",
        )
    raise _fail("invalid_signature_header", f"the {name} header has no `version,signature` entry")


def _tolerance(tolerance: float) -> float:
    if isinstance(tolerance, bool) or not isinstance(tolerance, (int, float)):
        raise TypeError(f"tolerance must be a number of seconds, got {type(tolerance).__name__}")
    if not tolerance >= 0 or tolerance == float("inf"):
        raise ValueError(f"tolerance must be a finite number of seconds >= 0, got {tolerance!r}")
    return float(tolerance)


def verify_signature(
    body: bytes | bytearray | memoryview | str,
    headers: Headers,
    secret: str | bytes | None = None,
    *,
    tolerance: float = DEFAULT_TOLERANCE,
) -> str:
    """Check a delivery's headers and signature only; returns the delivery id (`webhook-id`).

    For a receiver that decodes the body itself. Raises WebhookVerificationError like `verify`.
    """
    key = _key(secret)
    limit = _tolerance(tolerance)
    data = _body_bytes(body)
    prefix, msg_id, stamp, signature = _headers(headers)
    _check_id(msg_id, prefix + "id")
    _check_timestamp(stamp, prefix + "timestamp", limit, time.time())
    _check_signatures(signature, prefix + "signature", _digest(key, msg_id, stamp, data))
    return msg_id


def verify(
    body: bytes | bytearray | memoryview | str,
    headers: Headers,
    secret: str | bytes | None = None,
    *,
    tolerance: float = DEFAULT_TOLERANCE,
) -> WebhookEvent:
    """The typed event of an authentic, fresh delivery; WebhookVerificationError otherwise.

    `body` is the raw request body exactly as received (bytes, or the str it decodes to), before
    any JSON parsing; `headers` the request's headers (any mapping, any case, or (name, value)
    pairs); `secret` the endpoint's signing secret (`whsec_...`; None reads NOVU_WEBHOOK_SECRET).
    `tolerance` is how far, in seconds and in either direction, `webhook-timestamp` may be from
    this machine's clock. The body is parsed only once the signature matches.
    """
    verify_signature(body, headers, secret, tolerance=tolerance)
    return parse_event(body)


def parse_event(body: bytes | bytearray | memoryview | str) -> WebhookEvent:
    """Decode an already verified body into its event class (WebhookVerificationError if it is none)."""
    from .._codec import DecodeError
    from .events import decode_event

    data = _body_bytes(body)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _fail("invalid_body_encoding", f"the body is not valid UTF-8 (byte {exc.start})") from None
    try:
        payload = json.loads(text)
    except RecursionError:
        raise _fail("invalid_json", "the body is not JSON: nested too deeply") from None
    except ValueError as exc:
        raise _fail("invalid_json", f"the body is not JSON: {exc}") from None
    try:
        return decode_event(payload)
    except DecodeError as exc:
        raise _fail("invalid_payload", f"the body is not a webhook event: {exc}") from None
    except RecursionError:
        raise _fail("invalid_payload", "the body is not a webhook event: nested too deeply") from None


def delivery_id(headers: Headers) -> str:
    """The delivery's `webhook-id`: the same on every retry of one event, so the key to deduplicate on."""
    prefix, msg_id = _headers(headers, ("id",))
    _check_id(msg_id, prefix + "id")
    return msg_id


def sign(
    body: bytes | bytearray | memoryview | str,
    secret: str | bytes,
    *,
    msg_id: str | None = None,
    timestamp: int | _dt.datetime | None = None,
) -> dict[str, str]:
    """The `webhook-id`, `webhook-timestamp` and `webhook-signature` headers Novu would send with
    `body`, for testing a receiver without Novu. `msg_id` defaults to a fresh `msg_...` id and
    `timestamp` (seconds since the epoch, or an aware datetime) to now."""
    if secret is None:
        raise TypeError("sign() needs the secret to sign with")
    key = _key(secret)
    data = _body_bytes(body)
    if msg_id is None:
        msg_id = "msg_" + os.urandom(12).hex()
    elif not isinstance(msg_id, str) or not _ID.fullmatch(msg_id):
        raise ValueError(f"msg_id must be 1 to {_MAX_ID} printable ASCII characters without spaces")
    if timestamp is None:
        seconds = int(time.time())
    elif isinstance(timestamp, _dt.datetime):
        if timestamp.tzinfo is None:
            raise ValueError("timestamp must be an aware datetime (with tzinfo) or seconds since the epoch")
        seconds = int(timestamp.timestamp())
    elif isinstance(timestamp, int) and not isinstance(timestamp, bool):
        seconds = timestamp
    else:
        raise TypeError(f"timestamp must be int seconds or a datetime, got {type(timestamp).__name__}")
    if seconds < 0:
        raise ValueError("timestamp must not be before the epoch")
    stamp = str(seconds)
    signature = base64.b64encode(_digest(key, msg_id, stamp, data)).decode("ascii")
    return {"webhook-id": msg_id, "webhook-timestamp": stamp, "webhook-signature": f"v1,{signature}"}


class ReplayGuard:
    """Remembers delivery ids for `ttl` seconds, in this process, so a replayed delivery is noticed.

    `first_time(id)` is True once per id within `ttl`. Keep `ttl` at least twice the verification
    tolerance (a replay older than the tolerance fails verification anyway). At most `max_entries`
    ids are held (the oldest go first), so memory stays bounded under a flood. Thread-safe. Several
    processes need a shared store instead (see docs/webhooks.md).
    """

    def __init__(self, ttl: float = 2 * DEFAULT_TOLERANCE, *, max_entries: int = 100_000) -> None:
        if isinstance(ttl, bool) or not isinstance(ttl, (int, float)) or not ttl > 0:
            raise ValueError(f"ttl must be a number of seconds > 0, got {ttl!r}")
        if isinstance(max_entries, bool) or not isinstance(max_entries, int) or max_entries < 1:
            raise ValueError(f"max_entries must be an int >= 1, got {max_entries!r}")
        self.ttl = float(ttl)
        self.max_entries = max_entries
        self._seen: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()

    def first_time(self, delivery: str) -> bool:
        if not isinstance(delivery, str) or not delivery:
            raise ValueError("delivery must be a non-empty delivery id (see novu_api.webhooks.delivery_id)")
        now = time.monotonic()
        with self._lock:
            seen = self._seen
            while seen:
                oldest, at = next(iter(seen.items()))
                if now - at < self.ttl:
                    break
                del seen[oldest]
            if delivery in seen:
                return False
            seen[delivery] = now
            while len(seen) > self.max_entries:
                seen.popitem(last=False)
            return True

    def __len__(self) -> int:
        with self._lock:
            return len(self._seen)
