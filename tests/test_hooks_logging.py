"""Hooks around each attempt (sync and async forms) and the DEBUG log built on them."""

from __future__ import annotations

import asyncio
import logging
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import httpx
import pytest

from novu_api import AsyncNovu, Hooks, Novu, RetryEvent, RetryPolicy, errors
from tests.conftest import SECRET
from tests.loopback import LoopbackServer, reset, respond

FAST = RetryPolicy(initial_delay=0.0)
TRIGGERED = {"data": {"acknowledged": True, "status": "processed", "transactionId": "txn-1"}}


def flaky(*codes: int) -> Any:
    """Answers each status in turn (JSON error bodies), then 201."""
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) <= len(codes):
            code = codes[len(calls) - 1]
            return httpx.Response(code, json={"statusCode": code, "message": f"attempt {len(calls)} failed"})
        return httpx.Response(201, json=TRIGGERED)

    handler.calls = calls  # type: ignore[attr-defined]
    return handler


# -- hooks ---------------------------------------------------------------------------------------------
def test_hooks_run_around_every_attempt(make_client: Any) -> None:
    trail: list[str] = []

    def before(request: httpx.Request) -> None:
        trail.append(f"before {request.method}")
        request.headers["X-Attempt-Seen"] = "yes"

    hooks = Hooks(
        before_request=[before],
        after_response=[lambda r: trail.append(f"after {r.status_code}")],
        on_retry=[lambda e: trail.append(f"retry {e.attempt}")],
        on_error=[lambda e: trail.append(f"error {type(e).__name__}")],
    )
    handler = flaky(503, 500)
    make_client(handler, hooks=hooks, retry=FAST).trigger(workflow_id="w", to="s1")
    assert trail == [
        "before POST",
        "after 503",
        "retry 2",
        "before POST",
        "after 500",
        "retry 3",
        "before POST",
        "after 201",
    ]
    assert all(r.headers["x-attempt-seen"] == "yes" for r in handler.calls)


def test_before_request_may_replace_the_request_and_keeps_the_key(make_client: Any) -> None:
    def sign(request: httpx.Request) -> httpx.Request:
        headers = {**request.headers, "X-Signature": "sig"}
        return httpx.Request(
            request.method,
            request.url,
            headers=headers,
            content=request.content,
            extensions=request.extensions,
        )

    handler = flaky(503)
    make_client(handler, hooks={"before_request": sign}, retry=FAST).trigger(workflow_id="w", to="s1")
    assert [r.headers["x-signature"] for r in handler.calls] == ["sig", "sig"]
    assert len({r.headers["idempotency-key"] for r in handler.calls}) == 1


def test_before_request_must_return_a_request_or_none(make_client: Any) -> None:
    with pytest.raises(TypeError, match="httpx.Request or None"):
        make_client(flaky(), hooks={"before_request": lambda r: "nope"}).trigger(workflow_id="w", to="s1")


def test_on_error_sees_the_error_that_is_raised(make_client: Any) -> None:
    seen: list[BaseException] = []
    novu = make_client(flaky(503, 503, 503), hooks={"on_error": seen.append}, retry=FAST)
    with pytest.raises(errors.ServiceUnavailableError) as info:
        novu.trigger(workflow_id="w", to="s1")
    assert seen == [info.value]

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused")

    seen.clear()
    with pytest.raises(errors.APIConnectionError) as conn:
        make_client(refuse, hooks={"on_error": [seen.append]}, max_retries=0).trigger(
            workflow_id="w", to="s1"
        )
    assert seen == [conn.value]

    seen.clear()
    html = make_client(
        lambda r: httpx.Response(200, text="<html>maintenance</html>"), hooks={"on_error": seen.append}
    )
    with pytest.raises(errors.ResponseValidationError) as invalid:
        html.trigger(workflow_id="w", to="s1")
    assert seen == [invalid.value]


def test_on_retry_event(make_client: Any) -> None:
    events: list[RetryEvent] = []
    make_client(flaky(429), hooks={"on_retry": events.append}, retry=FAST).trigger(workflow_id="w", to="s1")
    (event,) = events
    assert (event.attempt, event.max_attempts, event.delay, event.reason) == (
        2,
        3,
        0.0,
        "429 Too Many Requests",
    )
    assert event.response is not None and event.response.status_code == 429
    assert event.request.headers["idempotency-key"]


def test_async_hooks_on_the_async_client() -> None:
    trail: list[str] = []

    async def before(request: httpx.Request) -> httpx.Request:
        await asyncio.sleep(0)
        trail.append("before")
        request.headers["X-Async"] = "1"
        return request

    async def after(response: httpx.Response) -> None:
        trail.append(f"after {response.status_code}")

    async def on_retry(event: RetryEvent) -> None:
        trail.append(f"retry {event.attempt}")

    async def on_error(error: errors.NovuError) -> None:
        trail.append(f"error {type(error).__name__}")

    handler = flaky(502)
    hooks = {
        "before_request": before,
        "after_response": [after, lambda r: trail.append("sync after")],
        "on_retry": on_retry,
        "on_error": on_error,
    }

    async def main() -> None:
        async with AsyncNovu(
            secret_key=SECRET,
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
            hooks=hooks,
            retry=FAST,
        ) as novu:
            await novu.trigger(workflow_id="w", to="s1")
            with pytest.raises(errors.NotFoundError):
                await novu.with_options(
                    http_client=httpx.AsyncClient(
                        transport=httpx.MockTransport(lambda r: httpx.Response(404, json={}))
                    )
                ).subscribers.retrieve(subscriber_id="x")

    asyncio.run(main())
    assert trail == [
        "before", "after 502", "sync after", "retry 2", "before", "after 201", "sync after",
        "before", "after 404", "sync after", "error NotFoundError",
    ]  # fmt: skip
    assert handler.calls[0].headers["x-async"] == "1"


