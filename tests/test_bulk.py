"""Bulk helpers (`novu_api/_bulk.py`): chunking at the document's maximum, order, per-item
failures, deterministic keys, rate-limit pacing, progress, and caller mistakes.

Limits and the set of bulk operations come from the generated operations (what the pinned
document states), never from numbers written here.
"""

from __future__ import annotations

import asyncio
import importlib
import itertools
import json
import pickle
import threading
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from novu_api import BulkItemError, BulkProgress, BulkResult, _bulk, _client, errors
from novu_api.api.events import trigger_bulk
from novu_api.api.subscribers import create_bulk
from novu_api.api.topics.subscriptions import create as topic_subscriptions_create
from novu_api.operations import OPERATIONS

assert (
    trigger_bulk.OPERATION.bulk and create_bulk.OPERATION.bulk and topic_subscriptions_create.OPERATION.bulk
)
EVENTS_LIMIT = trigger_bulk.OPERATION.bulk["limit"]
SUBSCRIBERS_LIMIT = create_bulk.OPERATION.bulk["limit"]
TOPIC_LIMIT = topic_subscriptions_create.OPERATION.bulk["limit"]


def event(n: int) -> dict[str, Any]:
    return {"name": "welcome", "to": f"s-{n}", "payload": {"n": n}}


def trigger_answer(
    request: httpx.Request, status: Callable[[int], str] = lambda n: "processed"
) -> httpx.Response:
    events = json.loads(request.content)["events"]
    return httpx.Response(
        201,
        json={
            "data": [
                {
                    "acknowledged": True,
                    "status": status(e["payload"]["n"]),
                    "transactionId": f"t{e['payload']['n']}",
                }
                for e in events
            ]
        },
    )


class Recorder:
    def __init__(self, answer: Callable[[httpx.Request], httpx.Response]) -> None:
        self.answer = answer
        self.requests: list[httpx.Request] = []
        self.lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.requests.append(request)
        return self.answer(request)

    def sizes(self, field: str) -> list[int]:
        return [len(json.loads(r.content)[field]) for r in self.requests]

    def keys(self) -> list[str]:
        return [r.headers["idempotency-key"] for r in self.requests]


def test_every_bulk_post_operation_has_a_many_helper_on_both_clients(
    make_client: Any, make_async_client: Any
) -> None:
    clients = [make_client(Recorder(trigger_answer)), make_async_client(Recorder(trigger_answer))]
    found = 0
    for entry in OPERATIONS:
        module = importlib.import_module(entry.module)
        bulk = module.OPERATION.bulk
        if not bulk or entry.method != "POST":
            continue
        found += 1
        assert isinstance(bulk["limit"], int) and bulk["limit"] > 0
        *group, method = entry.facade.split(".")
        stem = method.removesuffix("_bulk").removeprefix("bulk_")
        for client in clients:
            owner: Any = client
            for part in group:
                owner = getattr(owner, part)
            assert callable(getattr(owner, f"{stem}_many")), (entry.facade, client)
    assert found >= 1


def test_trigger_many_chunks_at_the_limit_and_streams_results_in_order(make_client: Any) -> None:
    recorder = Recorder(trigger_answer)
    novu = make_client(recorder)
    n = EVENTS_LIMIT * 2 + 7
    results = list(novu.trigger_many((event(i) for i in range(n)), concurrency=3))
    assert [r.index for r in results] == list(range(n))
    assert all(r.ok and r.value is not None for r in results)
    assert [r.value.transaction_id for r in results] == [f"t{i}" for i in range(n)]
    assert sorted(recorder.sizes("events")) == sorted([EVENTS_LIMIT, EVENTS_LIMIT, 7])
    assert all(r.url.path == "/v1/events/trigger/bulk" for r in recorder.requests)
    assert len(set(recorder.keys())) == 3


