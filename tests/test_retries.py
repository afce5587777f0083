"""Retries and idempotency: which failures are retried, how long we wait, and one key per call."""

from __future__ import annotations

import asyncio
import email.utils
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

import novu_api._client as client_module
from novu_api import AsyncNovu, Novu, RetryEvent, RetryPolicy, errors
from novu_api.testing import FakeNovu
from tests.conftest import SECRET
from tests.loopback import LoopbackServer, reset, respond

TRIGGERED = {"data": {"acknowledged": True, "status": "processed", "transactionId": "txn-1"}}
FAST = RetryPolicy(initial_delay=0.0)


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Replaces the client's clock: waits are recorded, not slept."""
    recorded: list[float] = []

    async def fake_async_sleep(seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr(client_module, "_sleep", recorded.append)
    monkeypatch.setattr(client_module, "_async_sleep", fake_async_sleep)
    return recorded


class Script:
    """A MockTransport handler answering from a list: responses, or exceptions to raise."""

    def __init__(self, *outcomes: httpx.Response | Exception) -> None:
        self.outcomes: Iterator[httpx.Response | Exception] = iter(outcomes)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        outcome = next(self.outcomes)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    @property
    def keys(self) -> list[str | None]:
        return [r.headers.get("idempotency-key") for r in self.requests]


def status(code: int, headers: dict[str, str] | None = None, message: str = "failed") -> httpx.Response:
    return httpx.Response(code, json={"statusCode": code, "message": message}, headers=headers)


def ok() -> httpx.Response:
    return httpx.Response(201, json=TRIGGERED)


def trigger(novu: Novu, **kwargs: Any) -> Any:
    return novu.trigger(workflow_id="welcome", to="subscriber-1", payload={"n": 1}, **kwargs)


# -- the contract, end to end over real sockets ------------------------------------------------------
def test_same_idempotency_key_across_503_then_reset_then_success() -> None:
    script = [
        respond(503, json={"statusCode": 503, "message": "Service Unavailable"}),
        reset(),
        respond(201, json=TRIGGERED, headers={"Idempotency-Replay": "false"}),
    ]
    with LoopbackServer(script) as server:
        with Novu(secret_key=SECRET, server_url=server.url, retry=FAST) as novu:
            result = trigger(novu)
        assert result.transaction_id == "txn-1"
        assert server.unused == 0
        assert [r.method + " " + r.path for r in server.requests] == ["POST /v1/events/trigger"] * 3
        keys = {r.headers["idempotency-key"] for r in server.requests}
        assert len(keys) == 1 and uuid.UUID(keys.pop()).version == 4
        assert {r.body for r in server.requests} == {server.requests[0].body}
        assert server.requests[0].json()["name"] == "welcome"


def test_same_idempotency_key_across_503_then_reset_then_success_async() -> None:
    script = [respond(503, json={"message": "down"}), reset(), respond(201, json=TRIGGERED)]

    async def main() -> Any:
        async with AsyncNovu(secret_key=SECRET, server_url=server.url, retry=FAST) as novu:
            return await novu.trigger(workflow_id="welcome", to="subscriber-1", idempotency_key="order-7")

    with LoopbackServer(script) as server:
        assert asyncio.run(main()).transaction_id == "txn-1"
        assert [r.headers["idempotency-key"] for r in server.requests] == ["order-7"] * 3


def test_retry_after_is_really_waited_for() -> None:
    # The one test that really sleeps: a server-requested second between two attempts.
    script = [
        respond(429, json={"message": "slow down"}, headers={"Retry-After": "1"}),
        respond(201, json=TRIGGERED),
    ]
    with LoopbackServer(script) as server:
        with Novu(secret_key=SECRET, server_url=server.url) as novu:
            started = time.monotonic()
            trigger(novu)
            waited = time.monotonic() - started
    assert 0.95 <= waited < 3.0


# -- what is retried -----------------------------------------------------------------------------------
@pytest.mark.parametrize("code", [408, 429, 500, 502, 503, 504])
def test_retryable_statuses(novu_fake: FakeNovu, sleeps: list[float], code: int) -> None:
    novu_fake.fail_next("trigger", code, times=2, headers={})
    assert trigger(novu_fake.client(retry=FAST)).acknowledged is True
    calls = novu_fake.calls_to("trigger")
    assert [c.status for c in calls] == [code, code, 201]
    assert len({c.idempotency_key for c in calls}) == 1


@pytest.mark.parametrize("code", [400, 401, 403, 404, 405, 413, 414, 415, 422, 501])
def test_other_statuses_fail_at_once(novu_fake: FakeNovu, sleeps: list[float], code: int) -> None:
    novu_fake.fail_next("trigger", code)
    with pytest.raises(errors.APIStatusError) as info:
        trigger(novu_fake.client(retry=FAST))
    assert info.value.status_code == code
    assert len(novu_fake.calls) == 1 and sleeps == []


@pytest.mark.parametrize("error", ["timeout", "disconnect"])
def test_timeouts_and_dropped_connections_are_retried(
    novu_fake: FakeNovu, sleeps: list[float], error: str
) -> None:
    novu_fake.fail_next("trigger", error=error, times=2)
    trigger(novu_fake.client(retry=FAST))
    calls = novu_fake.calls_to("trigger")
    assert [c.fault for c in calls] == [error, error, None] and len({c.idempotency_key for c in calls}) == 1


@pytest.mark.parametrize("exc", [httpx.ConnectError("refused"), httpx.ReadError("reset")])
def test_connection_errors_are_retried(make_client: Any, sleeps: list[float], exc: Exception) -> None:
    script = Script(exc, exc, ok())
    trigger(make_client(script, retry=FAST))
    assert len(script.requests) == 3 and len(set(script.keys)) == 1


def test_conflict_without_retry_after_fails_at_once(make_client: Any, sleeps: list[float]) -> None:
    # Novu sends RateLimit-Reset on every response: it must not turn a real conflict into a retry.
    script = Script(status(409, {"RateLimit-Reset": "1"}, "Subscriber already exists"), ok())
    with pytest.raises(errors.ConflictError, match="409 Conflict from trigger: Subscriber already exists"):
        trigger(make_client(script, retry=FAST))
    assert len(script.requests) == 1 and sleeps == []


def test_conflict_with_retry_after_is_in_flight_and_retried(novu_fake: FakeNovu, sleeps: list[float]) -> None:
    novu = novu_fake.client()
    first = novu.trigger(workflow_id="w", to="s1", idempotency_key="k-1")
    in_flight = {"statusCode": 409, "message": 'Request with key "k-1" is currently being processed'}
    novu_fake.fail_next("trigger", 409, times=2, headers={"Retry-After": "2"}, body=in_flight)
    response = novu.with_raw_response.trigger(workflow_id="w", to="s1", idempotency_key="k-1")
    assert [c.idempotency_key for c in novu_fake.calls_to("trigger")] == ["k-1"] * 4
    assert sleeps == [2.0, 2.0]
    assert response.replayed is True and response.parsed.transaction_id == first.transaction_id


def test_retries_exhausted(novu_fake: FakeNovu, sleeps: list[float], make_client: Any) -> None:
    novu_fake.fail_next("trigger", 503, times=3, body={"statusCode": 503, "message": "failed"})
    with pytest.raises(errors.ServiceUnavailableError) as info:
        trigger(novu_fake.client(retry=FAST))
    assert len(novu_fake.calls) == 3  # default: 2 retries
    assert str(info.value) == "503 Service Unavailable from trigger: failed; gave up after 3 attempts"
    script = Script(
        httpx.ConnectError("refused"), httpx.ConnectError("refused"), httpx.ConnectError("refused")
    )
    with pytest.raises(errors.APIConnectionError):
        trigger(make_client(script, retry=FAST))
    assert len(script.requests) == 3


# -- how long we wait --------------------------------------------------------------------------------
def test_default_backoff_is_exponential_from_half_a_second_with_jitter(
    make_client: Any, sleeps: list[float]
) -> None:
    script = Script(*[status(500)] * 3)
    with pytest.raises(errors.InternalServerError):
        trigger(make_client(script))
    assert len(sleeps) == 2
    assert 0.375 <= sleeps[0] <= 0.5 and 0.75 <= sleeps[1] <= 1.0


def test_backoff_is_capped(make_client: Any, sleeps: list[float]) -> None:
    script = Script(*[status(502)] * 8)
    with pytest.raises(errors.InternalServerError):
        trigger(make_client(script, retry=RetryPolicy(max_retries=7, jitter=0.0)))
    assert sleeps == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]


