"""Measurements for `make bench` beyond the per-call figures of run.py: the SDK's own work over
httpx.MockTransport, decoding as a call pays it, model memory against the dict, and bulk
throughput (the bulk helpers against one-by-one triggers and against a raw httpx bulk loop with
the same concurrency, over the loopback server).

Each function returns raw samples (seconds, bytes, counts), interleaved round by round as in
run.py; run.py turns them into figures and ratios.
"""

from __future__ import annotations

import asyncio
import gc
import json
import time
import tracemalloc
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from common import RAW_HEADERS, SECRET, TRIGGER_BODY, per_call, raw_trigger

MOCK_URL = "https://api.novu.test"
MOCK_N = 100  # triggers per batch over MockTransport
BULK_EVENTS = 10_000  # events per bulk run
ONE_BY_ONE_EVENTS = 1_000  # events per one-by-one run (its rate is per event, like the bulk one)
SYNC_CONCURRENCY = 4  # the bulk helpers' default: threads for the sync client
ASYNC_CONCURRENCY = (1, 50)


def _rotate(items: list[Any], k: int) -> list[Any]:
    k %= len(items)
    return items[k:] + items[:k]


def _interleave(fns: dict[str, Callable[[], float]], rounds: int) -> dict[str, list[float]]:
    samples: dict[str, list[float]] = {key: [] for key in fns}
    for r in range(rounds):
        for key in _rotate(list(fns), r):
            samples[key].append(fns[key]())
    return samples


# -- own work over MockTransport -------------------------------------------------------------
def mock_samples(rounds: int) -> dict[str, list[float]]:
    """Seconds per trigger: raw httpx + json and novu_api, over the same MockTransport."""
    import httpx

    from novu_api import Novu

    answer = json.dumps(
        {"data": {"acknowledged": True, "status": "processed", "transactionId": "txn-1"}}
    ).encode()
    headers = [
        ("Content-Type", "application/json"),
        ("RateLimit-Remaining", "5999"),
        ("RateLimit-Reset", "1"),
    ]
    transport = httpx.MockTransport(lambda request: httpx.Response(201, headers=headers, content=answer))
    raw = httpx.Client(transport=transport)
    novu = Novu(secret_key=SECRET, server_url=MOCK_URL, http_client=httpx.Client(transport=transport))
    payload = TRIGGER_BODY["payload"]

    def ours() -> Any:
        return novu.trigger(workflow_id="welcome", to="subscriber-1", payload=payload)

    def floor() -> Any:
        return raw_trigger(raw, MOCK_URL)

    assert ours().transaction_id == floor()["transactionId"]
    for _ in range(5):
        per_call(ours, 20)
        per_call(floor, 20)
    return _interleave(
        {"raw": lambda: per_call(floor, MOCK_N), "ours": lambda: per_call(ours, MOCK_N)}, rounds
    )


# -- memory of a decoded page ----------------------------------------------------------------
def _retained(make: Callable[[], Any]) -> tuple[float, Any]:
    gc.collect()
    tracemalloc.start()
    try:
        start = tracemalloc.get_traced_memory()[0]
        kept = make()
        gc.collect()
        return float(tracemalloc.get_traced_memory()[0] - start), kept
    finally:
        tracemalloc.stop()


def memory_samples(body: bytes, rounds: int) -> dict[str, list[float]]:
    """Bytes retained by a page of subscribers: the dicts `json.loads` gives, the models once
    read (an item drops its wire dict when first read: what a caller of the SDK holds), and the
    models not read yet (each still holding its dict)."""
    from novu_api.models import ListSubscribersResponseDto

    def dicts() -> Any:
        return json.loads(body)["data"]

    def models() -> Any:
        data = ListSubscribersResponseDto.from_dict(json.loads(body)).data
        for item in data:
            item.subscriber_id  # noqa: B018 - the first read decodes the item
        return data

    def unread() -> Any:
        return ListSubscribersResponseDto.from_dict(json.loads(body)).data

    makers = {"dict": dicts, "model": models, "unread": unread}
    samples: dict[str, list[float]] = {key: [] for key in makers}
    for r in range(rounds):
        for key in _rotate(list(makers), r):
            size, kept = _retained(makers[key])
            samples[key].append(size / len(kept))
            del kept
    return samples


