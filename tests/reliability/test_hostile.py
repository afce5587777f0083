"""Hostile servers and careless callers: every bound, each case with the bound it enforces.

Servers that misbehave on the wire (trickling, gzip bombs, hand-framed responses, redirects)
are `tests.loopback.LoopbackServer`s on 127.0.0.1; the rest use httpx.MockTransport. No test
measures time: a bound shows as the error it raises, the bytes it left unread, the requests
the server saw or the memory it took.
"""

from __future__ import annotations

import asyncio
import gc
import gzip
import io
import json
import logging
import os
import threading
import tracemalloc
import warnings
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import novu_api._limits as limits_module
from novu_api import AsyncNovu, Hooks, InsecureServerWarning, Limits, Novu, RetryPolicy, errors
from novu_api._operation import Operation, RequestParts
from tests.conftest import SECRET
from tests.loopback import LoopbackServer, respond, send_bytes, trickle

FAST = RetryPolicy(initial_delay=0.001, max_delay=0.002)
SUBSCRIBER = {"data": {"subscriberId": "s1"}}
OK = respond(200, json=SUBSCRIBER)
TRIGGERED = respond(201, json={"data": {"acknowledged": True, "status": "processed", "transactionId": "t"}})


def loopback_client(server: LoopbackServer, **options: Any) -> Novu:
    options.setdefault("retry", FAST)
    return Novu(secret_key=SECRET, server_url=server.url, **options)


def mock(handler: Callable[[httpx.Request], httpx.Response], **options: Any) -> Novu:
    options.setdefault("retry", FAST)
    return Novu(
        secret_key=SECRET,
        server_url="https://api.test",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        **options,
    )


def mock_async(handler: Callable[[httpx.Request], httpx.Response], **options: Any) -> AsyncNovu:
    options.setdefault("retry", FAST)
    return AsyncNovu(
        secret_key=SECRET,
        server_url="https://api.test",
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
        **options,
    )


def hostile_html(size: int) -> str:
    """The page that made the old regex summaries quadratic: unclosed titles and tags."""
    head = "<!DOCTYPE html><html><head>"
    return head + ("<title>" + "<" * 20) * ((size - len(head)) // 27)


# -- bounded work: summaries -----------------------------------------------------------------
def test_summary_of_a_hostile_page_is_short_and_bounded() -> None:
    page = hostile_html(1_000_000)
    line = limits_module.summary(page)
    assert len(line) <= 303  # the 300-character line limit and "..."
    # The work is on a bounded prefix: a page ten times larger gives the same line.
    assert limits_module.summary(page * 10) == line
    assert limits_module.summary("<html><title>Bad <b>gate</b>way</title>") == "Bad gate way"
    assert limits_module.summary("plain\n\ntext  body") == "plain text body"


@pytest.mark.parametrize("status", [200, 502])
def test_a_one_megabyte_hostile_page_is_a_typed_error(status: int) -> None:
    page = hostile_html(1_000_000)

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, text=page, headers={"Content-Type": "text/html"})

    with pytest.raises(errors.APIError) as caught:
        mock(handler, max_retries=0).subscribers.retrieve(subscriber_id="s1")
    expected = errors.ResponseValidationError if status == 200 else errors.InternalServerError
    assert type(caught.value) is expected
    assert len(str(caught.value)) < 1000


