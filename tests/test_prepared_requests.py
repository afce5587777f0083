"""The common request is built from what a client merges once (`_BaseClient._prepared`: Host,
Accept..., the client's and the pool's headers, the key, the timeout), with the call's own
Idempotency-Key and Content-Length appended. For every operation of the registry it must be the
request the fully merged path builds (what every call with `extra_headers` takes), and it must
follow every change to what it was made from.
"""

from __future__ import annotations

import asyncio
import inspect
from typing import Any

import httpx
import pytest

from novu_api import UNSET, AsyncNovu, Hooks, Novu, NovuError
from novu_api.operations import OPERATIONS, OperationEntry
from tests.conftest import SECRET
from tests.test_facade_wire import build_call, is_multipart, resolve, responder


@pytest.fixture(scope="session")
def wire_spec(overlaid_spec: dict[str, Any]) -> dict[str, Any]:
    """Values come from the document the SDK is generated from (the overlay applied)."""
    return overlaid_spec


def _options(entry: OperationEntry) -> dict[str, Any]:
    # The one part that differs per call: give both ways the same key.
    return {} if entry.method == "GET" else {"idempotency_key": "one-key"}


def _seen_sync(spec: dict[str, Any], entry: OperationEntry, merged: bool) -> tuple[httpx.Request, int, Any]:
    seen: list[httpx.Request] = []
    holder: dict[str, Any] = {}
    http = httpx.Client(transport=httpx.MockTransport(lambda r: responder(holder["call"], seen)(r)))
    novu = Novu(secret_key=SECRET, server_url="https://api.test", http_client=http, max_retries=0)
    prepared = novu._prepared
    used: list[object] = []
    novu._prepared = (lambda: None) if merged else (lambda: used.append(1) or prepared())  # type: ignore[method-assign]
    method = resolve(novu, entry.facade)
    call = holder["call"] = build_call(spec, entry, set(inspect.signature(method).parameters))
    try:
        method(**call.kwargs, **_options(entry))
    except NovuError:
        pass  # a response the call does not accept changes nothing about the request it sent
    assert len(seen) == 1
    return seen[0], len(used), call


def _seen_async(spec: dict[str, Any], entry: OperationEntry, merged: bool) -> httpx.Request:
    seen: list[httpx.Request] = []
    holder: dict[str, Any] = {}

    async def go() -> None:
        http = httpx.AsyncClient(transport=httpx.MockTransport(lambda r: responder(holder["call"], seen)(r)))
        async with AsyncNovu(secret_key=SECRET, server_url="https://api.test", http_client=http) as novu:
            if merged:
                novu._prepared = lambda: None  # type: ignore[method-assign]
            method = resolve(novu, entry.facade)
            call = holder["call"] = build_call(spec, entry, set(inspect.signature(method).parameters))
            try:
                await method(**call.kwargs, **_options(entry))
            except NovuError:
                pass
        await http.aclose()

    asyncio.run(go())
    assert len(seen) == 1
    return seen[0]


def _same(a: httpx.Request, b: httpx.Request) -> None:
    assert (a.method, a.url, a.extensions) == (b.method, b.url, b.extensions)
    assert sorted(a.headers.multi_items()) == sorted(b.headers.multi_items())
    assert a.content == b.content


@pytest.mark.parametrize("entry", OPERATIONS, ids=lambda e: e.facade)
def test_every_operation_sends_the_same_request_prepared_or_merged(
    wire_spec: dict[str, Any], entry: OperationEntry
) -> None:
    spec = wire_spec
    prepared, used, call = _seen_sync(spec, entry, merged=False)
    merged, _, _ = _seen_sync(spec, entry, merged=True)
    if is_multipart(spec, entry):
        # Files are the pool's to encode: merged in full, with a boundary of its own each time.
        assert prepared.headers["content-type"].startswith("multipart/form-data")
        return
    # Declared header parameters are merged like extra_headers; any other call is prepared.
    assert used == (0 if call.headers else 1)
    _same(prepared, merged)
    _same(_seen_async(spec, entry, merged=False), _seen_async(spec, entry, merged=True))


def _recorder() -> tuple[list[httpx.Request], httpx.Client]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(201, json={"data": {"acknowledged": True, "status": "processed"}})

    return seen, httpx.Client(transport=httpx.MockTransport(handler))


def test_bodiless_requests_say_content_length_as_httpx_writes_it() -> None:
    from novu_api._operation import RequestParts

    _, http = _recorder()
    novu = Novu(secret_key=SECRET, server_url="https://api.test", http_client=http)
    for method in ("GET", "DELETE", "POST", "PUT", "PATCH"):
        request = novu._build_request(
            RequestParts(method=method, url="/v1/x"),
            timeout=UNSET,
            idempotency_key=UNSET,
            extra_headers=None,
            extra_query=None,
        )
        expected = httpx.Request(method, "https://api.test/v1/x")
        assert request.headers.get_list("content-length") == expected.headers.get_list("content-length")
        assert request.headers["host"] == "api.test" and request.content == b""
        assert ("idempotency-key" in request.headers) is (method != "GET")


