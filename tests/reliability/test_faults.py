"""Fault injection: each way the network, the server or a proxy can misbehave, on both clients.

Every scenario has one expected outcome: recovered (the call returns the right value, having
reused one Idempotency-Key across its attempts), or exactly one documented NovuError subclass
with a useful one-line message. Any other exception escaping (httpx, json, KeyError,
TypeError, RecursionError...) fails the scenario.

The servers are `tests.loopback.LoopbackServer`s on 127.0.0.1; the "port that does not accept"
is a listening socket whose backlog is full.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import socket
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

import novu_api
import novu_api._client as client_module
from novu_api import UNSET, AsyncNovu, Novu, RetryEvent, RetryPolicy, errors
from tests.conftest import SECRET
from tests.loopback import (
    Action,
    LoopbackServer,
    close,
    half_body_then_reset,
    reset,
    respond,
    sleep_then_respond,
)

from .conftest import Tally

TRIGGERED = {"acknowledged": True, "status": "processed", "transactionId": "txn-1"}
OK = respond(201, json={"data": TRIGGERED})
FAST = RetryPolicy(initial_delay=0.001, max_delay=0.01)
PROXY_502 = (
    "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n"
    "<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>\n"
)


def error(status: int, message: str = "failed", **headers: str) -> Action:
    return respond(status, json={"statusCode": status, "message": message}, headers=headers)


def html(status: int, page: str = PROXY_502) -> Action:
    return respond(status, body=page, headers={"Content-Type": "text/html; charset=utf-8"})


def raw(status: int, body: bytes, content_type: str = "application/json") -> Action:
    return respond(status, body=body, headers={"Content-Type": content_type})


def http_date(seconds_from_now: float) -> str:
    return email.utils.formatdate(time.time() + seconds_from_now, usegmt=True)


# -- the expected outcomes -------------------------------------------------------------------
@dataclass
class Recovered:
    """The call returns; `check(result)` looks at the parsed value (or the raw Response)."""

    check: Callable[[Any], Any] = lambda result: result.transaction_id == "txn-1"
    waits: tuple[float, float] | None = None  # (low, high) of the first server-requested wait


@dataclass
class Raises:
    """Exactly this class (not a subclass of it, not another class), with `words` in its message."""

    cls: type[errors.NovuError]
    words: tuple[str, ...] = ()
    check: Callable[[Any], Any] = lambda exc: True


@dataclass
class Scenario:
    name: str
    script: list[Action] | Callable[[], list[Action]]  # a callable builds it when the test runs
    expected: Recovered | Raises
    attempts: int  # requests the server must see
    options: dict[str, Any] = field(default_factory=dict)  # client options
    raw_response: bool = False  # call through with_raw_response (to see Idempotency-Replay)
    real_sleep: bool = False  # really wait (otherwise waits are recorded, not slept)
    server: str = "loopback"  # or "unaccepting"


def is_json_path(path: str) -> Callable[[Any], bool]:
    return lambda exc: exc.json_path == path


SCENARIOS = [
    # 1-2: rate limits
    Scenario(
        "429 Retry-After: 1, then success",
        [error(429, "Too many requests", **{"Retry-After": "1"}), OK],
        Recovered(waits=(1.0, 1.0)),
        2,
        real_sleep=True,
    ),
    Scenario(
        "429 with an HTTP-date Retry-After, then success",
        lambda: [error(429, "Too many requests", **{"Retry-After": http_date(30)}), OK],
        Recovered(waits=(27.0, 31.0)),
        2,
    ),
    Scenario(
        "429 with only RateLimit-Reset, then success",
        [error(429, "Too many requests", **{"RateLimit-Reset": "2", "RateLimit-Remaining": "0"}), OK],
        Recovered(waits=(2.0, 2.0)),
        2,
    ),
    # 3: server errors with JSON bodies
    *[
        Scenario(
            f"{status} with a JSON body, then success", [error(status, "upstream failed"), OK], Recovered(), 2
        )
        for status in (500, 502, 503, 504)
    ],
    Scenario(
        "500, 502, 503 and 504 in a row, then success",
        [error(500), error(502), error(503), error(504), OK],
        Recovered(),
        5,
        options={"max_retries": 4},
    ),
    Scenario(
        "persistent 503 raises after the retry budget",
        [error(503, "Service Unavailable")] * 3,
        Raises(errors.ServiceUnavailableError, ("503 Service Unavailable", "gave up after 3 attempts")),
        3,
    ),
    # 4: a proxy's HTML page
    Scenario("HTML 502 from a proxy once, then success", [html(502), OK], Recovered(), 2),
    Scenario(
        "HTML 502 from a proxy, persistent",
        [html(502)] * 3,
        Raises(
            errors.InternalServerError,
            ("502 Bad Gateway", "gave up after 3 attempts"),
            lambda exc: "<" not in str(exc) and exc.body.startswith("<!DOCTYPE html>"),
        ),
        3,
    ),
    # 5: connections that die
    Scenario("reset after the request is read, then success", [reset(), OK], Recovered(), 2),
    Scenario(
        "reset after the request is read, persistent",
        [reset()] * 3,
        Raises(errors.APIConnectionError, ("connection error", "reset")),
        3,
    ),
    Scenario(
        "headers and half the body, then reset; then success",
        [half_body_then_reset(201, json={"data": TRIGGERED}), OK],
        Recovered(),
        2,
    ),
    Scenario(
        "headers and half the body, then reset; persistent",
        [half_body_then_reset(201, json={"data": TRIGGERED})] * 3,
        Raises(errors.APIConnectionError, ("connection error",)),
        3,
    ),
    Scenario("connection closed with no response, then success", [close(), OK], Recovered(), 2),
    Scenario(
        "connection closed with no response, persistent",
        [close()] * 3,
        Raises(errors.APIConnectionError, ("connection error", "disconnected")),
        3,
    ),
    # 6: timeouts
    Scenario(
        "read timeout, then success",
        [sleep_then_respond(1.5, 201, json={"data": TRIGGERED}), OK],
        Recovered(),
        2,
        # Only the read is short: on a loaded machine a 0.25 s connect or write could time out
        # first and make this another scenario.
        options={"timeout": httpx.Timeout(0.25, connect=5.0, write=5.0, pool=5.0)},
    ),
    Scenario(
        "read timeout, persistent",
        [sleep_then_respond(1.5, 201, json={"data": TRIGGERED})] * 2,
        Raises(errors.APITimeoutError, ("timed out", "ReadTimeout")),
        2,
        options={"timeout": httpx.Timeout(0.25, connect=5.0, write=5.0, pool=5.0), "max_retries": 1},
    ),
    Scenario(
        "connect timeout (a port that does not accept)",
        [],
        Raises(errors.APITimeoutError, ("timed out", "ConnectTimeout")),
        0,
        options={"timeout": httpx.Timeout(5.0, connect=0.2), "max_retries": 1},
        server="unaccepting",
    ),
    # 7: success statuses with bodies that are not what was declared
    Scenario(
        "200 with truncated JSON",
        [raw(200, b'{"data": {"acknowledged": true, "status": "proc')],
        Raises(errors.ResponseValidationError, ("200 OK from trigger", "invalid JSON"), is_json_path("$")),
        1,
    ),
    Scenario(
        "200 with text/html",
        [
            respond(
                200,
                body=PROXY_502.replace("502 Bad Gateway", "Welcome"),
                headers={"Content-Type": "text/html"},
            )
        ],
        Raises(
            errors.ResponseValidationError,
            ("200 OK from trigger", "expected JSON, got text/html", "Welcome"),
            lambda exc: "<" not in str(exc) and exc.raw_text.startswith("<!DOCTYPE html>"),
        ),
        1,
    ),
    Scenario(
        "200 with an empty body where JSON is declared",
        [raw(200, b"")],
        Raises(errors.ResponseValidationError, ("200 OK from trigger", "empty body where JSON is declared")),
        1,
    ),
    Scenario(
        "200 with JSON nested too deeply to decode",
        [raw(200, b"[" * 200_000 + b"]" * 200_000)],
        Raises(errors.ResponseValidationError, ("invalid JSON", "nested too deeply")),
        1,
    ),
    Scenario(
        "200 with bytes that are not UTF-8",
        [raw(200, b'{"data": {"status": "\xff\xfe"}}')],
        Raises(errors.ResponseValidationError, ("invalid JSON",)),
        1,
    ),
    # 8: success bodies that drift from the spec
    Scenario(
        "success with an unknown enum value",
        [respond(201, json={"data": {**TRIGGERED, "status": "queued_for_later"}})],
        Recovered(lambda r: r.status == "queued_for_later" and r.transaction_id == "txn-1"),
        1,
    ),
    Scenario(
        "success with an unknown field",
        [respond(201, json={"data": {**TRIGGERED, "deliveryRegion": "eu-west"}})],
        Recovered(lambda r: r.additional_properties == {"deliveryRegion": "eu-west"} and r["deliveryRegion"]),
        1,
    ),
    Scenario(
        "success with a required field missing",
        [respond(201, json={"data": {"status": "processed", "transactionId": "txn-1"}})],
        Recovered(lambda r: r.acknowledged is UNSET and r.transaction_id == "txn-1"),
        1,
    ),
    Scenario(
        "success with a wrong-typed scalar field (kept as sent)",
        [respond(201, json={"data": {**TRIGGERED, "acknowledged": "yes"}})],
        Recovered(lambda r: r.acknowledged == "yes" and r.to_dict()["acknowledged"] == "yes"),
        1,
    ),
    Scenario(
        "success with a wrong-typed object field (kept as sent, recorded)",
        [respond(201, json={"data": {**TRIGGERED, "jobData": 42}})],
        Recovered(lambda r: r.job_data == 42 and [d.path for d in novu_api.deviations(r)] == ["$.jobData"]),
        1,
    ),
    # 9: idempotency
    Scenario(
        "409 in flight (Retry-After), then the replayed response",
        [
            error(409, 'Request with key "k" is currently being processed', **{"Retry-After": "1"}),
            respond(201, json={"data": TRIGGERED}, headers={"Idempotency-Replay": "true"}),
        ],
        Recovered(lambda r: r.replayed and r.parsed.transaction_id == "txn-1", waits=(1.0, 1.0)),
        2,
        raw_response=True,
    ),
    Scenario(
        "409 real conflict (no Retry-After) is not retried",
        [error(409, "Subscriber already exists", **{"RateLimit-Reset": "1"}), OK],
        Raises(errors.ConflictError, ("409 Conflict", "Subscriber already exists")),
        1,
    ),
    Scenario(
        "422 for a key reused with different parameters",
        [error(422, 'Request with key "order-7" is being reused for a different body'), OK],
        Raises(errors.IdempotencyKeyReuseError, ("422", "reused for a different body")),
        1,
        options={"idempotency_key": "order-7"},
    ),
    # more of the same families
    Scenario("408 Request Timeout, then success", [error(408), OK], Recovered(), 2),
    Scenario(
        "503 asking for a wait beyond the cap is not retried",
        [error(503, "maintenance", **{"Retry-After": "3600"}), OK],
        Raises(errors.ServiceUnavailableError, ("maintenance", "asked to wait 3600s", "max_retry_after")),
        1,
    ),
    Scenario(
        "500 with a truncated JSON error body, persistent",
        [raw(500, b'{"statusCode": 500, "mess')] * 3,
        Raises(errors.InternalServerError, ("500 Internal Server Error", '{"statusCode": 500, "mess')),
        3,
    ),
    Scenario(
        "500 with an error body nested too deeply",
        [raw(500, b"[" * 200_000 + b"]" * 200_000)] * 3,
        Raises(errors.InternalServerError, ("500 Internal Server Error",)),
        3,
    ),
    Scenario(
        "401 as an HTML page from a proxy",
        [html(401, "<html><head><title>401 Authorization Required</title></head><body>x</body></html>")],
        Raises(errors.AuthenticationError, ("401 Unauthorized", "Authorization Required")),
        1,
    ),
    Scenario(
        "error body of an unexpected shape",
        [respond(400, json={"message": {"nested": ["a", 1]}, "errors": [1, None, {"field": 3}]})],
        Raises(errors.BadRequestError, ("400 Bad Request", "nested")),
        1,
    ),
]


# -- running one scenario -----------------------------------------------------------------------
@contextlib.contextmanager
def unaccepting_port() -> Iterator[str]:
    """A port on 127.0.0.1 that is listened on but never accepts: its backlog is full, so a new
    connection attempt hangs until the client's connect timeout."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    fillers: list[socket.socket] = []
    try:
        listener.bind(("127.0.0.1", 0))
        listener.listen(0)
        for _ in range(8):
            filler = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            filler.setblocking(False)
            with contextlib.suppress(BlockingIOError):
                filler.connect(listener.getsockname())
            fillers.append(filler)
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        for filler in fillers:
            filler.close()
        listener.close()


