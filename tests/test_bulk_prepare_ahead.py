"""The async bulk driver prepares the next chunk while a request waits for its answer
(`_bulk._drive_async`, told by httpcore's trace through `_client.AWAITING_ANSWER`).

Over a real loopback connection, so httpcore does call the trace: the server holds each answer
until the input has been read into the next chunk (or a bounded wait runs out), which shows the
preparing happens in the wait and not after the answer. The order of results, errors raised by
the caller's input and what is read after stopping stay what they were.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from novu_api import AsyncNovu
from novu_api.api.events import trigger_bulk
from tests.loopback import Action, LoopbackServer, ReceivedRequest, respond

assert trigger_bulk.OPERATION.bulk
LIMIT = trigger_bulk.OPERATION.bulk["limit"]
SECRET = "nv-test-secret-prepare-ahead"
HOLD = 3.0  # longest a held answer waits for the input to be read on (only when it is not)


def event(n: int) -> dict[str, Any]:
    return {"name": "welcome", "to": f"s-{n}", "payload": {"n": n}}


def processed(request: ReceivedRequest) -> Action:
    """Novu's answer to a bulk trigger whose every event was processed."""
    events = request.json()["events"]
    data = [
        {"acknowledged": True, "status": "processed", "transactionId": f"t{e['payload']['n']}"}
        for e in events
    ]
    return respond(201, json={"data": data})


class Source:
    """The caller's input: counts what was read; `reached` is set when item `mark` is read."""

    def __init__(self, total: int, fail_at: int | None = None) -> None:
        self.total = total
        self.fail_at = fail_at
        self.read = 0
        self.marks: dict[int, threading.Event] = {}

    def reached(self, index: int) -> threading.Event:
        return self.marks.setdefault(index, threading.Event())

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for i in range(self.total):
            if i == self.fail_at:
                raise ValueError(f"the source failed at item {i}")
            self.read = i + 1
            mark = self.marks.get(i)
            if mark is not None:
                mark.set()
            yield event(i)


class HoldingServer:
    """Answers chunk k once the input has been read into chunk k+1 (when there is one)."""

    def __init__(self, source: Source) -> None:
        self.source = source
        self.prepared_in_the_wait: list[bool] = []
        chunks = -(-source.total // LIMIT)
        for k in range(chunks - 1):
            source.reached((k + 1) * LIMIT)  # the first item of the next chunk
        self.chunks = chunks

    def handle(self, request: ReceivedRequest) -> Action:
        events = request.json()["events"]
        k = events[0]["payload"]["n"] // LIMIT
        if k + 1 < self.chunks:
            self.prepared_in_the_wait.append(self.source.reached((k + 1) * LIMIT).wait(HOLD))
        return processed(request)


def run(coro: Any) -> Any:
    return asyncio.run(coro)


def test_the_next_chunk_is_made_while_the_answer_is_awaited() -> None:
    source = Source(4 * LIMIT + 3)
    server = HoldingServer(source)
    with LoopbackServer(handler=server.handle) as loopback:

        async def main() -> list[Any]:
            async with AsyncNovu(secret_key=SECRET, server_url=loopback.url, max_retries=0) as novu:
                return [r async for r in novu.trigger_many(source, concurrency=1, run_key="job")]

        results = run(main())
    assert [r.index for r in results] == list(range(source.total))
    assert all(r.ok for r in results)
    # Every answer but the last found the following chunk already read: made in the wait.
    assert server.prepared_in_the_wait == [True] * (server.chunks - 1)
    assert len(loopback.requests) == server.chunks


def test_a_chunk_made_ahead_is_sent_as_the_driver_sends_it_otherwise() -> None:
    """Same run key, same input: over loopback (chunks made in the wait) and over a
    MockTransport (no trace, so each chunk is made when it is taken), the same keys and bodies."""
    total = 2 * LIMIT + 1

    async def send(novu: AsyncNovu, source: Any) -> None:
        async with novu:
            async for _ in novu.trigger_many(source, concurrency=1, run_key="same"):
                pass

    server = HoldingServer(Source(total))
    with LoopbackServer(handler=server.handle) as loopback:
        run(send(AsyncNovu(secret_key=SECRET, server_url=loopback.url, max_retries=0), server.source))
    assert server.prepared_in_the_wait == [True] * (server.chunks - 1)
    ahead = [(r.headers["idempotency-key"], json.loads(r.body)) for r in loopback.requests]

    mocked: list[tuple[str, Any]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        events = json.loads(request.content)["events"]
        mocked.append((request.headers["idempotency-key"], json.loads(request.content)))
        data = [{"acknowledged": True, "status": "processed", "transactionId": "t"} for _ in events]
        return httpx.Response(201, json={"data": data})

    client = httpx.AsyncClient(transport=httpx.MockTransport(answer))
    run(send(AsyncNovu(secret_key=SECRET, server_url=loopback.url, http_client=client), Source(total)))
    assert ahead == mocked
    assert [len(body["events"]) for _, body in ahead] == [LIMIT, LIMIT, 1]


def test_an_input_error_met_while_preparing_is_raised_after_the_chunks_before_it() -> None:
    source = Source(3 * LIMIT, fail_at=LIMIT + 5)  # fails inside the second chunk
    got: list[int] = []

    with LoopbackServer(handler=processed) as loopback:

        async def main() -> None:
            async with AsyncNovu(secret_key=SECRET, server_url=loopback.url, max_retries=0) as novu:
                async for result in novu.trigger_many(source, concurrency=1):
                    got.append(result.index)

        with pytest.raises(ValueError, match=f"the source failed at item {LIMIT + 5}"):
            run(main())
    assert got == list(range(LIMIT))  # the first chunk's results, then the caller's own error
    assert len(loopback.requests) == 1


def test_nothing_more_is_read_once_the_caller_stops() -> None:
    source = Source(50 * LIMIT)
    server = HoldingServer(source)
    with LoopbackServer(handler=server.handle) as loopback:

        async def main() -> int:
            async with AsyncNovu(secret_key=SECRET, server_url=loopback.url, max_retries=0) as novu:
                stream = novu.trigger_many(source, concurrency=1)
                async for result in stream:
                    if result.index == LIMIT + 10:
                        break
                await stream.aclose()  # type: ignore[attr-defined]
                read = source.read
                await asyncio.sleep(0.05)  # a trace callback still queued would read on here
                assert source.read == read
                return read

        read = run(main())
    # Read ahead by at most the chunk in flight and the one made in its wait.
    assert read <= 4 * LIMIT
