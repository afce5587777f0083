"""The job the SIGKILL test kills and re-runs: 10,000 triggers through `trigger_many`.

    python -m tests.reliability.bulk_job URL sync|async RUN_KEY

Prints one JSON line at the end: results, failures, replayed results and requests answered.
"""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Iterator
from typing import Any

from novu_api import AsyncNovu, BulkProgress, Novu, RetryPolicy
from tests.conftest import SECRET

EVENTS = 10_000
RETRY = RetryPolicy(max_retries=5, initial_delay=0.05)


def events() -> Iterator[dict[str, Any]]:
    # A generator: the job never holds its input in memory.
    for n in range(EVENTS):
        yield {"name": "order-shipped", "to": f"subscriber-{n % 97}", "payload": {"event": n}}


def report(results: list[Any], requests: int) -> None:
    print(
        json.dumps(
            {
                "results": len(results),
                "failed": sum(1 for r in results if not r.ok),
                "replayed": sum(1 for r in results if r.replayed),
                "requests": requests,
                "in_order": [r.index for r in results] == list(range(len(results))),
                "errors": sorted({repr(r.error) for r in results if not r.ok})[:5],
            }
        ),
        flush=True,
    )


def run_sync(url: str, run_key: str) -> None:
    seen: list[BulkProgress] = []
    with Novu(secret_key=SECRET, server_url=url, retry=RETRY) as novu:
        results = list(novu.trigger_many(events(), run_key=run_key, concurrency=4, on_progress=seen.append))
    report(results, seen[-1].requests if seen else 0)


async def run_async(url: str, run_key: str) -> None:
    seen: list[BulkProgress] = []
    async with AsyncNovu(secret_key=SECRET, server_url=url, retry=RETRY) as novu:
        results = [
            r
            async for r in novu.trigger_many(
                events(), run_key=run_key, concurrency=4, on_progress=seen.append
            )
        ]
    report(results, seen[-1].requests if seen else 0)


if __name__ == "__main__":
    url, mode, key = sys.argv[1:4]
    if mode == "sync":
        run_sync(url, key)
    else:
        asyncio.run(run_async(url, key))
