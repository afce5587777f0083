"""Caller mistakes: caught before any request, with a ValueError / TypeError naming the argument.

- an empty or whitespace path parameter, on every operation that has one;
- a path parameter with `/`, `..`, `?` or `#` is percent-encoded into its own segment, on every
  operation (checked on the URL the transport receives), and once on the real wire;
- wrong argument types: path parameters, query parameters, body fields (top level, inside
  lists, inside nested objects), values JSON cannot carry, and the per-call options;
- headers HTTP cannot carry (CR/LF, non-ASCII, bad names), which would otherwise fail inside
  the HTTP layer on every attempt and be retried as if the network had failed.
"""

from __future__ import annotations

import asyncio
import decimal
import importlib
import inspect
import re
from collections.abc import Callable
from types import ModuleType
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from novu_api import Novu, errors
from novu_api.operations import OPERATIONS
from tests.conftest import SECRET
from tests.loopback import LoopbackServer, respond


def no_request(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"no request should be sent, got {request.method} {request.url}")


def _answer(request: httpx.Request) -> dict[str, Any]:
    """A schema-valid answer for the few operations these tests call (trigger, search, retrieve)."""
    if request.url.path.endswith("/trigger"):
        return {"acknowledged": True, "status": "processed"}
    if request.method == "GET" and request.url.path.rstrip("/").endswith("/subscribers"):
        return {"data": [], "next": None, "previous": None, "totalCount": 0, "totalCountCapped": False}
    return {
        "subscriberId": "s1",
        "_organizationId": "o",
        "_environmentId": "e",
        "deleted": False,
        "createdAt": "2026-01-01T00:00:00Z",
        "updatedAt": "2026-01-01T00:00:00Z",
    }


def echo(seen: list[httpx.Request]) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"data": _answer(request)})

    return handler


def _path_operations() -> list[tuple[str, ModuleType, list[str]]]:
    out = []
    for entry in OPERATIONS:
        module = importlib.import_module(entry.module)
        names = re.findall(r"_c\.path_param\('(\w+)'", inspect.getsource(module._parts))
        if names:
            out.append((entry.operation_id, module, names))
    return out


PATH_OPERATIONS = _path_operations()


def call_args(module: ModuleType, path_values: dict[str, Any]) -> dict[str, Any]:
    """Every required argument of the operation: path parameters as given, a body, a query value."""
    args: dict[str, Any] = {}
    for name, parameter in inspect.signature(module.sync_detailed).parameters.items():
        if (
            name == "client"
            or parameter.default is not inspect.Parameter.empty
            or parameter.kind is parameter.VAR_KEYWORD
        ):
            continue
        args[name] = path_values.get(name, {} if name == "body" else "x")
    return args


@pytest.mark.parametrize(
    ("operation_id", "module", "names"), PATH_OPERATIONS, ids=[p[0] for p in PATH_OPERATIONS]
)
def test_empty_path_parameters_raise_before_any_request(
    operation_id: str, module: ModuleType, names: list[str], make_client: Any
) -> None:
    novu = make_client(no_request)
    for value in ("", " ", "\t\n"):
        for blank in names:
            values = {name: ("id-1" if name != blank else value) for name in names}
            with pytest.raises(ValueError, match=f"path parameter '{blank}' must not be empty"):
                module.sync_detailed(client=novu, **call_args(module, values))


@pytest.mark.parametrize(
    ("operation_id", "module", "names"), PATH_OPERATIONS, ids=[p[0] for p in PATH_OPERATIONS]
)
def test_path_parameters_never_leave_their_segment(
    operation_id: str, module: ModuleType, names: list[str], make_client: Any
) -> None:
    hostile = ["../environments", "a/b", "..", "?limit=1#frag", "x/../../v1/secrets", "%2F", " sp ace"]
    for value in hostile:
        seen: list[httpx.Request] = []
        novu = make_client(echo(seen))
        values = dict.fromkeys(names, value)
        try:
            module.sync_detailed(client=novu, **call_args(module, values))
        except errors.NovuError:
            pass  # the echo's body need not fit the declared response; the URL is what matters
        (request,) = seen
        template = module.OPERATION.path
        segment = "%2E%2E" if value == ".." else quote(value, safe="")
        expected = re.sub(r"\{[^}]+\}", lambda _, s=segment: s, template)
        assert request.url.raw_path.decode().split("?")[0] == expected
        assert request.url.host == "api.test" and not request.url.fragment
        assert b"limit=1" not in request.url.query


def test_traversal_is_encoded_on_the_wire() -> None:
    subscriber = {"subscriberId": "../environments", "_id": "x"}
    with LoopbackServer([respond(200, json={"data": subscriber})] * 2) as server:
        with Novu(secret_key=SECRET, server_url=server.url) as novu:
            assert (
                novu.subscribers.retrieve(subscriber_id="../environments").subscriber_id == "../environments"
            )
            novu.subscribers.retrieve(subscriber_id="a/b?c=d#e")
    targets = [r.target for r in server.requests]
    assert targets == ["/v2/subscribers/..%2Fenvironments", "/v2/subscribers/a%2Fb%3Fc%3Dd%23e"]


