"""Webhook deliveries for the verification tests: a valid one, and every malformed variant tried.

Each case is a delivery (body, headers, secret) and the reason code `novu_api.webhooks.verify`
must fail it with. The bodies are made from the pinned document's own webhook payload schemas
(tests/spec_values.py), so nothing here names an event the document does not have.
"""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from novu_api import webhooks

SECRET = "whsec_" + base64.b64encode(bytes(range(1, 33))).decode()
OTHER_SECRET = "whsec_" + base64.b64encode(bytes(range(101, 133))).decode()
HeaderList = list[tuple[str, str]]


def event_bodies(spec: dict[str, Any], *, full: bool) -> list[tuple[str, dict[str, Any]]]:
    """(event type, body) per `x-webhooks` entry: a value of its payload schema, under its own type."""
    from generator.webhooks import find_events
    from tests.spec_values import example_value

    found = find_events(spec)
    assert found is not None, "the pinned document has no x-webhooks"
    out = []
    for key, item in spec["x-webhooks"].items():
        schema = item["post"]["requestBody"]["content"]["application/json"]["schema"]
        body = example_value(spec, schema, full=full, path=f"webhook/{key}")
        body[found.tag] = key  # the type the event is documented with (the x-webhooks key)
        out.append((key, body))
    return out


def sample_body(spec: dict[str, Any]) -> bytes:
    """A schema-valid event body, serialised compactly as a sender would."""
    _, body = event_bodies(spec, full=True)[0]
    return json.dumps(body, separators=(",", ":")).encode()


def signed(body: bytes | str, *, secret: str = SECRET, **options: Any) -> dict[str, str]:
    return webhooks.sign(body, secret, **options)


def pairs(headers: dict[str, str]) -> HeaderList:
    return list(headers.items())


@dataclass(frozen=True)
class Case:
    name: str
    reason: str
    # body, headers as (name, value) pairs; given the valid body of the run
    build: Callable[[bytes], tuple[bytes | str, HeaderList]]


def _without(name: str) -> Callable[[bytes], tuple[bytes | str, HeaderList]]:
    return lambda body: (body, [(k, v) for k, v in signed(body).items() if k != name])


def _replace(name: str, value: str) -> Callable[[bytes], tuple[bytes | str, HeaderList]]:
    return lambda body: (body, [(k, value if k == name else v) for k, v in signed(body).items()])


def _signed_body(other: bytes | str) -> Callable[[bytes], tuple[bytes | str, HeaderList]]:
    """A body signed correctly: only what comes after the signature check can fail."""
    return lambda body: (other, pairs(signed(other)))


def _at(offset: int) -> Callable[[bytes], tuple[bytes | str, HeaderList]]:
    return lambda body: (body, pairs(signed(body, timestamp=int(time.time()) + offset)))


def _sig(value: str) -> Callable[[bytes], tuple[bytes | str, HeaderList]]:
    return _replace("webhook-signature", value)


def _tampered_body(body: bytes) -> tuple[bytes | str, HeaderList]:
    headers = signed(body)
    return body.replace(b'"', b"'", 1) if b'"' in body else body + b" ", pairs(headers)


def _tampered_id(body: bytes) -> tuple[bytes | str, HeaderList]:
    headers = signed(body, msg_id="msg_original")
    headers["webhook-id"] = "msg_replaced"
    return body, pairs(headers)


def _tampered_timestamp(body: bytes) -> tuple[bytes | str, HeaderList]:
    headers = signed(body)
    headers["webhook-timestamp"] = str(int(headers["webhook-timestamp"]) - 1)
    return body, pairs(headers)


def _reserialised(body: bytes) -> tuple[bytes | str, HeaderList]:
    """The raw-body pitfall: a receiver that parses first and verifies `json.dumps(parsed)`."""
    headers = signed(body)
    return json.dumps(json.loads(body), indent=2).encode(), pairs(headers)


def _duplicate_id(body: bytes) -> tuple[bytes | str, HeaderList]:
    headers = pairs(signed(body))
    return body, [*headers, ("Webhook-Id", "msg_another")]


def _svix_bad(body: bytes) -> tuple[bytes | str, HeaderList]:
    headers = signed(body, secret=OTHER_SECRET)
    return body, [(k.replace("webhook-", "svix-"), v) for k, v in headers.items()]


def _with(body_of: Callable[[dict[str, Any]], Any]) -> Callable[[bytes], tuple[bytes | str, HeaderList]]:
    def build(body: bytes) -> tuple[bytes | str, HeaderList]:
        changed = json.dumps(body_of(json.loads(body))).encode()
        return changed, pairs(signed(changed))

    return build


def _set(key: str, value: Any) -> Callable[[dict[str, Any]], Any]:
    return lambda payload: {**payload, key: value}


def _drop(key: str) -> Callable[[dict[str, Any]], Any]:
    return lambda payload: {k: v for k, v in payload.items() if k != key}


B64_16 = base64.b64encode(b"\x01" * 16).decode()
B64_32 = base64.b64encode(b"\x02" * 32).decode()