def test_the_input_is_read_lazily_with_bounded_read_ahead(make_client: Any) -> None:
    taken = itertools.count()
    read = [0]

    def source() -> Iterator[dict[str, Any]]:
        for i in taken:
            read[0] = i + 1
            yield event(i)

    novu = make_client(Recorder(trigger_answer))
    stream = novu.trigger_many(source(), concurrency=2)
    first = next(stream)
    assert first.index == 0
    # Two chunks in flight plus the one being read out, never the endless input.
    assert read[0] <= EVENTS_LIMIT * 3 + 1
    stream.close()


def test_same_run_key_and_input_give_the_same_keys_and_other_content_other_keys(make_client: Any) -> None:
    def keys(run_key: str, events: list[dict[str, Any]]) -> list[str]:
        recorder = Recorder(trigger_answer)
        list(make_client(recorder).trigger_many(events, run_key=run_key, concurrency=1))
        return recorder.keys()

    events = [event(i) for i in range(EVENTS_LIMIT + 1)]
    assert keys("job-1", events) == keys("job-1", events)
    assert keys("job-1", events) != keys("job-2", events)
    changed = [*events[:-1], event(10_000)]
    a, b = keys("job-1", events), keys("job-1", changed)
    assert a[0] == b[0] and a[1] != b[1]  # only the chunk whose content changed
    # Without a run key each call is its own run.
    recorder_a, recorder_b = Recorder(trigger_answer), Recorder(trigger_answer)
    list(make_client(recorder_a).trigger_many(events))
    list(make_client(recorder_b).trigger_many(events))
    assert set(recorder_a.keys()).isdisjoint(recorder_b.keys())


@pytest.mark.parametrize("events", [1, 7, EVENTS_LIMIT], ids=["one event", "a few", "a full chunk"])
def test_a_chunk_key_is_the_documented_digest_of_what_is_sent(make_client: Any, events: int) -> None:
    """The key is sha256(operation id, run key, chunk number, body bytes), whatever the body's
    size (it is hashed in pieces): a run re-run by a later release replays the same chunks."""
    import hashlib

    recorder = Recorder(trigger_answer)
    run_key = "job-7"
    items = [event(i) for i in range(EVENTS_LIMIT + events)]  # a full chunk, then `events`
    list(make_client(recorder).trigger_many(items, run_key=run_key, concurrency=1))
    assert len(recorder.requests) == 2
    for number, request in enumerate(recorder.requests):
        seed = f"{trigger_bulk.OPERATION.operation_id}\n{run_key}\n{number}\n".encode()
        digest = hashlib.sha256(seed + request.content).hexdigest()
        assert request.headers["idempotency-key"] == f"bulk-{number}-{digest[:40]}"
    sizes = sorted(len(r.content) for r in recorder.requests)
    assert sizes[0] < _bulk._HASH_PIECE or events == EVENTS_LIMIT  # a body of one piece
    assert sizes[-1] > 2 * _bulk._HASH_PIECE  # and one of several


def test_per_event_failures_are_reported_without_losing_the_others(make_client: Any) -> None:
    novu = make_client(
        Recorder(lambda r: trigger_answer(r, lambda n: "trigger_not_active" if n % 5 == 0 else "processed"))
    )
    results = list(novu.trigger_many([event(i) for i in range(20)]))
    failed = [r.index for r in results if not r.ok]
    assert failed == [0, 5, 10, 15]
    error = results[5].error
    assert isinstance(error, BulkItemError) and isinstance(error, errors.NovuError)
    assert error.code == "trigger_not_active" and "trigger_not_active" in str(error)


