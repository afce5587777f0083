"""Turn the spec's wire-level sample inputs into facade calls, run them, and judge the outcome.

`tests/spec_values.py` gives, for every operation, path/query/body values under their wire
names. The facade takes Python keyword arguments instead: parameters by their Python names,
body fields flattened into keywords (or one `body=` argument), enums as members, files as
`novu_api.File`. This module does that translation from the generated code itself (the
operation module's `_parts` signature and the models' `from_dict`), never from a hand-kept
table, then calls the facade method and records what Prism answered.
"""

from __future__ import annotations

import datetime
import enum
import functools
import importlib
import inspect
import json
import re
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

import attrs
import httpx

import novu_api
from novu_api import File
from novu_api._codec import encode
from novu_api._types import UNSET
from novu_api.operations import OPERATIONS, OperationEntry
from novu_api.pagination import AsyncPage, SyncPage
from tests.conformance.known_defects import KNOWN_DEFECTS
from tests.spec_values import conforms, operation_inputs, query_pairs, resolve

DYNAMIC_RUNS = 3
PREFER_DYNAMIC = {"Prefer": "dynamic=true"}
VARIANTS = ("minimal", "full")

# Uploaded files: the API wants JSON documents named after a locale.
UPLOAD_NAME = "en_US.json"
UPLOAD_BODY = b'{"welcome": "Hello"}'


# --------------------------------------------------------------------------------------------
# The registry, seen from the facade


def resource_of(entry: OperationEntry) -> str:
    """Top-level resource of an operation; operations hoisted onto the client are "root"."""
    parts = entry.facade.split(".")
    return parts[0] if len(parts) > 1 else "root"


def facade_method(client: Any, entry: OperationEntry) -> Any:
    target = client
    for name in entry.facade.split("."):
        target = getattr(target, name)
    return target


@functools.cache
def op_module(entry: OperationEntry) -> ModuleType:
    return importlib.import_module(entry.module)


def declared_return(entry: OperationEntry) -> str:
    """The Python type the operation parses a success into, as written in the module."""
    return str(op_module(entry)._parse.__annotations__["return"])