# -- bounded work: sizes ---------------------------------------------------------------------
def bomb(decoded_size: int) -> bytes:
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb") as packer:
        block = b"0" * 1_000_000
        for _ in range(decoded_size // len(block)):
            packer.write(block)
    return out.getvalue()


@pytest.mark.parametrize("status", [200, 503])
def test_a_gzip_bomb_stops_at_max_decoded_bytes(status: int) -> None:
    limit = 2_000_000
    body = bomb(40_000_000)  # about 40 KB on the wire
    action = respond(
        status, body=body, headers={"Content-Encoding": "gzip", "Content-Type": "application/json"}
    )
    with LoopbackServer([action]) as server:
        novu = loopback_client(server, limits=Limits(max_decoded_bytes=limit))
        tracemalloc.start()
        try:
            with pytest.raises(errors.ResponseTooLargeError) as caught:
                novu.subscribers.retrieve(subscriber_id="s1")
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        novu.close()
    error = caught.value
    assert error.limit == "max_decoded_bytes" and error.limit_bytes == limit and error.status_code == status
    assert "Limits.max_decoded_bytes" in str(error) and "subscribers.retrieve" in str(error)
    assert len(server.requests) == 1  # not retried, even on a 503
    assert peak < 4 * limit  # the bound holds in memory, not just in the error


@pytest.mark.parametrize("coding", ["gzip", "deflate (zlib)", "deflate (raw)", "gzip, gzip"])
def test_compressed_responses_within_the_limits_decode(coding: str) -> None:
    import zlib

    body = json.dumps({"data": {"subscriberId": "s1", "data": {"pad": "x" * 300_000}}}).encode()
    if coding == "gzip":
        wire, header = gzip.compress(body), "gzip"
    elif coding == "gzip, gzip":
        wire, header = gzip.compress(gzip.compress(body)), "gzip, gzip"
    elif coding == "deflate (zlib)":
        wire, header = zlib.compress(body), "deflate"
    else:
        packer = zlib.compressobj(wbits=-zlib.MAX_WBITS)
        wire, header = packer.compress(body) + packer.flush(), "deflate"
    action = respond(200, body=wire, headers={"Content-Encoding": header, "Content-Type": "application/json"})
    with LoopbackServer([action]) as server, loopback_client(server, max_retries=0) as novu:
        response = novu.with_raw_response.subscribers.retrieve(subscriber_id="s1")
    assert response.parsed.subscriber_id == "s1" and response.http_response.content == body
    assert server.requests[0].headers["accept-encoding"] == "gzip, deflate"


def test_a_declared_length_over_max_response_bytes_is_refused_before_reading() -> None:
    body = b"x" * 300_000
    with LoopbackServer([respond(200, body=body, headers={"Content-Type": "application/json"})]) as server:
        novu = loopback_client(server).with_options(max_response_bytes=100_000)
        with pytest.raises(errors.ResponseTooLargeError) as caught:
            novu.subscribers.retrieve(subscriber_id="s1")
        novu._http.close()
    assert caught.value.limit == "max_response_bytes"
    assert "Content-Length 300000" in str(caught.value)


def test_a_chunked_body_over_max_response_bytes_stops_mid_body() -> None:
    chunk = b"x" * 50_000
    chunks = b"".join(b"%x\r\n%s\r\n" % (len(chunk), chunk) for _ in range(10)) + b"0\r\n\r\n"
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
    with LoopbackServer([send_bytes(head + chunks)]) as server:
        with loopback_client(server, limits=Limits(max_response_bytes=120_000)) as novu:
            with pytest.raises(errors.ResponseTooLargeError) as caught:
                novu.subscribers.retrieve(subscriber_id="s1")
    assert caught.value.limit == "max_response_bytes" and "more than 120000 bytes" in str(caught.value)


def test_limits_are_checked_once_and_typed() -> None:
    with pytest.raises(errors.NovuConfigError, match="max_pages"):
        Limits(max_pages=0)
    with pytest.raises(errors.NovuConfigError, match="attempt_deadline"):
        Limits(attempt_deadline=-1)
    with pytest.raises(TypeError, match="limits must be a Limits"):
        Novu(secret_key=SECRET, limits={"max_pages": 3})  # type: ignore[arg-type]
    novu = Novu(secret_key=SECRET).with_options(max_pages=7, attempt_deadline=3.0)
    assert novu.limits == Limits(max_pages=7, attempt_deadline=3.0)
    assert novu.with_options(server="eu").limits == novu.limits
    assert (
        AsyncNovu(secret_key=SECRET, limits=Limits(max_pages=2)).with_options(max_pages=5).limits.max_pages
        == 5
    )
    assert Limits().deadline_for(httpx.Timeout(60.0, connect=10.0)) == 120.0
    assert Limits().deadline_for(httpx.Timeout(0.2)) == 1.0
    assert Limits().deadline_for(httpx.Timeout(None)) is None
    assert Limits(attempt_deadline=float("inf")).deadline_for(httpx.Timeout(5.0)) is None


# -- bounded work: the attempt deadline ------------------------------------------------------
def test_a_trickling_server_is_given_up_at_the_attempt_deadline_sync() -> None:
    # 400 bytes at one byte per 0.2 s would take 80 s; each read comes well within the timeout.
    with LoopbackServer(
        [trickle(0.2, 200, body=b" " * 400, headers={"Content-Type": "application/json"})]
    ) as server:
        novu = loopback_client(server, timeout=0.5, max_retries=0)
        with pytest.raises(errors.APITimeoutError) as caught:
            novu.subscribers.retrieve(subscriber_id="s1")
        novu.close()
    message = str(caught.value)
    for words in (
        "GET",
        server.url,
        "subscribers.retrieve",
        "timeout 0.5s",
        "attempt deadline 1s",
        "1 attempt",
    ):
        assert words in message, (words, message)
    assert isinstance(caught.value.__cause__, limits_module.DeadlineExceeded)


def test_a_trickling_server_is_given_up_at_the_attempt_deadline_async() -> None:
    with LoopbackServer(
        [trickle(0.2, 200, body=b" " * 400, headers={"Content-Type": "application/json"})]
    ) as server:

        async def go() -> None:
            async with AsyncNovu(
                secret_key=SECRET, server_url=server.url, timeout=5.0, max_retries=0
            ).with_options(attempt_deadline=0.6) as novu:
                await novu.subscribers.retrieve(subscriber_id="s1")

        with pytest.raises(errors.APITimeoutError, match="attempt deadline 0.6s"):
            asyncio.run(go())


# -- bounded work: pagination ----------------------------------------------------------------
def counting(
    body: Callable[[dict[str, str]], Any],
) -> tuple[list[dict[str, str]], Callable[..., httpx.Response]]:
    queries: list[dict[str, str]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        query = dict(request.url.params)
        queries.append(query)
        return httpx.Response(200, json=body(query))

    return queries, handler


def pagination_warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    """The SDK's log lines about why pagination stopped (INFO for a repeat, WARNING for the limit)."""
    return [r.getMessage() for r in caplog.records if r.name == "novu_api" and "pagination" in r.getMessage()]


def test_a_fresh_cursor_with_the_same_items_stops(caplog: pytest.LogCaptureFixture) -> None:
    queries, handler = counting(
        lambda q: {
            "data": [{"subscriberId": "same"}],
            "next": f"c{len(q) and len(queries)}",
            "previous": None,
        }
    )
    with caplog.at_level(logging.INFO, logger="novu_api"):
        items = list(mock(handler).subscribers.search())
    assert [s.subscriber_id for s in items] == ["same"]
    assert len(queries) == 2  # the second page repeated the first: pages fetched before stopping
    assert pagination_warnings(caplog) == [
        "pagination of subscribers.search stopped after 2 pages: page 2 repeats the items of page 1"
    ]


def test_two_pages_served_in_turn_stop(caplog: pytest.LogCaptureFixture) -> None:
    def body(q: dict[str, str]) -> Any:
        which = len(queries) % 2
        return {"data": [{"subscriberId": f"p{which}"}], "next": f"c{len(queries)}", "previous": None}

    queries, handler = counting(body)
    with caplog.at_level(logging.INFO, logger="novu_api"):
        items = [s.subscriber_id for s in mock(handler).subscribers.search()]
    assert items == ["p1", "p0"] and len(queries) == 3
    assert "repeats the items of page 1" in pagination_warnings(caplog)[0]


def test_a_server_echoing_the_page_number_stops(caplog: pytest.LogCaptureFixture) -> None:
    queries, handler = counting(
        lambda q: {"data": [{"transactionId": f"t{len(queries)}"}], "hasMore": True, "page": 0, "pageSize": 1}
    )
    with caplog.at_level(logging.INFO, logger="novu_api"):
        items = list(mock(handler).messages.retrieve())
    assert len(items) == 1 and len(queries) == 2
    assert "carries the page number of page 1" in pagination_warnings(caplog)[0]


def test_a_server_ignoring_the_offset_stops(caplog: pytest.LogCaptureFixture) -> None:
    queries, handler = counting(lambda q: {"data": {"workflows": [{"workflowId": "w"}], "totalCount": 10**9}})
    with caplog.at_level(logging.INFO, logger="novu_api"):
        items = list(mock(handler).workflows.list(limit=1))
    assert len(items) == 1 and [q.get("offset") for q in queries] == [None, "1"]
    assert pagination_warnings(caplog)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_max_pages_stops_an_endless_result(mode: str, caplog: pytest.LogCaptureFixture) -> None:
    queries, handler = counting(
        lambda q: {
            "data": [{"subscriberId": f"s{len(queries)}"}],
            "next": f"c{len(queries)}",
            "previous": None,
        }
    )
    with caplog.at_level(logging.INFO, logger="novu_api"):
        if mode == "sync":
            count = len(list(mock(handler, limits=Limits(max_pages=5)).subscribers.search()))
        else:

            async def go() -> int:
                page = await mock_async(handler).with_options(max_pages=5).subscribers.search()
                return len([s async for s in page])

            count = asyncio.run(go())
    assert count == 5 and len(queries) == 5
    assert [r.levelno for r in caplog.records if r.name == "novu_api"] == [logging.WARNING]
    assert pagination_warnings(caplog) == [
        "pagination of subscribers.search stopped after 5 pages: reached Limits.max_pages (5)"
    ]


def test_a_cursor_pointing_back_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    queries, handler = counting(
        lambda q: {"data": [{"subscriberId": f"s{len(queries)}"}], "next": "start", "previous": None}
    )
    with caplog.at_level(logging.INFO, logger="novu_api"):
        assert len(list(mock(handler).subscribers.search(after="start"))) == 1
    assert "points back to a cursor already used" in pagination_warnings(caplog)[0]


def test_a_normal_last_page_logs_nothing(caplog: pytest.LogCaptureFixture) -> None:
    queries, handler = counting(
        lambda q: {
            "data": [{"subscriberId": q.get("after", "a")}],
            "next": None if q.get("after") else "n",
            "previous": None,
        }
    )
    with caplog.at_level(logging.INFO, logger="novu_api"):
        assert len(list(mock(handler).subscribers.search())) == 2
    assert pagination_warnings(caplog) == []


# -- every failure of a call is a NovuError ----------------------------------------------------
HUGE_YEAR = "Fri, 31 Dec 99999999 23:59:59 GMT"


@pytest.mark.parametrize(
    ("status", "cls", "attempts"),
    [
        (409, errors.ConflictError, 1),
        (429, errors.RateLimitError, 2),
        (503, errors.ServiceUnavailableError, 2),
    ],
)
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_retry_after_date_with_an_enormous_year(status: int, cls: type, attempts: int, mode: str) -> None:
    seen: list[httpx.Request] = []
    errors_seen: list[BaseException] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, json={"message": "no"}, headers={"Retry-After": HUGE_YEAR})

    options: dict[str, Any] = {"max_retries": 1, "hooks": Hooks(on_error=[errors_seen.append])}
    if mode == "sync":
        with pytest.raises(errors.APIStatusError) as caught:
            mock(handler, **options).trigger(workflow_id="w", to="s")
    else:
        with pytest.raises(errors.APIStatusError) as caught:
            asyncio.run(mock_async(handler, **options).trigger(workflow_id="w", to="s"))
    assert type(caught.value) is cls and len(seen) == attempts  # an unreadable date is no date
    assert errors_seen == [caught.value]


def test_a_closed_client_and_its_copies() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=SUBSCRIBER)

    parent = Novu(secret_key=SECRET, server_url="https://api.test", retry=FAST)
    parent._http_client = httpx.Client(transport=httpx.MockTransport(handler))
    copy = parent.with_options(max_retries=0)
    parent.close()
    for client in (parent, copy):
        with pytest.raises(errors.ClientStateError, match="closed") as caught:
            client.subscribers.retrieve(subscriber_id="s1")
        assert isinstance(caught.value, RuntimeError) and isinstance(caught.value.__cause__, RuntimeError)
    fresh = Novu(secret_key=SECRET)
    fresh.close()  # never used: closed all the same
    with pytest.raises(errors.ClientStateError):
        fresh.subscribers.retrieve(subscriber_id="s1")

    novu_async = AsyncNovu(secret_key=SECRET, server_url="https://api.test")
    asyncio.run(novu_async.aclose())
    with pytest.raises(errors.ClientStateError, match="closed"):
        asyncio.run(novu_async.with_options(max_retries=0).subscribers.retrieve(subscriber_id="s1"))


