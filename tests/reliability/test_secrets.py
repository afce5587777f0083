"""Secrets: the secret key never shows, wherever a client, an error or a log line ends up.

Checked by grepping for the key (tests.conftest.SECRET) in: repr/str of the clients, copies,
resources, settings and raw responses; exception messages, reprs, args, tracebacks (with their
causes) and `raw_response` / `request` reprs; pickles of exceptions (they must pickle, without
the key); DEBUG log records of every logger (novu_api, httpx, httpcore) for successful, failing
and retried calls, sync and async. Servers here echo the key back in bodies, HTML pages and
validation messages, as a misconfigured proxy or a verbose error page might.
"""

from __future__ import annotations

import asyncio
import copy
import logging
import pickle
import traceback
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from novu_api import AsyncNovu, Novu, RetryEvent, RetryPolicy, errors
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

FAST = RetryPolicy(initial_delay=0.001, max_delay=0.01)
TRIGGERED = {"data": {"acknowledged": True, "status": "processed", "transactionId": "txn-1"}}
ECHO_PAGE = (
    "<html><head><title>502 Bad Gateway</title></head><body><pre>upstream refused "
    f"GET /v1/events/trigger\nAuthorization: ApiKey {SECRET}</pre></body></html>"
)


def assert_free(tally: Tally, checks: list[tuple[str, Any]]) -> None:
    leaks = [where for where, data in checks if not tally.secret_free(where, data)]
    assert not leaks, f"the secret key appears in: {leaks}"


# -- clients and settings ----------------------------------------------------------------------
def test_clients_and_settings_never_show_the_key(tally: Tally) -> None:
    novu = Novu(secret_key=SECRET, retry=FAST, headers={"X-Tenant": "acme"})
    prefixed = Novu(secret_key=f"ApiKey {SECRET}")
    anovu = AsyncNovu(secret_key=SECRET)
    copy_ = novu.with_options(initial_delay=0.5, timeout=3)
    checks: list[tuple[str, Any]] = []
    for label, client in (
        ("Novu", novu),
        ("Novu from a prefixed key", prefixed),
        ("AsyncNovu", anovu),
        ("with_options copy", copy_),
    ):
        checks += [
            (f"repr({label})", repr(client)),
            (f"str({label})", str(client)),
            (f"format({label})", f"{client!r:>200}"),
            (f"repr(vars({label}))", repr(vars(client))),
            (f"repr({label}.retry)", repr(client.retry)),
            (f"repr({label}.hooks)", repr(client.hooks)),
            (f"repr({label}.headers)", repr(client.headers)),
            (f"repr({label}.with_raw_response)", repr(client.with_raw_response)),
            (f"repr({label}.subscribers)", repr(client.subscribers)),
            (f"repr({label}.subscribers.__dict__)", repr(vars(client.subscribers))),
        ]
        for attempt, copier in (("pickle", pickle.dumps), ("copy", copy.copy), ("deepcopy", copy.deepcopy)):
            with pytest.raises(TypeError) as info:
                copier(client)
            checks.append((f"{attempt}({label}) error", str(info.value)))
    for bad in (f"{SECRET} trailing", f"{SECRET}\r\nX: 1", f"Bearer {SECRET}é"):
        with pytest.raises(errors.NovuConfigError) as config_error:
            Novu(secret_key=bad)
        checks.append(("NovuConfigError for a malformed key", f"{config_error.value} {config_error.value!r}"))
    assert_free(tally, checks)
    novu.close()
    prefixed.close()
    asyncio.run(anovu.aclose())


# -- exceptions --------------------------------------------------------------------------------
def _error(status: int, message: str, **headers: str) -> Action:
    return respond(status, json={"statusCode": status, "message": message}, headers=headers)


