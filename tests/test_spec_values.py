"""The sample inputs from spec_values.py must satisfy the spec's own schemas.

An independent validator (the ``jsonschema`` library) checks every operation
in both variants; the test skips when jsonschema or the spec is unavailable.
Prism acceptance of the same inputs is checked by tools/prism_raw_check.py.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

import pytest

from tests.prism import spec_path
from tests.spec_values import (
    conforms,
    example_value,
    iter_operations,
    operation_inputs,
    query_pairs,
    string_for_pattern,
)

jsonschema = pytest.importorskip("jsonschema")

# A JavaScript regex literal pasted as a pattern ("/^...$/"): the slashes are
# matched literally before "^", so no string can satisfy it.
_JS_LITERAL = re.compile(r"/\^.*\$/[a-z]*")


@cache
def _spec() -> dict[str, Any]:
    path = spec_path()
    if not path.is_file():
        pytest.skip(f"OpenAPI spec not found at {path}")
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


def _to_json_schema(node: Any) -> Any:
    """Rewrite OpenAPI 3.0 schema keywords into JSON Schema draft 7 terms."""
    if isinstance(node, list):
        return [_to_json_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: _to_json_schema(value) for key, value in node.items()}
    discriminator = out.pop("discriminator", None)
    if isinstance(discriminator, dict) and "oneOf" in out:
        out = _discriminated(out, discriminator)
    if out.pop("nullable", False) is True:
        if isinstance(out.get("type"), str):
            out["type"] = [out["type"], "null"]
            if "enum" in out and None not in out["enum"]:
                out["enum"] = [*out["enum"], None]
        else:
            out = {"anyOf": [out, {"type": "null"}]}
    return out


def _discriminated(schema: dict[str, Any], discriminator: dict[str, Any]) -> dict[str, Any]:
    """Express OpenAPI's discriminator (the tag selects the member) in JSON Schema.

    Plain oneOf is not enough here: the workflow step schemas differ only in
    what the tag means, so every step would match all of them.
    """
    tag = discriminator["propertyName"]
    members = schema.pop("oneOf")
    mapping = dict(discriminator.get("mapping", {}))
    for member in members:
        ref = member.get("$ref")
        if ref is not None and ref not in mapping.values():
            mapping[ref.rsplit("/", 1)[-1]] = ref
    branches = [
        {"if": {"properties": {tag: {"const": value}}}, "then": {"$ref": target}}
        for value, target in mapping.items()
    ]
    selector = {"required": [tag], "properties": {tag: {"enum": list(mapping)}}}
    return {"allOf": [schema, selector, *branches]}


@cache
def _json_schema_root() -> dict[str, Any]:
    return _to_json_schema(copy.deepcopy(_spec()))  # type: ignore[no-any-return]


def _validate(pointer: str, value: Any) -> None:
    # Draft 7 ignores siblings of "$ref", so the converted spec itself can
    # serve as the root document while "$ref" selects the schema to apply.
    root = {**_json_schema_root(), "$ref": pointer}
    validator = jsonschema.Draft7Validator(root, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(value), key=lambda e: list(e.absolute_path))
    assert not errors, f"{pointer}: " + "; ".join(
        f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}" for e in errors[:5]
    )


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


# Operations whose required inputs no value can satisfy (spec defects).
_UNSATISFIABLE = {
    "EnvironmentVariablesController_createEnvironmentVariable": "required `key` has a /.../-wrapped pattern",
}


def _operations() -> Iterator[Any]:
    for method, path, operation in iter_operations(_spec()):
        op_id = operation["operationId"]
        reason = _UNSATISFIABLE.get(op_id)
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        for full in (False, True):
            yield pytest.param(method, path, full, id=f"{op_id}-{'full' if full else 'min'}", marks=marks)


def _all_patterns(node: Any) -> Iterator[Mapping[str, Any]]:
    if isinstance(node, dict):
        if isinstance(node.get("pattern"), str):
            yield node
        for value in node.values():
            yield from _all_patterns(value)
    elif isinstance(node, list):
        for value in node:
            yield from _all_patterns(value)


def test_every_operation_is_covered() -> None:
    operations = list(iter_operations(_spec()))
    assert len(operations) == sum(
        1
        for item in _spec()["paths"].values()
        for key in item
        if key in ("get", "post", "put", "patch", "delete")
    )


@pytest.mark.parametrize(("method", "path", "full"), list(_operations()))
def test_inputs_satisfy_schemas(method: str, path: str, full: bool) -> None:
    spec = _spec()
    operation = spec["paths"][path][method.lower()]
    inputs = operation_inputs(spec, method, path, full=full)
    base = f"#/paths/{_escape(path)}/{method.lower()}"

    for index, param in enumerate(operation.get("parameters", [])):
        name, where = param["name"], param["in"]
        pointer = f"{base}/parameters/{index}/schema"
        if where == "path":
            value = inputs["path"][name]
            assert re.fullmatch(r"[A-Za-z0-9._~-]+", value), (
                f"path parameter {name}={value!r} is not URL-safe"
            )
            _validate(pointer, value)
        elif where == "query":
            assert (name in inputs["query"]) == (full or bool(param.get("required"))), name
            if name in inputs["query"]:
                _validate(pointer, inputs["query"][name])

    body = operation.get("requestBody")
    if body is None:
        assert inputs["body"] is None and inputs["content_type"] is None
        return
    media = inputs["content_type"]
    assert media is not None and media in body["content"]
    pointer = f"{base}/requestBody/content/{_escape(media)}/schema"
    if media == "multipart/form-data":
        schema = body["content"][media]["schema"]
        assert set(schema.get("required", [])) <= set(inputs["body"]) | set(inputs["files"])
        for name, value in inputs["body"].items():
            _validate(f"{pointer}/properties/{name}", value)
        return
    _validate(pointer, inputs["body"])
    assert conforms(spec, body["content"][media]["schema"], inputs["body"])


def test_every_spec_pattern_gets_a_matching_value() -> None:
    for schema in _all_patterns(_spec()):
        pattern = schema["pattern"]
        value = string_for_pattern(pattern, schema.get("minLength", 0), schema.get("maxLength"))
        if _JS_LITERAL.fullmatch(pattern):
            assert value is None, pattern
            continue
        assert value is not None, pattern
        assert re.search(pattern, value), (pattern, value)
        assert schema.get("minLength", 0) <= len(value) <= schema.get("maxLength", len(value))


@pytest.mark.parametrize(
    ("pattern", "min_length", "max_length"),
    [
        (r"^[a-z]{3}-\d{2,4}$", 0, None),
        (r"^(alpha|beta)\.[A-Z_]+$", 0, None),
        (r"^[^/\s]+$", 5, 10),
        (r"\w+@\w+\.(com|org)", 0, None),
        (r"^x?y*$", 3, 3),
    ],
)
def test_string_for_pattern(pattern: str, min_length: int, max_length: int | None) -> None:
    value = string_for_pattern(pattern, min_length, max_length)
    assert value is not None
    assert re.search(pattern, value)
    assert min_length <= len(value) <= (max_length if max_length is not None else len(value))


def test_synthesis_rules() -> None:
    spec: dict[str, Any] = {
        "components": {
            "schemas": {
                "Cat": {
                    "type": "object",
                    "properties": {"kind": {"type": "string", "enum": ["cat"]}, "lives": {"type": "integer"}},
                    "required": ["kind"],
                },
                "Dog": {
                    "type": "object",
                    "properties": {"kind": {"type": "string", "enum": ["dog"]}},
                    "required": ["kind"],
                },
                "Node": {
                    "type": "object",
                    "properties": {
                        "name": {"type": "string"},
                        "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
                    },
                    "required": ["name"],
                },
            }
        }
    }
    pet = {
        "oneOf": [{"$ref": "#/components/schemas/Dog"}, {"$ref": "#/components/schemas/Cat"}],
        "discriminator": {"propertyName": "kind", "mapping": {"dog": "#/components/schemas/Dog"}},
    }
    assert example_value(spec, pet, full=False, path="body") == {"kind": "dog"}
    bounded = {"type": "number", "minimum": 5, "exclusiveMinimum": True, "maximum": 9}
    assert example_value(spec, bounded, full=False, path="n") == 5.5
    assert example_value(spec, {"type": "integer", "exclusiveMinimum": 5}, full=False, path="n") == 6
    text = example_value(spec, {"type": "string", "minLength": 12}, full=False, path="body/title")
    assert len(text) >= 12 and text.startswith("title")
    assert example_value(
        spec, {"type": "string", "format": "date-time", "example": "soon"}, full=False, path="x"
    ) == ("2024-01-01T00:00:00Z")
    tree = example_value(spec, {"$ref": "#/components/schemas/Node"}, full=True, path="body")
    assert tree["name"] == "name" and conforms(spec, {"$ref": "#/components/schemas/Node"}, tree)
    merged = {
        "allOf": [
            {"$ref": "#/components/schemas/Dog"},
            {"properties": {"age": {"type": "number", "minimum": 2}}},
        ]
    }
    assert example_value(spec, merged, full=True, path="body") == {"kind": "dog", "age": 2}
    assert example_value(spec, merged, full=False, path="body") == {"kind": "dog"}


def test_query_pairs_use_form_explode() -> None:
    assert query_pairs({"a": ["x", "y"], "b": True, "c": 10.0, "d": 1.5}) == [
        ("a", "x"),
        ("a", "y"),
        ("b", "true"),
        ("c", "10"),
        ("d", "1.5"),
    ]
