"""Async: `AsyncNovu` has every method of `Novu`, awaited; pages are iterated with `async for`.

Concurrent triggers share one connection pool; hooks may be coroutine functions.

Runs against Novu (set NOVU_SECRET_KEY) or, through `python -m tests.prism run
examples/async_client.py`, against a local mock of the pinned spec (NOVU_SERVER_URL is set).
"""

from __future__ import annotations

import asyncio
import os

import httpx

from novu_api import AsyncNovu, Hooks

SUBSCRIBERS = ["ada-lovelace", "grace-hopper", "alan-turing"]


async def log_response(response: httpx.Response) -> None:
    print(f"  <- {response.request.method} {response.request.url.path}: {response.status_code}")


async def main() -> None:
    server_url = os.environ.get("NOVU_SERVER_URL")
    key = os.environ.get("NOVU_SECRET_KEY", "demo-secret-key" if server_url else None)
    hooks = Hooks(after_response=[log_response])
    async with AsyncNovu(secret_key=key, server_url=server_url, hooks=hooks) as novu:
        results = await asyncio.gather(
            *(
                novu.trigger(workflow_id="welcome-onboarding", to=subscriber, payload={"plan": "pro"})
                for subscriber in SUBSCRIBERS
            )
        )
        for subscriber_id, result in zip(SUBSCRIBERS, results, strict=True):
            print(f"triggered for {subscriber_id}: {result.status}")

        seen = 0
        async for subscriber in await novu.subscribers.search(limit=10):
            print(f"subscriber {subscriber.subscriber_id}")
            seen += 1
            if seen == 5:
                break

        retrieved = await novu.subscribers.retrieve(subscriber_id=SUBSCRIBERS[0])
        print(f"retrieved {retrieved.subscriber_id} ({retrieved.email})")


if __name__ == "__main__":
    asyncio.run(main())