def _split_union(annotation: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for index, char in enumerate(annotation):
        depth += char == "["
        depth -= char == "]"
        if char == "|" and depth == 0:
            parts.append(annotation[start:index].strip())
            start = index + 1
    parts.append(annotation[start:].strip())
    return parts


def model_class(name: str) -> Any | None:
    """The generated class (model or enum) of that name, if there is one."""
    if name not in novu_api.models._MODULES:
        return None
    return getattr(novu_api.models, name)


def is_instance(annotation: str, value: Any) -> bool:
    """Whether `value` is of the type an annotation string of the generated code names."""
    options = _split_union(annotation)
    if len(options) > 1:
        return any(is_instance(option, value) for option in options)
    name = annotation.strip()
    if name == "None":
        return value is None
    if name == "Any":
        return True
    if name == "bool":
        return isinstance(value, bool)
    if name in ("float", "int"):
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if name == "str":
        return isinstance(value, str)
    if name.startswith("list[") and name.endswith("]"):
        # A list of models keeps a null item as None (model_list), so None is allowed inside.
        return isinstance(value, list) and all(v is None or is_instance(name[5:-1], v) for v in value)
    if name.startswith("dict["):
        return isinstance(value, dict)
    cls = model_class(name)
    if cls is None:
        raise AssertionError(f"unknown type {name!r} in a generated annotation")
    return isinstance(value, cls)


# --------------------------------------------------------------------------------------------
# Wire inputs -> facade keyword arguments


@functools.cache
def parameter_names(entry: OperationEntry) -> dict[str, str]:
    """Wire name -> Python name of every path, query and header parameter of an operation.

    Read from the generated module's own table (`_PARAMETERS`), not probed.
    """
    return dict(op_module(entry)._PARAMETERS)


def _enum_classes(annotation: str) -> list[type[enum.Enum]]:
    found = []
    for name in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", annotation):
        cls = model_class(name)
        if isinstance(cls, type) and issubclass(cls, enum.Enum):
            found.append(cls)
    return found


def _as_enum(classes: list[type[enum.Enum]], value: Any) -> Any:
    for cls in classes:
        member = cls._value2member_map_.get(value) if isinstance(value, (str, int)) else None
        if member is not None:
            return member
    return value


def python_value(annotation: str, value: Any) -> Any:
    """A wire parameter value as a caller would pass it: enum values as enum members."""
    classes = _enum_classes(annotation)
    if not classes:
        return _typed(annotation, value)
    if isinstance(value, list):
        return [_as_enum(classes, item) for item in value]
    return _as_enum(classes, value)


def _typed(annotation: str, value: Any) -> Any:
    """A query value the document gives as text, as the Python type the argument declares
    (the SDK refuses `limit="10"` where a number is declared)."""
    if isinstance(value, list):
        return [_typed(annotation, item) for item in value]
    if not isinstance(value, str):
        return value
    kinds = {part.strip() for part in re.split(r"[|\[\],]", annotation)}
    if "str" in kinds:
        return value
    if "bool" in kinds and value in ("true", "false"):
        return value == "true"
    if kinds & {"float", "int"}:
        try:
            number = float(value)
        except ValueError:
            return value
        return int(number) if "int" in kinds or number.is_integer() else number
    return value


def _body_model(spec: Mapping[str, Any], annotation: str, wire: Any) -> Any | None:
    """The model class to decode a wire body into (the member it matches, for a union)."""
    members = [model_class(n) for n in _split_union(annotation)]
    members = [m for m in members if m is not None and attrs.has(m)]
    if len(members) <= 1:
        return members[0] if members else None
    schemas = spec.get("components", {}).get("schemas", {})
    matching = [m for m in members if m.__name__ in schemas and conforms(spec, schemas[m.__name__], wire)]
    assert len(matching) == 1, f"body {wire!r} matches {[m.__name__ for m in matching]} of {annotation}"
    return matching[0]


def upload(name: str) -> File:
    return File(payload=UPLOAD_BODY, file_name=name, mime_type="application/json")


@dataclass
class FacadeCall:
    entry: OperationEntry
    variant: str
    kwargs: dict[str, Any]
    wire: dict[str, Any]  # the spec_values inputs (wire names), which the request must carry
    envelope: bool  # the spec declares the success body as `{"data": <payload>}`

    def describe(self) -> str:
        shown = {k: v for k, v in self.wire.items() if v not in (None, {}, [])}
        return f"{self.entry.method} {self.entry.path} [{self.variant}] wire inputs {shown}"


def facade_arguments(spec: Mapping[str, Any], entry: OperationEntry, method: Any, variant: str) -> FacadeCall:
    """Keyword arguments for `method` (the facade method of `entry`) from the spec's sample inputs."""
    inputs = operation_inputs(spec, entry.method, entry.path, full=variant == "full")
    # The idempotency header is the per-call option every call sends, not an argument.
    headers = {w: v for w, v in inputs["headers"].items() if w.lower() != "idempotency-key"}
    facade_params = inspect.signature(method).parameters
    parts_params = inspect.signature(op_module(entry)._parts).parameters
    names = parameter_names(entry)
    kwargs: dict[str, Any] = {}
    for wire, value in [*inputs["path"].items(), *inputs["query"].items(), *headers.items()]:
        python = names[wire]
        kwargs[python] = python_value(str(parts_params[python].annotation), value)

    wire_body = inputs["body"]
    if inputs["files"]:
        wire_body = dict(wire_body or {})
        for name, many in inputs["files"].items():
            wire_body[name] = [upload(UPLOAD_NAME)] if many else upload(UPLOAD_NAME)
    if "body" in parts_params and (wire_body is not None or inputs["content_type"] is not None):
        annotation = str(parts_params["body"].annotation)
        cls = _body_model(spec, annotation, wire_body)
        body = cls.from_dict(wire_body) if cls is not None and isinstance(wire_body, dict) else wire_body
        if "body" in facade_params:
            kwargs["body"] = body
        else:
            # Flattened: each body field is a keyword argument of the facade method.
            assert cls is not None and body is not wire_body, (
                f"{entry.operation_id}: flattened body without a model"
            )
            lost = set(body.additional_properties)
            assert not lost, f"{entry.operation_id}: the facade cannot send body properties {sorted(lost)}"
            for attribute in attrs.fields(cls):
                if attribute.name.startswith("_"):
                    continue  # bookkeeping (_src, _extra), not a body field
                value = getattr(body, attribute.name)
                if value is UNSET:
                    continue
                assert attribute.name in facade_params, (
                    f"{entry.operation_id}: facade has no argument {attribute.name!r}"
                )
                kwargs[attribute.name] = value
    unknown = set(kwargs) - set(facade_params)
    assert not unknown, f"{entry.operation_id}: facade method has no arguments {sorted(unknown)}"
    return FacadeCall(entry, variant, kwargs, dict(inputs), declared_envelope(spec, entry))


def declared_envelope(spec: Mapping[str, Any], entry: OperationEntry) -> bool:
    """Whether the spec's success response is an object whose only property is `data`."""
    responses = spec["paths"][entry.path][entry.method.lower()].get("responses", {})
    for code, raw in sorted(responses.items()):
        if not code.startswith("2"):
            continue
        schema = resolve(spec, raw).get("content", {}).get("application/json", {}).get("schema")
        if schema is None:
            return False
        return set(resolve(spec, schema).get("properties", {})) == {"data"}
    return False


# --------------------------------------------------------------------------------------------
# Outcomes


def _side(violation: Mapping[str, Any]) -> str:
    location = violation.get("location") or ["request"]
    return "response" if location[0] == "response" else "request"


@dataclass
class Outcome:
    call: FacadeCall
    status: int | None = None
    violations: list[dict[str, Any]] = field(default_factory=list)
    result: Any = None
    error: BaseException | None = None
    request: httpx.Request | None = None  # what the SDK sent, as Prism received it
    body: Any = None  # the JSON Prism answered with (None when there was none)

    @property
    def request_errors(self) -> list[dict[str, Any]]:
        return [v for v in self.violations if _side(v) == "request" and v.get("severity") == "Error"]

    @property
    def accepted(self) -> bool:
        return self.status is not None and self.status < 400 and not self.request_errors

    @property
    def parse_problem(self) -> str | None:
        """Why the call did not produce its declared type, or None when it did."""
        if self.error is not None:
            return f"{type(self.error).__name__}: {self.error}"
        entry = self.call.entry
        value = self.result
        if entry.pagination:
            expected_page = AsyncPage if isinstance(value, AsyncPage) else SyncPage
            if not isinstance(value, expected_page):
                return f"expected a page, got {type(value).__name__}"
            if not isinstance(value.data, list):
                return "page.data is not a list"
            value = value.response
        declared = declared_return(entry)
        if not is_instance(declared, value):
            return f"expected {declared}, got {type(value).__name__}: {value!r:.200}"
        if declared == "None":
            return None
        # Lossless: encoded back, the value is the payload the server sent (unknown fields and
        # enum values included), taken out of the spec's `{"data": ...}` envelope if declared.
        body = self.body
        payload = body["data"] if self.call.envelope and isinstance(body, dict) and "data" in body else body
        difference = first_difference(encode(value), payload)
        if difference is not None:
            return f"the decoded value differs from the response payload at {difference}"
        return None

    @property
    def parses(self) -> bool:
        return self.parse_problem is None

    @property
    def request_problem(self) -> str | None:
        """How the request the SDK sent differs from the spec's inputs, or None when it carries them all."""
        if self.request is None:
            return "no request reached the server"
        return request_mismatch(self.call, self.request)

    def explain(self) -> str:
        lines = [self.call.describe(), f"status {self.status}"]
        lines += [
            f"  {v.get('severity')}: {'.'.join(map(str, v.get('location', [])))}: {v.get('message')}"
            for v in self.violations
        ]
        if self.error is not None:
            lines.append(f"  raised {type(self.error).__name__}: {self.error}")
        return "\n".join(lines)


def _datetime(text: str) -> datetime.datetime | None:
    try:
        return datetime.datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith("Z") else text)
    except ValueError:
        return None


