"""What a newcomer trips on first: server selection, the environment, retry options per call,
sync calls inside an event loop, forgotten awaits, and consistent argument names."""

from __future__ import annotations

import asyncio
import json
import warnings
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import novu_api._client as client_module
from novu_api import AsyncNovu, EventLoopError, Novu, NovuConfigError, NovuError, RetryPolicy
from tests.conftest import SECRET

TRIGGERED = {"data": {"acknowledged": True, "status": "processed", "transactionId": "txn-1"}}
TOPIC = {"data": {"_id": "t1", "key": "news", "name": "News"}}
PAGE = {"data": [{"subscriberId": "s1"}], "next": None, "previous": None}


class Recorder:
    """A MockTransport handler that records requests and answers from `answer(request)`."""

    def __init__(self, answer: Callable[[httpx.Request], httpx.Response] | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.answer = answer or (lambda request: httpx.Response(201, json=TRIGGERED))

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.answer(request)

    def body(self, index: int = -1) -> Any:
        return json.loads(self.requests[index].content)


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    recorded: list[float] = []
    monkeypatch.setattr(client_module, "_sleep", recorded.append)
    return recorded


# -- server: a region name, an URL, or the environment -------------------------------------------
@pytest.mark.parametrize("server", [1, 0, True, 3.5, ["eu"]])
def test_server_must_be_a_region_name(server: Any) -> None:
    with pytest.raises(TypeError) as caught:
        Novu(secret_key=SECRET, server=server)
    message = str(caught.value)
    assert "server must be a region name" in message and type(server).__name__ in message
    assert "0 -> 'us', 1 -> 'eu'" in message  # the index a TypeScript user means, spelled out
    assert "server_url=" in message


def test_server_url_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NOVU_SERVER_URL", "http://127.0.0.1:4010/")
    assert Novu(secret_key=SECRET).server_url == "http://127.0.0.1:4010"
    assert AsyncNovu(secret_key=SECRET).server_url == "http://127.0.0.1:4010"


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"server": "eu"}, "https://eu.api.novu.co"),
        ({"server": "us"}, "https://api.novu.co"),
        ({"server_url": "https://novu.internal"}, "https://novu.internal"),
    ],
)
def test_explicit_server_arguments_win_over_the_environment(
    monkeypatch: pytest.MonkeyPatch, kwargs: dict[str, str], expected: str
) -> None:
    monkeypatch.setenv("NOVU_SERVER_URL", "http://127.0.0.1:4010")
    novu = Novu(secret_key=SECRET, **kwargs)
    assert novu.server_url == expected
    assert novu.with_options(timeout=5).server_url == expected


def test_blank_or_bad_server_url_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NOVU_SERVER_URL", "  ")
    assert Novu(secret_key=SECRET).server_url == "https://api.novu.co"
    monkeypatch.setenv("NOVU_SERVER_URL", "api.novu.co")
    with pytest.raises(NovuConfigError, match="absolute http"):
        Novu(secret_key=SECRET)


