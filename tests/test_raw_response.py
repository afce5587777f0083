"""Raw responses: `novu.with_raw_response....` gives status, headers and the parsed value (over the
testing kit's fake, and once over a real socket)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from novu_api import Novu, Response, errors
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
    assert isinstance(raw, Response)
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


def test_raw_paginated_operation_gives_the_page_dto() -> None:
    fake = FakeNovu(headers=RATE_HEADERS)
    for n in range(40):
        fake.add_subscriber(f"s{n}")
    raw = fake.client().with_raw_response.subscribers.search(limit=1)
    assert isinstance(raw.parsed, declared_result("subscribers.search"))
    assert raw.parsed.total_count == 40 and raw.headers["ratelimit-remaining"] == "93"


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
