"""Exactly once: 1,000 triggers through a fault mix end in exactly 1,000 deliveries.

The server below deduplicates `POST /v1/events/trigger` by Idempotency-Key the way Novu does:
the first request with a key is processed (one delivery) and its response stored; a later
request with the key gets that response again with `Idempotency-Replay: true`; one arriving
while the first is still being processed gets `409` with `Retry-After`; the key with another
body gets `422`.

About 30% of first attempts meet a fault, drawn from a seeded random generator. Half of the
kinds strike BEFORE the server processes the trigger (429, 5xx with JSON or a proxy's HTML
page, reset, close), the other half AFTER it has recorded the delivery (the connection reset
or closed, half a body, a slow answer the client times out on, so that the retry finds it in
flight and then replayed; bodies that are truncated, HTML or empty; bodies that drift from the
spec). The AFTER half is what proves the key is reused: a retry with a new key would be a
second delivery.

The three body faults on a 2xx (truncated, HTML, empty) are not retried by the SDK: the server
did answer, and what it answered cannot be parsed, so the SDK raises ResponseValidationError.
The caller then resends with the key the error's request carried, and the server answers with
a replay. Every other fault is recovered by the SDK itself.
"""

from __future__ import annotations

import asyncio
import hashlib
import random
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from novu_api import AsyncNovu, Novu, RetryPolicy, errors
from tests.conftest import SECRET
from tests.loopback import (
    Action,
    LoopbackServer,
    ReceivedRequest,
    close,
    half_body_then_reset,
    reset,
    respond,
)

from .conftest import Tally

CALLS = 1000
FAULT_RATE = 0.3
SEED = 20260428
PROXY_502 = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"


def _json_error(status: int, **headers: str) -> Action:
    return respond(status, json={"statusCode": status, "message": "injected"}, headers=headers)


# Faults that strike before the trigger is processed: nothing is recorded, the retry is new work.
BEFORE: dict[str, Callable[[], Action]] = {
    "429 Retry-After": lambda: _json_error(429, **{"Retry-After": "0"}),
    "429 RateLimit-Reset": lambda: _json_error(429, **{"RateLimit-Reset": "0"}),
    "500": lambda: _json_error(500),
    "502": lambda: _json_error(502),
    "503 HTTP-date": lambda: _json_error(
        503, **{"Retry-After": time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime())}
    ),
    "504": lambda: _json_error(504),
    "502 HTML": lambda: respond(502, body=PROXY_502, headers={"Content-Type": "text/html"}),
    "reset before": reset,
    "close before": close,
}

# Faults that strike after the delivery is recorded: the retry must carry the same key.
AFTER: dict[str, Callable[[dict[str, Any]], Action]] = {
    "reset after": lambda stored: reset(),
    "close after": lambda stored: close(),
    "half body then reset": lambda stored: half_body_then_reset(201, json=stored),
    "slow (client times out)": lambda stored: respond(201, json=stored),
    "truncated JSON": lambda stored: respond(
        201, body=b'{"data": {"acknowledged": tr', headers={"Content-Type": "application/json"}
    ),
    "200 text/html": lambda stored: respond(
        200, body="<html>OK</html>", headers={"Content-Type": "text/html"}
    ),
    "empty body": lambda stored: respond(201, body=b"", headers={"Content-Type": "application/json"}),
    "unknown enum": lambda stored: respond(201, json=_edit(stored, status="queued_v2")),
    "unknown field": lambda stored: respond(201, json=_edit(stored, region="eu")),
    "missing field": lambda stored: respond(201, json=_edit(stored, acknowledged=None)),
    "wrong type": lambda stored: respond(201, json=_edit(stored, acknowledged="yes")),
}
CALLER_RETRIES = {"truncated JSON", "200 text/html", "empty body"}


def _edit(stored: dict[str, Any], **changes: Any) -> dict[str, Any]:
    data = {**stored["data"], **changes}
    return {"data": {k: v for k, v in data.items() if v is not None}}


@dataclass
class _Entry:
    digest: str
    response: dict[str, Any] | None = None  # None while the first request is being processed