@contextlib.contextmanager
def serving(scenario: Scenario) -> Iterator[tuple[str, LoopbackServer | None]]:
    if scenario.server == "unaccepting":
        with unaccepting_port() as url:
            yield url, None
    else:
        script = scenario.script() if callable(scenario.script) else scenario.script
        with LoopbackServer(script) as server:
            yield server.url, server


def call_options(scenario: Scenario) -> tuple[dict[str, Any], dict[str, Any]]:
    client = {"retry": FAST, **scenario.options}
    per_call = {k: client.pop(k) for k in ("idempotency_key",) if k in client}
    return client, per_call


def run(scenario: Scenario, mode: str) -> tuple[Any, BaseException | None, list[RetryEvent]]:
    """Runs the scenario's trigger call; returns (result, exception or None, retry events)."""
    events: list[RetryEvent] = []
    options, per_call = call_options(scenario)
    options["hooks"] = {"on_retry": events.append}
    args = {"workflow_id": "welcome", "to": "subscriber-1", "payload": {"n": 1}, **per_call}
    with serving(scenario) as (url, server):
        try:
            if mode == "sync":
                with Novu(secret_key=SECRET, server_url=url, **options) as novu:
                    target = novu.with_raw_response if scenario.raw_response else novu
                    return target.trigger(**args), None, events
            else:

                async def main() -> Any:
                    async with AsyncNovu(secret_key=SECRET, server_url=url, **options) as novu:
                        target = novu.with_raw_response if scenario.raw_response else novu
                        return await target.trigger(**args)

                return asyncio.run(main()), None, events
        except BaseException as exc:  # everything is judged below, bare exceptions included
            return None, exc, events
        finally:
            if server is not None:
                # The server's thread may still be reading a request the client already gave up
                # on (a 0.25 s timeout on a loaded machine): wait for it, boundedly.
                settle = time.monotonic() + 2.0
                while len(server.requests) < scenario.attempts and time.monotonic() < settle:
                    time.sleep(0.01)
                keys = {r.headers.get("idempotency-key") for r in server.requests}
                assert len(server.requests) == scenario.attempts, (
                    f"{len(server.requests)} requests reached the server, expected {scenario.attempts}"
                )
                assert len(keys) <= 1, f"one call used several Idempotency-Keys: {keys}"