def test_prepared_headers_follow_the_client_the_pool_and_the_server() -> None:
    seen, http = _recorder()
    novu = Novu(secret_key=SECRET, server_url="https://a.test", http_client=http, headers={"X-App": "1"})

    def last() -> httpx.Request:
        novu.trigger(workflow_id="w", to="s")
        return seen[-1]

    assert last().headers["x-app"] == "1"
    novu.headers["X-App"] = "2"  # the client's headers, changed in place
    novu.headers["X-New"] = "n"
    assert (last().headers["x-app"], last().headers["x-new"]) == ("2", "n")
    http.headers["X-Pool"] = "p"  # the pool's, in place
    assert last().headers["x-pool"] == "p"
    http.headers = httpx.Headers({"X-Other": "o"})  # the pool's, replaced
    request = last()
    assert request.headers["x-other"] == "o" and "x-pool" not in request.headers
    novu.server_url = "https://b.test"
    request = last()
    assert request.headers["host"] == "b.test" and request.url.host == "b.test"
    novu.timeout = httpx.Timeout(3.0)
    assert last().extensions["timeout"] == httpx.Timeout(3.0).as_dict()
    assert all(r.headers.get_list("authorization") == [f"ApiKey {SECRET}"] for r in seen)


def test_what_a_pool_adds_itself_is_merged_in_full() -> None:
    seen, http = _recorder()
    novu = Novu(secret_key=SECRET, server_url="https://api.test", http_client=http)
    novu.trigger(workflow_id="w", to="s")
    assert novu._prepared() is not None
    http.cookies.set("session", "c1", domain="api.test")  # e.g. a load balancer's Set-Cookie
    assert novu._prepared() is None
    novu.trigger(workflow_id="w", to="s")
    assert seen[-1].headers["cookie"] == "session=c1"
    http.cookies.clear()
    http.params = httpx.QueryParams({"tenant": "t"})
    novu.trigger(workflow_id="w", to="s")
    assert seen[-1].url.params["tenant"] == "t"
    http.params = httpx.QueryParams()
    assert novu._prepared() is not None
    for headers in ({"Content-Type": "application/json; charset=utf-8"}, {"Host": "proxy.test"}):
        novu.headers = dict(headers)
        assert novu._prepared() is None
        novu.trigger(workflow_id="w", to="s")
        (name, value), *_ = headers.items()
        assert seen[-1].headers.get_list(name) == [value]
    novu.headers = {"Authorization": "Bearer own"}  # the client's own Authorization replaces the key
    novu.trigger(workflow_id="w", to="s")
    assert seen[-1].headers.get_list("authorization") == ["Bearer own"]


def test_the_prepared_request_never_holds_the_key_in_its_repr() -> None:
    seen, http = _recorder()
    novu = Novu(secret_key=SECRET, server_url="https://api.test", http_client=http)
    novu.trigger(workflow_id="w", to="s")
    prepared = novu._prepared()
    assert prepared is not None
    assert SECRET not in repr(prepared) and SECRET not in repr(novu.__dict__)
    assert seen[-1].headers["authorization"] == f"ApiKey {SECRET}"


def test_headers_kept_otherwise_by_httpx_use_its_mapping_interface(monkeypatch: pytest.MonkeyPatch) -> None:
    from novu_api import _headers

    seen, http = _recorder()
    Novu(secret_key=SECRET, server_url="https://api.test", http_client=http).trigger(workflow_id="w", to="s")
    monkeypatch.setattr(_headers, "_RAW", False)  # a release of httpx without the entry list
    novu = Novu(secret_key=SECRET, server_url="https://api.test", http_client=http)
    novu.trigger(workflow_id="w", to="s")
    novu.trigger(workflow_id="w", to="s")  # the prepared headers, checked against what they came from
    first, second, third = seen
    for request in (second, third):
        assert {k for k, _ in request.headers.multi_items()} == {k for k, _ in first.headers.multi_items()}
        assert request.headers["authorization"] == f"ApiKey {SECRET}"
        assert request.content == first.content
    assert second.headers["idempotency-key"] != third.headers["idempotency-key"]


def test_a_pool_with_its_own_content_type_sends_one() -> None:
    seen, http = _recorder()
    http.headers["Content-Type"] = "text/plain"
    novu = Novu(secret_key=SECRET, server_url="https://api.test", http_client=http)
    novu.trigger(workflow_id="w", to="s")
    assert seen[-1].headers.get_list("content-type") == ["application/json"]


def test_a_hook_changing_one_requests_timeout_in_place_leaves_the_next_request_alone() -> None:
    seen: list[dict[str, Any]] = []

    def stretch(request: httpx.Request) -> None:
        seen.append(dict(request.extensions["timeout"]))
        request.extensions["timeout"]["read"] = 999.0  # in place, on this request only

    http = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200, json={"data": {}})))
    novu = Novu(
        secret_key=SECRET,
        server_url="https://api.test",
        http_client=http,
        hooks=Hooks(before_request=[stretch]),
    )
    for _ in range(2):
        try:
            novu.subscribers.retrieve(subscriber_id="s-1")
        except NovuError:
            pass  # the answer does not matter: the requests do
    assert len(seen) == 2 and seen[0] == seen[1] and seen[1]["read"] != 999.0


@pytest.mark.parametrize("merged", [False, True])
def test_a_pool_with_its_own_base_url_sends_the_same_request_either_way(merged: bool) -> None:
    """The SDK's URLs are absolute, so a pool's base URL changes nothing; the common path is kept."""
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"data": {}})

    http = httpx.Client(base_url="https://elsewhere.test/base/", transport=httpx.MockTransport(answer))
    novu = Novu(secret_key=SECRET, server_url="https://api.test", http_client=http, max_retries=0)
    if merged:
        novu._prepared = lambda: None  # type: ignore[method-assign]
    else:
        assert novu._prepared() is not None  # the common path
    try:
        novu.subscribers.retrieve(subscriber_id="s-1")
    except NovuError:
        pass  # the answer does not matter: the request does
    (request,) = seen
    assert str(request.url) == "https://api.test/v2/subscribers/s-1"
    assert request.headers["host"] == "api.test" and request.headers["authorization"].endswith(SECRET)