def test_a_failed_chunk_fails_its_items_only(make_client: Any) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        events = json.loads(request.content)["events"]
        if events[0]["payload"]["n"] == EVENTS_LIMIT:  # the second chunk
            return httpx.Response(400, json={"statusCode": 400, "message": "bad events"})
        return trigger_answer(request)

    results = list(make_client(Recorder(answer)).trigger_many([event(i) for i in range(EVENTS_LIMIT * 3)]))
    bad = [r for r in results if not r.ok]
    assert [r.index for r in bad] == list(range(EVENTS_LIMIT, EVENTS_LIMIT * 2))
    assert all(isinstance(r.error, errors.BadRequestError) for r in bad)
    assert sum(r.ok for r in results) == EVENTS_LIMIT * 2


def test_an_item_that_cannot_be_sent_is_reported_and_the_rest_are_sent(make_client: Any) -> None:
    recorder = Recorder(trigger_answer)
    events: list[Any] = [
        event(0),
        {"name": 123, "to": "s"},
        event(2),
        {"name": "w", "to": "s", "payload": {1, 2}},
    ]
    results = list(make_client(recorder).trigger_many(events))
    assert [r.ok for r in results] == [True, False, True, False]
    assert isinstance(results[1].error, TypeError) and "events[1]" in str(results[1].error)
    assert isinstance(results[3].error, TypeError) and "events[3]" in str(results[3].error)
    assert recorder.sizes("events") == [2]


def test_subscriber_import_matches_novus_answer_per_subscriber(make_client: Any) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        subs = [s["subscriberId"] for s in json.loads(request.content)["subscribers"]]
        return httpx.Response(
            201,
            json={
                "data": {
                    "created": [{"subscriberId": s} for s in subs if not s.endswith("3")],
                    "updated": [],
                    "failed": [
                        {"subscriberId": s, "message": "invalid email"} for s in subs if s.endswith("3")
                    ],
                }
            },
        )

    recorder = Recorder(answer)
    n = SUBSCRIBERS_LIMIT + 10
    results = list(make_client(recorder).subscribers.create_many({"subscriberId": f"u{i}"} for i in range(n)))
    assert sorted(recorder.sizes("subscribers")) == [10, SUBSCRIBERS_LIMIT]  # chunks go concurrently
    assert [r.index for r in results if not r.ok] == [i for i in range(n) if str(i).endswith("3")]
    failure = next(r for r in results if not r.ok).error
    assert isinstance(failure, BulkItemError) and failure.message == "invalid email"
    assert results[0].value is not None and results[0].value.subscriber_id == "u0"


def test_topic_subscriptions_in_chunks_with_errors_per_subscriber(make_client: Any) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/v2/topics/vip/subscriptions"
        ids = json.loads(request.content)["subscriptions"]
        return httpx.Response(
            201,
            json={
                "data": {
                    "data": [
                        {
                            "_id": f"sub-{sid}",
                            "topic": {"_id": "t1", "key": "vip"},
                            "subscriber": {"_id": f"id-{sid}", "subscriberId": sid},
                            "createdAt": "2026-01-01T00:00:00Z",
                            "updatedAt": "2026-01-01T00:00:00Z",
                        }
                        for sid in ids[1:-1]  # the last one is in neither list
                    ],
                    "meta": {"totalCount": len(ids), "successful": len(ids) - 1, "failed": 1},
                    "errors": [
                        {
                            "subscriberId": ids[0],
                            "code": "SUBSCRIBER_NOT_FOUND",
                            "message": "no such subscriber",
                        }
                    ],
                }
            },
        )

    recorder = Recorder(answer)
    results = list(
        make_client(recorder).topics.subscriptions.create_many(
            [f"s{i}" for i in range(TOPIC_LIMIT + 1)], topic_key="vip"
        )
    )
    assert sorted(recorder.sizes("subscriptions")) == [1, TOPIC_LIMIT]  # chunks go concurrently
    failed = [r for r in results if not r.ok]
    # Per chunk: the first in `errors`, the last in neither list (not reported as a success it
    # cannot prove); the single item of the second chunk is both first and last.
    assert [r.index for r in failed] == [0, TOPIC_LIMIT - 1, TOPIC_LIMIT]
    assert isinstance(failed[0].error, BulkItemError) and failed[0].error.code == "SUBSCRIBER_NOT_FOUND"
    assert "does not mention" in str(failed[1].error)
    assert results[1].value is not None and results[1].value.subscriber.subscriber_id == "s1"