# -- wrong types --------------------------------------------------------------------------------
WRONG_TYPES: list[tuple[str, Callable[[Novu], Any], type[Exception], str]] = [
    # path parameters
    (
        "path parameter given an int",
        lambda n: n.subscribers.retrieve(subscriber_id=42),
        TypeError,
        r"path parameter 'subscriber_id' must be a str, got int \(pass str\(subscriber_id\)",
    ),
    (
        "path parameter given a dict",
        lambda n: n.subscribers.retrieve(subscriber_id={"id": "s1"}),
        TypeError,
        "path parameter 'subscriber_id' must be a str, got dict",
    ),
    (
        "path parameter given None",
        lambda n: n.subscribers.retrieve(subscriber_id=None),
        TypeError,
        "path parameter 'subscriber_id' must be a str, got None",
    ),
    (
        "path parameter given a bool",
        lambda n: n.topics.get(topic_key=True),
        TypeError,
        "path parameter 'topic_key' must be a str, got bool",
    ),
    # query parameters
    (
        "query parameter given an object",
        lambda n: n.subscribers.search(email=object()),
        TypeError,
        "argument 'email' must be a str, got object",
    ),
    (
        "query parameter given a dict",
        lambda n: n.subscribers.search(email={"contains": "@acme.com"}),
        TypeError,
        "argument 'email' must be a str, got dict",
    ),
    (
        "query list with a dict in it",
        lambda n: n.workflows.list(tags=["a", {"b": 1}]),
        TypeError,
        r"argument 'tags': field '\[1\]' must be a str, got dict",
    ),
    (
        "extra_query value given an object",
        lambda n: n.subscribers.search(extra_query={"beta": object()}),
        TypeError,
        "query parameter 'beta' must be",
    ),
    # body fields
    (
        "body field given an int",
        lambda n: n.trigger(workflow_id=123, to="s1"),
        TypeError,
        r"argument 'workflow_id' \(body field 'name'\) must be a str, got int",
    ),
    (
        "body field given a str where an object is declared",
        lambda n: n.trigger(workflow_id="w", to="s1", payload="not-a-dict"),
        TypeError,
        "argument 'payload' must be a TriggerEventRequestDtoPayload or a dict, got str",
    ),
    (
        "body field given a number where a union is declared",
        lambda n: n.trigger(workflow_id="w", to=42),
        TypeError,
        r"argument 'to' must be a sequence of .*, got int",
    ),
    (
        "body list with an item of the wrong type",
        lambda n: n.trigger(workflow_id="w", to=["s1", 7]),
        TypeError,
        r"argument 'to': field '\[1\]' must be .*, got int",
    ),
    (
        "body field given a float where a bool is declared",
        lambda n: n.subscribers.create(subscriber_id="s1", email="a@b.c", data={}, locale=1.5),
        TypeError,
        "argument 'locale' must be a str, got float",
    ),
    (
        "nested body field of the wrong type",
        lambda n: n.trigger(workflow_id="w", to="s1", overrides={"steps": "all"}),
        TypeError,
        "argument 'overrides': field 'steps' must be a TriggerOverridesSteps or a dict, got str",
    ),
    (
        "a value JSON cannot carry",
        lambda n: n.trigger(workflow_id="w", to="s1", payload={"amount": decimal.Decimal("9.99")}),
        TypeError,
        "argument 'payload' cannot be sent as JSON: a Decimal at payload.amount",
    ),
    (
        "NaN in a payload",
        lambda n: n.trigger(workflow_id="w", to="s1", payload={"ratio": float("nan")}),
        TypeError,
        "argument 'payload': field 'ratio' must be a finite number, got nan",
    ),
    (
        "a set in a payload",
        lambda n: n.trigger(workflow_id="w", to="s1", payload={"tags": {"a"}}),
        TypeError,
        "argument 'payload' cannot be sent as JSON: a set at payload.tags",
    ),
    (
        "a body of the wrong type (standalone)",
        lambda n: importlib.import_module("novu_api.api.events.trigger").sync(client=n, body="welcome"),
        TypeError,
        "argument 'body' must be a TriggerEventRequestDto or a dict, got str",
    ),
    (
        "a model built with a wrong field",
        lambda n: importlib.import_module("novu_api.api.events.trigger").sync(
            client=n,
            body=importlib.import_module("novu_api.models").TriggerEventRequestDto(workflow_id="w", to=3.5),
        ),
        TypeError,
        "argument 'to' must be .*, got float",
    ),
    # per-call options
    (
        "max_retries below zero",
        lambda n: n.subscribers.retrieve(subscriber_id="s1", max_retries=-1),
        ValueError,
        "max_retries",
    ),
    (
        "timeout as a str",
        lambda n: n.subscribers.retrieve(subscriber_id="s1", timeout="5"),
        ValueError,
        "timeout",
    ),
    (
        "empty idempotency_key",
        lambda n: n.subscribers.delete(subscriber_id="s1", idempotency_key=" "),
        ValueError,
        "idempotency_key",
    ),
    (
        "idempotency_key with a line break",
        lambda n: n.subscribers.delete(subscriber_id="s1", idempotency_key="k\r\nX-Injected: 1"),
        ValueError,
        "idempotency_key must be printable ASCII on one line",
    ),
    (
        "extra_headers value with CR/LF",
        lambda n: n.subscribers.retrieve(subscriber_id="s1", extra_headers={"X-Trace": "a\r\nX-Injected: 1"}),
        ValueError,
        r"extra_headers\['X-Trace'\] must be printable ASCII on one line",
    ),
    (
        "extra_headers value not ASCII",
        lambda n: n.subscribers.retrieve(subscriber_id="s1", extra_headers={"X-Name": "Zoë"}),
        ValueError,
        r"extra_headers\['X-Name'\] must be printable ASCII",
    ),
    (
        "extra_headers value given an int",
        lambda n: n.subscribers.retrieve(subscriber_id="s1", extra_headers={"X-Count": 1}),
        TypeError,
        r"extra_headers\['X-Count'\] must be a str, got int",
    ),
    (
        "extra_headers with a bad name",
        lambda n: n.subscribers.retrieve(subscriber_id="s1", extra_headers={"Bad Name": "v"}),
        ValueError,
        "extra_headers: 'Bad Name' is not a valid HTTP header name",
    ),
]