class IdempotentTriggerServer:
    """A fake Novu trigger endpoint with Novu's idempotency semantics and injected faults."""

    def __init__(self, *, slow: float, in_flight_wait_ms: int) -> None:
        self.slow = slow
        self.in_flight_wait_ms = in_flight_wait_ms
        self.random = random.Random(SEED)
        self.lock = threading.Lock()
        self.entries: dict[str, _Entry] = {}
        self.attempts: Counter[str] = Counter()
        self.deliveries: Counter[str] = Counter()
        self.faults: Counter[str] = Counter()
        self.replays = 0
        self.in_flight = 0
        self.reuse = 0
        self.loopback = LoopbackServer(handler=self.handle, max_seconds=120, backlog=128)

    def __enter__(self) -> IdempotentTriggerServer:
        self.loopback.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self.loopback.__exit__(*exc)

    @property
    def url(self) -> str:
        return self.loopback.url

    def _pick_fault(self) -> str | None:
        if self.random.random() >= FAULT_RATE:
            return None
        kinds = [*BEFORE, *AFTER]
        return self.random.choice(kinds)

    def handle(self, request: ReceivedRequest) -> Action:
        key = request.headers.get("idempotency-key")
        if request.method != "POST" or request.path != "/v1/events/trigger" or not key:
            return respond(400, json={"statusCode": 400, "message": "bad request to the test server"})
        if request.headers.get("authorization") != f"ApiKey {SECRET}":
            return respond(401, json={"statusCode": 401, "message": "wrong key"})
        digest = hashlib.sha256(request.body).hexdigest()
        with self.lock:
            self.attempts[key] += 1
            entry = self.entries.get(key)
            if entry is not None:
                if entry.digest != digest:
                    self.reuse += 1
                    return respond(
                        422,
                        json={
                            "statusCode": 422,
                            "message": f'Request with key "{key}" is being reused for a different body',
                        },
                    )
                if entry.response is None:
                    self.in_flight += 1
                    return respond(
                        409,
                        json={"statusCode": 409, "message": f'Request with key "{key}" is being processed'},
                        headers={"Retry-After": "1", "Retry-After-Ms": str(self.in_flight_wait_ms)},
                    )
                self.replays += 1
                return respond(
                    201, json=entry.response, headers={"Idempotency-Key": key, "Idempotency-Replay": "true"}
                )
            fault = self._pick_fault() if self.attempts[key] == 1 else None
            if fault in BEFORE:
                self.faults[fault] += 1
                return BEFORE[fault]()
            entry = self.entries[key] = _Entry(digest)
        if fault == "slow (client times out)":
            self.loopback.wait(self.slow)
        with self.lock:
            self.deliveries[key] += 1
            entry.response = {
                "data": {
                    "acknowledged": True,
                    "status": "processed",
                    "transactionId": f"txn-{sum(self.deliveries.values())}",
                }
            }
            stored = entry.response
        if fault is not None:
            self.faults[fault] += 1
            return AFTER[fault](stored)
        return respond(201, json=stored, headers={"Idempotency-Key": key, "Idempotency-Replay": "false"})


@dataclass
class Delivered:
    key: str
    transaction_id: str
    caller_retries: int


def _trigger_args(n: int) -> dict[str, Any]:
    return {"workflow_id": "order-shipped", "to": f"subscriber-{n % 37}", "payload": {"order": n}}


def _key_of(response: Any) -> str:
    return str(response.http_response.request.headers["idempotency-key"])


def trigger_sync(novu: Novu, n: int) -> Delivered:
    key: str | None = None
    for retry in range(3):
        try:
            extra = {"idempotency_key": key} if key else {}
            response = novu.with_raw_response.trigger(**_trigger_args(n), **extra)
            return Delivered(_key_of(response), response.parsed.transaction_id, retry)
        except errors.ResponseValidationError as exc:
            assert exc.request is not None
            key = exc.request.headers["idempotency-key"]  # resend under the same key: a replay
    raise AssertionError(f"call {n} did not succeed in 3 caller attempts")


async def trigger_async(novu: AsyncNovu, n: int) -> Delivered:
    key: str | None = None
    for retry in range(3):
        try:
            extra = {"idempotency_key": key} if key else {}
            response = await novu.with_raw_response.trigger(**_trigger_args(n), **extra)
            return Delivered(_key_of(response), response.parsed.transaction_id, retry)
        except errors.ResponseValidationError as exc:
            assert exc.request is not None
            key = exc.request.headers["idempotency-key"]
    raise AssertionError(f"call {n} did not succeed in 3 caller attempts")