CASES: list[Case] = [
    Case("no headers at all", "missing_header", lambda body: (body, [])),
    Case("webhook-id missing", "missing_header", _without("webhook-id")),
    Case("webhook-timestamp missing", "missing_header", _without("webhook-timestamp")),
    Case("webhook-signature missing", "missing_header", _without("webhook-signature")),
    Case("webhook-signature empty", "missing_header", _sig("")),
    Case("webhook-id blank", "missing_header", _replace("webhook-id", "   ")),
    Case("webhook-id with a space", "invalid_header", _replace("webhook-id", "msg 1")),
    Case("webhook-id of 300 characters", "invalid_header", _replace("webhook-id", "m" * 300)),
    Case("webhook-id not ASCII", "invalid_header", _replace("webhook-id", "msg_\u00e9")),
    Case("webhook-id twice, different values", "duplicate_header", _duplicate_id),
    Case("webhook-timestamp not a number", "invalid_timestamp", _replace("webhook-timestamp", "abc")),
    Case("webhook-timestamp a float", "invalid_timestamp", _replace("webhook-timestamp", "1.7e9")),
    Case("webhook-timestamp negative", "invalid_timestamp", _replace("webhook-timestamp", "-5")),
    Case("webhook-timestamp 40 digits", "invalid_timestamp", _replace("webhook-timestamp", "9" * 40)),
    Case(
        "webhook-timestamp in milliseconds",
        "invalid_timestamp",
        lambda body: _replace("webhook-timestamp", str(int(time.time() * 1000)))(body),
    ),
    Case("webhook-timestamp 10 minutes old", "timestamp_too_old", _at(-600)),
    Case("webhook-timestamp 10 minutes ahead", "timestamp_too_new", _at(600)),
    Case("webhook-timestamp at the epoch", "timestamp_too_old", _replace("webhook-timestamp", "0")),
    Case("signature without a comma", "invalid_signature_header", _sig("garbage")),
    Case("signature `v1,` with no value", "invalid_signature_header", _sig("v1,")),
    Case("signature `,abc` with no version", "invalid_signature_header", _sig(",abc")),
    Case("v1 signature not base64", "invalid_signature_encoding", _sig("v1,!!!not-base64!!!" + "A" * 25)),
    Case("v1 signature of 16 bytes", "invalid_signature_encoding", _sig("v1," + B64_16)),
    Case("v1 signature with a bad length", "invalid_signature_encoding", _sig("v1," + B64_32[:-2])),
    Case("only a v2 signature", "unsupported_signature_version", _sig("v2," + B64_32)),
    Case("only a v1a (asymmetric) signature", "unsupported_signature_version", _sig("v1a," + B64_32)),
    Case(
        "1000 signatures of another version",
        "unsupported_signature_version",
        _sig(" ".join(["v9," + B64_32] * 1000)),
    ),
    Case("v1 signature, wrong digest", "no_matching_signature", _sig("v1," + B64_32)),
    Case(
        "signed with another secret",
        "no_matching_signature",
        lambda body: (body, pairs(signed(body, secret=OTHER_SECRET))),
    ),
    Case("body changed after signing", "no_matching_signature", _tampered_body),
    Case("webhook-id changed after signing", "no_matching_signature", _tampered_id),
    Case("webhook-timestamp changed after signing", "no_matching_signature", _tampered_timestamp),
    Case("body parsed and re-serialised before verifying", "no_matching_signature", _reserialised),
    Case("svix- headers, wrong secret", "no_matching_signature", _svix_bad),
    Case("signed body not UTF-8", "invalid_body_encoding", _signed_body(b'{"type":"\xff\xfe"}')),
    Case(
        "str body with a lone surrogate",
        "invalid_body_encoding",
        lambda body: ('{"type":"\udcff"}', pairs(signed(b"{}"))),
    ),
    Case("signed body not JSON", "invalid_json", _signed_body(b"not json")),
    Case("signed empty body", "invalid_json", _signed_body(b"")),
    Case("signed truncated JSON", "invalid_json", lambda body: _signed_body(body[: len(body) // 2])(body)),
    Case("signed JSON nested 100000 deep", "invalid_json", _signed_body(b"[" * 100_000 + b"]" * 100_000)),
    Case("signed JSON array", "invalid_payload", _signed_body(b"[]")),
    Case("signed JSON string", "invalid_payload", _signed_body(b'"message.sent"')),
    Case("signed event without a type", "invalid_payload", _with(_drop("type"))),
    Case("signed event with a numeric type", "invalid_payload", _with(_set("type", 7))),
]

# Signed events of a known type with a value of the wrong type inside: decoded like any response
# (kept, and each deviation recorded with its JSON path), as (name, build, path of the deviation).
DEVIATING: list[tuple[str, Callable[[bytes], tuple[bytes | str, HeaderList]], str]] = [
    ("signed event whose data is a string", _with(_set("data", "text")), "$.data"),
    ("signed event whose timestamp is not a date", _with(_set("timestamp", "soon")), "$.timestamp"),
]


def header_dict(headers: HeaderList) -> dict[str, str]:
    """The pairs as the plain dict the reference libraries take (a repeated name keeps its last value)."""
    return dict(headers)


def reference_outcome(verify: Callable[[], Any], own_error: type[BaseException]) -> str:
    """What a reference library did: `ok`, `its error`, or the class of any other exception."""
    try:
        verify()
    except own_error:
        return "its error"
    except BaseException as exc:  # noqa: BLE001 - recording exactly what escapes is the point
        kind = type(exc)
        return kind.__name__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__qualname__}"
    return "ok"