FAILURES: list[tuple[str, list[Action], dict[str, Any], type[errors.NovuError]]] = [
    (
        "401 whose message echoes the key",
        [_error(401, f"API key {SECRET} is not valid")],
        {},
        errors.AuthenticationError,
    ),
    (
        "422 whose field details echo the key",
        [
            respond(
                422,
                json={
                    "statusCode": 422,
                    "message": "Validation failed",
                    "errors": {
                        "authorization": {"messages": [f"ApiKey {SECRET} is revoked"], "value": SECRET}
                    },
                },
            )
        ],
        {},
        errors.UnprocessableEntityError,
    ),
    (
        "503 retried until the budget is spent",
        [_error(503, "Service Unavailable")] * 3,
        {},
        errors.ServiceUnavailableError,
    ),
    (
        "502 HTML page echoing the Authorization header",
        [respond(502, body=ECHO_PAGE, headers={"Content-Type": "text/html"})] * 3,
        {},
        errors.InternalServerError,
    ),
    (
        "200 text/html echoing the key",
        [
            respond(
                200,
                body=ECHO_PAGE.replace("502 Bad Gateway", f"Hello {SECRET}"),
                headers={"Content-Type": "text/html"},
            )
        ],
        {},
        errors.ResponseValidationError,
    ),
    (
        "200 truncated JSON echoing the key",
        [
            respond(
                200,
                body=f'{{"data": {{"echo": "{SECRET}", "acknow',
                headers={"Content-Type": "application/json"},
            )
        ],
        {},
        errors.ResponseValidationError,
    ),
    (
        "200 of the wrong shape echoing the key",
        [respond(200, json={"data": {"jobData": SECRET}})],
        {},
        errors.ResponseValidationError,
    ),
    ("connection reset, every attempt", [reset()] * 3, {}, errors.APIConnectionError),
    ("closed with no response, every attempt", [close()] * 3, {}, errors.APIConnectionError),
    (
        "half a body then reset",
        [half_body_then_reset(201, json=TRIGGERED)] * 3,
        {},
        errors.APIConnectionError,
    ),
    (
        "read timeout",
        [sleep_then_respond(2.0, 201, json=TRIGGERED)] * 2,
        {"timeout": 0.2, "max_retries": 1},
        errors.APITimeoutError,
    ),
]


def _raise(script: list[Action], options: dict[str, Any], mode: str) -> errors.NovuError:
    with LoopbackServer(script) as server:
        options = {"secret_key": SECRET, "server_url": server.url, "retry": FAST, **options}
        args = {"workflow_id": "welcome", "to": "subscriber-1", "payload": {"n": 1}}
        try:
            if mode == "sync":
                with Novu(**options) as novu:
                    novu.trigger(**args)
            else:

                async def main() -> None:
                    async with AsyncNovu(**options) as novu:
                        await novu.trigger(**args)

                asyncio.run(main())
        except errors.NovuError as exc:
            return exc
    raise AssertionError("the call did not fail")


def exception_views(exc: BaseException) -> list[tuple[str, Any]]:
    name = type(exc).__name__
    views: list[tuple[str, Any]] = [
        (f"str({name})", str(exc)),
        (f"repr({name})", repr(exc)),
        (f"{name}.args", repr(exc.args)),
        (f"traceback of {name} with its causes", "".join(traceback.format_exception(exc))),
    ]
    for attribute in ("raw_response", "request"):
        value = getattr(exc, attribute, None)
        if value is not None:
            views.append((f"repr({name}.{attribute})", repr(value)))
    if isinstance(exc, errors.APIStatusError):
        views.append((f"{name}.details", repr(exc.details)))
    return views


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(("case", "script", "options", "cls"), FAILURES, ids=[f[0] for f in FAILURES])
def test_errors_never_show_the_key_and_pickle_without_it(
    case: str,
    script: list[Action],
    options: dict[str, Any],
    cls: type[errors.NovuError],
    mode: str,
    tally: Tally,
) -> None:
    exc = _raise(script, options, mode)
    assert type(exc) is cls
    # The request really carried the key: what follows proves it was kept out, not absent.
    assert exc.request is not None and exc.request.headers["authorization"] == f"ApiKey {SECRET}"
    data = pickle.dumps(exc)
    assert_free(tally, [*exception_views(exc), (f"pickle of {cls.__name__}", data)])

    restored = pickle.loads(data)
    assert type(restored) is cls and str(restored) == str(exc) and restored.args == exc.args
    assert restored.request.headers["authorization"] == "***"
    assert restored.request.url == exc.request.url
    if isinstance(exc, (errors.APIStatusError, errors.ResponseValidationError)):
        assert restored.status_code == exc.status_code
        assert restored.raw_response.status_code == exc.raw_response.status_code
        assert restored.raw_response.request.headers["authorization"] == "***"
        assert SECRET not in restored.raw_response.text
    if isinstance(exc, errors.APIStatusError):
        assert restored.headers == exc.headers and restored.error_id == exc.error_id
        assert restored.details.keys() == exc.details.keys()
    if isinstance(exc, errors.ResponseValidationError):
        assert restored.json_path == exc.json_path
    assert_free(tally, exception_views(restored))


