"""What a hostile server costs the caller now: four figures, printed (nothing is asserted).

    .venv/bin/python benchmarks/hostile.py

1. time to summarise a 1 MB HTML error page built to make regex summaries quadratic
   (unclosed `<title>` and `<` repeated), and to raise the error for it through a client;
2. peak memory (tracemalloc, and the process's peak RSS growth) for a 200 MB gzip bomb
   (~200 KB on the wire) with the default `Limits`;
3. time until a call with `timeout=0.5` gives up on a server trickling one byte every 0.2 s,
   sync and async;
4. pages fetched before iteration stops when the server cycles cursors over the same items,
   and when it alternates two pages.

The servers are tests/loopback.py servers on 127.0.0.1 (run from the repository root).
"""

from __future__ import annotations

import asyncio
import gzip
import io
import resource
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from novu_api import AsyncNovu, Novu, errors  # noqa: E402
from novu_api._limits import summary  # noqa: E402
from tests.loopback import LoopbackServer, respond, trickle  # noqa: E402

KEY = "bench-secret-key-0123456789"


def hostile_page() -> str:
    head = "<!DOCTYPE html><html><head>"
    return head + ("<title>" + "<" * 20) * ((1_000_000 - len(head)) // 27)


def figure_html() -> None:
    page = hostile_page()
    started = time.perf_counter()
    line = summary(page)
    summarised = time.perf_counter() - started

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(502, text=page, headers={"Content-Type": "text/html"})

    novu = Novu(
        secret_key=KEY, max_retries=0, http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )
    started = time.perf_counter()
    try:
        novu.subscribers.retrieve(subscriber_id="s1")
    except errors.InternalServerError:
        pass
    raised = time.perf_counter() - started
    print(
        f"1 MB hostile HTML page: summary in {summarised * 1000:.2f} ms ({len(line)} characters), "
        f"the whole failed call in {raised * 1000:.1f} ms"
    )


def bomb(decoded: int) -> bytes:
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=9) as packer:
        block = b"0" * 1_000_000
        for _ in range(decoded // len(block)):
            packer.write(block)
    return out.getvalue()


def figure_bomb() -> None:
    body = bomb(200_000_000)
    for status in (200, 503):
        action = respond(
            status, body=body, headers={"Content-Encoding": "gzip", "Content-Type": "application/json"}
        )
        with LoopbackServer([action]) as server:
            novu = Novu(secret_key=KEY, server_url=server.url, max_retries=0)
            rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            tracemalloc.start()
            outcome = "no error"
            try:
                novu.subscribers.retrieve(subscriber_id="s1")
            except errors.ResponseTooLargeError as error:
                outcome = f"ResponseTooLargeError at {error.limit}"
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            rss_growth = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before
            novu.close()
        print(
            f"200 MB gzip bomb ({len(body) / 1000:.0f} KB on the wire), status {status}: {outcome}; "
            f"peak traced memory {peak / 1e6:.1f} MB, peak RSS growth {rss_growth / 1000:.1f} MB"
        )


def figure_trickle() -> None:
    def action() -> Any:
        return trickle(0.2, 200, body=b" " * 500, headers={"Content-Type": "application/json"})

    with LoopbackServer([action()]) as server:
        novu = Novu(secret_key=KEY, server_url=server.url, timeout=0.5, max_retries=0)
        started = time.perf_counter()
        try:
            novu.subscribers.retrieve(subscriber_id="s1")
        except errors.APITimeoutError:
            pass
        sync_time = time.perf_counter() - started
        novu.close()
    with LoopbackServer([action()]) as server:

        async def go() -> float:
            async with AsyncNovu(secret_key=KEY, server_url=server.url, timeout=0.5, max_retries=0) as client:
                started = time.perf_counter()
                try:
                    await client.subscribers.retrieve(subscriber_id="s1")
                except errors.APITimeoutError:
                    pass
                return time.perf_counter() - started

        async_time = asyncio.run(go())
    print(
        f"trickling server (1 byte / 0.2 s, 100 s of body), timeout=0.5: gave up after {sync_time:.2f} s (sync), "
        f"{async_time:.2f} s (async)"
    )


def figure_pages() -> None:
    for label, items_for in (
        ("fresh cursor, same items", lambda n: "same"),
        ("two pages in turn", lambda n: f"p{n % 2}"),
    ):
        fetched: list[int] = []

        def handler(
            request: httpx.Request, items_for: Any = items_for, fetched: list[int] = fetched
        ) -> httpx.Response:
            fetched.append(1)
            n = len(fetched)
            return httpx.Response(200, json={"data": [{"subscriberId": items_for(n)}], "next": f"c{n}"})

        novu = Novu(secret_key=KEY, http_client=httpx.Client(transport=httpx.MockTransport(handler)))
        items = list(novu.subscribers.search())
        print(f"cycling cursor ({label}): {len(fetched)} pages fetched, {len(items)} items yielded")


if __name__ == "__main__":
    figure_html()
    figure_bomb()
    figure_trickle()
    figure_pages()