def same_value(sent: Any, expected: Any) -> bool:
    """JSON equality, where two spellings of one instant ("...Z", "...+00:00") are equal."""
    if isinstance(sent, dict) and isinstance(expected, dict):
        return sent.keys() == expected.keys() and all(same_value(sent[k], expected[k]) for k in sent)
    if isinstance(sent, list) and isinstance(expected, list):
        return len(sent) == len(expected) and all(
            same_value(a, b) for a, b in zip(sent, expected, strict=True)
        )
    if isinstance(sent, bool) or isinstance(expected, bool):
        return type(sent) is type(expected) and sent == expected
    if isinstance(sent, str) and isinstance(expected, str) and sent != expected:
        when = _datetime(sent)
        return when is not None and when == _datetime(expected)
    return bool(sent == expected)


def first_difference(sent: Any, expected: Any, path: str = "$") -> str | None:
    """Where two JSON values differ (see `same_value`), or None when they do not."""
    if isinstance(sent, dict) and isinstance(expected, dict):
        for key in sorted(sent.keys() | expected.keys()):
            if key not in sent:
                return f"{path}.{key}: missing, expected {json.dumps(expected[key])[:100]}"
            if key not in expected:
                return f"{path}.{key}: not in the response, got {sent[key]!r:.100}"
            found = first_difference(sent[key], expected[key], f"{path}.{key}")
            if found:
                return found
        return None
    if isinstance(sent, list) and isinstance(expected, list) and len(sent) == len(expected):
        for index, (a, b) in enumerate(zip(sent, expected, strict=True)):
            found = first_difference(a, b, f"{path}[{index}]")
            if found:
                return found
        return None
    if same_value(sent, expected):
        return None
    return f"{path}: got {sent!r:.100}, expected {expected!r:.100}"


