"""A bulk request Novu refuses as too large (413 Payload Too Large) is cut in halves and sent
again, down to single items (`_bulk._in_parts`): only an item too large on its own fails, and
each part has a key of its own, the same on every run.

The servers here refuse a body by the number of items it carries (or by its size in bytes), as
a server with a body limit does; chunk sizes come from the operation, not from numbers here.
"""

from __future__ import annotations

import asyncio
import json
import threading
from typing import Any

import httpx

from novu_api import BulkResult, errors
from novu_api.api.events import trigger_bulk

assert trigger_bulk.OPERATION.bulk
LIMIT = trigger_bulk.OPERATION.bulk["limit"]
MOST = max(1, LIMIT // 3)  # the most events the first server takes in one request


def event(n: int, size: int = 0) -> dict[str, Any]:
    return {"name": "welcome", "to": f"s-{n}", "payload": {"n": n, "pad": "x" * size}}


class Server:
    """Refuses a body of more than `most` events or `max_bytes` bytes with Novu's 413; answers
    the rest (an Idempotency-Key seen before gets the answer it got, as Novu replays)."""

    def __init__(self, most: int = MOST, max_bytes: int | None = None) -> None:
        self.most = most
        self.max_bytes = max_bytes
        self.sizes: list[int] = []
        self.keys: list[str] = []
        self.delivered: dict[str, int] = {}  # event "to" -> times processed
        self.answers: dict[str, httpx.Response] = {}
        self.lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        events = json.loads(request.content)["events"]
        key = request.headers["idempotency-key"]
        with self.lock:
            self.sizes.append(len(events))
            self.keys.append(key)
            if key in self.answers:
                return self.answers[key]
            if len(events) > self.most or (
                self.max_bytes is not None and len(request.content) > self.max_bytes
            ):
                return httpx.Response(413, json={"statusCode": 413, "message": "request entity too large"})
            for e in events:
                self.delivered[e["to"]] = self.delivered.get(e["to"], 0) + 1
            data = [
                {"acknowledged": True, "status": "processed", "transactionId": f"t-{e['to']}"} for e in events
            ]
            answer = self.answers[key] = httpx.Response(201, json={"data": data})
            return answer


def halving(n: int, most: int) -> list[int]:
    """The request sizes of one chunk of `n` items against a server taking at most `most`."""
    if n <= most or n == 1:
        return [n]
    return [n, *halving(n // 2, most), *halving(n - n // 2, most)]


def test_a_chunk_refused_as_too_large_is_sent_in_halves_and_every_event_delivered(
    make_client: Any,
) -> None:
    total = LIMIT + LIMIT // 2
    server = Server()
    progress: list[Any] = []
    with make_client(server) as novu:
        results = list(
            novu.trigger_many(
                [event(i) for i in range(total)], run_key="job", concurrency=1, on_progress=progress.append
            )
        )
    assert [r.index for r in results] == list(range(total))
    assert all(r.ok for r in results), [r.error for r in results if not r.ok][:3]
    assert server.delivered == {f"s-{i}": 1 for i in range(total)}
    assert server.sizes == halving(LIMIT, MOST) + halving(total - LIMIT, MOST)
    assert progress[-1].requests == len(server.sizes)  # the refused ones were answered too
    # Every part has its own key, named by its range of the input; the whole chunk keeps its own.
    assert len(set(server.keys)) == len(server.keys)
    assert server.keys[0].startswith("bulk-0-")
    if MOST < LIMIT:
        assert server.keys[1].startswith(f"bulk-0.0-{LIMIT // 2}-")
    by_index = {r.index: r.idempotency_key for r in results}
    assert by_index[0] != server.keys[0] and by_index[0] in server.keys
    assert {r.chunk for r in results} == {0, 1}


def test_the_parts_have_the_same_keys_on_a_re_run_which_replays_them(make_client: Any) -> None:
    server = Server()
    events = [event(i) for i in range(LIMIT)]
    with make_client(server) as novu:
        first = [r.idempotency_key for r in novu.trigger_many(events, run_key="job")]
        sent = list(server.keys)
        again = list(novu.trigger_many(events, run_key="job"))
    assert [r.idempotency_key for r in again] == first
    assert server.keys[len(sent) :] == sent
    assert all(r.ok for r in again)
    assert set(server.delivered.values()) == {1}  # replayed, not sent again


def test_halves_of_the_same_bytes_get_keys_of_their_own(make_client: Any) -> None:
    # Identical events: the two halves of a chunk are the same body, yet both must be processed.
    server = Server()
    same = {"name": "welcome", "to": "s-same", "payload": {"n": 1}}
    with make_client(server) as novu:
        results = list(novu.trigger_many([dict(same) for _ in range(LIMIT)], run_key="job"))
    assert all(r.ok for r in results)
    assert server.delivered == {"s-same": LIMIT}


def test_an_event_too_large_on_its_own_fails_alone(make_client: Any) -> None:
    big = 7
    server = Server(most=LIMIT, max_bytes=20_000)
    events = [event(i, 30_000 if i == big else 10) for i in range(LIMIT)]
    with make_client(server) as novu:
        results = list(novu.trigger_many(events))
    failed = [r for r in results if not r.ok]
    assert [r.index for r in failed] == [big]
    assert isinstance(failed[0].error, errors.PayloadTooLargeError)
    assert failed[0].error.status_code == 413
    assert server.delivered == {f"s-{i}": 1 for i in range(LIMIT) if i != big}
    assert [r.index for r in results] == list(range(LIMIT))


def test_refused_items_stay_refused_in_the_parts(make_client: Any) -> None:
    server = Server()
    events: list[Any] = [event(i) for i in range(LIMIT)]
    events[3] = {"name": 5, "to": "s-3"}  # a caller mistake: never sent
    with make_client(server) as novu:
        results = list(novu.trigger_many(events))
    assert [r.index for r in results if not r.ok] == [3]
    assert isinstance(results[3].error, TypeError)
    assert server.delivered == {f"s-{i}": 1 for i in range(LIMIT) if i != 3}


def test_async_sends_the_same_parts_with_the_same_keys(make_client: Any, make_async_client: Any) -> None:
    events = [event(i) for i in range(LIMIT * 2)]
    sync_server, async_server = Server(), Server()
    with make_client(sync_server) as novu:
        expected = list(novu.trigger_many(events, run_key="job", concurrency=3))

    async def run() -> list[BulkResult[Any]]:
        async with make_async_client(async_server) as anovu:
            return [r async for r in anovu.trigger_many(events, run_key="job", concurrency=3)]

    got = asyncio.run(run())
    assert [(r.index, r.ok, r.idempotency_key) for r in got] == [
        (r.index, r.ok, r.idempotency_key) for r in expected
    ]
    assert sorted(async_server.keys) == sorted(sync_server.keys)
    assert async_server.delivered == sync_server.delivered == {f"s-{i}": 1 for i in range(LIMIT * 2)}