def test_pacing_waits_before_the_window_is_spent(make_client: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []
    monkeypatch.setattr(_client, "_sleep", slept.append)
    remaining = iter(range(3, -10, -1))

    def answer(request: httpx.Request) -> httpx.Response:
        response = trigger_answer(request)
        response.headers["RateLimit-Remaining"] = str(max(0, next(remaining)))
        response.headers["RateLimit-Reset"] = "2"
        return response

    recorder = Recorder(answer)
    results = list(
        make_client(recorder).trigger_many([event(i) for i in range(EVENTS_LIMIT * 5)], concurrency=1)
    )
    assert all(r.ok for r in results)
    # It slowed down as the window ran out, never longer than the window's reset.
    assert slept and all(0 < s <= 2 for s in slept)
    assert len(recorder.requests) == 5


def test_pacer_spreads_the_last_requests_and_then_waits_for_the_reset() -> None:
    now = [100.0]
    pacer = _bulk._Pacer(reserve=2, clock=lambda: now[0])
    assert pacer.wait() == 0.0  # nothing known yet
    pacer.update(httpx.Headers({"RateLimit-Remaining": "5", "RateLimit-Reset": "10"}))
    waits = [pacer.wait() for _ in range(6)]
    assert waits[:3] == [0.0, 0.0, 0.0]
    assert 0 < waits[3] < waits[5] <= 10
    now[0] += 11  # the window is over
    assert pacer.wait() == 0.0


def test_progress_callback_counts_and_rate(make_client: Any) -> None:
    seen: list[BulkProgress] = []
    events = [event(i) for i in range(EVENTS_LIMIT + 1)]
    list(make_client(Recorder(trigger_answer)).trigger_many(events, on_progress=seen.append))
    assert [p.done for p in seen] == [EVENTS_LIMIT, EVENTS_LIMIT + 1]
    assert seen[-1].total == len(events) and seen[-1].requests == 2 and seen[-1].failed == 0
    assert seen[-1].rate > 0


def test_progress_bar_without_tqdm_writes_a_status_line(
    make_client: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real = importlib.import_module

    def no_tqdm(name: str, *args: Any) -> Any:
        if name == "tqdm":
            raise ImportError("no tqdm")
        return real(name, *args)

    monkeypatch.setattr(importlib, "import_module", no_tqdm)
    list(make_client(Recorder(trigger_answer)).trigger_many([event(0)], progress=True))
    assert "1/1 items, 0 failed" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"concurrency": 0}, ValueError),
        ({"concurrency": True}, ValueError),
        ({"run_key": ""}, ValueError),
        ({"run_key": 5}, ValueError),
        ({"on_progress": "print"}, TypeError),
        ({"progress": "yes"}, TypeError),
    ],
)
def test_caller_mistakes_fail_at_the_call(
    make_client: Any, kwargs: dict[str, Any], error: type[Exception]
) -> None:
    recorder = Recorder(trigger_answer)
    with pytest.raises(error):
        make_client(recorder).trigger_many([event(0)], **kwargs)
    assert not recorder.requests


@pytest.mark.parametrize("bad", [event(0), "events", 42])
def test_items_must_be_an_iterable_of_items(make_client: Any, bad: Any) -> None:
    with pytest.raises(TypeError, match="'events' must be an iterable"):
        make_client(Recorder(trigger_answer)).trigger_many(bad)


def test_an_empty_path_parameter_fails_before_sending(make_client: Any) -> None:
    with pytest.raises(ValueError, match="topic_key"):
        make_client(Recorder(trigger_answer)).topics.subscriptions.create_many(["s1"], topic_key="")


