"""Pagination: three pages of every style (cursor, page, offset, mixed), sync and async, and the guards."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from novu_api import AsyncNovu, AsyncPage, Novu, SyncPage
from tests.conftest import SECRET

IDS = [f"i{n}" for n in range(1, 8)]  # 7 items, 3 per page: pages of 3, 3 and 1
LIMIT = 3


@dataclass(frozen=True)
class Case:
    call: Callable[..., Any]  # (client) -> page, or a coroutine of one
    path: str
    mode: str  # how the fake server reads the request: "cursor" | "page" | "offset"
    key: str  # wire name of the item id
    attr: str  # its attribute on the item model
    shape: Callable[[list[dict[str, Any]], int, bool, int], Any]  # (items, start, has_more, page) -> body
    total: bool  # whether the page reports a total
    fixed: dict[str, str]  # query parameters sent on every page
    first: tuple[tuple[str, str], ...] = ()  # query parameters of the first page only


def cursor_dto(items: list[dict[str, Any]], start: int, more: bool, page: int) -> Any:
    return {
        "data": items,
        "next": items[-1]["key" if "key" in items[-1] else "subscriberId"] if more else None,
        "previous": IDS[start - 1] if start else None,
        "totalCount": len(IDS),
        "totalCountCapped": False,
    }


def page_dto(items: list[dict[str, Any]], start: int, more: bool, page: int) -> Any:
    return {"data": items, "hasMore": more, "page": page, "pageSize": LIMIT, "totalCount": len(IDS)}


def activity_dto(items: list[dict[str, Any]], start: int, more: bool, page: int) -> Any:
    return {
        "data": items,
        "hasMore": more,
        "page": page,
        "pageSize": LIMIT,
    }  # no total in ActivitiesResponseDto


def wrapped(field: str) -> Callable[..., Any]:
    def shape(items: list[dict[str, Any]], start: int, more: bool, page: int) -> Any:
        return {"data": {field: items, "totalCount": len(IDS)}}

    return shape


def inbox_dto(items: list[dict[str, Any]], start: int, more: bool, page: int) -> Any:
    return {"data": items, "hasMore": more, "filter": {"read": False}}


DATES = {"after": "2026-04-01T00:00:00Z", "before": "2026-04-28T00:00:00Z"}

CASES = {
    "cursor /v2/subscribers": Case(
        lambda n: n.subscribers.search(limit=LIMIT), "/v2/subscribers", "cursor", "subscriberId", "subscriber_id", cursor_dto, True, {}
    ),
    "cursor /v2/topics": Case(lambda n: n.topics.list(limit=LIMIT), "/v2/topics", "cursor", "key", "key", cursor_dto, True, {}),
    "page /v1/messages": Case(
        lambda n: n.messages.retrieve(subscriber_id="s1", limit=LIMIT), "/v1/messages", "page", "transactionId", "transaction_id", page_dto, True, {"subscriberId": "s1"}
    ),
    "page subscriber feed": Case(
        lambda n: n.subscribers.notifications.feed(subscriber_id="s1", limit=LIMIT),
        "/v1/subscribers/s1/notifications/feed", "page", "_id", "id", page_dto, True, {},
    ),
    "offset /v2/workflows": Case(
        lambda n: n.workflows.list(limit=LIMIT), "/v2/workflows", "offset", "workflowId", "workflow_id", wrapped("workflows"), True, {}
    ),
    "offset /v2/layouts": Case(
        lambda n: n.layouts.list(limit=LIMIT), "/v2/layouts", "offset", "layoutId", "layout_id", wrapped("layouts"), True, {}
    ),
    "mixed /v1/notifications (page, date filters kept)": Case(
        lambda n: n.notifications.list(limit=LIMIT, **DATES), "/v1/notifications", "page", "_id", "id", activity_dto, False, DATES
    ),
    "mixed /v2/subscribers/{id}/notifications by offset": Case(
        lambda n: n.subscribers.notifications.list(subscriber_id="s1", limit=LIMIT),
        "/v2/subscribers/s1/notifications", "offset", "id", "id", inbox_dto, False, {},
    ),
    "mixed /v2/subscribers/{id}/notifications by cursor": Case(
        lambda n: n.subscribers.notifications.list(subscriber_id="s1", limit=LIMIT, after="i0"),
        "/v2/subscribers/s1/notifications", "cursor", "id", "id", inbox_dto, False, {}, (("after", "i0"),),
    ),
}  # fmt: skip


class FakeServer:
    """Serves IDS in pages the way the case's endpoint does, recording each query."""

    def __init__(self, case: Case) -> None:
        self.case = case
        self.queries: list[dict[str, str]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        assert request.url.path == self.case.path and request.method == "GET"
        q = dict(request.url.params)
        self.queries.append(q)
        limit = int(q.get("limit", LIMIT))
        page = int(q.get("page", 0))
        if self.case.mode == "cursor":
            after = q.get("after")
            start = IDS.index(after) + 1 if after in IDS else 0
        elif self.case.mode == "page":
            start = page * limit
        else:
            start = int(q.get("offset", 0))
        chunk = [{self.case.key: i} for i in IDS[start : start + limit]]
        more = start + limit < len(IDS)
        return httpx.Response(200, json=self.case.shape(chunk, start, more, page))


def ids(items: list[Any], attr: str) -> list[str]:
    return [getattr(item, attr) for item in items]


def expected_queries(case: Case) -> list[dict[str, str]]:
    base = {"limit": str(LIMIT), **case.fixed}
    if case.mode == "cursor":
        return [{**base, **dict(case.first)}, {**base, "after": "i3"}, {**base, "after": "i6"}]
    if case.mode == "page":
        return [base, {**base, "page": "1"}, {**base, "page": "2"}]
    return [base, {**base, "offset": "3"}, {**base, "offset": "6"}]


@pytest.mark.parametrize("name", list(CASES))
def test_three_pages_sync(name: str, make_client: Any) -> None:
    case = CASES[name]
    server = FakeServer(case)
    page = case.call(make_client(server))
    assert isinstance(page, SyncPage)
    assert ids(page.data, case.attr) == ["i1", "i2", "i3"]
    assert page.total_count == (7 if case.total else None)
    assert page.has_next_page()
    assert len(server.queries) == 1  # nothing fetched ahead

    pages = list(page.iter_pages())
    assert [ids(p.data, case.attr) for p in pages] == [["i1", "i2", "i3"], ["i4", "i5", "i6"], ["i7"]]
    assert pages[0] is page and not pages[-1].has_next_page()
    assert server.queries == expected_queries(case)

    server.queries.clear()
    assert ids(list(page), case.attr) == IDS  # iterating the first page walks every page
    assert len(server.queries) == 2  # the first page is not fetched again

    server.queries.clear()
    second = page.next_page()
    assert ids(second.data, case.attr) == ["i4", "i5", "i6"]
    assert ids(second.next_page().data, case.attr) == ["i7"]
    with pytest.raises(StopIteration):
        pages[-1].next_page()


@pytest.mark.parametrize("name", list(CASES))
def test_three_pages_async(name: str) -> None:
    case = CASES[name]
    server = FakeServer(case)

    async def main() -> None:
        async with AsyncNovu(
            secret_key=SECRET,
            server_url="https://api.test",
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(server)),
        ) as novu:
            page = await case.call(novu)
            assert isinstance(page, AsyncPage)
            assert ids(page.data, case.attr) == ["i1", "i2", "i3"]
            assert page.total_count == (7 if case.total else None)
            assert page.has_next_page()

            pages = [p async for p in page.iter_pages()]
            assert [ids(p.data, case.attr) for p in pages] == [["i1", "i2", "i3"], ["i4", "i5", "i6"], ["i7"]]
            assert server.queries == expected_queries(case)

            server.queries.clear()
            assert ids([item async for item in page], case.attr) == IDS
            assert len(server.queries) == 2

            second = await page.next_page()
            assert ids((await second.next_page()).data, case.attr) == ["i7"]
            with pytest.raises(StopAsyncIteration):
                await pages[-1].next_page()

    asyncio.run(main())


