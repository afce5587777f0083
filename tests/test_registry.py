"""The operation registry, the standalone modules, the facade and the models against the spec."""

from __future__ import annotations

import asyncio
import enum
import importlib
import inspect
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from generator.normalise import iter_operations
from generator.spec import apply_overlay, load_overlay
from novu_api.errors import NovuError
from novu_api.operations import BY_ID, OPERATIONS, OperationEntry


def spec_operations(spec: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """operationId -> (METHOD, path), straight from the document."""
    return {op["operationId"]: (method.upper(), path) for method, path, op in iter_operations(spec)}


def resolve_facade(client: Any, facade: str) -> Any:
    target = client
    for part in facade.split("."):
        target = getattr(target, part)
    return target


# -- one entry per operation ---------------------------------------------------------------


def test_one_entry_per_spec_operation(spec: dict[str, Any]) -> None:
    expected = spec_operations(spec)
    assert len(OPERATIONS) == len(expected)
    assert sorted(e.operation_id for e in OPERATIONS) == sorted(expected)
    assert set(BY_ID) == set(expected)
    assert all(BY_ID[e.operation_id] is e for e in OPERATIONS)


def test_method_and_path_match_the_spec(spec: dict[str, Any]) -> None:
    expected = spec_operations(spec)
    assert {e.operation_id: (e.method, e.path) for e in OPERATIONS} == expected
    assert len({(e.method, e.path) for e in OPERATIONS}) == len(OPERATIONS)


@pytest.mark.parametrize("entry", OPERATIONS, ids=lambda e: e.operation_id)
def test_every_module_imports_with_its_four_functions(entry: OperationEntry) -> None:
    module = importlib.import_module(entry.module)
    for name in ("sync", "sync_detailed"):
        assert callable(getattr(module, name)) and not inspect.iscoroutinefunction(getattr(module, name))
    for name in ("asyncio", "asyncio_detailed"):
        assert inspect.iscoroutinefunction(getattr(module, name)), name
    op = module.OPERATION
    assert (op.operation_id, op.method, op.path, op.facade) == (
        entry.operation_id,
        entry.method,
        entry.path,
        entry.facade,
    )
    assert (op.pagination or {}).get("style") == entry.pagination


@pytest.fixture(scope="module")
def clients() -> Any:
    from novu_api import AsyncNovu, Novu

    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError("no request is expected here")

    sync_http = httpx.Client(transport=httpx.MockTransport(refuse))
    async_http = httpx.AsyncClient(transport=httpx.MockTransport(refuse))
    yield (
        Novu(secret_key="x", server_url="https://api.test", http_client=sync_http),
        AsyncNovu(secret_key="x", server_url="https://api.test", http_client=async_http),
    )
    sync_http.close()
    asyncio.run(async_http.aclose())


@pytest.mark.parametrize("entry", OPERATIONS, ids=lambda e: e.facade)
def test_facade_path_resolves_on_both_clients(entry: OperationEntry, clients: Any) -> None:
    sync, asynchronous = clients
    method = resolve_facade(sync, entry.facade)
    assert callable(method)
    assert not inspect.iscoroutinefunction(method)
    async_method = resolve_facade(asynchronous, entry.facade)
    assert inspect.iscoroutinefunction(async_method)
    # Both call the registry's module: its name is in the method's source.
    assert entry.module.rsplit(".", 1)[0] in inspect.getsource(method)
    assert inspect.signature(method).parameters.keys() == inspect.signature(async_method).parameters.keys()


def test_raw_response_facade_has_the_same_paths(clients: Any) -> None:
    sync, asynchronous = clients
    for entry in OPERATIONS:
        assert callable(resolve_facade(sync.with_raw_response, entry.facade))
        assert inspect.iscoroutinefunction(resolve_facade(asynchronous.with_raw_response, entry.facade))


# -- pagination ---------------------------------------------------------------------------


def entry_for(method: str, path: str) -> OperationEntry:
    (entry,) = [e for e in OPERATIONS if (e.method, e.path) == (method, path)]
    return entry


@pytest.mark.parametrize(
    ("method", "path", "style"),
    [
        ("GET", "/v2/subscribers", "cursor"),
        ("GET", "/v1/messages", "page"),
        ("GET", "/v2/workflows", "offset"),
    ],
)
def test_pagination_styles(method: str, path: str, style: str, spec: dict[str, Any]) -> None:
    entry = entry_for(method, path)
    assert entry.pagination == style
    module = importlib.import_module(entry.module)
    paging = module.OPERATION.pagination
    assert paging["style"] == style
    request_roles = {"cursor": {"after", "before"}, "page": {"page"}, "offset": {"offset"}}[style]
    # A role's query parameter is named in `request` only where the name differs from the role.
    names = {role: paging.get("request", {}).get(role, role) for role in request_roles}
    declared = {p.get("name") for p in spec["paths"][path][method.lower()].get("parameters") or []}
    assert set(names.values()) <= declared, (names, declared)


def test_paginated_operations_have_the_paging_query_parameters(spec: dict[str, Any]) -> None:
    """A style is only claimed where the operation takes that style's query parameters."""
    needs = {"cursor": "after", "page": "page", "offset": "offset"}
    paginated = [e for e in OPERATIONS if e.pagination]
    assert {e.pagination for e in paginated} == {"cursor", "page", "offset"}
    for entry in paginated:
        op = spec["paths"][entry.path][entry.method.lower()]
        query = {p.get("name") for p in op.get("parameters", []) if p.get("in") == "query"}
        assert needs[entry.pagination] in query, entry
    # Operations without list responses are never paginated.
    for entry in OPERATIONS:
        if entry.method != "GET":
            assert entry.pagination is None, entry


def test_page_attributes_exist_on_the_page_model() -> None:
    """The page reads the DTO's attributes by the names the Operation gives; they must exist."""
    from attrs import fields

    for entry in OPERATIONS:
        if not entry.pagination:
            continue
        module = importlib.import_module(entry.module)
        paging = module.OPERATION.pagination
        dto_name = inspect.signature(module._parse).return_annotation  # a string: postponed annotations
        dto = getattr(importlib.import_module("novu_api.models"), dto_name)
        names = {f.name for f in fields(dto)}
        assert paging["items"] in names, (entry.facade, paging)
        for role, attribute in paging["response"].items():
            assert attribute in names, (entry.facade, role, attribute)


# -- models -------------------------------------------------------------------------------


def test_every_component_schema_has_a_model_class(spec: dict[str, Any]) -> None:
    import novu_api.models as models

    schemas = spec["components"]["schemas"]
    assert len(set(models.__all__)) >= len(schemas)
    for name, schema in schemas.items():
        cls = getattr(models, name)
        assert inspect.isclass(cls) and cls.__name__ == name
        if "enum" in schema:
            assert issubclass(cls, enum.Enum), name
            assert {m.value for m in cls} == set(schema["enum"]), name
        else:
            assert hasattr(cls, "from_dict") and hasattr(cls, "to_dict"), name


def test_overlay_keeps_every_schema(spec: dict[str, Any]) -> None:
    fixed, _ = apply_overlay(spec, load_overlay(), warn=False)
    assert len(fixed["components"]["schemas"]) == len(spec["components"]["schemas"])
    assert set(fixed["components"]["schemas"]) == set(spec["components"]["schemas"])


# -- path parameters ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "raw_path"),
    [
        ("../environments", "/v2/subscribers/..%2Fenvironments"),
        ("a/b?c#d", "/v2/subscribers/a%2Fb%3Fc%23d"),
        ("..", "/v2/subscribers/%2E%2E"),
        (".", "/v2/subscribers/%2E"),
        ("user@example.com", "/v2/subscribers/user%40example.com"),
        ("é 100%", "/v2/subscribers/%C3%A9%20100%25"),
        ("plain-id_1.x~", "/v2/subscribers/plain-id_1.x~"),
    ],
)
def test_path_parameters_are_percent_encoded(
    value: str, raw_path: str, make_client: Callable[..., Any], spec: dict[str, Any]
) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"data": {"subscriberId": value}})

    with make_client(handler) as novu:
        result = novu.subscribers.retrieve(subscriber_id=value)
    (request,) = seen
    assert request.url.raw_path.decode() == raw_path
    assert request.url.host == "api.test"
    assert result.subscriber_id == value


