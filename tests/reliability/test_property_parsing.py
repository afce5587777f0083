"""Property-based parsing: every component schema of the pinned spec, generated and mutated.

For each of the document's component schemas (with our overlay applied, as the generator sees
it), hypothesis generates instances that are valid against the schema; `from_dict` then
`to_dict` must give the input back. Each instance is then mutated once (an extra field, an
unknown enum string, a non-date string, a dropped field, a value of the wrong JSON type, a
null) and must either parse leniently, losing nothing (`to_dict` gives the mutated input
back), or raise `DecodeError` whose `.json_path()` is exactly where the mutation was. A sample
of operations runs the same through the whole client pipeline, where the DecodeError becomes
a ResponseValidationError carrying the path.

How instances are generated. The OpenAPI 3.0 schemas are translated to JSON Schema (draft 7,
refs into a `definitions` map; see `translate`), and every instance is validated against that
translation with `jsonschema`. hypothesis-jsonschema's `from_schema` generates the leaves (the
ref-free parts: strings, numbers, enums, inline objects), while the structure made of `$ref`s
is composed here with hypothesis strategies (`Compiler`): handing a whole nested schema to
hypothesis-jsonschema makes it re-canonicalise sub-schemas while drawing, which takes minutes
per large schema (WebhookUpdatedWorkflowDto alone took 350 s for 5 examples).

Translation choices (each one documented where it is made):
- `nullable: true` -> `anyOf: [schema, {type: null}]` (and `null` added to an enum);
- `oneOf` -> `anyOf`: members overlap (objects allow any extra key), so "exactly one" would
  reject valid documents; `discriminator` is dropped (the tag is in each member's schema);
- `format: date-time` -> a custom format generating `datetime.isoformat()` strings in UTC, the
  spelling the SDK writes back (a parsed date-time round-trips by instant, not by spelling:
  see `test_date_times_round_trip_by_instant`); other formats (`uuid`, `binary`) are dropped;
- `pattern` is dropped: Novu's patterns include JavaScript regex literals ("/^...$/") and
  placeholders ("SLUG_IDENTIFIER_REGEX") no string can match, and the SDK does not check them;
- `additionalProperties` beside an `allOf` is dropped: Novu means the referenced object's
  extra keys, but as JSON Schema it would constrain every key of the object;
- `example`, `description`, `default`, `deprecated`, `readOnly`, `x-*` are dropped;
- for generation only: arrays hold at most 2 items, free-form objects at most 2 scalar members,
  objects with declared properties get no undeclared ones (the "extra field" mutation adds
  those), and a recursive schema is unrolled twice.

The run is bounded (`derandomize=True`, a few examples per schema, no deadline) and takes
well under a minute on two cores.
"""

from __future__ import annotations

import copy
import datetime as dt
import enum
import json
import re
from collections.abc import Iterator
from functools import cache
from typing import Any

import httpx
import hypothesis.internal.conjecture.utils as _conjecture_utils
import hypothesis_jsonschema._from_schema as _hjs_from_schema
import jsonschema
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

import novu_api.models as models
from novu_api import errors
from novu_api._codec import DecodeError, deviations
from novu_api._codec import encode as sdk_encode

from .conftest import Tally