def test_an_async_client_reused_under_a_second_event_loop() -> None:
    def reuse(server: LoopbackServer) -> BaseException:
        novu = AsyncNovu(secret_key=SECRET, server_url=server.url, max_retries=0)

        async def one() -> str | None:
            result = await novu.subscribers.retrieve(subscriber_id="s1")
            return result.subscriber_id

        assert asyncio.run(one()) == "s1"
        with pytest.raises(errors.ClientStateError, match="another event loop") as caught:
            asyncio.run(one())
        return caught.value

    with LoopbackServer([OK, OK]) as server:
        error = reuse(server)
    assert isinstance(error.__cause__, RuntimeError)
    del error
    with warnings.catch_warnings():  # the first loop's connection cannot be closed any more
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()


def test_seventy_kilobyte_path_and_query_values() -> None:
    sent: list[httpx.Request] = []
    novu = mock(lambda request: sent.append(request) or httpx.Response(200, json=SUBSCRIBER))
    with pytest.raises(errors.InvalidRequestError, match="cannot build the GET") as caught:
        novu.subscribers.retrieve(subscriber_id="x" * 70_000)
    assert isinstance(caught.value, ValueError) and isinstance(caught.value.__cause__, httpx.InvalidURL)
    with pytest.raises(errors.InvalidRequestError):
        novu.subscribers.search(email="x" * 70_000)
    assert sent == []