def check_exactly_once(server: IdempotentTriggerServer, results: list[Delivered]) -> int:
    """Asserts exactly-once delivery; returns how many calls were delivered exactly once."""
    assert len(results) == CALLS
    keys = [r.key for r in results]
    assert len(set(keys)) == CALLS, "two calls shared an Idempotency-Key"
    # Every key the server saw belongs to one call: no attempt ever carried a fresh key.
    assert set(server.attempts) == set(keys)
    duplicates = {k: n for k, n in server.deliveries.items() if n != 1}
    assert not duplicates, f"delivered more than once: {duplicates}"
    assert sum(server.deliveries.values()) == CALLS
    # Each caller got the response of its own delivery, replayed or not.
    for result in results:
        stored = server.entries[result.key].response
        assert stored is not None and result.transaction_id == stored["data"]["transactionId"]
    assert len({r.transaction_id for r in results}) == CALLS
    # The mix really happened, on both sides of processing.
    injected = sum(server.faults.values())
    assert 0.2 * CALLS <= injected <= 0.4 * CALLS, server.faults
    assert set(server.faults) == set(BEFORE) | set(AFTER), (
        f"kinds never drawn: {set(BEFORE) | set(AFTER) - set(server.faults)}"
    )
    # A fault after processing is followed by a replay, unless the SDK could parse the answer.
    resent = set(AFTER) - {"unknown enum", "unknown field", "missing field", "wrong type"}
    assert server.replays >= sum(server.faults[k] for k in resent)
    assert server.in_flight > 0 and server.reuse == 0
    # Only an unparseable 2xx sends the caller back (with the same key). Usually every such fault
    # does; on a loaded machine the SDK may time out first and recover that call by itself.
    caller_retries = sum(r.caller_retries for r in results)
    body_faults = sum(server.faults[k] for k in CALLER_RETRIES)
    assert 0 < caller_retries <= body_faults
    return sum(1 for k in keys if server.deliveries[k] == 1)


RETRY = RetryPolicy(max_retries=6, initial_delay=0.001, max_delay=0.01)


@pytest.mark.slow  # a thousand calls through the fault server; `make test` runs it
def test_exactly_once_sync(tally: Tally) -> None:
    # A slow answer takes 0.4 s; the client gives up after 0.12 s and finds it in flight, then replayed.
    with IdempotentTriggerServer(slow=0.4, in_flight_wait_ms=150) as server:
        timeout = httpx.Timeout(5.0, read=0.12)
        with Novu(secret_key=SECRET, server_url=server.url, retry=RETRY, timeout=timeout) as novu:
            results = [trigger_sync(novu, n) for n in range(CALLS)]
    once = check_exactly_once(server, results)
    tally.exactly_once["sync"] = (once, CALLS)


@pytest.mark.slow
def test_exactly_once_async_50_tasks_one_client(tally: Tally) -> None:
    async def main(url: str) -> list[Delivered]:
        queue: asyncio.Queue[int] = asyncio.Queue()
        for n in range(CALLS):
            queue.put_nowait(n)
        results: list[Delivered] = []
        timeout = httpx.Timeout(5.0, read=0.5)
        async with AsyncNovu(secret_key=SECRET, server_url=url, retry=RETRY, timeout=timeout) as novu:

            async def worker() -> None:
                while not queue.empty():
                    n = queue.get_nowait()
                    results.append(await trigger_async(novu, n))

            await asyncio.gather(*(worker() for _ in range(50)))
        return results

    with IdempotentTriggerServer(slow=1.2, in_flight_wait_ms=400) as server:
        results = asyncio.run(main(server.url))
    once = check_exactly_once(server, results)
    tally.exactly_once["async"] = (once, CALLS)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_key_reused_with_another_body_is_refused_not_delivered(mode: str) -> None:
    with IdempotentTriggerServer(slow=0.0, in_flight_wait_ms=10) as server:
        server.random = random.Random(0)
        server._pick_fault = lambda: None  # type: ignore[method-assign]
        if mode == "sync":
            with Novu(secret_key=SECRET, server_url=server.url, retry=RETRY) as novu:
                novu.trigger(**_trigger_args(1), idempotency_key="order-1")
                with pytest.raises(errors.IdempotencyKeyReuseError, match="reused for a different body"):
                    novu.trigger(**_trigger_args(2), idempotency_key="order-1")
                replay = novu.with_raw_response.trigger(**_trigger_args(1), idempotency_key="order-1")
        else:

            async def main() -> Any:
                async with AsyncNovu(secret_key=SECRET, server_url=server.url, retry=RETRY) as novu:
                    await novu.trigger(**_trigger_args(1), idempotency_key="order-1")
                    with pytest.raises(errors.IdempotencyKeyReuseError):
                        await novu.trigger(**_trigger_args(2), idempotency_key="order-1")
                    return await novu.with_raw_response.trigger(**_trigger_args(1), idempotency_key="order-1")

            replay = asyncio.run(main())
    assert replay.replayed is True
    assert dict(server.deliveries) == {"order-1": 1} and server.reuse == 1