def _same_text(sent: str, expected: str) -> bool:
    if sent == expected:
        return True
    try:
        return float(sent) == float(expected)
    except ValueError:
        return same_value(sent, expected)


def request_mismatch(call: FacadeCall, request: httpx.Request) -> str | None:
    """Whether the SDK put every path, query and body input on the wire, unchanged."""
    wire = call.wire
    path = call.entry.path
    for name, value in wire["path"].items():
        path = path.replace("{" + name + "}", urllib.parse.quote(value, safe=""))
    sent_path = request.url.raw_path.decode().split("?")[0]
    if sent_path != path:
        return f"path {sent_path!r}, expected {path!r}"
    sent_query = sorted(urllib.parse.parse_qsl(request.url.query.decode(), keep_blank_values=True))
    expected_query = sorted(query_pairs(wire["query"]))
    if len(sent_query) != len(expected_query) or not all(
        a[0] == b[0] and _same_text(a[1], b[1]) for a, b in zip(sent_query, expected_query, strict=True)
    ):
        return f"query {sent_query}, expected {expected_query}"
    content = request.read()
    content_type = wire["content_type"]
    if content_type is None:
        return f"a body was sent, none expected: {content[:200]!r}" if content else None
    if content_type.startswith("multipart/"):
        text = content.decode("utf-8", "replace")
        for name, value in (wire["body"] or {}).items():
            shown = value if isinstance(value, str) else json.dumps(value)
            if f'name="{name}"\r\n\r\n{shown}\r\n' not in text:
                return f"multipart field {name!r} is not {shown!r}"
        for name in wire["files"]:
            if f'name="{name}"; filename="{UPLOAD_NAME}"' not in text:
                return f"multipart file {name!r} is missing"
        return None
    try:
        sent = json.loads(content)
    except ValueError:
        return f"the body is not JSON: {content[:200]!r}"
    if not same_value(sent, wire["body"]):
        return f"body {json.dumps(sent)[:500]}, expected {json.dumps(wire['body'])[:500]}"
    return None


def json_body(response: httpx.Response) -> Any:
    if not response.content:
        return None
    try:
        return json.loads(response.content)
    except ValueError:
        return None


def violations_of(response: httpx.Response | None) -> list[dict[str, Any]]:
    if response is None:
        return []
    found: list[dict[str, Any]] = []
    header = response.headers.get("sl-violations")
    if header:
        found.extend(json.loads(header))
    if response.headers.get("content-type", "").startswith("application/problem+json"):
        try:
            found.extend(json.loads(response.content).get("validation", []))
        except ValueError:
            pass
    return found


class Recorder:
    """An `after_response` hook keeping the last response the client received."""

    def __init__(self) -> None:
        self.last: httpx.Response | None = None

    def __call__(self, response: httpx.Response) -> None:
        self.last = response


def _observe(outcome: Outcome, response: httpx.Response | None) -> Outcome:
    if response is not None:
        outcome.status = response.status_code
        outcome.violations = violations_of(response)
        outcome.request = response.request
        outcome.body = json_body(response)
    return outcome


def run_sync(
    client: Any, recorder: Recorder, call: FacadeCall, headers: dict[str, str] | None = None
) -> Outcome:
    """Call the facade method of `call` on a `Novu` client whose `after_response` hook is `recorder`."""
    recorder.last = None
    outcome = Outcome(call)
    try:
        outcome.result = facade_method(client, call.entry)(
            **call.kwargs, max_retries=0, extra_headers=headers
        )
    except novu_api.NovuError as error:
        outcome.error = error
    return _observe(outcome, recorder.last)