def test_every_paginated_operation_has_a_style_the_runtime_knows() -> None:
    import importlib

    from novu_api.operations import OPERATIONS

    paginated = [op for op in OPERATIONS if op.pagination]
    assert {
        "/v2/subscribers",
        "/v2/topics",
        "/v1/messages",
        "/v2/workflows",
        "/v2/layouts",
        "/v1/notifications",
    } <= {op.path for op in paginated}
    for entry in paginated:
        spec = importlib.import_module(entry.module).OPERATION.pagination
        assert spec["style"] == entry.pagination in ("cursor", "page", "offset")


# -- laziness and the guards against endless loops ----------------------------------------------------------
def test_iteration_is_lazy(make_client: Any) -> None:
    server = FakeServer(CASES["cursor /v2/subscribers"])
    items = iter(server_page := make_client(server).subscribers.search(limit=LIMIT))
    assert [next(items).subscriber_id for _ in range(3)] == ["i1", "i2", "i3"]
    assert len(server.queries) == 1
    assert next(items).subscriber_id == "i4"
    assert len(server.queries) == 2
    assert "has_next_page=True" in repr(server_page)


def counting(
    body: Callable[[dict[str, str]], Any],
) -> tuple[list[dict[str, str]], Callable[[httpx.Request], httpx.Response]]:
    queries: list[dict[str, str]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(dict(request.url.params))
        return httpx.Response(200, json=body(queries[-1]))

    return queries, handler


def test_a_repeated_cursor_ends_iteration(make_client: Any) -> None:
    queries, handler = counting(
        lambda q: {"data": [{"subscriberId": f"s{len(q)}"}], "next": "same-cursor", "previous": None}
    )
    assert len(list(make_client(handler).subscribers.search())) == 2
    assert [q.get("after") for q in queries] == [None, "same-cursor"]


def test_a_cursor_pointing_back_to_the_start_ends_iteration(make_client: Any) -> None:
    queries, handler = counting(
        lambda q: {"data": [{"subscriberId": "x"}], "next": "start", "previous": None}
    )
    assert len(list(make_client(handler).subscribers.search(after="start"))) == 1
    assert len(queries) == 1


def test_an_empty_page_ends_iteration(make_client: Any) -> None:
    queries, handler = counting(
        lambda q: {
            "data": [] if q.get("after") else [{"subscriberId": "a"}],
            "next": "more",
            "previous": None,
        }
    )
    page = make_client(handler).subscribers.search()
    assert [s.subscriber_id for s in page] == ["a"]
    assert len(queries) == 2
    queries, handler = counting(lambda q: {"data": [], "hasMore": True, "page": 0, "pageSize": 10})
    page = make_client(handler).messages.retrieve()
    assert page.data == [] and not page.has_next_page() and list(page) == []


def test_a_server_ignoring_the_page_number_cannot_loop_forever(make_client: Any) -> None:
    queries, handler = counting(
        lambda q: {"data": [{"transactionId": "t"}], "hasMore": True, "page": 0, "pageSize": 1}
    )
    assert len(list(make_client(handler).messages.retrieve())) == 1
    assert len(queries) == 2  # the second page was the first one again


def test_offset_without_total_or_flag_is_one_page(make_client: Any) -> None:
    queries, handler = counting(lambda q: {"data": {"workflows": [{"workflowId": "w1"}]}})
    page = make_client(handler).workflows.list()
    assert not page.has_next_page() and page.total_count is None
    assert len(list(page)) == 1 and len(queries) == 1


def test_page_without_flag_uses_the_total(make_client: Any) -> None:
    def body(q: dict[str, str]) -> Any:
        n = int(q.get("page", 0))
        return {
            "data": [{"transactionId": f"t{n}a"}, {"transactionId": f"t{n}b"}],
            "page": n,
            "pageSize": 2,
            "totalCount": 5,
        }

    queries, handler = counting(body)
    assert (
        len(list(make_client(handler).messages.retrieve())) == 6
    )  # pages 0, 1, 2 (the server pads the last)
    assert [q.get("page") for q in queries] == [None, "1", "2"]


def test_page_number_starts_from_the_one_asked_for(make_client: Any) -> None:
    server = FakeServer(CASES["page /v1/messages"])
    page = make_client(server).messages.retrieve(subscriber_id="s1", limit=LIMIT, page=1)
    assert [ids(p.data, "transaction_id") for p in page.iter_pages()] == [["i4", "i5", "i6"], ["i7"]]


def test_raw_response_of_a_page(make_client: Any) -> None:
    server = FakeServer(CASES["cursor /v2/subscribers"])
    page = make_client(server).subscribers.search(limit=LIMIT)
    assert page.raw_response.status_code == 200
    assert page.response.total_count == 7 and page.next_cursor == "i3" and page.previous_cursor is None
    assert page.style == "cursor"


def test_per_call_options_apply_to_every_page(make_client: Any) -> None:
    seen: list[httpx.Request] = []
    server = FakeServer(CASES["offset /v2/workflows"])

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return server(request)

    novu: Novu = make_client(handler)
    list(novu.workflows.list(limit=LIMIT, extra_headers={"X-Trace": "t1"}, timeout=4))
    assert [r.headers["x-trace"] for r in seen] == ["t1"] * 3
    assert all(r.extensions["timeout"]["read"] == 4 for r in seen)


@pytest.mark.parametrize(
    "response_names",
    [
        # The attribute names the generator resolves (`next` is `next_`); the runtime reads those only.
        {"next": "next_", "previous": "previous", "total": "total_count"},
    ],
)
def test_page_fields_by_wire_or_attribute_name(make_client: Any, response_names: dict[str, str]) -> None:
    from dataclasses import replace

    from novu_api.api.subscribers import search

    op = replace(search.OPERATION, pagination={**search.OPERATION.pagination, "response": response_names})
    server = FakeServer(CASES["cursor /v2/subscribers"])
    novu = make_client(server)
    page = novu._request_page(op, search._parts(limit=LIMIT), search._parse)
    assert page.next_cursor == "i3" and page.total_count == 7
    assert [s.subscriber_id for s in page] == IDS


# -- items past the first page: made when the iteration reaches them ------------------------------------------
def _item_model_of_list(page: Any) -> bool:
    """Whether the page DTO holds its items as a list of one model (what the item iterator streams)."""
    from novu_api import _codec

    spec = type(page.response)._SPEC
    field = next(f for f in spec.fields if f.python == page._spec["items"])
    return bool(field.spec[0] == "list" and _codec._tag(field.spec[1]) == "model")


@pytest.mark.parametrize("name", list(CASES))
def test_iterating_gives_the_items_the_pages_hold(name: str, make_client: Any) -> None:
    from novu_api import _codec
    from novu_api.pagination import _Stream

    case = CASES[name]
    page = case.call(make_client(FakeServer(case)))
    whole = [item for p in page.iter_pages() for item in p.data]
    seen = list(page)
    assert (_Stream.of(page) is not None) == _item_model_of_list(page)
    # the model, or its pending class until first read, as on pages (the next cursor of the
    # mixed style is the last item's id: reading it decodes that page's items there, that item here)
    assert all(type(i) in (i.__class__, i.__class__._Pending) for i in seen)
    assert _codec._pending(seen[3]) or name.endswith("by cursor")  # not decoded by being reached
    assert seen == whole and [i.__class__ for i in seen] == [i.__class__ for i in whole]
    assert all(a is b for a, b in zip(seen[:3], page.data, strict=True))  # the caller's page: its own items
    assert [i.to_dict() for i in seen] == [i.to_dict() for i in whole]


def test_most_paginated_operations_stream_their_items() -> None:
    """The streaming path is not a corner: every listed case but the union-typed ones takes it."""
    streamed = []
    for case in CASES.values():
        client = httpx.Client(transport=httpx.MockTransport(FakeServer(case)))
        page = case.call(Novu(secret_key=SECRET, server_url="https://api.test", http_client=client))
        streamed.append(_item_model_of_list(page))
    assert streamed.count(True) >= 5, streamed


def _full(subscriber_id: Any) -> dict[str, Any]:
    """A subscriber with every required field (strict mode checks them all)."""
    from novu_api.models.subscriber_response_dto import SubscriberResponseDto
    from tests.test_lazy_decoding import _item_body

    body = _item_body(SubscriberResponseDto)
    assert body is not None
    return {**body, "subscriberId": subscriber_id}


def _subscriber_pages(pages: list[list[Any]]) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        after = request.url.params.get("after")
        index = int(after) if after else 0
        return httpx.Response(200, json={
            "data": pages[index],
            "next": str(index + 1) if index + 1 < len(pages) else None,
            "previous": None,
            "totalCount": sum(map(len, pages)),
            "totalCountCapped": False,
        })  # fmt: skip

    return handler


def test_an_item_the_loop_drops_is_freed_at_once(make_client: Any) -> None:
    """Past the first page no list holds the items: with the cyclic collector off, an item is
    gone as soon as the loop moves on (only reference counting frees it)."""
    import gc
    import weakref

    pages = [[{"subscriberId": f"p{p}i{i}"} for i in range(3)] for p in range(4)]
    refs: list[Any] = []
    alive_at_last: list[bool] = []
    gc.disable()
    try:
        first = make_client(_subscriber_pages(pages)).subscribers.search()
        for item in first:
            refs.append(weakref.ref(item))
            if item.subscriber_id == "p3i2":
                alive_at_last = [r() is not None for r in refs]
        del item
    finally:
        gc.enable()
    assert len(refs) == 12
    assert alive_at_last == [True] * 3 + [False] * 8 + [True]  # the caller's page, then only the current item
    assert [i.subscriber_id for i in first.data] == ["p0i0", "p0i1", "p0i2"]


def test_a_streamed_item_is_checked_when_read(make_client: Any, caplog: pytest.LogCaptureFixture) -> None:
    import logging

    import novu_api

    pages = [[_full("a")], [_full("b"), _full(4321)]]
    caplog.set_level(logging.WARNING, logger="novu_api")
    items = list(make_client(_subscriber_pages(pages)).subscribers.search())
    assert not [r for r in caplog.records if "4321" in r.getMessage()]  # not read yet
    assert items[2].subscriber_id == 4321  # kept as sent
    logged = [r.getMessage() for r in caplog.records if "4321" in r.getMessage()]
    assert len(logged) == 1 and "subscribers.search" in logged[0] and "subscriberId" in logged[0]
    assert [(d.path, d.actual) for d in novu_api.deviations(items[2])] == [("$.subscriberId", 4321)]
    with pytest.raises(novu_api.ResponseValidationError, match="subscriberId"):
        list(make_client(_subscriber_pages(pages), strict_responses=True).subscribers.search())


def test_a_page_with_an_item_that_is_no_object_is_not_streamed(make_client: Any) -> None:
    import novu_api
    from novu_api import _codec

    pages = [[_full("a")], [_full("b"), "junk", None]]
    items = list(make_client(_subscriber_pages(pages)).subscribers.search())
    assert _codec._pending(items[1])  # an item of the page the iterator kept whole, as before
    assert items[0].subscriber_id == "a" and items[1].subscriber_id == "b" and items[2:] == ["junk", None]
    second = make_client(_subscriber_pages(pages)).subscribers.search().next_page()
    assert [d.path for d in novu_api.deviations(second)] == ["$.data[1]", "$.data[2]"]


def test_strict_mode_iterates_decoded_items(make_client: Any) -> None:
    from novu_api import _codec

    pages = [[_full("a")], [_full("b"), _full("c")]]
    items = list(make_client(_subscriber_pages(pages), strict_responses=True).subscribers.search())
    assert [i.subscriber_id for i in items] == ["a", "b", "c"]
    assert not any(_codec._pending(i) for i in items)


def test_async_iteration_streams_the_same_items(make_async_client: Any) -> None:
    from novu_api import _codec

    pages = [[{"subscriberId": f"p{p}i{i}"} for i in range(2)] for p in range(3)]

    async def main() -> None:
        async with make_async_client(_subscriber_pages(pages)) as novu:
            first = await novu.subscribers.search()
            whole = [i async for p in first.iter_pages() for i in p.data]
            seen = [i async for i in first]
            assert all(_codec._pending(i) for i in seen[2:])  # made as reached, read later
            assert seen == whole and len(seen) == 6
            assert [i.subscriber_id for i in seen] == [f"p{p}i{i}" for p in range(3) for i in range(2)]

    asyncio.run(main())