def test_backoff_knobs(make_client: Any, sleeps: list[float]) -> None:
    novu = make_client(Script(*[status(500)] * 4), max_retries=3)
    with pytest.raises(errors.InternalServerError):
        trigger(novu.with_options(initial_delay=0.1, max_delay=0.3, jitter=0.0))
    assert sleeps == pytest.approx([0.1, 0.2, 0.3])


def test_retry_after_seconds(make_client: Any, sleeps: list[float]) -> None:
    trigger(
        make_client(Script(status(503, {"Retry-After": "3"}), status(429, {"Retry-After": "0.25"}), ok()))
    )
    assert sleeps == [3.0, 0.25]


def test_retry_after_http_date(make_client: Any, sleeps: list[float]) -> None:
    later = email.utils.formatdate(time.time() + 30, usegmt=True)
    past = email.utils.formatdate(time.time() - 30, usegmt=True)
    trigger(
        make_client(Script(status(503, {"Retry-After": later}), status(503, {"Retry-After": past}), ok()))
    )
    assert 27 <= sleeps[0] <= 31 and sleeps[1] == 0.0


def test_rate_limit_reset_is_honoured_on_429_only(make_client: Any, sleeps: list[float]) -> None:
    script = Script(
        status(429, {"RateLimit-Reset": "5", "RateLimit-Remaining": "0"}),
        status(503, {"RateLimit-Reset": "5"}),
        ok(),
    )
    trigger(make_client(script, retry=RetryPolicy(initial_delay=0.01, jitter=0.0)))
    assert sleeps == [5.0, 0.02]  # the 503's RateLimit-Reset describes the rate window, not the outage