def test_an_error_without_a_request_still_pickles(tally: Tally) -> None:
    response = httpx.Response(500, json={"message": "boom"})
    exc = errors.InternalServerError(
        "500 Internal Server Error: boom", response=response, body={"message": "boom"}
    )
    restored = pickle.loads(pickle.dumps(exc))
    assert type(restored) is errors.InternalServerError and restored.status_code == 500
    assert restored.body == {"message": "boom"} and restored.request is None
    timeout = pickle.loads(pickle.dumps(errors.APITimeoutError()))
    assert str(timeout) == "Request timed out."


# -- DEBUG logs --------------------------------------------------------------------------------
CALLS: list[tuple[str, list[Action], Callable[[Any], Any]]] = [
    ("successful trigger", [respond(201, json=TRIGGERED)], lambda n: n.trigger(workflow_id="w", to="s1")),
    (
        "failing trigger whose error echoes the key",
        [_error(401, f"API key {SECRET} is not valid")],
        lambda n: n.trigger(workflow_id="w", to="s1"),
    ),
    (
        "retried trigger: 503, reset, HTML echo, then success",
        [
            _error(503, "down"),
            reset(),
            respond(502, body=ECHO_PAGE, headers={"Content-Type": "text/html"}),
            respond(201, json=TRIGGERED),
        ],
        lambda n: n.trigger(workflow_id="w", to="s1", max_retries=3),
    ),
    (
        "retries spent on resets",
        [reset()] * 3,
        lambda n: n.trigger(workflow_id="w", to="s1"),
    ),
]


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(("case", "script", "call"), CALLS, ids=[c[0] for c in CALLS])
def test_debug_logs_never_show_the_key(
    case: str,
    script: list[Action],
    call: Callable[[Any], Any],
    mode: str,
    tally: Tally,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: novu_api, httpx, httpcore
    events: list[RetryEvent] = []
    with LoopbackServer(script) as server:
        options = {
            "secret_key": SECRET,
            "server_url": server.url,
            "retry": FAST,
            "hooks": {"on_retry": events.append},
        }
        outcome: Any
        try:
            if mode == "sync":
                with Novu(**options) as novu:
                    outcome = call(novu.with_raw_response)
            else:

                async def main() -> Any:
                    async with AsyncNovu(**options) as anovu:
                        return await call(anovu.with_raw_response)

                outcome = asyncio.run(main())
        except errors.NovuError as exc:
            outcome = exc
    records = caplog.records
    assert any(r.name == "novu_api" for r in records), "the SDK's DEBUG log did not run"
    assert any(r.name.startswith(("httpx", "httpcore")) for r in records)
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    checks: list[tuple[str, Any]] = [
        (f"{r.name} {r.levelname} record", formatter.format(r) + repr(r.args)) for r in records
    ]
    checks.append(("captured log text", caplog.text))
    checks += [(f"repr(RetryEvent {e.attempt})", repr(e)) for e in events]
    checks.append(("repr of the outcome", repr(outcome)))
    assert_free(tally, checks)


def test_the_sdk_log_redacts_a_key_the_caller_put_in_the_url(
    tally: Tally, caplog: pytest.LogCaptureFixture
) -> None:
    # Only the SDK's own records: httpx logs each URL at INFO as given, and a caller who puts
    # the key in a query string has put it in httpx's log too. The SDK cannot rewrite that.
    caplog.set_level(logging.DEBUG, logger="novu_api")
    script = [_error(503, "down"), respond(200, json={"data": {"subscriberId": "s1"}})]
    with LoopbackServer(script) as server:
        with Novu(secret_key=SECRET, server_url=server.url, retry=FAST) as novu:
            novu.subscribers.retrieve(subscriber_id="s1", extra_query={"echo": SECRET})
    assert server.requests[0].target.endswith(f"echo={SECRET}")  # it did go out in the URL
    records = [r for r in caplog.records if r.name == "novu_api"]
    assert len(records) >= 4
    assert_free(tally, [(f"novu_api record: {r.getMessage()[:40]}", r.getMessage()) for r in records])