# -- hypothesis-jsonschema 0.23.1 on hypothesis 6.170 ----------------------------------------
class _ManyWithMore:
    """hypothesis-jsonschema 0.23.1 draws object members with `many(...).more()`; the pinned
    hypothesis replaced that protocol with `with many(...) as m: for _ in m:`. This adapter
    gives the old protocol over the new class, so that `from_schema` can draw objects at all
    (without it every object schema fails with "'many' object has no attribute 'more'")."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._many = _conjecture_utils.many(*args, **kwargs)
        self._many.__enter__()
        self._elements = iter(self._many)

    def more(self) -> bool:
        for _ in self._elements:
            return True
        self._many.__exit__(None, None, None)
        return False

    def reject(self, why: str | None = None) -> None:
        self._many.reject(why)


class _ConjectureUtils:
    many = _ManyWithMore

    def __getattr__(self, name: str) -> Any:
        return getattr(_conjecture_utils, name)


if not hasattr(_conjecture_utils.many, "more"):
    _hjs_from_schema.cu = _ConjectureUtils()  # type: ignore[assignment]


# -- OpenAPI 3.0 -> JSON Schema ---------------------------------------------------------------
DATE_TIME = "novu-date-time"
FORMATS = {DATE_TIME: st.datetimes(timezones=st.just(dt.timezone.utc)).map(lambda d: d.isoformat())}
DROPPED = {
    "description",
    "example",
    "examples",
    "default",
    "deprecated",
    "readOnly",
    "writeOnly",
    "xml",
    "externalDocs",
    "title",
    "discriminator",
    "pattern",
    "nullable",
}
SCALAR = {"type": ["string", "number", "boolean", "null"], "maxLength": 8}
TAGGED = "~"  # "Member~type=email": Member with its discriminator property pinned to "email"


def translate(node: Any) -> Any:
    """One OpenAPI 3.0 schema object as JSON Schema, with refs into `#/definitions/`."""
    if isinstance(node, list):
        return [translate(item) for item in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key.startswith("x-") or key in DROPPED:
            continue
        if key == "$ref":
            out[key] = "#/definitions/" + value.rsplit("/", 1)[1]
        elif key == "format":
            if value == "date-time":
                out[key] = DATE_TIME
        elif key in ("oneOf", "anyOf") and (node.get("discriminator") or {}).get("mapping"):
            # OpenAPI's rule, which JSON Schema lacks: the tag names the member. Each mapped
            # member is allowed only with its own tag value (a derived definition, `definitions()`).
            d = node["discriminator"]
            out["anyOf"] = [
                {"$ref": f"#/definitions/{ref.rsplit('/', 1)[1]}{TAGGED}{d['propertyName']}={tag}"}
                for tag, ref in d["mapping"].items()
            ]
        elif key == "oneOf":
            out["anyOf"] = translate(value)
        elif key == "properties":
            out[key] = {name: translate(schema) for name, schema in value.items()}
        elif key in ("enum", "required"):
            out[key] = list(value)
        elif key == "additionalProperties" and "allOf" in node:
            continue
        else:
            out[key] = translate(value)
    if node.get("nullable"):
        if "enum" in out:
            out["enum"] = [*out["enum"], None]
        out = {"anyOf": [out, {"type": "null"}]}
    return out


def _has_ref(node: Any) -> bool:
    if isinstance(node, dict):
        return "$ref" in node or any(_has_ref(v) for v in node.values())
    if isinstance(node, list):
        return any(_has_ref(v) for v in node)
    return False


def _bounded(node: Any) -> Any:
    """Generation-only size bounds on a ref-free schema."""
    if isinstance(node, list):
        return [_bounded(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {k: (v if k in ("enum", "required") else _bounded(v)) for k, v in node.items()}
    if "properties" in node:
        out["properties"] = {name: _bounded(schema) for name, schema in node["properties"].items()}
    if out.get("type") == "array":
        out["maxItems"] = min(out.get("maxItems", 2), 2)
    free_form = out.get("type") == "object" and "properties" not in out
    if free_form and not isinstance(out.get("additionalProperties"), dict):
        return {"type": "object", "maxProperties": 2, "additionalProperties": SCALAR}
    if "properties" in out and not isinstance(out.get("additionalProperties"), dict):
        out["additionalProperties"] = False
    return out or dict(SCALAR)


class Compiler:
    """Strategies for translated schemas: `$ref` structure composed here, leaves from
    hypothesis-jsonschema; a recursive reference is followed `max_depth` times, then left out."""

    def __init__(self, definitions: dict[str, Any], max_depth: int = 2) -> None:
        self.definitions = definitions
        self.max_depth = max_depth
        self.refs: dict[tuple[str, int], st.SearchStrategy[Any]] = {}
        self.leaves: dict[str, st.SearchStrategy[Any]] = {}

    def schema(self, name: str) -> st.SearchStrategy[Any]:
        return self.compile({"$ref": f"#/definitions/{name}"}, ())

    def compile(self, node: Any, stack: tuple[str, ...]) -> st.SearchStrategy[Any]:
        if node is True or node == {}:
            return self.leaf(SCALAR)
        if not _has_ref(node):
            return self.leaf(_bounded(node))
        if "$ref" in node:
            name = node["$ref"].rsplit("/", 1)[1]
            depth = stack.count(name)
            if depth > self.max_depth:
                return st.nothing()
            key = (name, depth)
            if key not in self.refs:
                self.refs[key] = st.deferred(lambda: self.compile(self.definitions[name], (*stack, name)))
            return self.refs[key]
        if "allOf" in node:
            (only,) = node["allOf"]  # Novu's allOf always wraps one $ref
            return self.compile(only, stack)
        # A member cut off by the recursion limit can draw nothing: leave it out (an array is
        # then empty, an optional member absent, a union has one member less).
        if "anyOf" in node:
            members = [self.compile(member, stack) for member in node["anyOf"]]
            return st.one_of([m for m in members if not m.is_empty])
        if node.get("type") == "array":
            items = self.compile(node.get("items", {}), stack)
            if items.is_empty:
                return st.just([])
            return st.lists(items, max_size=min(node.get("maxItems", 2), 2))
        properties = node.get("properties", {})
        extra = node.get("additionalProperties")
        if not properties and isinstance(extra, dict):
            values = self.compile(extra, stack)
            return (
                st.just({}) if values.is_empty else st.dictionaries(st.text(max_size=6), values, max_size=2)
            )
        required = set(node.get("required", []))
        members = {name: self.compile(schema, stack) for name, schema in properties.items()}
        return st.fixed_dictionaries(
            {k: v for k, v in members.items() if k in required},
            optional={k: v for k, v in members.items() if k not in required and not v.is_empty},
        )

    def leaf(self, node: Any) -> st.SearchStrategy[Any]:
        key = json.dumps(node, sort_keys=True)
        if key not in self.leaves:
            self.leaves[key] = from_schema(node, custom_formats=FORMATS)
        return self.leaves[key]


@cache
def document() -> dict[str, Any]:
    from generator.spec import apply_overlay, load_document, load_overlay

    overlaid, _missed = apply_overlay(load_document(), load_overlay(), warn=False)
    return overlaid


@cache
def definitions() -> dict[str, Any]:
    out = {name: translate(schema) for name, schema in document()["components"]["schemas"].items()}
    tagged = set(re.findall(r"#/definitions/([^\"]+" + TAGGED + r"[^\"]+)", json.dumps(out)))
    for name in sorted(tagged):
        member, _, pin = name.partition(TAGGED)
        prop, _, tag = pin.partition("=")
        derived = copy.deepcopy(out[member])
        derived.setdefault("properties", {})[prop] = {"const": tag}
        derived["required"] = sorted({*derived.get("required", []), prop})
        out[name] = derived
    return out


@cache
def compiler() -> Compiler:
    return Compiler(definitions())


@cache
def validator(name: str) -> jsonschema.Draft7Validator:
    return jsonschema.Draft7Validator({"definitions": definitions(), "$ref": f"#/definitions/{name}"})


SCHEMAS = sorted(document()["components"]["schemas"])

REQUIRED = {
    name: frozenset(schema.get("required", []))
    for name, schema in document()["components"]["schemas"].items()
}

# The one list of component schemas no instance is generated for, each with its reason. The
# count is reported in the summary line; aim to keep it empty.
NOT_GENERATED: dict[str, str] = {}


# -- decoding as the generated operations do -------------------------------------------------
def decode(name: str, value: Any) -> Any:
    cls = getattr(models, name)
    if isinstance(cls, type) and issubclass(cls, enum.Enum):
        return cls._value2member_map_.get(value, value) if isinstance(value, (str, int)) else value
    if not isinstance(value, dict):
        raise DecodeError([], f"expected an object for {name}, got {type(value).__name__}")
    return cls.from_dict(value)


def json_path(path: tuple[str | int, ...]) -> str:
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)


# -- mutations ---------------------------------------------------------------------------------
def _walk(value: Any, path: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], Any]]:
    yield path, value
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _walk(item, (*path, index))


def _replace(value: Any, path: tuple[str | int, ...], new: Any) -> Any:
    if not path:
        return new
    out = copy.deepcopy(value)
    target = out
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = new
    return out


def _enum_strings() -> frozenset[str]:
    found: set[str] = set()

    def visit(node: Any) -> None:
        if isinstance(node, dict):
            for value in node.get("enum", []) if isinstance(node.get("enum"), list) else []:
                if isinstance(value, str):
                    found.add(value)
            for key, value in node.items():
                if key not in ("example", "examples", "enum"):
                    visit(value)
        elif isinstance(node, list):
            for item in node:
                visit(item)

    visit(document()["components"]["schemas"])
    return frozenset(found)


OTHER_TYPE: dict[type, list[Any]] = {
    dict: ["not-an-object", 7, ["x"]],
    list: [{"unexpected": "object"}, "not-a-list", 3.5],
    str: [{"x": 1}, 12345, [1, 2]],
    bool: ["true", 1, {"b": True}],
    int: ["12", [12], {"n": 12}],
    float: ["1.5", [1.5], {"n": 1.5}],
    type(None): [7, "null", {"n": None}],
}
NO_DIGITS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz-_ :/.", max_size=12)
MUTATIONS = ("extra field", "unknown enum", "non-date string", "dropped field", "wrong type", "null")
MAY_REJECT = {"unknown enum", "non-date string", "wrong type"}  # a date-time or model field refuses these


def mutate(
    instance: Any,
    data: st.DataObject,
    kinds: tuple[str, ...] = MUTATIONS,
    containers: bool = False,
    required: frozenset[str] = frozenset(),
) -> tuple[str, tuple[str | int, ...], Any]:
    """One mutation of the instance: (kind, where, mutated copy). `containers` aims a wrong type
    at objects and arrays (the model-typed places, where a decoder can refuse) when there are any."""
    places = list(_walk(instance))
    objects = [(p, v) for p, v in places if isinstance(v, dict)]
    strings = [(p, v) for p, v in places if isinstance(v, str)]
    kinds = tuple(
        kind
        for kind in kinds
        if (kind != "extra field" or objects)
        and (kind not in ("unknown enum", "non-date string") or strings)
        and (kind != "dropped field" or any(v for _, v in objects))
    ) or ("null",)
    kind = data.draw(st.sampled_from(kinds), label="mutation")
    if kind == "extra field":
        path, _ = data.draw(st.sampled_from(objects), label="object")
        extra = data.draw(st.sampled_from(["a value", 3, None, {"nested": [1]}, [True]]), label="extra")
        key = "novuFutureField"
        return kind, (*path, key), _replace(instance, (*path, key), extra)
    if kind == "unknown enum":
        enums = [(p, v) for p, v in strings if v in ENUM_STRINGS] or strings
        path, _ = data.draw(st.sampled_from(enums), label="enum")
        return kind, path, _replace(instance, path, "novu_future_value")
    if kind == "non-date string":
        path, _ = data.draw(st.sampled_from(strings), label="string")
        return kind, path, _replace(instance, path, data.draw(NO_DIGITS, label="text"))
    if kind == "dropped field":
        present = sorted(required & set(instance)) if isinstance(instance, dict) else []
        if present:  # a required field of the schema itself, when it has any
            path, key = (), data.draw(st.sampled_from(present), label="required key")
        else:
            path, obj = data.draw(st.sampled_from([(p, v) for p, v in objects if v]), label="object")
            key = data.draw(st.sampled_from(sorted(obj)), label="key")
        mutated = copy.deepcopy(instance)
        target = mutated
        for part in path:
            target = target[part]
        del target[key]
        return kind, (*path, key), mutated
    if containers and any(p and isinstance(v, (dict, list)) for p, v in places):
        places = [(p, v) for p, v in places if p and isinstance(v, (dict, list))]
    path, value = data.draw(st.sampled_from(places), label="place")
    if kind == "null":
        return kind, path, _replace(instance, path, None)
    new = data.draw(st.sampled_from(OTHER_TYPE[type(value)]), label="other type")
    return kind, path, _replace(instance, path, new)


ENUM_STRINGS = _enum_strings()


def check_mutation(name: str, kind: str, path: tuple[str | int, ...], mutated: Any) -> str:
    """Decodes a mutated instance; returns "parsed leniently" or "rejected at its JSON path"."""
    try:
        decoded = decode(name, mutated)
    except DecodeError as exc:
        # null for the whole body cannot be the declared object: refused in every mode.
        assert kind in MAY_REJECT or (kind == "null" and not path), (
            f"{kind} at {json_path(path)} was refused: {exc}"
        )
        assert exc.json_path() == json_path(path), f"{kind} at {json_path(path)}, error names {exc}"
        assert exc.json_path() in str(exc)
        return "rejected at its JSON path"
    assert sdk_encode(decoded) == mutated, f"{kind} at {json_path(path)} lost data"
    return "parsed leniently"


SETTINGS = settings(
    max_examples=8,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)


def test_every_component_schema_is_covered(tally: Tally) -> None:
    schemas = document()["components"]["schemas"]
    assert SCHEMAS == sorted(schemas) and SCHEMAS, "the pinned document has component schemas"
    missing = [name for name in SCHEMAS if not hasattr(models, name)]
    assert not missing, f"component schemas without a model: {missing}"
    unknown = set(NOT_GENERATED) - set(SCHEMAS)
    assert not unknown, f"NOT_GENERATED names schemas the spec does not have: {unknown}"
    tally.schemas_total = len(SCHEMAS)
    tally.schemas_not_generated = dict(NOT_GENERATED)


@pytest.mark.slow  # hypothesis over every component schema: about 25 s in all
@pytest.mark.parametrize("name", SCHEMAS)
def test_round_trip_and_mutations(name: str, tally: Tally) -> None:
    tally.schemas_run.append(name)
    if name in NOT_GENERATED:
        pytest.skip(NOT_GENERATED[name])
    outcomes: list[str] = []

    @SETTINGS
    @given(instance=compiler().schema(name), data=st.data())
    def check(instance: Any, data: st.DataObject) -> None:
        problems = [e.message for e in validator(name).iter_errors(instance)]
        assert not problems, f"generated an invalid {name}: {problems[:3]}"
        decoded = decode(name, instance)
        assert sdk_encode(decoded) == instance, "from_dict then to_dict changed the input"
        if not isinstance(decoded, enum.Enum):  # a schema-valid instance deviates nowhere
            # except a discriminator value its mapping does not name: the translation above drops
            # discriminators, so such an instance passes here though the document rules it out.
            found = [d for d in deviations(decoded) if "the object is kept as sent" not in d.expected]
            assert found == [], f"a valid {name} recorded {found[:3]}"
        kind, path, mutated = mutate(instance, data, required=REQUIRED.get(name, frozenset()))
        outcomes.append(check_mutation(name, kind, path, mutated))

    check()
    for outcome in outcomes:
        tally.mutation(outcome)
    tally.schemas_ok.append(name)


def test_date_times_round_trip_by_instant() -> None:
    # Novu writes "...Z" with milliseconds; the SDK writes the same instant back as isoformat().
    decoded = models.StepRunDto.from_dict({"createdAt": "2026-04-28T10:00:00.120Z"})
    assert decoded.created_at == dt.datetime(2026, 4, 28, 10, 0, 0, 120000, tzinfo=dt.timezone.utc)
    assert dt.datetime.fromisoformat(decoded.to_dict()["createdAt"]) == decoded.created_at


def test_decode_errors_name_the_position_inside_lists() -> None:
    # A wrong item inside a list is recorded at its position (and raised there when strict).
    decoded = models.WorkflowResponseDto.from_dict({"steps": [{"type": "email", "name": "x"}, 5]})
    paths = [d.path for d in deviations(decoded) if d.path.startswith("$.steps")]
    assert [p for p in paths if not p.startswith("$.steps[0].")] == ["$.steps[1]"]  # the 5
    assert "$.steps[0]._id" in paths  # the first step's own missing fields, under its position
    # A discriminator of the wrong JSON type is an unknown tag: the object is kept as sent.
    steps = [{"type": ["email"], "name": "x"}]
    assert models.WorkflowResponseDto.from_dict({"steps": steps}).steps == steps


# -- the same through the client pipeline, for a sample of operations ------------------------
def _sample_operations() -> list[tuple[str, str, dict[str, str]]]:
    import importlib
    import inspect

    from novu_api.operations import OPERATIONS

    values = {"resource_type": "workflow", "locale": "en_US"}
    sample = []
    for entry in OPERATIONS:
        if entry.method != "GET" or entry.pagination:
            continue
        module = importlib.import_module(entry.module)
        returned = inspect.signature(module._parse).return_annotation
        required = [
            n
            for n, p in inspect.signature(module.sync_detailed).parameters.items()
            if p.default is inspect.Parameter.empty and n != "client" and p.kind is not p.VAR_KEYWORD
        ]
        if returned in SCHEMAS and all(n in module.OPERATION.path or n.endswith("_id") for n in required):
            sample.append((entry.module, returned, {n: values.get(n, "id-1") for n in required}))
    return sample


SAMPLE = _sample_operations()


@pytest.mark.parametrize(("module_name", "name", "args"), SAMPLE, ids=[s[1] for s in SAMPLE])
def test_pipeline_turns_decode_errors_into_response_validation_errors(
    module_name: str, name: str, args: dict[str, str], make_client: Any, tally: Tally
) -> None:
    import importlib

    module = importlib.import_module(module_name)
    served: list[Any] = []

    def handler(request: httpx.Request) -> httpx.Response:
        body = {"data": served[-1]} if module.OPERATION.envelope else served[-1]
        return httpx.Response(200, json=body)

    novu = make_client(handler)

    @settings(SETTINGS, max_examples=16)
    @given(instance=compiler().schema(name), data=st.data())
    def check(instance: Any, data: st.DataObject) -> None:
        kind, path, mutated = mutate(instance, data, ("wrong type", "null", "extra field"), containers=True)
        # A DTO with its own `data` member inside Novu's `{"data": ...}` envelope: when the
        # payload is not an object, the client reads the envelope as the DTO itself (how Novu
        # sends such DTOs bare; see `_unwrap`). That reading is the design, not what this checks.
        assume(not (module.OPERATION.bare_keys and not path and not isinstance(mutated, dict)))
        served.append(mutated)
        try:
            expected: Any = sdk_encode(decode(name, mutated))
        except DecodeError as exc:
            expected = exc
        try:
            result = module.sync(client=novu, **args)
        except errors.ResponseValidationError as exc:
            assert isinstance(expected, DecodeError), f"refused a body from_dict accepts: {exc}"
            assert exc.json_path == expected.json_path() == json_path(path)
            assert f"at {json_path(path)}: " in str(exc) and exc.status_code == 200
            assert json.loads(exc.raw_text) == ({"data": mutated} if module.OPERATION.envelope else mutated)
            outcomes.append("ResponseValidationError at its JSON path")
        else:
            assert not isinstance(expected, DecodeError), f"accepted what from_dict refuses: {expected}"
            assert sdk_encode(result) == expected
            outcomes.append("parsed leniently")

    outcomes: list[str] = []
    check()
    for outcome in outcomes:
        tally.mutation(outcome, client=True)
