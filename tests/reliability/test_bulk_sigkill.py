"""Exactly once across a crash: a job sending 10,000 triggers through `trigger_many` is killed
with SIGKILL in the middle, then run again with the same run key; every event is delivered once.

The server implements Novu's idempotency contract for `POST /v1/events/trigger/bulk`: the first
request with a key is processed (its events delivered) and its answer stored; the same key and
body later gets the stored answer with `Idempotency-Replay: true`; the key while the first is
still being processed gets 409 with Retry-After; the key with another body gets 422. It also
sends RateLimit headers as Novu does. Each request takes a moment to process, so the kill finds
some requests processed and answered, some processed but not answered (the re-run must replay
them, not send them again) and some not sent at all. About 2-3 s per client; every process
it starts is killed or waited for before it returns.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import pytest

from novu_api.api.events import trigger_bulk
from tests.conftest import ROOT, SECRET
from tests.loopback import Action, LoopbackServer, ReceivedRequest, respond

from .bulk_job import EVENTS

PROCESSING = 0.02  # seconds a bulk request takes on the server
KILL_AT = EVENTS * 3 // 10  # deliveries seen before the job is killed
assert trigger_bulk.OPERATION.bulk is not None
LIMIT = trigger_bulk.OPERATION.bulk["limit"]  # the document's maximum events per request


@dataclass
class _Entry:
    digest: str
    answer: dict[str, Any] | None = None  # None while being processed


@dataclass
class IdempotentBulkServer:
    lock: threading.Lock = field(default_factory=threading.Lock)
    entries: dict[str, _Entry] = field(default_factory=dict)
    deliveries: Counter[int] = field(default_factory=Counter)
    replays: int = 0
    in_flight: int = 0
    reuse: int = 0
    requests: int = 0

    def handle(self, request: ReceivedRequest) -> Action:
        key = request.headers.get("idempotency-key")
        if request.method != "POST" or request.path != "/v1/events/trigger/bulk" or not key:
            return respond(400, json={"statusCode": 400, "message": "bad request to the test server"})
        if request.headers.get("authorization") != f"ApiKey {SECRET}":
            return respond(401, json={"statusCode": 401, "message": "wrong key"})
        digest = hashlib.sha256(request.body).hexdigest()
        limits = {"RateLimit-Limit": "1000", "RateLimit-Remaining": "900", "RateLimit-Reset": "1"}
        with self.lock:
            self.requests += 1
            entry = self.entries.get(key)
            if entry is not None:
                if entry.digest != digest:
                    self.reuse += 1
                    message = f'Request with key "{key}" is being reused for a different body'
                    return respond(422, json={"statusCode": 422, "message": message}, headers=limits)
                if entry.answer is None:
                    self.in_flight += 1
                    message = f'Request with key "{key}" is being processed'
                    return respond(
                        409,
                        json={"statusCode": 409, "message": message},
                        headers={"Retry-After": "1", **limits},
                    )
                self.replays += 1
                return respond(201, json=entry.answer, headers={"Idempotency-Replay": "true", **limits})
            entry = self.entries[key] = _Entry(digest)
        events = json.loads(request.body)["events"]
        with self.lock:
            for event in events:
                self.deliveries[event["payload"]["event"]] += 1
        time.sleep(PROCESSING)  # processed, not yet answered: a kill now loses only the answer
        answer = {
            "data": [
                {"acknowledged": True, "status": "processed", "transactionId": f"t-{e['payload']['event']}"}
                for e in events
            ]
        }
        with self.lock:
            entry.answer = answer
        return respond(201, json=answer, headers={"Idempotency-Replay": "false", **limits})


def _job(url: str, mode: str, run_key: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.bulk_job", url, mode, run_key],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


@pytest.mark.slow  # a child process killed mid-run, then a rerun: about 2 s each
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_sigkill_then_rerun_delivers_every_event_exactly_once(mode: str) -> None:
    server = IdempotentBulkServer()
    run_key = f"import-2026-12-01-{mode}"
    with LoopbackServer(handler=server.handle, max_seconds=60, backlog=64, lifetime=60) as loopback:
        first = _job(loopback.url, mode, run_key)
        try:
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and first.poll() is None:
                with server.lock:
                    delivered = sum(server.deliveries.values())
                if delivered >= KILL_AT:
                    break
                time.sleep(0.002)
            assert first.poll() is None, f"the job ended before it could be killed: {first.communicate()}"
            os.kill(first.pid, signal.SIGKILL)
            first.wait(timeout=10)
        finally:
            if first.poll() is None:
                first.kill()
                first.wait(timeout=10)
            for stream in (first.stdout, first.stderr):
                if stream is not None:
                    stream.close()
        assert first.returncode == -signal.SIGKILL
        with server.lock:
            before = sum(server.deliveries.values())
            answered_before = sum(1 for e in server.entries.values() if e.answer is not None)
        assert 0 < before < EVENTS, before

        second = _job(loopback.url, mode, run_key)
        try:
            out, err = second.communicate(timeout=60)
        finally:
            if second.poll() is None:
                second.kill()
                second.wait(timeout=10)
        assert second.returncode == 0, err
        summary = json.loads(out.strip().splitlines()[-1])

    # Every event delivered exactly once, across the crash.
    duplicates = {n: c for n, c in server.deliveries.items() if c != 1}
    assert not duplicates, f"delivered more than once: {len(duplicates)} events"
    assert sorted(server.deliveries) == list(range(EVENTS))
    assert sum(server.deliveries.values()) == EVENTS
    # The re-run saw every event, in order, none failed; what the first run had finished came
    # back as replays, not as new work.
    assert summary["results"] == EVENTS and summary["in_order"], summary
    assert summary["failed"] == 0, summary["errors"]
    assert summary["replayed"] >= answered_before * LIMIT > 0, (summary, answered_before)
    assert server.reuse == 0
    # Requests of the document's maximum size, each sent under one key whatever the crash.
    assert len(server.entries) == -(-EVENTS // LIMIT)