# -- retry options per call ----------------------------------------------------------------------
def _failing(times: int) -> Recorder:
    calls = {"n": 0}

    def answer(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        return httpx.Response(503) if calls["n"] <= times else httpx.Response(201, json=TRIGGERED)

    return Recorder(answer)


def test_retry_policy_per_call(make_client: Any, sleeps: list[float]) -> None:
    rec = _failing(4)
    novu = make_client(rec, max_retries=0)
    policy = RetryPolicy(max_retries=4, initial_delay=0.25, max_delay=0.5, jitter=0)
    result = novu.trigger(workflow_id="welcome", to="s-1", retry=policy)
    assert result.transaction_id == "txn-1"
    assert len(rec.requests) == 5
    assert sleeps == [0.25, 0.5, 0.5, 0.5]  # this call's backoff, capped by this call's max_delay
    assert len({r.headers["idempotency-key"] for r in rec.requests}) == 1
    # The client's own policy is untouched: the next call does not retry.
    rec.answer = lambda request: httpx.Response(503)
    with pytest.raises(NovuError):
        novu.trigger(workflow_id="welcome", to="s-1")
    assert len(rec.requests) == 6


def test_max_retries_applies_on_top_of_a_per_call_policy(make_client: Any, sleeps: list[float]) -> None:
    rec = _failing(9)
    novu = make_client(rec)
    with pytest.raises(NovuError, match="gave up after 2 attempts"):
        novu.trigger(workflow_id="w", to="s", retry=RetryPolicy(max_retries=5, jitter=0), max_retries=1)
    assert len(rec.requests) == 2


def test_per_call_policy_carries_to_the_following_pages(make_client: Any, sleeps: list[float]) -> None:
    calls = {"n": 0}

    def answer(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        if calls["n"] == 1:
            return httpx.Response(200, json={**PAGE, "next": "c2"})
        if calls["n"] <= 4:
            return httpx.Response(503)
        return httpx.Response(200, json={**PAGE, "data": [{"subscriberId": "s2"}]})

    rec = Recorder(answer)
    novu = make_client(rec, max_retries=0)
    page = novu.subscribers.search(retry=RetryPolicy(max_retries=3, initial_delay=0))
    assert [s.subscriber_id for s in page] == ["s1", "s2"]
    assert len(rec.requests) == 5


def test_bad_per_call_retry_is_refused_before_sending(make_client: Any) -> None:
    rec = Recorder()
    novu = make_client(rec)
    with pytest.raises(TypeError, match="retry must be a RetryPolicy, got int"):
        novu.trigger(workflow_id="w", to="s", retry=3)
    assert rec.requests == []


def test_standalone_modules_take_retry_too(make_client: Any, sleeps: list[float]) -> None:
    from novu_api.api.events import trigger

    rec = _failing(2)
    novu = make_client(rec, max_retries=0)
    trigger.sync(client=novu, body={"name": "w", "to": "s"}, retry=RetryPolicy(max_retries=2))
    assert len(rec.requests) == 3


# -- a blocking call inside a running event loop ----------------------------------------------
def test_sync_call_inside_a_running_loop_is_refused_before_sending(make_client: Any) -> None:
    rec = Recorder()
    novu = make_client(rec)

    async def handler() -> None:
        novu.trigger(workflow_id="welcome", to="s-1")

    with pytest.raises(EventLoopError) as caught:
        asyncio.run(handler())
    assert rec.requests == []  # nothing was sent
    message = str(caught.value)
    assert "novu.trigger()" in message and "AsyncNovu" in message and "await novu.trigger(" in message
    assert "nothing was sent" in message
    assert isinstance(caught.value, NovuConfigError)


def test_paging_inside_a_running_loop_is_refused_too(make_client: Any) -> None:
    rec = Recorder(lambda request: httpx.Response(200, json={**PAGE, "next": "c2"}))
    novu = make_client(rec)
    page = novu.subscribers.search()

    async def handler() -> None:
        page.next_page()

    with pytest.raises(EventLoopError, match=r"novu\.subscribers\.search\(\)"):
        asyncio.run(handler())
    assert len(rec.requests) == 1


def test_sync_call_in_a_worker_thread_of_a_loop_works(make_client: Any) -> None:
    rec = Recorder()
    novu = make_client(rec)

    async def handler() -> str:
        result = await asyncio.to_thread(novu.trigger, workflow_id="welcome", to="s-1")
        return str(result.transaction_id)

    assert asyncio.run(handler()) == "txn-1"


def test_blocking_in_a_loop_can_be_allowed_explicitly(make_client: Any) -> None:
    rec = Recorder()
    novu = make_client(rec, allow_in_event_loop=True)

    async def handler() -> None:
        novu.trigger(workflow_id="welcome", to="s-1")
        novu.with_options(timeout=3).trigger(workflow_id="welcome", to="s-1")  # copies keep it

    asyncio.run(handler())
    assert len(rec.requests) == 2
    with pytest.raises(TypeError, match="allow_in_event_loop must be a bool"):
        Novu(secret_key=SECRET, allow_in_event_loop="yes")  # type: ignore[arg-type]


# -- forgotten awaits and the wrong client for the context ------------------------------------
def test_an_unawaited_call_passed_as_an_argument_is_explained(make_async_client: Any) -> None:
    rec = Recorder(lambda request: httpx.Response(200, json={"data": {"subscriberId": "s1"}}))

    async def handler() -> None:
        novu = make_async_client(rec)
        pending = novu.subscribers.retrieve(subscriber_id="s1")  # `await` forgotten
        try:
            with pytest.raises(TypeError, match=r"did you forget `await`\?"):
                await novu.trigger(workflow_id="welcome", to=pending)
            with pytest.raises(TypeError, match=r"'subscriber_id' must be a str, got coroutine .*await"):
                await novu.subscribers.retrieve(subscriber_id=pending)
        finally:
            pending.close()  # no "never awaited" warning from this test itself

    asyncio.run(handler())
    assert rec.requests == []


def test_async_client_in_a_plain_with_is_explained() -> None:
    with pytest.raises(TypeError, match=r"async with AsyncNovu"):
        with AsyncNovu(secret_key=SECRET):  # type: ignore[attr-defined]
            pass


def test_blocking_client_in_async_with_is_explained() -> None:
    async def handler() -> None:
        async with Novu(secret_key=SECRET):  # type: ignore[attr-defined]
            pass

    with pytest.raises(TypeError, match=r"use `with Novu\(\.\.\.\)`"):
        asyncio.run(handler())


def test_async_page_in_a_plain_for_is_explained(make_async_client: Any) -> None:
    rec = Recorder(lambda request: httpx.Response(200, json=PAGE))

    async def handler() -> None:
        page = await make_async_client(rec).subscribers.search()
        with pytest.raises(TypeError, match="async for item in page"):
            for _ in page:  # type: ignore[attr-defined]
                pass

    asyncio.run(handler())


def test_never_awaited_call_gets_pythons_warning_naming_the_method(make_async_client: Any) -> None:
    """What Python allows: the coroutine's name says which call was not awaited."""
    novu = make_async_client(Recorder())
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        novu.trigger(workflow_id="w", to="s")  # never awaited, dropped at once
        import gc

        gc.collect()
    messages = [str(w.message) for w in seen if issubclass(w.category, RuntimeWarning)]
    assert any("trigger" in m and "was never awaited" in m for m in messages), messages


# -- consistent argument names, the spec's kept as aliases -------------------------------------
@pytest.mark.parametrize("name", ["workflow_id", "name"])
def test_trigger_broadcast_takes_workflow_id_like_trigger(make_client: Any, name: str) -> None:
    rec = Recorder()
    novu = make_client(rec)
    novu.trigger_broadcast(**{name: "welcome"}, payload={"x": 1})
    assert rec.body() == {"name": "welcome", "payload": {"x": 1}}
    novu.trigger(workflow_id="welcome", to="s-1")
    assert rec.body()["name"] == "welcome"  # the same argument, the same wire field


@pytest.mark.parametrize("name", ["topic_key", "key"])
def test_topics_create_takes_topic_key_like_the_other_topic_calls(make_client: Any, name: str) -> None:
    rec = Recorder(lambda request: httpx.Response(201, json=TOPIC))
    novu = make_client(rec)
    topic = novu.topics.create(**{name: "news"}, name="News")
    assert rec.body() == {"key": "news", "name": "News"}
    assert topic.key == "news"


def test_an_alias_and_its_name_together_or_neither(make_client: Any) -> None:
    rec = Recorder()
    novu = make_client(rec)
    with pytest.raises(TypeError, match="pass 'workflow_id' or its alias 'name', not both"):
        novu.trigger_broadcast(workflow_id="a", name="b", payload={})  # type: ignore[call-overload]
    with pytest.raises(TypeError, match="missing required argument 'topic_key' \\(or its alias 'key'\\)"):
        novu.topics.create(name="News")  # type: ignore[call-overload]
    assert rec.requests == []


def test_aliases_work_on_the_async_client(make_async_client: Any) -> None:
    rec = Recorder()

    async def handler() -> None:
        novu = make_async_client(rec)
        await novu.trigger_broadcast(name="welcome", payload={})
        await novu.trigger_broadcast(workflow_id="welcome", payload={})

    asyncio.run(handler())
    assert [json.loads(r.content)["name"] for r in rec.requests] == ["welcome", "welcome"]