# -- bulk throughput -------------------------------------------------------------------------
def _events(n: int) -> list[dict[str, Any]]:
    return [{"name": "welcome", "to": f"subscriber-{i}", "payload": {"n": i}} for i in range(n)]


def _chunks(events: list[dict[str, Any]], size: int) -> list[bytes]:
    return [json.dumps({"events": events[i : i + size]}).encode() for i in range(0, len(events), size)]


class Bulk:
    """Timed runs over the loopback server; each returns (seconds per event, requests sent).

    Every run gets new httpx clients, made and closed outside its timing, so each starts from an
    empty connection pool and opens what it needs. httpcore's pool does work per request that
    grows with the connections it holds: a raw async run at concurrency 50 took 0.7-1.0 s with
    50 connections open and 0.23 s once idle ones had expired down to 11, so runs sharing
    long-lived clients were timed against whatever pool the earlier runs and the keep-alive
    expiry had left them (a bimodal floor).
    """

    def __init__(self, base_url: str) -> None:
        from novu_api.api.events import trigger_bulk

        assert trigger_bulk.OPERATION.bulk is not None
        self.limit: int = trigger_bulk.OPERATION.bulk["limit"]
        self.base_url = base_url
        self.events = _events(BULK_EVENTS)
        self.single = self.events[:ONE_BY_ONE_EVENTS]
        self.loop = asyncio.new_event_loop()

    def close(self) -> None:
        self.loop.close()

    @staticmethod
    def _limits() -> Any:
        import httpx

        return httpx.Limits(max_connections=64, max_keepalive_connections=64)

    def _novu(self) -> Any:
        import httpx

        from novu_api import Novu

        return Novu(
            secret_key=SECRET, server_url=self.base_url, http_client=httpx.Client(limits=self._limits())
        )

    def _anovu(self) -> Any:
        import httpx

        from novu_api import AsyncNovu

        return AsyncNovu(
            secret_key=SECRET, server_url=self.base_url, http_client=httpx.AsyncClient(limits=self._limits())
        )

    # sync --------------------------------------------------------------------------------
    def ours_sync(self, concurrency: int) -> tuple[float, int]:
        progress: list[Any] = []
        ok = 0
        with self._novu() as novu:
            started = time.perf_counter()
            # Results are read as they come (as the async run and the raw loops do): none is kept.
            for result in novu.trigger_many(
                self.events, concurrency=concurrency, on_progress=progress.append
            ):
                ok += result.ok
            elapsed = time.perf_counter() - started
        assert ok == BULK_EVENTS
        return elapsed / BULK_EVENTS, progress[-1].requests

    def raw_sync(self, concurrency: int) -> tuple[float, int]:
        import httpx

        url = self.base_url + "/v1/events/trigger/bulk"
        with httpx.Client(limits=self._limits()) as raw:

            def post(content: bytes) -> int:
                response = raw.post(url, content=content, headers=RAW_HEADERS)
                return len(json.loads(response.content)["data"])

            started = time.perf_counter()
            with ThreadPoolExecutor(concurrency) as pool:
                # Encoding is part of the loop, as the helper encodes its chunks.
                sent = sum(pool.map(post, (c for c in _chunks(self.events, self.limit))))
            elapsed = time.perf_counter() - started
        assert sent == BULK_EVENTS
        return elapsed / BULK_EVENTS, -(-BULK_EVENTS // self.limit)

    def one_by_one_sync(self, concurrency: int) -> tuple[float, int]:
        with self._novu() as novu:

            def send(event: dict[str, Any]) -> Any:
                return novu.trigger(workflow_id=event["name"], to=event["to"], payload=event["payload"])

            started = time.perf_counter()
            with ThreadPoolExecutor(concurrency) as pool:
                done = sum(1 for _ in pool.map(send, self.single))
            elapsed = time.perf_counter() - started
        assert done == ONE_BY_ONE_EVENTS
        return elapsed / ONE_BY_ONE_EVENTS, BULK_EVENTS  # one request per event

    # async -------------------------------------------------------------------------------
    def ours_async(self, concurrency: int) -> tuple[float, int]:
        async def run() -> tuple[float, int, int]:
            progress: list[Any] = []
            ok = 0
            async with self._anovu() as novu:
                started = time.perf_counter()
                async for result in novu.trigger_many(
                    self.events, concurrency=concurrency, on_progress=progress.append
                ):
                    ok += result.ok
                elapsed = time.perf_counter() - started
            return elapsed, ok, progress[-1].requests

        elapsed, ok, requests = self.loop.run_until_complete(run())
        assert ok == BULK_EVENTS
        return elapsed / BULK_EVENTS, requests

    def raw_async(self, concurrency: int) -> tuple[float, int]:
        import httpx

        url = self.base_url + "/v1/events/trigger/bulk"

        async def run() -> tuple[float, int]:
            gate = asyncio.Semaphore(concurrency)
            async with httpx.AsyncClient(limits=self._limits()) as raw:

                async def post(content: bytes) -> int:
                    async with gate:
                        response = await raw.post(url, content=content, headers=RAW_HEADERS)
                    return len(json.loads(response.content)["data"])

                started = time.perf_counter()
                counts = await asyncio.gather(*(post(c) for c in _chunks(self.events, self.limit)))
                elapsed = time.perf_counter() - started
            return elapsed, sum(counts)

        elapsed, sent = self.loop.run_until_complete(run())
        assert sent == BULK_EVENTS
        return elapsed / BULK_EVENTS, -(-BULK_EVENTS // self.limit)

    def one_by_one_async(self, concurrency: int) -> tuple[float, int]:
        async def run() -> tuple[float, int]:
            gate = asyncio.Semaphore(concurrency)
            async with self._anovu() as novu:

                async def send(event: dict[str, Any]) -> Any:
                    async with gate:
                        return await novu.trigger(
                            workflow_id=event["name"], to=event["to"], payload=event["payload"]
                        )

                started = time.perf_counter()
                done = len(await asyncio.gather(*(send(e) for e in self.single)))
                elapsed = time.perf_counter() - started
            return elapsed, done

        elapsed, done = self.loop.run_until_complete(run())
        assert done == ONE_BY_ONE_EVENTS
        return elapsed / ONE_BY_ONE_EVENTS, BULK_EVENTS


def bulk_samples(base_url: str, rounds: int) -> dict[str, dict[str, list[float]]]:
    """{config: {"ours" | "raw" | "single" | "*_requests": samples}} for the sync client at its
    default concurrency and the async client at each of ASYNC_CONCURRENCY."""
    bulk = Bulk(base_url)
    try:
        configs: dict[str, tuple[Callable[[int], tuple[float, int]], ...]] = {
            f"sync, {SYNC_CONCURRENCY} threads": (bulk.ours_sync, bulk.raw_sync, bulk.one_by_one_sync),
            **{
                f"async, concurrency {c}": (bulk.ours_async, bulk.raw_async, bulk.one_by_one_async)
                for c in ASYNC_CONCURRENCY
            },
        }
        levels = {f"sync, {SYNC_CONCURRENCY} threads": SYNC_CONCURRENCY} | {
            f"async, concurrency {c}": c for c in ASYNC_CONCURRENCY
        }
        out: dict[str, dict[str, list[float]]] = {}
        for name, (ours, raw, single) in configs.items():
            level = levels[name]
            for fn in (ours, raw, single):  # warm connections and code paths
                fn(level)
            samples: dict[str, list[float]] = {
                "ours": [],
                "raw": [],
                "single": [],
                "ours_requests": [],
                "raw_requests": [],
                "single_requests": [],
            }
            for r in range(rounds):
                for key, fn in _rotate([("ours", ours), ("raw", raw), ("single", single)], r):
                    seconds, requests = fn(level)
                    samples[key].append(seconds)
                    samples[f"{key}_requests"].append(float(requests))
            out[name] = samples
        return out
    finally:
        bulk.close()
