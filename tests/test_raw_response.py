"""Raw responses: `novu.with_raw_response....` gives status, headers and the parsed value."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from novu_api import Novu, Response, errors
from novu_api.operations import OPERATIONS
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


def answer(status: int, body: Any, headers: dict[str, str] | None = None) -> Any:
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(status, json=body, headers=headers)

    handler.requests = requests  # type: ignore[attr-defined]
    return handler


def test_raw_retrieve_gives_status_headers_and_parsed_value(make_client: Any) -> None:
    handler = answer(200, {"data": SUBSCRIBER}, RATE_HEADERS)
    novu = make_client(handler)
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
    assert len(handler.requests) == 2


def test_raw_mode_passes_the_per_call_options(make_client: Any) -> None:
    handler = answer(
        201, {"data": {"acknowledged": True, "status": "processed"}}, {"Idempotency-Replay": "true"}
    )
    raw = make_client(handler).with_raw_response.trigger(
        workflow_id="w",
        to="s1",
        idempotency_key="k-9",
        extra_headers={"X-A": "1"},
        extra_query={"q": "2"},
        timeout=3,
    )
    sent = handler.requests[0]
    assert (
        sent.headers["idempotency-key"] == "k-9"
        and sent.headers["x-a"] == "1"
        and sent.url.params["q"] == "2"
    )
    assert raw.status_code == 201 and raw.replayed is True
    assert isinstance(raw.parsed, declared_result("trigger")) and raw.parsed.acknowledged is True


def test_raw_paginated_operation_gives_the_page_dto(make_client: Any) -> None:
    body = {"data": [SUBSCRIBER], "next": "c1", "previous": None, "totalCount": 40}
    raw = make_client(answer(200, body, RATE_HEADERS)).with_raw_response.subscribers.search(limit=1)
    assert isinstance(raw.parsed, declared_result("subscribers.search"))
    assert raw.parsed.total_count == 40 and raw.headers["ratelimit-remaining"] == "93"


def test_raw_mode_still_raises_typed_errors(make_client: Any) -> None:
    novu = make_client(answer(404, {"statusCode": 404, "message": "Subscriber not found"}, RATE_HEADERS))
    with pytest.raises(errors.NotFoundError) as info:
        novu.with_raw_response.subscribers.retrieve(subscriber_id="nope")
    assert info.value.headers["ratelimit-remaining"] == "93"


def test_raw_nested_resources(make_client: Any) -> None:
    body = {"data": [], "hasMore": False, "page": 0, "pageSize": 10, "totalCount": 0}
    raw = make_client(answer(200, body)).with_raw_response.subscribers.notifications.feed(subscriber_id="s1")
    assert raw.status_code == 200 and raw.parsed.has_more is False


def test_raw_async() -> None:
    from novu_api import AsyncNovu

    handler = answer(200, {"data": SUBSCRIBER}, RATE_HEADERS)

    async def main() -> Response[Any]:
        async with AsyncNovu(
            secret_key=SECRET,
            server_url="https://api.test",
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
        ) as novu:
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