def test_retry_after_wins_over_rate_limit_reset(make_client: Any, sleeps: list[float]) -> None:
    trigger(make_client(Script(status(429, {"Retry-After": "1", "RateLimit-Reset": "9"}), ok())))
    assert sleeps == [1.0]


@pytest.mark.parametrize(
    ("value", "wait"), [("soon", 0.01), ("nan", 0.01), ("inf", 0.01), ("Mon, 99 Foo 2026", 0.01), ("-5", 0.0)]
)
def test_unusable_retry_after_falls_back_to_backoff(
    make_client: Any, sleeps: list[float], value: str, wait: float
) -> None:
    policy = RetryPolicy(initial_delay=0.01, jitter=0)
    trigger(make_client(Script(status(503, {"Retry-After": value}), ok()), retry=policy))
    assert sleeps == [wait]  # a negative wait is no wait


@pytest.mark.parametrize(
    ("headers", "wait"), [({"Retry-After": "120"}, "120s"), ({"RateLimit-Reset": "90"}, "90s")]
)
def test_wait_beyond_the_cap_raises_with_the_wait(
    make_client: Any, sleeps: list[float], headers: dict[str, str], wait: str
) -> None:
    script = Script(status(429, headers, "Too many requests"), ok())
    with pytest.raises(errors.RateLimitError) as info:
        trigger(make_client(script))
    assert len(script.requests) == 1 and sleeps == []
    assert str(info.value).startswith(
        "429 Too Many Requests from trigger: Too many requests; server asked to wait "
    )
    assert wait in str(info.value) and "60s limit" in str(info.value)
    assert info.value.headers.get("retry-after") == headers.get("Retry-After")


def test_the_cap_is_configurable(make_client: Any, sleeps: list[float]) -> None:
    trigger(
        make_client(Script(status(429, {"Retry-After": "120"}), ok()), retry=RetryPolicy(max_retry_after=300))
    )
    assert sleeps == [120.0]


def test_in_flight_conflict_beyond_the_cap(make_client: Any, sleeps: list[float]) -> None:
    with pytest.raises(errors.ConflictError, match="server asked to wait 600s"):
        trigger(make_client(Script(status(409, {"Retry-After": "600"}), ok())))


# -- the knobs, on the client and per call -------------------------------------------------------------
def test_max_retries_per_call_overrides_the_client(make_client: Any, sleeps: list[float]) -> None:
    script = Script(*[status(503)] * 10)
    novu = make_client(script, max_retries=5, retry=FAST)
    with pytest.raises(errors.ServiceUnavailableError):
        trigger(novu, max_retries=0)
    assert len(script.requests) == 1
    with pytest.raises(errors.ServiceUnavailableError):
        trigger(novu, max_retries=1)
    assert len(script.requests) == 3