def test_a_payload_nested_ten_thousand_deep() -> None:
    payload: dict[str, Any] = {}
    inner = payload
    for _ in range(10_000):
        inner["a"] = {}
        inner = inner["a"]
    novu = mock(
        lambda request: httpx.Response(201, json={"data": {"acknowledged": True, "status": "processed"}})
    )
    with pytest.raises(errors.InvalidRequestError, match="nested too deeply") as caught:
        novu.trigger(workflow_id="w", to="s", payload=payload)
    assert isinstance(caught.value.__cause__, RecursionError)


UPLOAD = Operation("upload", "POST", "/v2/upload", "upload", returns_json=False)


def test_an_upload_from_a_pipe_is_read_once_and_sent_on_every_attempt() -> None:
    from novu_api import _codec

    bodies: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(request.read())
        return httpx.Response(503 if len(bodies) == 1 else 204)

    read_end, write_end = os.pipe()
    with os.fdopen(write_end, "wb") as writer:
        writer.write(b'{"hello": "world"}')
    with os.fdopen(read_end, "rb") as pipe:
        parts = RequestParts(
            "POST", "/v2/upload", data={}, files=[("files", _codec.multipart_file("files", pipe))]
        )
        mock(handler)._request(UPLOAD, parts, lambda data, strict: data)
    assert len(bodies) == 2 and all(b'{"hello": "world"}' in body for body in bodies)
    closed = io.BytesIO(b"x")
    closed.close()
    with pytest.raises(errors.InvalidRequestError, match="cannot be read"):
        _codec.multipart_file("files", closed)


