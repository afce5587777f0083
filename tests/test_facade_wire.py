"""What the facade puts on the wire, and what it hands back, for every top-level resource.

For each resource (derived from the registry; "" is the client itself, where Novu's Events are
hoisted) one operation is chosen programmatically, preferring a JSON body and query parameters.
It is called through `Novu` and `AsyncNovu` over httpx.MockTransport with inputs built from the
spec (tests/spec_values.py); the request's method, path, query, headers and body are checked,
and the response, built from the spec's declared success schema, must come back as the declared
model, unwrapped from `{"data": ...}`. Every operation of the registry also gets the same
round trip through the sync client, multipart uploads included.
"""

from __future__ import annotations

import asyncio
import datetime
import inspect
import json
import re
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from pathlib import Path
from typing import Any

import httpx
import pytest
from attrs import fields

import novu_api.models as models
from novu_api import UNSET, AsyncPage, File, SyncPage
from novu_api.operations import OPERATIONS, OperationEntry
from tests import spec_values
from tests.conftest import SECRET


def top_resource(entry: OperationEntry) -> str:
    return entry.facade.split(".")[0] if "." in entry.facade else ""


RESOURCES = sorted({top_resource(e) for e in OPERATIONS})


# -- reading the spec ---------------------------------------------------------------------


@pytest.fixture(scope="session")
def spec(overlaid_spec: dict[str, Any]) -> dict[str, Any]:
    """Values come from the document the SDK is generated from (the overlay applied)."""
    return overlaid_spec


def operation(spec: dict[str, Any], entry: OperationEntry) -> dict[str, Any]:
    return spec["paths"][entry.path][entry.method.lower()]


def json_body_schema(spec: dict[str, Any], entry: OperationEntry) -> dict[str, Any] | None:
    body = operation(spec, entry).get("requestBody") or {}
    media = (body.get("content") or {}).get("application/json")
    return media["schema"] if media else None


def is_multipart(spec: dict[str, Any], entry: OperationEntry) -> bool:
    body = operation(spec, entry).get("requestBody") or {}
    return any(ct.startswith("multipart/") for ct in body.get("content") or {})


def is_envelope(schema: dict[str, Any]) -> bool:
    """Declared as `{"data": X}`: one `data` property and nothing else."""
    return "$ref" not in schema and list(schema.get("properties") or {}) == ["data"]


@dataclass
class Declared:
    status: int
    body: Any  # what the mock server sends: the spec's literal shape
    payload: Any = None  # what the SDK should decode: `data` of an envelope, else the body
    model: str | None = None  # the declared model of the payload
    items_of: str | None = None  # the payload is a list of this model


_DECLARED: dict[str, Declared] = {}


def declared_response(spec: dict[str, Any], entry: OperationEntry) -> Declared:
    """The success response (built once per operation; callers must not modify it)."""
    if entry.operation_id not in _DECLARED:
        _DECLARED[entry.operation_id] = _declared_response(spec, entry)
    return _DECLARED[entry.operation_id]


def _declared_response(spec: dict[str, Any], entry: OperationEntry) -> Declared:
    responses = operation(spec, entry)["responses"]
    status = min(code for code in responses if code.startswith("2"))
    media = (responses[status].get("content") or {}).get("application/json")
    if media is None:
        return Declared(int(status), None)
    schema = media["schema"]
    inner = schema["properties"]["data"] if is_envelope(schema) else schema
    payload = spec_values.example_value(spec, inner, full=True, path="response")
    # As Novu's server sends it, whichever way the document declares it: wrapped in
    # {"data": ...} unless it is an object with a truthy `data` of its own.
    own_data = isinstance(payload, dict) and bool(payload.get("data"))
    body = payload if own_data else {"data": payload}
    result = Declared(int(status), body, payload)
    if len(inner.get("allOf") or ()) == 1 and not inner.get("properties"):
        inner = inner["allOf"][0]  # one schema, perhaps made nullable
    if "$ref" in inner:
        result.model = inner["$ref"].rsplit("/", 1)[-1]
    elif inner.get("type") == "array" and "$ref" in (inner.get("items") or {}):
        result.items_of = inner["items"]["$ref"].rsplit("/", 1)[-1]
    return result