def test_on_retry_reports_attempt_delay_and_reason(make_client: Any, sleeps: list[float]) -> None:
    events: list[RetryEvent] = []
    script = Script(status(503, {"Retry-After": "2"}), httpx.ConnectError("refused"), ok())
    novu = make_client(
        script, retry=RetryPolicy(initial_delay=0.5, jitter=0.0), hooks={"on_retry": events.append}
    )
    trigger(novu)
    assert [(e.attempt, e.max_attempts, e.delay) for e in events] == [(2, 3, 2.0), (3, 3, 1.0)]
    assert events[0].reason == "503 Service Unavailable" and events[0].response is not None
    assert events[1].reason == "ConnectError: refused" and isinstance(
        events[1].error, errors.APIConnectionError
    )
    assert sleeps == [2.0, 1.0]


# -- idempotency keys ------------------------------------------------------------------------------
def test_a_key_per_logical_call(novu_fake: FakeNovu, sleeps: list[float]) -> None:
    novu = novu_fake.client(retry=FAST)
    novu_fake.fail_next("trigger", 500)
    trigger(novu)
    trigger(novu)
    novu_fake.fail_next("trigger", 502)
    trigger(novu)
    keys = [c.idempotency_key for c in novu_fake.calls]
    first, second, third = keys[0:2], keys[2:3], keys[3:5]
    assert first[0] == first[1] and third[0] == third[1]
    assert len({first[0], second[0], third[0]}) == 3


@pytest.mark.parametrize(
    ("call", "method"),
    [
        (lambda n: n.subscribers.delete(subscriber_id="s1"), "DELETE"),
        (lambda n: n.subscribers.patch(subscriber_id="s1", first_name="Ada"), "PATCH"),
        (lambda n: n.subscribers.create(subscriber_id="s1"), "POST"),
        (lambda n: n.subscribers.retrieve(subscriber_id="s1"), "GET"),
    ],
)
def test_every_non_get_request_carries_a_key(
    novu_fake: FakeNovu, call: Callable[[Novu], Any], method: str
) -> None:
    novu_fake.add_subscriber("s1")
    call(novu_fake.client())
    (seen,) = novu_fake.calls
    assert seen.method == method and seen.ok
    assert (seen.idempotency_key is not None) == (method != "GET")


def test_a_replayed_response_is_visible(novu_fake: FakeNovu) -> None:
    novu = novu_fake.client()
    first = novu.with_raw_response.trigger(workflow_id="w", to="s1", idempotency_key="k")
    raw = novu.with_raw_response.trigger(workflow_id="w", to="s1", idempotency_key="k")
    assert first.replayed is False and raw.replayed is True
    assert raw.parsed == first.parsed


def test_key_reused_with_different_parameters_is_not_retried(
    novu_fake: FakeNovu, sleeps: list[float]
) -> None:
    novu = novu_fake.client()
    trigger(novu, idempotency_key="order-1")
    with pytest.raises(errors.IdempotencyKeyReuseError):
        novu.trigger(workflow_id="another", to="subscriber-1", idempotency_key="order-1")
    assert len(novu_fake.calls) == 2 and sleeps == []


def test_async_retries_share_the_policy(novu_fake: FakeNovu, sleeps: list[float]) -> None:
    novu_fake.fail_next("trigger", 503, headers={"Retry-After": "4"})
    novu_fake.fail_next("trigger", error="disconnect")

    async def main() -> Any:
        async with novu_fake.async_client(retry=RetryPolicy(jitter=0.0)) as novu:
            return await novu.trigger(workflow_id="w", to="s1")

    assert asyncio.run(main()).acknowledged is True
    assert sleeps == [4.0, 1.0]
    calls = novu_fake.calls_to("trigger")
    assert len({c.idempotency_key for c in calls}) == 1 and len(calls) == 3

    async def conflict() -> None:
        async with novu_fake.async_client() as novu:
            await novu.trigger(workflow_id="w", to="s1")

    novu_fake.fail_next("trigger", 409)
    with pytest.raises(errors.ConflictError):
        asyncio.run(conflict())