@pytest.mark.parametrize(("case", "call", "cls", "pattern"), WRONG_TYPES, ids=[w[0] for w in WRONG_TYPES])
def test_wrong_argument_types_are_named_before_any_request(
    case: str, call: Callable[[Novu], Any], cls: type[Exception], pattern: str, make_client: Any
) -> None:
    novu = make_client(no_request)
    with pytest.raises(cls, match=pattern) as info:
        call(novu)
    assert not isinstance(info.value, errors.APIError), "a caller mistake is not an API error"
    assert SECRET not in str(info.value)


def test_right_types_still_pass(make_client: Any) -> None:
    seen: list[httpx.Request] = []
    novu = make_client(echo(seen))
    from novu_api.models import SubscriberPayloadDto, TriggerEventRequestDto

    novu.trigger(workflow_id="w", to=["s1", {"subscriberId": "s2"}, SubscriberPayloadDto(subscriber_id="s3")])
    novu.trigger(workflow_id="w", to="s1", payload={"when": __import__("datetime").date(2026, 4, 28)})
    importlib.import_module("novu_api.api.events.trigger").sync(
        client=novu, body=TriggerEventRequestDto(workflow_id="w", to="s1", transaction_id=None)
    )
    novu.subscribers.search(limit=10, email="a@b.c", extra_query={"beta": True})
    novu.subscribers.retrieve(subscriber_id="s1", extra_headers={"X-Trace": "abc\tdef", "Accept": None})
    assert seen[0].read() == (b'{"name":"w","to":["s1",{"subscriberId":"s2"},{"subscriberId":"s3"}]}')
    assert b'"payload":{"when":"2026-04-28"}' in seen[1].read()
    assert seen[3].url.params["beta"] == "true"
    assert seen[4].headers["x-trace"] == "abc\tdef" and seen[4].headers["accept"] == "*/*"


def test_client_headers_are_checked_when_the_client_is_built() -> None:
    with pytest.raises(ValueError, match=r"headers\['X-Tenant'\] must be printable ASCII on one line"):
        Novu(secret_key=SECRET, headers={"X-Tenant": "acme\nX-Injected: 1"})
    with pytest.raises(TypeError, match=r"headers\['X-Retries'\] must be a str, got int"):
        Novu(secret_key=SECRET, headers={"X-Retries": 3})


def test_async_client_checks_the_same(make_async_client: Any) -> None:
    async def main() -> None:
        async with make_async_client(no_request) as novu:
            with pytest.raises(ValueError, match="subscriber_id"):
                await novu.subscribers.retrieve(subscriber_id="  ")
            with pytest.raises(TypeError, match="path parameter 'subscriber_id' must be a str, got int"):
                await novu.subscribers.retrieve(subscriber_id=7)
            with pytest.raises(TypeError, match="argument 'workflow_id'"):
                await novu.trigger(workflow_id=["w"], to="s1")
            with pytest.raises(ValueError, match="extra_headers"):
                await novu.subscribers.retrieve(subscriber_id="s1", extra_headers={"X": "\r\n"})

    asyncio.run(main())
