"""The async client's transport finds what it looks for at every request.

httpcore asks `sniffio` which async library is running each time an async request takes a
connection, and falls back to asyncio when the import fails. A failed import searches every
entry of `sys.path` again, each time: without `sniffio` installed (a runtime dependency for that
reason), every AsyncNovu request over a real connection pays for a few of them.
"""

from __future__ import annotations

import asyncio
import importlib.abc
import sys
from typing import Any

from novu_api import AsyncNovu
from tests.loopback import LoopbackServer, respond

SECRET = "sk_test_async_transport"
ANSWER = {"data": {"acknowledged": True, "status": "processed", "transactionId": "txn-1"}}


class _Recorder(importlib.abc.MetaPathFinder):
    """Records every module name the import system has to search for (found or not)."""

    def __init__(self) -> None:
        self.searched: list[str] = []

    def find_spec(self, fullname: str, path: Any, target: Any = None) -> None:
        self.searched.append(fullname)
        return None


def test_async_requests_search_for_no_module() -> None:
    async def calls(url: str) -> None:
        async with AsyncNovu(secret_key=SECRET, server_url=url, max_retries=0) as novu:
            await novu.trigger(workflow_id="welcome", to="subscriber-1")  # warm: first imports
            recorder = _Recorder()
            sys.meta_path.insert(0, recorder)
            try:
                for _ in range(3):
                    result = await novu.trigger(workflow_id="welcome", to="subscriber-1")
                    assert result.transaction_id == "txn-1"
            finally:
                sys.meta_path.remove(recorder)
            assert recorder.searched == [], f"searched at every request: {sorted(set(recorder.searched))}"

    with LoopbackServer([respond(201, json=ANSWER) for _ in range(4)]) as server:
        asyncio.run(calls(server.url))
        assert len(server.requests) == 4