def test_results_pickle() -> None:
    import pickle

    result = BulkResult(3, {"x": 1}, None, BulkItemError("no", code="c"), 1, "k")
    copy = pickle.loads(pickle.dumps(result))
    assert copy.index == 3 and isinstance(copy.error, BulkItemError) and copy.error.code == "c"


def failing_source(fail_at: int) -> Iterator[dict[str, Any]]:
    for i in itertools.count():
        if i == fail_at:
            raise ValueError(f"the source failed at item {i}")
        yield event(i)


def test_an_input_error_is_raised_after_the_results_of_the_chunks_already_sent(make_client: Any) -> None:
    recorder = Recorder(trigger_answer)
    got: list[int] = []
    with pytest.raises(ValueError, match=f"failed at item {2 * EVENTS_LIMIT + 5}"):
        for result in make_client(recorder).trigger_many(failing_source(2 * EVENTS_LIMIT + 5), concurrency=2):
            got.append(result.index)
    # Both chunks sent before the input failed are reported: none is lost to the caller's error.
    assert got == list(range(2 * EVENTS_LIMIT))
    assert len(recorder.requests) == 2


def test_async_an_input_error_is_raised_after_the_results_of_the_chunks_already_sent(
    make_async_client: Any,
) -> None:
    recorder = Recorder(trigger_answer)
    got: list[int] = []

    async def main() -> None:
        async with make_async_client(recorder) as novu:
            async for result in novu.trigger_many(failing_source(2 * EVENTS_LIMIT + 5), concurrency=2):
                got.append(result.index)

    with pytest.raises(ValueError, match=f"failed at item {2 * EVENTS_LIMIT + 5}"):
        asyncio.run(main())
    assert got == list(range(2 * EVENTS_LIMIT))
    assert len(recorder.requests) == 2


def test_async_trigger_many_in_order_with_concurrency(make_async_client: Any) -> None:
    recorder = Recorder(trigger_answer)
    n = EVENTS_LIMIT * 4 + 1

    async def main() -> list[BulkResult[Any]]:
        async with make_async_client(recorder) as novu:
            return [
                r async for r in novu.trigger_many((event(i) for i in range(n)), concurrency=3, run_key="a")
            ]

    results = asyncio.run(main())
    assert [r.index for r in results] == list(range(n)) and all(r.ok for r in results)
    assert len(recorder.requests) == 5


def test_async_stopping_early_cancels_what_is_pending(make_async_client: Any) -> None:
    recorder = Recorder(trigger_answer)

    async def main() -> int:
        async with make_async_client(recorder) as novu:
            stream = novu.trigger_many((event(i) for i in itertools.count()), concurrency=2)
            async for result in stream:
                if result.index == 10:
                    break
            await stream.aclose()
            return len(recorder.requests)

    assert asyncio.run(main()) <= 3


# -- reading Novu's answer -----------------------------------------------------------------------
def _answer_with(
    entries: Callable[[list[dict[str, Any]]], list[Any]],
) -> Callable[[httpx.Request], httpx.Response]:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(201, json={"data": entries(json.loads(request.content)["events"])})

    return answer


def test_values_are_the_operations_own_decoding_read_when_first_asked_for(make_client: Any) -> None:
    recorder = Recorder(trigger_answer)
    results = list(make_client(recorder).trigger_many([event(i) for i in range(EVENTS_LIMIT + 3)]))
    expected: list[Any] = []
    for request in recorder.requests:
        expected += trigger_bulk._parse(json.loads(trigger_answer(request).content)["data"])
    assert all(r.ok for r in results)
    values = [r.value for r in results]
    assert values == expected and all(type(v) is type(e) for v, e in zip(values, expected, strict=True))
    assert all(r.value is v for r, v in zip(results, values, strict=True))  # decoded once
    copy = pickle.loads(pickle.dumps(results[-1]))  # an unread result pickles with its value
    assert copy == results[-1] and copy.value == expected[-1]
    fresh = list(make_client(Recorder(trigger_answer)).trigger_many([event(0)], run_key="r"))[0]
    assert pickle.loads(pickle.dumps(fresh)).value == expected[0]
    assert "transaction_id='t0'" in repr(fresh)


