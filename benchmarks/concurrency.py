"""Bulk throughput by `concurrency`, over loopback and with a round trip added: the figures of
"Choosing `concurrency`" in docs/sending-at-volume.md.

    .venv/bin/python benchmarks/concurrency.py [--delays 0,5,50] [--events 4000] [--rounds 3]

For each delay, a server on 127.0.0.1 (a child process: asyncio, one task per connection)
answers `POST /v1/events/trigger/bulk` with one processed result per event of the body, after
waiting that many milliseconds, the round trip a request spends outside the client. Each
configuration sends the same events through `Novu.trigger_many` (threads) and
`AsyncNovu.trigger_many` (tasks) at each concurrency, rounds interleaved; the table gives the
median events per second. Not part of `make bench`: it answers a question of setup (how much
concurrency pays), not of overhead, and its rows with a round trip take a minute or two.

Bounded: the server exits when its standard input closes (this process went away) or after
`--max-seconds`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import SECRET  # noqa: E402

LEVELS = (1, 2, 4, 8, 16)


# -- the server (child process) ----------------------------------------------------------------
async def _answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, delay: float) -> None:
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                if line[:15].lower() == b"content-length:":
                    length = int(line[15:])
            body = await reader.readexactly(length) if length else b"{}"
            events = json.loads(body).get("events", [])
            out = json.dumps(
                {
                    "data": [
                        {"acknowledged": True, "status": "processed", "transactionId": f"txn-{i}"}
                        for i in range(len(events))
                    ]
                },
                separators=(",", ":"),
            ).encode()
            if delay:
                await asyncio.sleep(delay)
            writer.write(
                b"HTTP/1.1 201 Created\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n"
                % len(out)
                + out
            )
            await writer.drain()
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError, ValueError):
        pass
    finally:
        writer.close()


async def _serve(delay: float, max_seconds: float) -> None:
    server = await asyncio.start_server(lambda r, w: _answer(r, w, delay), "127.0.0.1", 0)
    print(f"PORT {server.sockets[0].getsockname()[1]}", flush=True)
    loop = asyncio.get_running_loop()
    loop.call_later(max_seconds, os._exit, 0)
    await loop.run_in_executor(None, sys.stdin.buffer.read)  # the parent closed it or went away
    os._exit(0)


# -- the runs ----------------------------------------------------------------------------------
def _events(n: int) -> list[dict[str, Any]]:
    return [{"name": "welcome", "to": f"subscriber-{i}", "payload": {"n": i}} for i in range(n)]


def _limits() -> Any:
    import httpx

    return httpx.Limits(max_connections=64, max_keepalive_connections=64)


def _sync(url: str, events: list[dict[str, Any]], concurrency: int) -> float:
    import httpx

    from novu_api import Novu

    with Novu(secret_key=SECRET, server_url=url, http_client=httpx.Client(limits=_limits())) as novu:
        started = time.perf_counter()
        ok = sum(result.ok for result in novu.trigger_many(events, concurrency=concurrency))
        elapsed = time.perf_counter() - started
    assert ok == len(events)
    return len(events) / elapsed


def _async(url: str, events: list[dict[str, Any]], concurrency: int) -> float:
    import httpx

    from novu_api import AsyncNovu

    async def run() -> float:
        client = httpx.AsyncClient(limits=_limits())
        async with AsyncNovu(secret_key=SECRET, server_url=url, http_client=client) as novu:
            started = time.perf_counter()
            ok = 0
            async for result in novu.trigger_many(events, concurrency=concurrency):
                ok += result.ok
            elapsed = time.perf_counter() - started
        assert ok == len(events)
        return len(events) / elapsed

    return asyncio.run(run())


def measure(delay_ms: float, n: int, rounds: int, max_seconds: float) -> dict[tuple[str, int], float]:
    proc = subprocess.Popen(
        [sys.executable, __file__, "--serve", str(delay_ms / 1000), "--max-seconds", str(max_seconds)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().decode().split()
        if line[:1] != ["PORT"]:
            raise RuntimeError(f"the benchmark server did not start: {line!r}")
        url = f"http://127.0.0.1:{int(line[1])}"
        events = _events(n)
        runs = {"Novu (threads)": _sync, "AsyncNovu (tasks)": _async}
        for run in runs.values():  # warm connections and code paths
            run(url, events, 1)
        samples: dict[tuple[str, int], list[float]] = {}
        for _ in range(rounds):
            for name, run in runs.items():
                for level in LEVELS:
                    samples.setdefault((name, level), []).append(run(url, events, level))
        return {key: statistics.median(values) for key, values in samples.items()}
    finally:
        if proc.stdin is not None:
            proc.stdin.close()
        proc.wait(timeout=10)
        if proc.stdout is not None:
            proc.stdout.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--delays", default="0,5,50", help="round trips to add, in ms (comma-separated)")
    parser.add_argument("--events", type=int, default=4000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--max-seconds", type=float, default=600.0)
    parser.add_argument("--serve", type=float, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve is not None:
        asyncio.run(_serve(args.serve, args.max_seconds))
        return 0
    print(f"{args.events:,} triggers, median of {args.rounds} interleaved rounds, events/s", flush=True)
    print()
    print("| round trip | client | " + " | ".join(f"concurrency {c}" for c in LEVELS) + " |")
    print("|---|---|" + "---:|" * len(LEVELS))
    for delay in (float(d) for d in args.delays.split(",")):
        figures = measure(delay, args.events, args.rounds, args.max_seconds)
        for name in ("Novu (threads)", "AsyncNovu (tasks)"):
            cells = " | ".join(f"{figures[(name, c)]:,.0f}" for c in LEVELS)
            print(f"| {delay:g} ms | {name} | {cells} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