def test_an_upload_failing_while_sent_is_an_invalid_request() -> None:
    class Breaks(io.RawIOBase):
        def readable(self) -> bool:
            return True

        def seekable(self) -> bool:
            return True

        def seek(self, offset: int, whence: int = 0) -> int:
            return 0

        def readinto(self, buffer: Any) -> int:
            raise OSError("device went away")

    parts = RequestParts("POST", "/v2/upload", data={}, files=[("files", ("f.json", Breaks(), None))])
    with pytest.raises(errors.InvalidRequestError, match="device went away") as caught:
        mock(lambda request: (request.read(), httpx.Response(204))[1])._request(
            UPLOAD, parts, lambda d, strict: d
        )
    assert isinstance(caught.value.__cause__, OSError)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_an_on_error_hook_that_raises_keeps_the_api_error(mode: str) -> None:
    def hook(error: errors.NovuError) -> None:
        raise LookupError("reporter down")

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, json={"message": "gone"})

    with pytest.raises(LookupError) as caught:
        if mode == "sync":
            mock(handler, hooks={"on_error": hook}).subscribers.retrieve(subscriber_id="s1")
        else:
            asyncio.run(
                mock_async(handler, hooks={"on_error": hook}).subscribers.retrieve(subscriber_id="s1")
            )
    assert type(caught.value.__context__) is errors.NotFoundError