def test_async_hooks_are_refused_by_the_sync_client() -> None:
    async def hook(response: httpx.Response) -> None:
        return None

    with pytest.raises(TypeError, match="use AsyncNovu"):
        Novu(secret_key=SECRET, hooks={"after_response": hook})


def test_a_sync_hook_returning_an_awaitable_is_an_error_not_a_warning(make_client: Any) -> None:
    async def later() -> None:
        return None

    novu = make_client(flaky(), hooks={"after_response": lambda r: later()})
    with pytest.raises(TypeError, match="returned an awaitable"):
        novu.trigger(workflow_id="w", to="s1")


@pytest.mark.parametrize("bad", [{"before": print}, {"on_error": 42}, "print"])
def test_bad_hooks(bad: Any) -> None:
    with pytest.raises(TypeError):
        Novu(secret_key=SECRET, hooks=bad)


# -- logging ----------------------------------------------------------------------------------------------
def _texts(caplog: pytest.LogCaptureFixture) -> list[str]:
    out = []
    for record in caplog.records:
        out.append(record.getMessage())
        out.append(repr(record.args))
        if record.exc_info:
            out.append(logging.Formatter().formatException(record.exc_info))
    return out


def test_debug_log_shows_method_url_status_elapsed_retries_and_keys(
    make_client: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="novu_api")
    handler = flaky(503)
    make_client(handler, retry=FAST).trigger(workflow_id="w", to="s1", idempotency_key="key-123")
    lines = [r.getMessage() for r in caplog.records if r.name == "novu_api"]
    url = "https://api.test/v1/events/trigger"
    assert lines[0] == f"request POST {url} idempotency_key=key-123"
    assert lines[1].startswith(f"response POST {url} -> 503 Service Unavailable in ") and lines[1].endswith(
        " ms"
    )
    assert (
        lines[2]
        == f"retry POST {url}: 503 Service Unavailable; attempt 2 of 3 in 0.00s with the same idempotency_key=key-123"
    )
    assert lines[3] == f"request POST {url} idempotency_key=key-123"
    assert lines[4].startswith(f"response POST {url} -> 201 Created in ")
    assert all(r.levelno == logging.DEBUG for r in caplog.records if r.name == "novu_api")


def test_debug_log_of_a_failing_call_never_contains_the_key(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, httpx and httpcore included
    echo = {"statusCode": 401, "message": f"API key {SECRET} is not valid", "errorId": "e-1"}
    script = [respond(503, json={"message": "down"}), reset(), respond(401, json=echo)]
    with LoopbackServer(script) as server:
        with Novu(secret_key=SECRET, server_url=server.url, retry=FAST) as novu:
            with pytest.raises(errors.AuthenticationError) as info:
                novu.trigger(workflow_id="w", to="s1")
        assert server.requests[0].headers["authorization"] == f"ApiKey {SECRET}"  # it was sent...
    texts = _texts(caplog)
    assert any("-> 401 Unauthorized" in t for t in texts) and any("ReadError" in t for t in texts)
    assert any("failed POST" in t and "AuthenticationError" in t for t in texts)
    for text in [*texts, str(info.value), repr(info.value), caplog.text]:
        assert SECRET not in text  # ...and never written anywhere
    assert "API key *** is not valid" in str(info.value)


def test_a_key_in_the_url_is_redacted_in_our_log(make_client: Any, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="novu_api")
    make_client(flaky(), retry=FAST).trigger(workflow_id="w", to="s1", extra_query={"echo": SECRET})
    lines = [r.getMessage() for r in caplog.records if r.name == "novu_api"]
    assert lines and all(SECRET not in line for line in lines)
    assert "echo=***" in lines[0]


def test_logs_go_to_the_configured_logger(make_client: Any, caplog: pytest.LogCaptureFixture) -> None:
    mine = logging.getLogger("my.app.novu")
    caplog.set_level(logging.DEBUG, logger="my.app.novu")
    make_client(flaky(), logger=mine).trigger(workflow_id="w", to="s1")
    assert [r.name for r in caplog.records] == ["my.app.novu", "my.app.novu"]


def test_nothing_is_logged_above_debug_by_default(make_client: Any, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="novu_api")
    make_client(flaky(500), retry=FAST).trigger(workflow_id="w", to="s1")
    assert [r for r in caplog.records if r.name == "novu_api"] == []


def test_novu_log_debug_turns_the_log_on() -> None:
    script = textwrap.dedent(
        """
        import httpx
        from novu_api import Novu
        handler = lambda r: httpx.Response(404, json={"message": "no such subscriber"})
        novu = Novu(http_client=httpx.Client(transport=httpx.MockTransport(handler)), server_url="https://api.test")
        try:
            novu.subscribers.retrieve(subscriber_id="s1")
        except Exception as exc:
            print(type(exc).__name__)
        """
    )
    env = {**os.environ, "NOVU_LOG": "debug", "NOVU_SECRET_KEY": SECRET}
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, cwd=root, capture_output=True, text=True, timeout=60
    )
    assert done.stdout.strip() == "NotFoundError", done.stderr
    assert "novu_api DEBUG request GET https://api.test/v2/subscribers/s1" in done.stderr
    assert (
        "-> 404 Not Found" in done.stderr
        and "raising NotFoundError: 404 Not Found from subscribers.retrieve: no such subscriber"
        in done.stderr
    )
    assert SECRET not in done.stderr
    quiet = subprocess.run(
        [sys.executable, "-c", script],
        env={**env, "NOVU_LOG": ""},
        cwd=root,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert quiet.stderr == ""