def test_a_deviating_answer_is_kept_and_recorded_and_raised_when_strict(make_client: Any) -> None:
    from novu_api import deviations

    def entries(events: list[dict[str, Any]]) -> list[Any]:
        return [{"acknowledged": True, "status": "processed", "transactionId": 7} for _ in events]

    results = list(make_client(Recorder(_answer_with(entries))).trigger_many([event(0), event(1)]))
    assert all(r.ok for r in results)
    assert [d.path for d in deviations(results[1].value)] == ["$.transactionId"]
    strict = make_client(Recorder(_answer_with(entries)), strict_responses=True)
    failed = list(strict.trigger_many([event(0), event(1)]))
    assert all(isinstance(r.error, errors.ResponseValidationError) for r in failed)
    assert [r.value for r in failed] == [None, None]


def test_entries_other_than_processed_ones_are_read_one_by_one(make_client: Any) -> None:
    def entries(events: list[dict[str, Any]]) -> list[Any]:
        return [
            {"acknowledged": True, "status": "processed", "transactionId": "t0"},
            {"acknowledged": False, "status": "processed"},
            {"acknowledged": True, "status": "processed", "error": ["no subscriber"]},
            {"acknowledged": True, "status": "a-status-this-release-does-not-know"},
            "not an object",
            {"acknowledged": True},
        ]

    events = [event(i) for i in range(6)]
    results = list(make_client(Recorder(_answer_with(entries))).trigger_many(events))
    assert [r.ok for r in results] == [True, False, False, True, True, True]
    assert results[0].value is not None and results[0].value.transaction_id == "t0"
    assert isinstance(results[2].error, BulkItemError) and "no subscriber" in str(results[2].error)
    assert results[4].value == "not an object"


@pytest.mark.parametrize("count", [0, 1, 3])
def test_an_answer_with_another_number_of_entries_fails_the_chunk(make_client: Any, count: int) -> None:
    answer = _answer_with(lambda events: [{"acknowledged": True, "status": "processed"}] * count)
    results = list(make_client(Recorder(answer)).trigger_many([event(i) for i in range(2)]))
    assert all(
        isinstance(r.error, BulkItemError) and f"answered {count} results" in str(r.error) for r in results
    )


def test_results_compare_by_value(make_client: Any) -> None:
    first = list(make_client(Recorder(trigger_answer)).trigger_many([event(0)], run_key="same"))
    again = list(make_client(Recorder(trigger_answer)).trigger_many([event(0)], run_key="same"))
    assert first == again and first[0] != BulkResult(0, event(0))
    result = BulkResult(3, {"x": 1}, "v")
    result.value = "w"
    assert result.value == "w" and result == BulkResult(3, {"x": 1}, "w")


def test_async_results_are_the_sync_ones(make_client: Any, make_async_client: Any) -> None:
    events = [event(i) for i in range(EVENTS_LIMIT + 2)]
    events[3] = {"name": 123, "to": "s"}
    answer = lambda r: trigger_answer(r, lambda n: "trigger_not_active" if n == 5 else "processed")  # noqa: E731
    sync = list(make_client(Recorder(answer)).trigger_many(events, run_key="same"))

    async def main() -> list[BulkResult[Any]]:
        async with make_async_client(Recorder(answer)) as novu:
            return [r async for r in novu.trigger_many(events, run_key="same")]

    asynchronous = asyncio.run(main())
    assert [(r.index, r.ok, r.idempotency_key, r.value) for r in asynchronous] == [
        (r.index, r.ok, r.idempotency_key, r.value) for r in sync
    ]
    assert [r.ok for r in sync].count(False) == 2