def path_only_operation(minimum: int) -> tuple[OperationEntry, list[str]]:
    """An operation whose required arguments are all path parameters, `minimum` or more of them
    (the one with the most), from the registry; skips when the pinned release has none."""
    best: tuple[OperationEntry, list[str]] | None = None
    for entry in OPERATIONS:
        module = importlib.import_module(entry.module)
        names = [p.strip("{}") for p in entry.path.split("/") if p.startswith("{")]
        signature = inspect.signature(module._parts).parameters
        python = [n for n in signature if n != "body"][: len(names)]
        required = [n for n, p in signature.items() if p.default is inspect.Parameter.empty]
        if len(names) >= minimum and sorted(required) == sorted(python) and "body" not in required:
            if best is None or len(python) > len(best[1]):
                best = (entry, python)
    if best is None:
        pytest.skip(
            f"the pinned release has no operation with {minimum}+ path parameters and nothing else required"
        )
    return best


def test_every_path_parameter_segment_is_encoded(make_client: Callable[..., Any]) -> None:
    entry, params = path_only_operation(2)
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    values = {name: ("a/b" if i % 2 == 0 else "../en") for i, name in enumerate(params)}
    with make_client(handler) as novu:
        try:
            resolve_facade(novu, entry.facade)(**values)
        except Exception as exc:  # a 204 where a body is declared: the request is what matters here
            assert isinstance(exc, NovuError), exc
    expected = entry.path
    for wire, name in zip(
        [p.strip("{}") for p in entry.path.split("/") if p.startswith("{")], params, strict=True
    ):
        expected = expected.replace("{" + wire + "}", values[name].replace("/", "%2F"))
    assert seen[0].url.raw_path.decode().split("?")[0] == expected


@pytest.mark.parametrize("value", ["", " ", "\t\n"])
def test_empty_path_parameters_fail_before_any_request(value: str, make_client: Callable[..., Any]) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"no request should be sent, got {request.url}")

    with make_client(handler) as novu:
        with pytest.raises(ValueError, match="subscriber_id"):
            novu.subscribers.retrieve(subscriber_id=value)
        entry, params = path_only_operation(2)
        last = params[-1]
        with pytest.raises(ValueError, match=last):
            resolve_facade(novu, entry.facade)(**{name: "x" for name in params[:-1]}, **{last: value})


def test_empty_path_parameter_fails_before_any_request_async(make_async_client: Callable[..., Any]) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise AssertionError("no request should be sent")

    async def run() -> None:
        async with make_async_client(handler) as novu:
            with pytest.raises(ValueError, match="subscriber_id"):
                await novu.subscribers.retrieve(subscriber_id="  ")

    asyncio.run(run())
