"""Typing of the bulk helpers, checked by mypy --strict like the package itself: what the
annotations promise is what a caller gets, and a wrong argument is refused by the checker."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow  # mypy over the package: about 15 s

ACCEPTED = """
from collections.abc import AsyncIterator, Iterator
from typing import Any, assert_type

from novu_api import AsyncNovu, BulkProgress, BulkResult, Novu
from novu_api.models import TriggerEventRequestDto, TriggerEventResponseDto


def sync(novu: Novu) -> None:
    events = (TriggerEventRequestDto(workflow_id="w", to="s") for _ in range(3))
    results = novu.trigger_many(events, run_key="job", concurrency=2, on_progress=lambda p: None)
    assert_type(results, Iterator[BulkResult[TriggerEventResponseDto]])
    for result in results:
        assert_type(result.value, TriggerEventResponseDto | None)
        assert_type(result.ok, bool)
        assert_type(result.error, Exception | None)
    subscribers = novu.subscribers.create_many([{"subscriberId": "s1"}])
    assert_type(subscribers, Iterator[BulkResult[Any]])
    topics = novu.topics.subscriptions.create_many(["s1"], topic_key="vip")
    assert_type(topics, Iterator[BulkResult[Any]])


async def run_async(novu: AsyncNovu) -> None:
    def report(progress: BulkProgress) -> None:
        assert_type(progress.rate, float)

    results = novu.trigger_many([{"name": "w", "to": "s"}], on_progress=report)
    assert_type(results, AsyncIterator[BulkResult[TriggerEventResponseDto]])
    async for result in results:
        assert_type(result.index, int)
"""

REJECTED = """
from novu_api import Novu

def wrong(novu: Novu) -> None:
    novu.trigger_many([1, 2])
    novu.trigger_many([{"name": "w"}], concurrency="4")
    novu.topics.subscriptions.create_many(["s1"])
"""


def _mypy(tmp_path: Path, source: str) -> tuple[int, str]:
    from mypy import api

    path = tmp_path / "snippet.py"
    path.write_text(textwrap.dedent(source), encoding="utf-8")
    out, err, status = api.run(
        [
            "--strict",
            "--python-version",
            "3.11",
            "--no-error-summary",
            "--cache-dir",
            str(ROOT / ".mypy_cache"),
            str(path),
        ]
    )
    return status, out + err


def test_bulk_helpers_type_check(tmp_path: Path) -> None:
    status, output = _mypy(tmp_path, ACCEPTED)
    assert status == 0, output


def test_wrong_bulk_arguments_are_refused(tmp_path: Path) -> None:
    status, output = _mypy(tmp_path, REJECTED)
    assert status == 1
    lines = [line for line in output.splitlines() if ": error:" in line]
    assert {line.split(":")[1] for line in lines} == {"5", "6", "7"}, output
