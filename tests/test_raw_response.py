"""Raw responses: `novu.with_raw_response....` gives status, headers and the parsed value (over the
testing kit's fake, and once over a real socket)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from novu_api import AsyncPage, Novu, RawResponse, Response, SyncPage, errors
from novu_api.operations import OPERATIONS
from novu_api.testing import FakeNovu
from tests.conftest import SECRET
from tests.loopback import LoopbackServer, respond

SUBSCRIBER = {
    "subscriberId": "s1",
    "_id": "64f",
    "firstName": "Ada",
    "_organizationId": "o",
    "_environmentId": "e",
}
RATE_HEADERS = {
    "RateLimit-Limit": "100",
    "RateLimit-Remaining": "93",
    "RateLimit-Reset": "8",
    "RateLimit-Policy": '100;w=1;burst=110;comment="token bucket";category="global";cost="single"',
    "X-Request-Id": "req-1",
}


def declared_result(facade: str) -> Any:
    """The class an operation is declared to return (from its generated module's annotations)."""
    import importlib
    import typing

    entry = next(e for e in OPERATIONS if e.facade == facade)
    module = importlib.import_module(entry.module)
    hint = typing.get_type_hints(module._parse)["return"]
    classes = [c for c in typing.get_args(hint) or (hint,) if isinstance(c, type) and c is not type(None)]
    assert len(classes) == 1, hint
    return classes[0]


def test_raw_retrieve_gives_status_headers_and_parsed_value() -> None:
    fake = FakeNovu(headers=RATE_HEADERS)
    fake.add_subscriber("s1", first_name="Ada")
    novu = fake.client()
    raw = novu.with_raw_response.subscribers.retrieve(subscriber_id="s1")
    assert isinstance(raw, Response) and RawResponse is Response
    assert raw.status_code == 200
    assert raw.headers["RateLimit-Remaining"] == "93" and raw.headers["ratelimit-limit"] == "100"
    assert raw.request_id == "req-1"
    assert isinstance(raw.parsed, declared_result("subscribers.retrieve"))
    assert raw.parsed.subscriber_id == "s1" and raw.parsed.first_name == "Ada"
    assert raw.http_response.request.url.path == "/v2/subscribers/s1"
    assert raw.content == raw.http_response.content and raw.replayed is False
    # The plain call returns the same value, unwrapped.
    assert novu.subscribers.retrieve(subscriber_id="s1") == raw.parsed
    assert len(fake.calls) == 2


def test_raw_mode_passes_the_per_call_options() -> None:
    fake = FakeNovu()
    novu = fake.client()
    novu.trigger(workflow_id="w", to="s1", idempotency_key="k-9")
    raw = novu.with_raw_response.trigger(
        workflow_id="w",
        to="s1",
        idempotency_key="k-9",
        extra_headers={"X-A": "1"},
        extra_query={"q": "2"},
        timeout=3,
    )
    sent = fake.calls[-1]
    assert sent.idempotency_key == "k-9" and sent.headers["x-a"] == "1" and sent.query["q"] == "2"
    assert raw.status_code == 201 and raw.replayed is True
    assert isinstance(raw.parsed, declared_result("trigger")) and raw.parsed.acknowledged is True


def test_raw_paginated_operation_gives_the_page() -> None:
    """A paginated call's raw `.parsed` is the page the plain call returns (iterable across pages),
    with the status and headers of the first page's response."""
    fake = FakeNovu(headers=RATE_HEADERS)
    for n in range(5):
        fake.add_subscriber(f"s{n}")
    novu = fake.client()
    raw = novu.with_raw_response.subscribers.search(limit=2)
    plain = novu.subscribers.search(limit=2)
    assert isinstance(raw.parsed, SyncPage) and type(raw.parsed) is type(plain)
    assert raw.parsed.data == plain.data and len(raw.parsed.data) == 2
    assert isinstance(raw.parsed.response, declared_result("subscribers.search"))
    assert raw.headers["ratelimit-remaining"] == "93" and raw.status_code == 200
    assert [s.subscriber_id for s in raw.parsed] == [s.subscriber_id for s in plain]
    assert len([s.subscriber_id for s in raw.parsed]) == 5


def test_raw_async_paginated_operation_gives_the_page() -> None:
    fake = FakeNovu(headers=RATE_HEADERS)
    for n in range(3):
        fake.add_subscriber(f"s{n}")

    async def main() -> tuple[Response[Any], list[str]]:
        async with fake.async_client() as novu:
            raw = await novu.with_raw_response.subscribers.search(limit=2)
            return raw, [s.subscriber_id async for s in raw.parsed]

    raw, ids = asyncio.run(main())
    assert isinstance(raw.parsed, AsyncPage) and raw.status_code == 200
    assert ids == ["s0", "s1", "s2"]


def test_every_operation_has_its_raw_form() -> None:
    """Each facade path of the registry resolves under `with_raw_response`, sync and async, to a
    wrapper of the plain method (same name and signature)."""
    import inspect

    from novu_api import AsyncNovu

    for client in (Novu(secret_key=SECRET), AsyncNovu(secret_key=SECRET)):
        for entry in OPERATIONS:
            plain: Any = client
            raw: Any = client.with_raw_response
            for part in entry.facade.split("."):
                plain, raw = getattr(plain, part), getattr(raw, part)
            assert raw.__wrapped__ == plain, entry.facade
            assert inspect.signature(raw) == inspect.signature(plain), entry.facade


def test_raw_response_is_not_kept_after_the_call() -> None:
    """The capture is scoped to the raw call: a plain call after it returns the plain value."""
    fake = FakeNovu()
    fake.add_subscriber("s1")
    novu = fake.client()
    novu.with_raw_response.subscribers.retrieve(subscriber_id="s1")
    assert not isinstance(novu.subscribers.retrieve(subscriber_id="s1"), Response)


def test_raw_mode_still_raises_typed_errors() -> None:
    novu = FakeNovu(headers=RATE_HEADERS).client()
    with pytest.raises(errors.NotFoundError) as info:
        novu.with_raw_response.subscribers.retrieve(subscriber_id="nope")
    assert info.value.headers["ratelimit-remaining"] == "93"


def test_raw_nested_resources(novu: Novu) -> None:
    raw = novu.with_raw_response.subscribers.notifications.feed(subscriber_id="s1")
    assert raw.status_code == 200 and raw.parsed.has_more is False


def test_raw_async() -> None:
    fake = FakeNovu(headers=RATE_HEADERS)
    fake.add_subscriber("s1")

    async def main() -> Response[Any]:
        async with fake.async_client() as novu:
            return await novu.with_raw_response.subscribers.retrieve(subscriber_id="s1")

    raw = asyncio.run(main())
    assert raw.status_code == 200 and raw.headers["ratelimit-remaining"] == "93"
    assert raw.parsed.subscriber_id == "s1"


def test_raw_over_a_real_socket() -> None:
    with LoopbackServer([respond(200, json={"data": SUBSCRIBER}, headers=RATE_HEADERS)]) as server:
        with Novu(secret_key=SECRET, server_url=server.url) as novu:
            raw = novu.with_raw_response.subscribers.retrieve(subscriber_id="s1")
        assert server.requests[0].headers["authorization"] == f"ApiKey {SECRET}"
    assert raw.headers["ratelimit-remaining"] == "93" and raw.parsed.first_name == "Ada"
    assert raw.http_response.elapsed.total_seconds() >= 0