# -- configuration that refuses what cannot be right ------------------------------------------
@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("https://novu.example/api?region=eu", "query string"),
        ("https://novu.example/api#v2", "#fragment"),
        ("https://novu.example/?", "query string"),
        ("https://admin:hunter2-password@novu.example", "credentials"),
    ],
)
def test_server_url_that_would_misroute_or_leak(url: str, words: str) -> None:
    with pytest.raises(errors.NovuConfigError, match=words) as caught:
        Novu(secret_key=SECRET, server_url=url)
    assert "hunter2" not in str(caught.value)
    with pytest.raises(errors.NovuConfigError):
        AsyncNovu(secret_key=SECRET, server_url=url)


def test_plain_http_to_another_host_warns_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits_module, "_WARNED", set())
    with pytest.warns(InsecureServerWarning, match="allow_plain_http=True") as caught:
        novu = Novu(secret_key=SECRET, server_url="http://novu.internal.example")
        novu.with_options(max_retries=1)
        AsyncNovu(secret_key=SECRET, server_url="http://novu.internal.example:80/")
    assert len(caught) == 1 and SECRET not in str(caught[0].message)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        Novu(secret_key=SECRET, server_url="http://other.example", allow_plain_http=True)
        for local in (
            "http://127.0.0.1:4010",
            "http://localhost:3000",
            "http://[::1]:8080",
            "https://x.example",
        ):
            Novu(secret_key=SECRET, server_url=local)
    with pytest.raises(TypeError, match="allow_plain_http"):
        Novu(secret_key=SECRET, allow_plain_http="yes")  # type: ignore[arg-type]