async def run_async(
    client: Any, recorder: Recorder, call: FacadeCall, headers: dict[str, str] | None = None
) -> Outcome:
    """The same on an `AsyncNovu` client."""
    recorder.last = None
    outcome = Outcome(call)
    try:
        outcome.result = await facade_method(client, call.entry)(
            **call.kwargs, max_retries=0, extra_headers=headers
        )
    except novu_api.NovuError as error:
        outcome.error = error
    return _observe(outcome, recorder.last)


def still_defective(outcome: Outcome) -> str | None:
    """None when a known defect still makes Prism reject the request as documented."""
    defect = KNOWN_DEFECTS[outcome.call.entry.operation_id]
    if outcome.accepted:
        return f"now accepted: remove it from KNOWN_DEFECTS ({defect.reason})"
    messages = [str(v.get("message", "")) for v in outcome.request_errors]
    if not any(defect.violation in m for m in messages):
        return f"rejected for another reason than {defect.violation!r}: {messages}"
    return None


# --------------------------------------------------------------------------------------------
# The tally behind the summary line


@dataclass
class Tally:
    accepted: dict[str, bool] = field(default_factory=dict)
    static: dict[str, bool] = field(default_factory=dict)
    dynamic: dict[str, bool] = field(default_factory=dict)
    async_sample: dict[str, bool] = field(default_factory=dict)
    strict: dict[str, bool] = field(default_factory=dict)
    strict_raised: set[str] = field(default_factory=set)  # a deviation recorded, and raised when strict

    def record(self, kind: str, op_id: str, ok: bool) -> None:
        table: dict[str, bool] = getattr(self, kind)
        table[op_id] = table.get(op_id, True) and ok

    def summary(self) -> str | None:
        if not (self.accepted or self.async_sample):
            return None

        def ratio(table: dict[str, bool]) -> str:
            return f"{sum(table.values())}/{len(table)}"

        line = (
            f"conformance: {ratio(self.accepted)} accepted, {ratio(self.static)} parsed static, "
            f"{ratio(self.dynamic)} parsed dynamic ({DYNAMIC_RUNS} runs)"
        )
        if self.async_sample:
            resources = len({resource_of(e) for e in OPERATIONS if e.operation_id in self.async_sample})
            line += f"; async {ratio(self.async_sample)} sampled ({resources} resources)"
        if self.strict:
            line += (
                f"; strict mode {ratio(self.strict)} (raised at a recorded path for "
                f"{len(self.strict_raised)}, the same value for the rest)"
            )
        return line


TALLY = Tally()


def async_sample() -> dict[str, OperationEntry]:
    """Operations for the async client, by operation id: one per resource (a GET where there
    is one), plus one per pagination style and one per way of passing a request body
    (flattened keywords, `body=`, multipart files). Known defects are left out."""
    candidates = sorted(
        (e for e in OPERATIONS if e.operation_id not in KNOWN_DEFECTS),
        key=lambda e: (e.method != "GET", e.operation_id),
    )
    chosen: dict[str, OperationEntry] = {}
    per_resource: dict[str, OperationEntry] = {}
    for entry in candidates:
        per_resource.setdefault(resource_of(entry), entry)
    chosen.update((e.operation_id, e) for e in per_resource.values())

    def first(predicate: Any) -> None:
        entry = next((e for e in candidates if predicate(e)), None)
        assert entry is not None, "no operation of that kind in the registry"
        chosen.setdefault(entry.operation_id, entry)

    for style in sorted({e.pagination for e in OPERATIONS if e.pagination}):
        first(lambda e, style=style: e.pagination == style)
    first(lambda e: body_style(e) == "flattened")
    first(lambda e: body_style(e) == "body")
    first(lambda e: body_style(e) == "multipart")
    return dict(sorted(chosen.items()))


def body_style(entry: OperationEntry) -> str | None:
    """How the facade takes the operation's body: "flattened", "body", "multipart" or None."""
    parts = op_module(entry)._parts
    if "body" not in inspect.signature(parts).parameters:
        return None
    if "multipart_parts" in inspect.getsource(parts):
        return "multipart"
    return "body" if "body" in facade_parameters(entry) else "flattened"


@functools.cache
def facade_parameters(entry: OperationEntry) -> tuple[str, ...]:
    """Parameter names of the facade method, read off a client that never sends anything."""
    with novu_api.Novu(secret_key="unused", server_url="http://127.0.0.1:9") as client:
        return tuple(inspect.signature(facade_method(client, entry)).parameters)