def choose(spec: dict[str, Any], resource: str) -> OperationEntry:
    """The resource's operation with the most to check: a JSON body, query parameters, a model."""

    def score(entry: OperationEntry) -> tuple[int, str]:
        op = operation(spec, entry)
        has_query = any(p.get("in") == "query" for p in op.get("parameters", []))
        success = op["responses"][min(code for code in op["responses"] if code.startswith("2"))]
        schema = ((success.get("content") or {}).get("application/json") or {}).get("schema") or {}
        returns_model = "$ref" in (schema["properties"]["data"] if is_envelope(schema) else schema)
        points = 4 * (json_body_schema(spec, entry) is not None) + 2 * has_query + returns_model
        return -points, entry.operation_id

    candidates = [e for e in OPERATIONS if top_resource(e) == resource and not is_multipart(spec, e)]
    return min(candidates, key=score)


# -- building a call ----------------------------------------------------------------------


def python_name(wire: str) -> str:
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(wire, "field_"))


def flattened(cls: Any, body: dict[str, Any]) -> dict[str, Any]:
    """Keyword arguments for a flattened body: each wire field under its Python name, typed."""
    kwargs: dict[str, Any] = {}
    public = [f.name for f in fields(cls) if not f.name.startswith("_")]
    for wire, value in body.items():
        probe = cls.from_dict({wire: value})
        (name,) = [n for n in public if getattr(probe, n) is not UNSET]
        kwargs[name] = getattr(probe, name)
    return kwargs


@dataclass
class Call:
    entry: OperationEntry
    kwargs: dict[str, Any]
    raw_path: str
    query: list[tuple[str, str]]
    body: Any  # the JSON body expected on the wire, or None
    response: Declared
    flattened: bool = False
    renamed: dict[str, str] = field(default_factory=dict)  # python kwarg -> wire field, where they differ
    multipart: list[tuple[str, str | None, bytes]] | None = None  # expected parts: (name, file name, bytes)
    headers: dict[str, str] = field(default_factory=dict)  # declared header parameters sent


def build_call(spec: dict[str, Any], entry: OperationEntry, signature: set[str]) -> Call:
    inputs = spec_values.operation_inputs(spec, entry.method, entry.path, full=True)
    kwargs: dict[str, Any] = {}
    raw_path = entry.path
    for wire, value in inputs["path"].items():
        kwargs[python_name(wire)] = value
        raw_path = raw_path.replace("{" + wire + "}", urllib.parse.quote(value, safe=""))
    for wire, value in inputs["query"].items():
        kwargs[python_name(wire)] = value
    # Declared header parameters are arguments; the idempotency header is the per-call option.
    headers = {w: str(v) for w, v in inputs["headers"].items() if w.lower() != "idempotency-key"}
    for wire, value in headers.items():
        kwargs[python_name(wire)] = value
    call = Call(
        entry,
        kwargs,
        raw_path,
        spec_values.query_pairs(inputs["query"]),
        None,
        declared_response(spec, entry),
        headers=headers,
    )
    schema = json_body_schema(spec, entry)
    if schema is not None:
        call.body = inputs["body"]
        if "body" in signature:
            kwargs["body"] = inputs["body"]
        else:
            cls = getattr(models, schema["$ref"].rsplit("/", 1)[-1])
            flat = flattened(cls, inputs["body"])
            kwargs.update(flat)
            call.flattened = True
            wire_of = {n: w for w, n in zip(inputs["body"], flat, strict=True)}
            call.renamed = {n: w for n, w in wire_of.items() if n != w}
    elif is_multipart(spec, entry):
        call.multipart = []
        for wire, value in inputs["body"].items():
            kwargs[python_name(wire)] = value
            call.multipart.append(
                (wire, None, (value if isinstance(value, str) else json.dumps(value)).encode())
            )
        for wire, many in inputs["files"].items():
            uploads = [File(b'{"n": %d}' % i, file_name=f"{wire}_{i}.json") for i in range(2 if many else 1)]
            kwargs[python_name(wire)] = uploads if many else uploads[0]
            call.multipart += [(wire, u.file_name, u.payload) for u in uploads]
    unknown = set(kwargs) - signature
    assert not unknown, f"{entry.facade} does not take {sorted(unknown)}"
    return call


def resolve(client: Any, facade: str) -> Any:
    target = client
    for part in facade.split("."):
        target = getattr(target, part)
    return target


# -- checking -----------------------------------------------------------------------------

_DATETIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)?")