def test_the_pool_is_made_once_under_concurrent_first_calls(monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[httpx.Client] = []
    original = httpx.Client.__init__

    def slow_init(self: httpx.Client, *args: Any, **kwargs: Any) -> None:
        made.append(self)
        threading.Event().wait(0.02)  # widen the race window
        original(self, *args, **kwargs)

    monkeypatch.setattr(httpx.Client, "__init__", slow_init)
    novu = Novu(secret_key=SECRET)
    start = threading.Barrier(16)
    pools: list[httpx.Client] = []

    def first_call() -> None:
        start.wait()
        pools.append(novu._http)

    threads = [threading.Thread(target=first_call) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert len(made) == 1 and len(pools) == 16 and all(pool is made[0] for pool in pools)
    novu.close()


def _locals_holding_the_key(tb: Any) -> list[str]:
    found = []
    while tb is not None:
        frame = tb.tb_frame
        for name, value in frame.f_locals.items():
            try:
                shown = repr(value)
            except Exception:  # a local whose repr fails cannot show the key either
                continue
            if SECRET in shown:
                found.append(f"{frame.f_code.co_filename}:{frame.f_code.co_name}:{name}")
        tb = tb.tb_next
    return found


# Each step of building and sending a request, made to fail in turn: on the common call (the
# client's prepared headers, a body of plain values) and on a call merged in full (per-call
# options, a body checked field by field).
BUILDING_STEPS = [
    "novu_api._codec.json_body",
    "novu_api.api.events.trigger.plain_json",
    "novu_api._client._json_content",
    "novu_api._headers.new_idempotency_key",
    "novu_api._headers.append",
    "novu_api._headers.append_key",
    "novu_api._client._BaseClient._prepared",
    "novu_api._client._check_headers",
    "novu_api._client._merge_headers",
    "novu_api._codec.query_value",
    "novu_api._client._timeout",
    "httpx.Client.build_request",
    "httpx.Request.read",
    "httpx.Headers.__setitem__",
    "novu_api._flow.RunHooks",
    "httpx.Client.send",
    "novu_api._limits.read_sync",
]


@pytest.mark.parametrize("target", BUILDING_STEPS)
def test_no_frame_local_holds_the_key_when_building_fails(
    target: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Boom(Exception):
        pass

    def explode(*args: Any, **kwargs: Any) -> Any:
        raise Boom(target)

    hooks = Hooks(before_request=[lambda request: None])
    novu = mock(
        lambda request: httpx.Response(201, json={"data": {"acknowledged": True, "status": "processed"}}),
        max_retries=0,
        hooks=hooks,
    )
    monkeypatch.setattr(target, explode)
    calls = [
        lambda: novu.trigger(workflow_id="w", to="s"),
        lambda: novu.trigger(
            workflow_id="w", to=["s"], extra_headers={"X-Trace": "1"}, extra_query={"q": "1"}, timeout=5
        ),
    ]
    booms = 0
    for call in calls:
        try:
            call()
        except BaseException as exc:  # noqa: BLE001 - any failure; the frames are checked
            chain: list[BaseException] = []
            error: BaseException | None = exc
            while error is not None and len(chain) < 5:
                chain.append(error)
                error = error.__cause__ or error.__context__
            booms += any(isinstance(e, Boom) for e in chain)
            leaks = [leak for e in chain for leak in _locals_holding_the_key(e.__traceback__)]
            assert leaks == []
    assert booms, f"{target} is not a step of either call"


# -- exactly-once the caller cannot break by accident -----------------------------------------
def test_extra_headers_cannot_remove_the_idempotency_key() -> None:
    sent: list[httpx.Request] = []
    novu = mock(
        lambda request: (
            sent.append(request)
            or httpx.Response(201, json={"data": {"acknowledged": True, "status": "processed"}})
        )
    )
    with pytest.raises(errors.InvalidRequestError, match="cannot remove the Idempotency-Key"):
        novu.trigger(workflow_id="w", to="s", extra_headers={"Idempotency-Key": None})
    with pytest.raises(ValueError, match="differ"):
        novu.trigger(workflow_id="w", to="s", idempotency_key="a", extra_headers={"idempotency-key": "b"})
    assert sent == []
    novu.trigger(workflow_id="w", to="s", extra_headers={"Idempotency-Key": "mine"})
    assert sent[0].headers.get_list("idempotency-key") == ["mine"]
    with pytest.raises(errors.NovuConfigError, match="Idempotency-Key"):
        Novu(secret_key=SECRET, headers={"Idempotency-Key": "one-for-all"})


def test_a_hook_that_drops_the_key_is_refused_before_sending() -> None:
    sent: list[httpx.Request] = []

    def drop(request: httpx.Request) -> None:
        del request.headers["Idempotency-Key"]

    novu = mock(
        lambda request: (
            sent.append(request)
            or httpx.Response(201, json={"data": {"acknowledged": True, "status": "processed"}})
        ),
        hooks={"before_request": drop},
    )
    with pytest.raises(errors.InvalidRequestError, match="removed the Idempotency-Key"):
        novu.trigger(workflow_id="w", to="s")
    assert sent == []


def test_a_hook_that_changes_the_key_stops_the_retry() -> None:
    import uuid

    keys: list[str | None] = []

    def fresh_key(request: httpx.Request) -> None:
        request.headers["Idempotency-Key"] = str(uuid.uuid4())

    def handler(request: httpx.Request) -> httpx.Response:
        keys.append(request.headers.get("idempotency-key"))
        return httpx.Response(503, json={"message": "busy"})

    with pytest.raises(
        errors.ServiceUnavailableError, match="retry stopped: a before_request hook changed"
    ) as caught:
        mock(handler, hooks={"before_request": fresh_key}, max_retries=3).trigger(workflow_id="w", to="s")
    assert len(keys) == 1 and caught.value.status_code == 503


def test_a_hook_that_sets_one_key_for_the_call_is_kept() -> None:
    keys: list[str | None] = []

    def business_key(request: httpx.Request) -> None:
        request.headers["Idempotency-Key"] = "order-42"

    def handler(request: httpx.Request) -> httpx.Response:
        keys.append(request.headers.get("idempotency-key"))
        return httpx.Response(
            503 if len(keys) < 3 else 201, json={"data": {"acknowledged": True, "status": "processed"}}
        )

    mock(handler, hooks={"before_request": business_key}).trigger(workflow_id="w", to="s")
    assert keys == ["order-42"] * 3


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirected_trigger_is_never_followed(status: int) -> None:
    with LoopbackServer([OK]) as elsewhere:
        target = f"{elsewhere.url}/v1/events/trigger"
        with LoopbackServer([respond(status, headers={"Location": target})]) as server:
            follows = httpx.Client(follow_redirects=True)
            novu = loopback_client(server, http_client=follows)
            with pytest.raises(errors.RedirectError) as caught:
                novu.trigger(workflow_id="w", to="s")
            follows.close()
    assert caught.value.location == target and target in str(caught.value)
    assert "never redirected" in str(caught.value)
    assert elsewhere.requests == [] and len(server.requests) == 1


def test_a_redirected_get_follows_the_callers_client() -> None:
    with LoopbackServer([OK]) as elsewhere:
        target = f"{elsewhere.url}/v2/subscribers/s1"
        with LoopbackServer([respond(302, headers={"Location": target})] * 2) as server:
            follows = httpx.Client(follow_redirects=True)
            assert loopback_client(server, http_client=follows).subscribers.retrieve(subscriber_id="s1")
            follows.close()
            with (
                loopback_client(server, max_retries=0) as novu,
                pytest.raises(errors.RedirectError, match="follow_redirects=True"),
            ):
                novu.subscribers.retrieve(subscriber_id="s1")
    assert len(elsewhere.requests) == 1
    assert "authorization" not in elsewhere.requests[0].headers  # httpx drops it across origins


@pytest.mark.parametrize("first", ["204 with a body", "200 with bytes past its Content-Length"])
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_bytes_past_a_response_do_not_poison_the_next_call(first: str, mode: str) -> None:
    forged = b'{"data": {"subscriberId": "forged"}}'
    smuggled = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (
        len(forged),
        forged,
    )
    if first.startswith("204"):
        head = b"HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n"
    else:
        head = b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"
    script = [send_bytes(head + smuggled), OK]
    with LoopbackServer(script) as server:
        parts = RequestParts("DELETE", "/v2/subscribers/s1")
        remove = Operation(
            "remove", "DELETE", "/v2/subscribers/{id}", "subscribers.delete", returns_json=False
        )
        if mode == "sync":
            novu = loopback_client(server, max_retries=0)
            novu._request(remove, parts, lambda data, strict: data)
            second = novu.subscribers.retrieve(subscriber_id="s1")
            novu.close()
        else:

            async def go() -> Any:
                async with AsyncNovu(secret_key=SECRET, server_url=server.url, max_retries=0) as novu:
                    await novu._request(remove, parts, lambda data, strict: data)
                    return await novu.subscribers.retrieve(subscriber_id="s1")

            second = asyncio.run(go())
    assert second.subscriber_id == "s1" and len(server.requests) == 2


def test_a_clean_response_keeps_its_connection() -> None:
    with LoopbackServer([OK, OK]) as server, loopback_client(server, max_retries=0) as novu:
        first = novu.with_raw_response.subscribers.retrieve(subscriber_id="s1").http_response
        second = novu.with_raw_response.subscribers.retrieve(subscriber_id="s1").http_response
        assert first.extensions["network_stream"] is second.extensions["network_stream"]


# -- messages ----------------------------------------------------------------------------------
def test_connection_errors_name_method_url_operation_timeout_and_attempts() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    with pytest.raises(errors.APIConnectionError) as caught:
        mock(refuse, timeout=7, max_retries=2).trigger(workflow_id="w", to="s")
    message = str(caught.value)
    for words in (
        "connection error",
        "POST https://api.test/v1/events/trigger",
        "(trigger)",
        "3 attempts",
        "timeout 7s",
    ):
        assert words in message, (words, message)
    assert SECRET not in message