@pytest.fixture
def recorded_sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    recorded: list[float] = []

    async def fake_async_sleep(seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr(client_module, "_sleep", recorded.append)
    monkeypatch.setattr(client_module, "_async_sleep", fake_async_sleep)
    return recorded


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.name for s in SCENARIOS])
def test_fault(scenario: Scenario, mode: str, tally: Tally, request: pytest.FixtureRequest) -> None:
    if not scenario.real_sleep:
        request.getfixturevalue("recorded_sleeps")
    with tally.scenario(f"{scenario.name} [{mode}]"):
        started = time.monotonic()
        result, exc, events = run(scenario, mode)
        elapsed = time.monotonic() - started
        expected = scenario.expected
        if exc is not None and not isinstance(exc, errors.NovuError):
            raise AssertionError(f"a bare {type(exc).__name__} escaped: {exc!r}") from exc
        if isinstance(expected, Recovered):
            assert exc is None, f"expected recovery, got {type(exc).__name__}: {exc}"
            assert expected.check(result), f"unexpected result {result!r}"
            if expected.waits is not None:
                low, high = expected.waits
                assert events and low <= events[0].delay <= high, [e.delay for e in events]
                if scenario.real_sleep:
                    assert elapsed >= low - 0.05, f"the client did not really wait ({elapsed:.2f}s)"
        else:
            assert exc is not None, f"expected {expected.cls.__name__}, got the result {result!r}"
            assert type(exc) is expected.cls, (
                f"expected {expected.cls.__name__}, got {type(exc).__name__}: {exc}"
            )
            message = str(exc)
            assert message and "\n" not in message and len(message) < 600, message
            for word in expected.words:
                assert word in message, f"{word!r} not in {message!r}"
            assert expected.check(exc), f"unexpected details on {exc!r}"
            assert SECRET not in message
        assert elapsed < 10, f"the scenario took {elapsed:.1f}s"