def comparable(value: Any) -> Any:
    """JSON with date-times parsed, so `...Z` and `...+00:00` compare equal."""
    if isinstance(value, dict):
        return {k: comparable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [comparable(v) for v in value]
    if isinstance(value, str) and _DATETIME.fullmatch(value):
        return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    return value


def check_request(request: httpx.Request, call: Call) -> None:
    entry = call.entry
    assert request.method == entry.method
    assert request.url.scheme == "https" and request.url.host == "api.test"
    assert request.url.raw_path.decode().split("?")[0] == call.raw_path
    assert sorted(urllib.parse.parse_qsl(request.url.query.decode(), keep_blank_values=True)) == sorted(
        call.query
    )
    headers = request.headers
    assert headers["authorization"] == f"ApiKey {SECRET}"
    for name, value in call.headers.items():
        assert headers[name] == value
    assert headers["accept"] == "application/json"
    if entry.method == "GET":
        assert "idempotency-key" not in headers
    else:
        assert headers["idempotency-key"].strip()
    if call.body is not None:
        assert headers["content-type"] == "application/json"
        assert comparable(json.loads(request.content)) == comparable(call.body)
    elif call.multipart is not None:
        assert [(name, filename, data) for name, filename, _, data in multipart(request)] == call.multipart
    else:
        assert "content-type" not in headers
        assert request.content == b""


def check_result(result: Any, call: Call, asynchronous: bool) -> None:
    declared = call.response
    value = result
    if call.entry.pagination:
        assert isinstance(result, AsyncPage if asynchronous else SyncPage)
        value = result.response
    if declared.model is not None:
        cls = getattr(models, declared.model)
        assert type(value) is cls, (
            f"{call.entry.facade} returned {type(value).__name__}, declared {declared.model}"
        )
        if hasattr(cls, "to_dict"):
            assert comparable(value.to_dict()) == comparable(declared.payload)
        else:  # an enum
            assert value == cls(declared.payload)
    elif declared.items_of is not None:
        cls = getattr(models, declared.items_of)
        assert isinstance(value, list) and len(value) == len(declared.payload)
        assert all(type(item) is cls for item in value)
        assert [comparable(item.to_dict()) for item in value] == comparable(declared.payload)
    elif declared.body is None:
        assert value is None
    else:
        assert value == declared.payload


def responder(call: Call, seen: list[httpx.Request]) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        if call.response.body is None:
            return httpx.Response(call.response.status)
        return httpx.Response(call.response.status, json=call.response.body)

    return handler


def run_sync(make_client: Callable[..., Any], spec: dict[str, Any], entry: OperationEntry) -> Call:
    seen: list[httpx.Request] = []
    holder: dict[str, Call] = {}

    def handler(request: httpx.Request) -> httpx.Response:
        return responder(holder["call"], seen)(request)

    with make_client(handler) as novu:
        method = resolve(novu, entry.facade)
        call = holder["call"] = build_call(spec, entry, set(inspect.signature(method).parameters))
        result = method(**call.kwargs)
    assert len(seen) == 1
    check_request(seen[0], call)
    check_result(result, call, asynchronous=False)
    return call


def run_async(make_async_client: Callable[..., Any], spec: dict[str, Any], entry: OperationEntry) -> Call:
    seen: list[httpx.Request] = []
    holder: dict[str, Call] = {}

    def handler(request: httpx.Request) -> httpx.Response:
        return responder(holder["call"], seen)(request)

    async def go() -> Any:
        async with make_async_client(handler) as novu:
            method = resolve(novu, entry.facade)
            assert inspect.iscoroutinefunction(method)
            call = holder["call"] = build_call(spec, entry, set(inspect.signature(method).parameters))
            return await method(**call.kwargs)

    result = asyncio.run(go())
    assert len(seen) == 1
    check_request(seen[0], holder["call"])
    check_result(result, holder["call"], asynchronous=True)
    return holder["call"]


# -- one operation per top-level resource, sync and async --------------------------------


def test_resources_come_from_the_registry() -> None:
    assert "" in RESOURCES  # Events hoisted onto the client
    assert {"subscribers", "workflows", "topics", "translations"} <= set(RESOURCES)
    assert len(RESOURCES) == len({e.facade.split(".")[0] for e in OPERATIONS if "." in e.facade}) + 1


@pytest.mark.parametrize("resource", RESOURCES, ids=lambda r: r or "(client)")
def test_resource_operation_on_the_wire_sync(
    resource: str, spec: dict[str, Any], make_client: Callable[..., Any]
) -> None:
    entry = choose(spec, resource)
    call = run_sync(make_client, spec, entry)
    if json_body_schema(spec, entry) is not None:
        assert call.body is not None


@pytest.mark.parametrize("resource", RESOURCES, ids=lambda r: r or "(client)")
def test_resource_operation_on_the_wire_async(
    resource: str, spec: dict[str, Any], make_async_client: Callable[..., Any]
) -> None:
    run_async(make_async_client, spec, choose(spec, resource))


def test_the_choice_exercises_bodies_queries_and_models(spec: dict[str, Any]) -> None:
    chosen = [choose(spec, r) for r in RESOURCES]
    assert sum(json_body_schema(spec, e) is not None for e in chosen) >= len(RESOURCES) // 2
    assert [
        e for e in chosen if any(p.get("in") == "query" for p in operation(spec, e).get("parameters", []))
    ]
    assert [e for e in chosen if e.pagination]
    assert all(declared_response(spec, e).model or declared_response(spec, e).items_of for e in chosen)


def test_flattened_fields_use_python_names_and_send_wire_names(
    spec: dict[str, Any], make_client: Callable[..., Any]
) -> None:
    """Across the chosen operations, some flattened kwargs differ from their wire names."""
    renamed: dict[str, str] = {}
    for resource in RESOURCES:
        entry = choose(spec, resource)
        if json_body_schema(spec, entry) is None:
            continue
        call = run_sync(make_client, spec, entry)
        renamed.update(call.renamed)
    assert renamed, "expected camelCase wire fields to be snake_case keyword arguments"
    assert all(python != wire and python.islower() for python, wire in renamed.items())


# -- every operation, sync ------------------------------------------------------------------


@pytest.mark.parametrize("entry", OPERATIONS, ids=lambda e: e.facade)
def test_every_operation_on_the_wire(
    entry: OperationEntry, spec: dict[str, Any], make_client: Callable[..., Any]
) -> None:
    call = run_sync(make_client, spec, entry)
    assert (call.multipart is not None) == is_multipart(spec, entry)


# -- trigger: the flattened body with a renamed property -----------------------------------


def test_trigger_sends_wire_names(make_client: Callable[..., Any]) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        return httpx.Response(
            201, json={"data": {"acknowledged": True, "status": "processed", "transactionId": "tx-1"}}
        )

    with make_client(handler) as novu:
        result = novu.trigger(workflow_id="wf", to="s1", payload={"order": {"id": 7}, "tags": ["a"]})
        typed = novu.trigger(
            workflow_id="wf",
            to=models.SubscriberPayloadDto(subscriber_id="s1", first_name="Ada"),
            transaction_id="tx-1",
            idempotency_key="key-123",
        )
    first, second = seen
    assert (first.method, first.url.path) == ("POST", "/v1/events/trigger")
    assert json.loads(first.content) == {
        "name": "wf",
        "to": "s1",
        "payload": {"order": {"id": 7}, "tags": ["a"]},
    }
    assert first.headers["content-type"] == "application/json"
    assert first.headers["authorization"] == f"ApiKey {SECRET}"
    assert json.loads(second.content) == {
        "name": "wf",
        "to": {"subscriberId": "s1", "firstName": "Ada"},
        "transactionId": "tx-1",
    }
    assert second.headers["idempotency-key"] == "key-123"
    assert first.headers["idempotency-key"] != second.headers["idempotency-key"]
    for parsed in (result, typed):
        assert type(parsed) is models.TriggerEventResponseDto
        assert parsed.acknowledged is True
        assert parsed.transaction_id == "tx-1"
        assert parsed.status == models.TriggerEventResponseDtoStatus.PROCESSED


def test_trigger_async_sends_wire_names(make_async_client: Callable[..., Any]) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        return httpx.Response(201, json={"data": {"acknowledged": True, "status": "processed"}})

    async def go() -> Any:
        async with make_async_client(handler) as novu:
            return await novu.trigger(workflow_id="wf", to=["s1", "s2"], payload={"k": "v"})

    result = asyncio.run(go())
    assert json.loads(seen[0].content) == {"name": "wf", "to": ["s1", "s2"], "payload": {"k": "v"}}
    assert type(result) is models.TriggerEventResponseDto


# -- multipart uploads ----------------------------------------------------------------------


def multipart(request: httpx.Request) -> list[tuple[str, str | None, str | None, bytes]]:
    """(field name, file name, content type, bytes) of each part, in order."""
    content_type = request.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    message = BytesParser(policy=HTTP).parsebytes(
        b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + request.content
    )
    assert message.is_multipart()
    return [
        (
            part.get_param("name", header="content-disposition"),
            part.get_filename(),
            part.get_content_type() if part.get_filename() else None,
            part.get_payload(decode=True),
        )
        for part in message.iter_parts()
    ]


@pytest.fixture
def translation_files(tmp_path: Path) -> dict[str, Path]:
    files = {
        "en_US.json": {"welcome": {"title": "Hello"}},
        "fr_FR.json": {"welcome": {"title": "Bonjour"}},
    }
    paths = {}
    for name, content in files.items():
        path = tmp_path / "locales" / name
        path.parent.mkdir(exist_ok=True)
        path.write_text(json.dumps(content), encoding="utf-8")
        paths[name] = path
    return paths


def upload_responder(
    spec: dict[str, Any], facade: str, seen: list[httpx.Request]
) -> Callable[..., httpx.Response]:
    (entry,) = [e for e in OPERATIONS if e.facade == facade]
    declared = declared_response(spec, entry)

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        return httpx.Response(declared.status, json=declared.body)

    return handler


def test_translations_upload_sends_each_file_as_a_files_part(
    spec: dict[str, Any], make_client: Callable[..., Any], translation_files: dict[str, Path]
) -> None:
    seen: list[httpx.Request] = []
    en, fr = translation_files["en_US.json"], translation_files["fr_FR.json"]
    with make_client(upload_responder(spec, "translations.upload", seen)) as novu, en.open("rb") as en_file:
        result = novu.translations.upload(
            resource_id="welcome-email",
            resource_type="workflow",
            files=[en_file, File(fr.read_bytes(), file_name="fr_FR.json", mime_type="application/json")],
        )
    (request,) = seen
    assert (request.method, request.url.path) == ("POST", "/v2/translations/upload")
    assert request.headers["authorization"] == f"ApiKey {SECRET}"
    assert request.headers["idempotency-key"].strip()
    parts = multipart(request)
    assert [(name, filename) for name, filename, _, _ in parts] == [
        ("resourceId", None),
        ("resourceType", None),
        ("files", "en_US.json"),  # the base name, never the local path
        ("files", "fr_FR.json"),
    ]
    assert parts[0][3] == b"welcome-email"
    assert parts[1][3] == b"workflow"
    assert parts[2][3] == en.read_bytes()
    assert parts[3][3] == fr.read_bytes()
    assert parts[3][2] == "application/json"
    assert str(en.parent).encode() not in request.content
    assert type(result) is models.UploadTranslationsResponseDto


def test_translations_upload_async(
    spec: dict[str, Any], make_async_client: Callable[..., Any], translation_files: dict[str, Path]
) -> None:
    seen: list[httpx.Request] = []

    async def go() -> Any:
        async with make_async_client(upload_responder(spec, "translations.upload", seen)) as novu:
            return await novu.translations.upload(
                resource_id="welcome-email",
                resource_type=models.TranslationControllerUploadTranslationFilesBodyResourceType.LAYOUT,
                files=[File(p.read_bytes(), file_name=name) for name, p in sorted(translation_files.items())],
            )

    result = asyncio.run(go())
    parts = multipart(seen[0])
    assert [(n, f) for n, f, _, _ in parts if f] == [("files", "en_US.json"), ("files", "fr_FR.json")]
    assert dict((n, v) for n, f, _, v in parts if not f) == {
        "resourceId": b"welcome-email",
        "resourceType": b"layout",
    }
    assert type(result) is models.UploadTranslationsResponseDto


def test_translations_master_upload_sends_one_file_part(
    spec: dict[str, Any], make_client: Callable[..., Any], translation_files: dict[str, Path]
) -> None:
    seen: list[httpx.Request] = []
    en = translation_files["en_US.json"]
    with (
        make_client(upload_responder(spec, "translations.master.upload", seen)) as novu,
        en.open("rb") as handle,
    ):
        result = novu.translations.master.upload(file=handle)
    (request,) = seen
    assert (request.method, request.url.path) == ("POST", "/v2/translations/master-json/upload")
    assert multipart(request) == [("file", "en_US.json", "application/json", en.read_bytes())]
    (entry,) = [e for e in OPERATIONS if e.facade == "translations.master.upload"]
    assert type(result).__name__ == declared_response(spec, entry).model
