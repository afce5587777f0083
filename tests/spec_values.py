"""Wire-level sample inputs for the operations of an OpenAPI 3.0 document.

Given the loaded spec (a plain dict), this module produces path, query and
body values that a schema-validating mock server (Prism) accepts. It is
deterministic and stdlib-only so conformance tests can rely on it without
network access or extra dependencies.

Two variants exist for every operation: ``full=False`` sends only what is
required, ``full=True`` sends every optional parameter and property too.
"""

from __future__ import annotations

import copy
import math
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypedDict

__all__ = [
    "HTTP_METHODS",
    "OperationInputs",
    "conforms",
    "example_value",
    "iter_operations",
    "operation_inputs",
    "query_pairs",
    "resolve",
    "string_for_pattern",
]

Schema = Mapping[str, Any]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# Nesting depth past which optional properties are dropped and arrays stay
# empty where allowed; it stops recursive schemas from expanding forever.
_SOFT_DEPTH = 12
# Past this depth even required parts collapse to the simplest value.
_HARD_DEPTH = 40

_URL_SAFE = re.compile(r"[A-Za-z0-9._~-]+")
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class OperationInputs(TypedDict):
    """Inputs for one request; every name is the wire name from the spec."""

    path: dict[str, str]
    query: dict[str, Any]
    headers: dict[str, Any]
    body: Any
    content_type: str | None
    # multipart only: binary field name -> True when it takes several files.
    files: dict[str, bool]


# --------------------------------------------------------------------------
# References


def _pointer(spec: Mapping[str, Any], ref: str) -> Any:
    if not ref.startswith("#"):
        raise ValueError(f"only local references are supported: {ref!r}")
    node: Any = spec
    for raw in ref[1:].split("/")[1:]:
        key = raw.replace("~1", "/").replace("~0", "~")
        node = node[int(key)] if isinstance(node, list) else node[key]
    return node


def resolve(spec: Mapping[str, Any], schema: Schema) -> Schema:
    """Follow ``$ref`` chains until a schema without ``$ref`` is reached."""
    seen: set[str] = set()
    while isinstance(schema, Mapping) and "$ref" in schema:
        ref = schema["$ref"]
        if ref in seen:
            raise ValueError(f"circular $ref chain at {ref!r}")
        seen.add(ref)
        schema = _pointer(spec, ref)
    return schema


# --------------------------------------------------------------------------
# Validation (the subset of JSON Schema / OpenAPI 3.0 used by request schemas)

_FORMAT_CHECKS: dict[str, re.Pattern[str]] = {
    "date-time": re.compile(
        r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt ]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)"
        r"(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):?[0-5]\d)"
    ),
    "date": re.compile(r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])"),
    "time": re.compile(r"([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]\d\d:?\d\d)?"),
    "email": re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+"),
    "uri": re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s]*"),
    "url": re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://[^\s]+"),
    "uuid": re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"),
    "ipv4": re.compile(r"((25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(25[0-5]|2[0-4]\d|1?\d?\d)"),
}

# Values handed out for string formats; each passes the check above.
_FORMAT_SAMPLES: dict[str, str] = {
    "date-time": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "time": "00:00:00Z",
    "email": "user@example.com",
    "uri": "https://example.com",
    "url": "https://example.com",
    "uri-reference": "https://example.com",
    "hostname": "example.com",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "ipv4": "127.0.0.1",
    "ipv6": "::1",
    "byte": "c3RyaW5n",
    "binary": "string",
    "password": "password",
}


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "integer" if value.is_integer() else "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return "unknown"


def _type_ok(expected: Any, value: Any) -> bool:
    actual = _json_type(value)
    names = expected if isinstance(expected, list) else [expected]
    return any(actual == name or (name == "number" and actual == "integer") for name in names)


def _pattern_ok(pattern: str, value: str) -> bool:
    try:
        # JSON Schema patterns are unanchored: search, not match.
        return re.search(pattern, value) is not None
    except re.error:
        return True  # ECMAScript-only syntax: cannot judge here, do not reject


def _json_equal(a: Any, b: Any) -> bool:
    # bool is an int subclass in Python but never equal to a number in JSON.
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    return bool(a == b)


def conforms(spec: Mapping[str, Any], schema: Schema, value: Any) -> bool:
    """Whether ``value`` satisfies ``schema`` (OpenAPI 3.0 semantics)."""
    return _Validator(spec).check(schema, value, 0)


@dataclass
class _Validator:
    spec: Mapping[str, Any]

    def check(self, schema: Schema, value: Any, depth: int) -> bool:
        if depth > _HARD_DEPTH * 2:
            return True
        schema = resolve(self.spec, schema)
        if not isinstance(schema, Mapping):
            return bool(schema)  # boolean schemas
        nullable = schema.get("nullable") is True
        if value is None and nullable:
            return True
        if "type" in schema and not _type_ok(schema["type"], value):
            return False
        if "enum" in schema and not any(_json_equal(value, item) for item in schema["enum"]):
            return False
        if "const" in schema and not _json_equal(value, schema["const"]):
            return False
        if isinstance(value, str) and not self._string_ok(schema, value):
            return False
        if _json_type(value) in ("integer", "number") and not _number_ok(schema, value):
            return False
        if isinstance(value, list) and not self._array_ok(schema, value, depth):
            return False
        if isinstance(value, dict) and not self._object_ok(schema, value, depth):
            return False
        return self._combinators_ok(schema, value, depth)

    def _string_ok(self, schema: Schema, value: str) -> bool:
        if len(value) < schema.get("minLength", 0):
            return False
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            return False
        if "pattern" in schema and not _pattern_ok(schema["pattern"], value):
            return False
        check = _FORMAT_CHECKS.get(schema.get("format", ""))
        return check is None or check.fullmatch(value) is not None

    def _array_ok(self, schema: Schema, value: list[Any], depth: int) -> bool:
        if len(value) < schema.get("minItems", 0):
            return False
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            return False
        if schema.get("uniqueItems"):
            for i, item in enumerate(value):
                if any(_json_equal(item, other) for other in value[:i]):
                    return False
        items = schema.get("items")
        if isinstance(items, Mapping):
            return all(self.check(items, item, depth + 1) for item in value)
        return True

    def _object_ok(self, schema: Schema, value: dict[str, Any], depth: int) -> bool:
        if any(name not in value for name in schema.get("required", [])):
            return False
        if len(value) < schema.get("minProperties", 0):
            return False
        if "maxProperties" in schema and len(value) > schema["maxProperties"]:
            return False
        properties: Mapping[str, Any] = schema.get("properties", {})
        patterns: Mapping[str, Any] = schema.get("patternProperties", {})
        extra = schema.get("additionalProperties", True)
        for name, item in value.items():
            matched = False
            if name in properties:
                matched = True
                if not self.check(properties[name], item, depth + 1):
                    return False
            for pattern, sub in patterns.items():
                if _pattern_ok(pattern, name):
                    matched = True
                    if not self.check(sub, item, depth + 1):
                        return False
            if not matched:
                if extra is False:
                    return False
                if isinstance(extra, Mapping) and not self.check(extra, item, depth + 1):
                    return False
        return True

    def _combinators_ok(self, schema: Schema, value: Any, depth: int) -> bool:
        if not all(self.check(sub, value, depth + 1) for sub in schema.get("allOf", [])):
            return False
        if "anyOf" in schema and not any(self.check(sub, value, depth + 1) for sub in schema["anyOf"]):
            return False
        if "oneOf" in schema:
            chosen = _discriminated_member(schema, value)
            if chosen is not None:
                # OpenAPI: the discriminator picks the member. (This spec has
                # oneOf members that differ only in the tag's meaning, so the
                # plain "exactly one" rule would reject every value.)
                if not self.check(chosen, value, depth + 1):
                    return False
            elif sum(1 for sub in schema["oneOf"] if self.check(sub, value, depth + 1)) != 1:
                return False
        return not ("not" in schema and self.check(schema["not"], value, depth + 1))


def _discriminator_mapping(schema: Schema) -> dict[str, str]:
    """Tag value -> member ``$ref``; implicit entries use the schema name."""
    discriminator = schema.get("discriminator") or {}
    mapping = dict(discriminator.get("mapping", {}))
    targets = set(mapping.values())
    for member in schema.get("oneOf", []) + schema.get("anyOf", []):
        ref = member.get("$ref") if isinstance(member, Mapping) else None
        if isinstance(ref, str) and ref not in targets:
            mapping.setdefault(ref.rsplit("/", 1)[-1], ref)
    return mapping


def _discriminated_member(schema: Schema, value: Any) -> Schema | None:
    discriminator = schema.get("discriminator")
    if not isinstance(discriminator, Mapping) or not isinstance(value, dict):
        return None
    tag = value.get(discriminator.get("propertyName", ""))
    target = _discriminator_mapping(schema).get(tag) if isinstance(tag, str) else None
    return {"$ref": target} if target is not None else None


def _num(schema: Schema, key: str) -> float | None:
    value = schema.get(key)
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _number_ok(schema: Schema, value: float) -> bool:
    low, high = _num(schema, "minimum"), _num(schema, "maximum")
    # OpenAPI 3.0 marks exclusive bounds with booleans; JSON Schema 6+ uses numbers.
    if low is not None and (value < low or (schema.get("exclusiveMinimum") is True and value == low)):
        return False
    if high is not None and (value > high or (schema.get("exclusiveMaximum") is True and value == high)):
        return False
    ex_min, ex_max = _num(schema, "exclusiveMinimum"), _num(schema, "exclusiveMaximum")
    if (ex_min is not None and value <= ex_min) or (ex_max is not None and value >= ex_max):
        return False
    step = _num(schema, "multipleOf")
    if step is not None and step > 0:
        quotient = value / step
        if not math.isclose(quotient, round(quotient), abs_tol=1e-9):
            return False
    return True


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


# --------------------------------------------------------------------------
# Regular expressions -> matching strings
#
# Patterns are parsed into a tiny AST covering literals, escapes, character
# classes, groups, alternation, anchors and quantifiers: enough for the
# patterns request schemas use. Candidates are then checked with `re.search`.

# Characters tried, in order, when any member of a class will do.
_PREFERRED = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_."
_CANDIDATE_CHARS: tuple[str, ...] = (*_PREFERRED, *(chr(c) for c in range(0x20, 0x7F)))

_CLASS_ESCAPES: dict[str, Callable[[str], bool]] = {
    "d": lambda c: c.isdigit(),
    "w": lambda c: c.isalnum() or c == "_",
    "s": lambda c: c.isspace(),
}
_CONTROL_ESCAPES = {"t": "\t", "n": "\n", "r": "\r", "f": "\f", "v": "\v", "0": "\0"}


def _in_range(low: str, high: str) -> Callable[[str], bool]:
    return lambda char: low <= char <= high


@dataclass
class _CharSet:
    tests: list[Callable[[str], bool]] = field(default_factory=list)
    negated: bool = False

    def accepts(self, char: str) -> bool:
        return any(test(char) for test in self.tests) != self.negated

    def pick(self) -> str | None:
        return next((char for char in _CANDIDATE_CHARS if self.accepts(char)), None)


@dataclass
class _Repeat:
    node: Any  # str (literal), _CharSet, _Alt, or None (zero-width anchor)
    low: int = 1
    high: int | None = 1


@dataclass
class _Alt:
    branches: list[list[_Repeat]]


class _RegexParser:
    def __init__(self, pattern: str) -> None:
        self.text = pattern
        self.pos = 0

    def parse(self) -> _Alt:
        alt = self._alternation()
        if self.pos != len(self.text):
            raise ValueError(f"unbalanced ')' in {self.text!r}")
        return alt

    def _peek(self) -> str | None:
        return self.text[self.pos] if self.pos < len(self.text) else None

    def _next(self) -> str:
        if self.pos >= len(self.text):
            raise ValueError(f"unexpected end of pattern {self.text!r}")
        char = self.text[self.pos]
        self.pos += 1
        return char

    def _alternation(self) -> _Alt:
        branches = [self._sequence()]
        while self._peek() == "|":
            self.pos += 1
            branches.append(self._sequence())
        return _Alt(branches)

    def _sequence(self) -> list[_Repeat]:
        items: list[_Repeat] = []
        while self._peek() not in (None, "|", ")"):
            items.append(self._quantified(self._atom()))
        return items

    def _atom(self) -> Any:
        char = self._next()
        if char in "^$":
            return None
        if char == ".":
            return _CharSet([lambda c: c != "\n"])
        if char == "[":
            return self._char_class()
        if char == "(":
            if self.text.startswith("?:", self.pos) or self.text.startswith("?=", self.pos):
                self.pos += 2
            elif self.text.startswith("?<", self.pos) and self.text[self.pos + 2 : self.pos + 3] not in "=!":
                self.pos = self.text.index(">", self.pos) + 1  # named group
            group = self._alternation()
            if self._next() != ")":
                raise ValueError(f"unbalanced '(' in {self.text!r}")
            return group
        if char == "\\":
            return self._escape(in_class=False)
        return char

    def _escape(self, *, in_class: bool) -> Any:
        char = self._next()
        lower = char.lower()
        if lower in _CLASS_ESCAPES:
            return _CharSet([_CLASS_ESCAPES[lower]], negated=char.isupper())
        if char in "bB" and not in_class:
            return None  # word boundary: zero-width
        if char in _CONTROL_ESCAPES:
            return _CONTROL_ESCAPES[char]
        if char in "xu":
            width = 2 if char == "x" else 4
            digits = self.text[self.pos : self.pos + width]
            self.pos += width
            return chr(int(digits, 16))
        return char

    def _class_member(self) -> Any:
        char = self._next()
        return self._escape(in_class=True) if char == "\\" else char

    def _char_class(self) -> _CharSet:
        charset = _CharSet()
        if self._peek() == "^":
            charset.negated = True
            self.pos += 1
        first = True
        while first or self._peek() != "]":
            first = False
            member = self._class_member()
            if isinstance(member, _CharSet):
                charset.tests.append(member.accepts)
                continue
            if self._peek() == "-" and self.text[self.pos + 1 : self.pos + 2] not in ("]", ""):
                self.pos += 1
                upper = self._class_member()
                if isinstance(upper, str):
                    charset.tests.append(_in_range(member, upper))
                    continue
                charset.tests.append(upper.accepts)
                charset.tests.append(_in_range("-", "-"))
            charset.tests.append(_in_range(member, member))
        self.pos += 1  # closing bracket
        return charset

    def _quantified(self, node: Any) -> _Repeat:
        char = self._peek()
        low: int
        high: int | None
        if char == "*":
            low, high = 0, None
        elif char == "+":
            low, high = 1, None
        elif char == "?":
            low, high = 0, 1
        elif char == "{" and re.match(r"\{\d+(,\d*)?\}", self.text[self.pos :]):
            end = self.text.index("}", self.pos)
            lo_text, _, hi_text = self.text[self.pos + 1 : end].partition(",")
            low = int(lo_text)
            high = low if "," not in self.text[self.pos : end] else (int(hi_text) if hi_text else None)
            self.pos = end
        else:
            return _Repeat(node)
        self.pos += 1
        if self._peek() == "?":  # lazy modifier changes nothing here
            self.pos += 1
        return _Repeat(node, low, high)


def _render(node: Any, extra: int) -> str | None:
    if node is None:
        return ""
    if isinstance(node, str):
        return node
    if isinstance(node, _CharSet):
        return node.pick()
    parts: list[str] = []
    for item in node.branches[0]:
        count = item.low + extra if item.high is None else min(item.high, item.low + extra)
        piece = _render(item.node, extra)
        if piece is None:
            return None
        parts.append(piece * count)
    return "".join(parts)


def _branch_variants(alt: _Alt) -> Iterator[_Alt]:
    # The first branch of the outermost alternation is tried first.
    for index in range(len(alt.branches)):
        yield _Alt([alt.branches[index]])


def string_for_pattern(pattern: str, min_length: int = 0, max_length: int | None = None) -> str | None:
    """A string that ``re.search(pattern, ...)`` accepts and fits the bounds.

    Returns None when no candidate works (e.g. an unsatisfiable pattern).
    """
    try:
        tree = _RegexParser(pattern).parse()
    except (ValueError, IndexError):
        return None
    for variant in _branch_variants(tree):
        for extra in range(0, max(min_length, 1) + 64):
            candidate = _render(variant, extra)
            if candidate is None:
                break
            if max_length is not None and len(candidate) > max_length:
                break
            if len(candidate) >= min_length and _pattern_ok(pattern, candidate):
                return candidate
    return None


# --------------------------------------------------------------------------
# Value synthesis


def _merge_all_of(spec: Mapping[str, Any], schema: Schema) -> dict[str, Any]:
    """Flatten ``allOf`` into one schema (properties and required are unioned)."""
    merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
    for member in schema.get("allOf", []):
        part = _merge_all_of(spec, resolve(spec, member))
        for key, value in part.items():
            if key == "properties":
                props = dict(merged.get("properties", {}))
                for name, sub in value.items():
                    props[name] = {"allOf": [props[name], sub]} if name in props else sub
                merged["properties"] = props
            elif key == "required":
                merged["required"] = list(dict.fromkeys([*merged.get("required", []), *value]))
            elif key == "additionalProperties":
                # The outer schema's own setting wins; members only tighten.
                if "additionalProperties" not in schema and value is not True:
                    merged[key] = value
            elif key not in merged:
                merged[key] = value
    return merged


def _schema_type(schema: Schema) -> str | None:
    declared = schema.get("type")
    if isinstance(declared, list):
        declared = next((t for t in declared if t != "null"), None)
    if isinstance(declared, str):
        return declared
    if "properties" in schema or "additionalProperties" in schema or "required" in schema:
        return "object"
    if "items" in schema:
        return "array"
    return None


def _label(location: str) -> str:
    """The last name-like segment of a location, used to seed string values."""
    for segment in reversed(location.split("/")):
        if _IDENTIFIER.fullmatch(segment):
            return segment
    return "string"


class _Generator:
    def __init__(self, spec: Mapping[str, Any], full: bool) -> None:
        self.spec = spec
        self.full = full
        self.validator = _Validator(spec)
        self.ref_stack: list[str] = []

    def ok(self, schema: Schema, value: Any) -> bool:
        return self.validator.check(schema, value, 0)

    def value(self, schema: Schema, location: str, depth: int = 0) -> Any:
        ref = schema.get("$ref") if isinstance(schema, Mapping) else None
        if isinstance(ref, str):
            self.ref_stack.append(ref)
            try:
                return self.value(resolve(self.spec, schema), location, depth)
            finally:
                self.ref_stack.pop()
        if not isinstance(schema, Mapping):
            return "string"
        for candidate in self._declared_candidates(schema):
            if self.ok(schema, candidate):
                return copy.deepcopy(candidate)
        if "allOf" in schema:
            return self.value(_merge_all_of(self.spec, schema), location, depth)
        for key in ("oneOf", "anyOf"):
            if key in schema:
                return self._choice(schema, key, location, depth)
        kind = _schema_type(schema)
        if kind == "object":
            return self._object(schema, location, depth)
        if kind == "array":
            return self._array(schema, location, depth)
        if kind in ("number", "integer"):
            return _number(schema, integer=kind == "integer")
        if kind == "boolean":
            return True
        if kind == "null":
            return None
        return self._string(schema, location)

    def _declared_candidates(self, schema: Schema) -> Iterator[Any]:
        if "const" in schema:
            yield schema["const"]
        if "enum" in schema:
            yield from (item for item in schema["enum"] if item is not None)
            return
        if self._is_structured(schema, set()):
            # Examples of objects with declared properties rarely match the
            # required-only / every-property variants: synthesise instead.
            return
        if "example" in schema:
            yield schema["example"]
        examples = schema.get("examples")
        if isinstance(examples, list):
            yield from examples
        elif isinstance(examples, Mapping):
            yield from (item.get("value") for item in examples.values() if isinstance(item, Mapping))

    def _is_structured(self, schema: Schema, seen: set[str]) -> bool:
        ref = schema.get("$ref")
        if isinstance(ref, str):
            if ref in seen:
                return True
            return self._is_structured(resolve(self.spec, schema), seen | {ref})
        if schema.get("properties"):
            return True
        items = schema.get("items")
        if isinstance(items, Mapping) and self._is_structured(items, seen):
            return True
        extra = schema.get("additionalProperties")
        if isinstance(extra, Mapping) and self._is_structured(extra, seen):
            return True
        return any(
            self._is_structured(member, seen)
            for key in ("allOf", "oneOf", "anyOf")
            for member in schema.get(key, [])
        )

    def _choice(self, schema: Schema, key: str, location: str, depth: int) -> Any:
        """Take the first member whose value validates, tagged per the discriminator.

        A value matching exactly one member is preferred: Prism's validator
        ignores `discriminator` and applies the plain oneOf rule.
        """
        members: list[Schema] = schema[key]
        rest = {k: v for k, v in schema.items() if k not in (key, "discriminator")}
        tag_name = (schema.get("discriminator") or {}).get("propertyName")
        fallback: Any = None
        valid: list[Any] = []
        for member in members:
            combined: Schema = {"allOf": [rest, member]} if rest else member
            candidate = self.value(combined, location, depth)
            if tag_name and isinstance(candidate, dict):
                tag = _discriminator_tag(schema, member)
                if tag is not None:
                    candidate[tag_name] = tag
            if fallback is None:
                fallback = candidate
            if not self.ok(schema, candidate):
                continue
            if key == "anyOf" or sum(self.ok(other, candidate) for other in members) == 1:
                return candidate
            valid.append(candidate)
        return valid[0] if valid else fallback

    def _object(self, schema: Schema, location: str, depth: int) -> dict[str, Any]:
        properties: Mapping[str, Schema] = schema.get("properties", {})
        required: list[str] = list(schema.get("required", []))
        result: dict[str, Any] = {}
        for name in required:
            sub = properties.get(name, schema.get("additionalProperties"))
            sub = sub if isinstance(sub, Mapping) else {}
            result[name] = self._child(sub, f"{location}/{name}", depth)
        if not self.full or depth >= _SOFT_DEPTH:
            return result
        for name, sub in properties.items():
            if name in result or self._recursing(sub):
                continue
            value = self._child(sub, f"{location}/{name}", depth)
            if not self.ok(sub, value):
                continue  # e.g. an unsatisfiable pattern: leave the optional field out
            valid_before = self.ok(schema, result)
            result[name] = value
            if valid_before and not self.ok(schema, result):
                del result[name]
        extra = schema.get("additionalProperties")
        if not properties and isinstance(extra, Mapping) and extra and not self._recursing(extra):
            value = self._child(extra, f"{location}/key", depth)
            if self.ok(extra, value):
                result["key"] = value
        return result

    def _array(self, schema: Schema, location: str, depth: int) -> list[Any]:
        items = schema.get("items")
        items = items if isinstance(items, Mapping) else {}
        low = int(schema.get("minItems", 0))
        high = schema.get("maxItems")
        count = max(low, 1)
        if high is not None:
            count = min(count, int(high))
        if low == 0 and (depth >= _SOFT_DEPTH or self._recursing(items)):
            count = 0
        values: list[Any] = []
        for index in range(count):
            value = self._child(items, f"{location}/{index}", depth)
            if schema.get("uniqueItems") and any(_json_equal(value, v) for v in values):
                break
            values.append(value)
        return values

    def _child(self, schema: Schema, location: str, depth: int) -> Any:
        if depth >= _HARD_DEPTH:
            kind = _schema_type(resolve(self.spec, schema))
            return {} if kind == "object" else [] if kind == "array" else "string"
        return self.value(schema, location, depth + 1)

    def _recursing(self, schema: Schema) -> bool:
        ref = schema.get("$ref")
        return isinstance(ref, str) and ref in self.ref_stack

    def _string(self, schema: Schema, location: str) -> str:
        low = int(schema.get("minLength", 0))
        high = schema.get("maxLength")
        fmt = schema.get("format")
        candidates = [_FORMAT_SAMPLES[fmt]] if fmt in _FORMAT_SAMPLES else []
        candidates.append(_label(location))
        for candidate in candidates:
            if self.ok(schema, candidate):
                return candidate
        pattern = schema.get("pattern")
        if isinstance(pattern, str):
            generated = string_for_pattern(pattern, low, high)
            if generated is not None:
                return generated
        base = candidates[0]
        if len(base) < low:
            base = (base * (low // max(len(base), 1) + 1))[:low]
        if high is not None:
            base = base[: int(high)]
        return base


def _discriminator_tag(schema: Schema, member: Schema) -> str | None:
    ref = member.get("$ref")
    return next((tag for tag, target in _discriminator_mapping(schema).items() if target == ref), None)


def _number(schema: Schema, *, integer: bool) -> int | float:
    """The number closest to 0 within the bounds (integers where possible)."""
    step = 1.0 if integer else 0.5
    low, high = _num(schema, "minimum"), _num(schema, "maximum")
    ex_min, ex_max = _num(schema, "exclusiveMinimum"), _num(schema, "exclusiveMaximum")
    if ex_min is not None:
        low = ex_min + step if low is None else max(low, ex_min + step)
    elif schema.get("exclusiveMinimum") is True and low is not None:
        low += step
    if ex_max is not None:
        high = ex_max - step if high is None else min(high, ex_max - step)
    elif schema.get("exclusiveMaximum") is True and high is not None:
        high -= step
    value = 0.0
    if low is not None and value < low:
        value = low
    if high is not None and value > high:
        value = high
    multiple = _num(schema, "multipleOf")
    if multiple is not None and multiple > 0:
        value = math.ceil(value / multiple) * multiple
    if integer:
        return math.ceil(value)
    return int(value) if float(value).is_integer() else value


def example_value(spec: Mapping[str, Any], schema: Schema, *, full: bool, path: str) -> Any:
    """A JSON value satisfying ``schema``.

    ``full=False`` fills only required object properties, ``full=True`` every
    property. ``path`` names where the value goes (e.g. ``"body/steps/0"``);
    its last name seeds unconstrained strings, so different fields get
    different, recognisable values (``{"firstName": "firstName"}``).
    """
    return _Generator(spec, full).value(schema, path)


# --------------------------------------------------------------------------
# Operations


def iter_operations(spec: Mapping[str, Any]) -> Iterator[tuple[str, str, Mapping[str, Any]]]:
    """Yield ``(METHOD, path, operation)`` for every operation in the spec."""
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield method.upper(), path, item[method]


def _parameters(spec: Mapping[str, Any], path: str, method: str) -> list[Mapping[str, Any]]:
    item = spec["paths"][path]
    merged: dict[tuple[str, str], Mapping[str, Any]] = {}
    # Operation-level parameters override path-level ones with the same name/location.
    for raw in [*item.get("parameters", []), *item[method].get("parameters", [])]:
        param = resolve(spec, raw)
        merged[(param["name"], param["in"])] = param
    return list(merged.values())


def _parameter_value(spec: Mapping[str, Any], param: Mapping[str, Any], full: bool, location: str) -> Any:
    schema = param.get("schema", {})
    validator = _Validator(spec)
    declared = [param["example"]] if "example" in param else []
    examples = param.get("examples")
    if isinstance(examples, Mapping):
        declared += [e.get("value") for e in examples.values() if isinstance(e, Mapping)]
    for candidate in declared:
        if candidate is not None and validator.check(schema, candidate, 0):
            return copy.deepcopy(candidate)
    return example_value(spec, schema, full=full, path=location)


def _path_value(spec: Mapping[str, Any], param: Mapping[str, Any], taken: set[str]) -> str:
    name = param["name"]
    value = _parameter_value(spec, param, False, f"path/{name}")
    text = value if isinstance(value, str) else _scalar_text(value)
    # Values must survive as one URL segment and tell parameters apart.
    if not _URL_SAFE.fullmatch(text) or text in taken:
        fallback = name if _URL_SAFE.fullmatch(name) else "value"
        text = fallback if fallback not in taken else f"{fallback}-{len(taken) + 1}"
    taken.add(text)
    return text


def _scalar_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def query_pairs(query: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Serialise query values the OpenAPI default way (``style=form, explode=true``)."""
    pairs: list[tuple[str, str]] = []
    for name, value in query.items():
        values: Sequence[Any] = value if isinstance(value, list) else [value]
        pairs.extend((name, _scalar_text(item)) for item in values)
    return pairs


def operation_inputs(spec: Mapping[str, Any], method: str, path: str, *, full: bool) -> OperationInputs:
    """Path, query, header and body inputs Prism accepts for one operation."""
    method = method.lower()
    operation = spec["paths"][path][method]
    inputs: OperationInputs = {
        "path": {},
        "query": {},
        "headers": {},
        "body": None,
        "content_type": None,
        "files": {},
    }
    taken: set[str] = set()
    for param in _parameters(spec, path, method):
        location, name = param["in"], param["name"]
        if location == "path":
            inputs["path"][name] = _path_value(spec, param, taken)
        elif param.get("required") or full:
            if location == "query":
                inputs["query"][name] = _parameter_value(spec, param, full, f"query/{name}")
            elif location == "header":
                inputs["headers"][name] = _parameter_value(spec, param, full, f"header/{name}")

    raw_body = operation.get("requestBody")
    if raw_body is None:
        return inputs
    body = resolve(spec, raw_body)
    if not body.get("required") and not full:
        return inputs
    content: Mapping[str, Any] = body.get("content", {})
    media = next((m for m in content if m == "application/json" or m.endswith("+json")), None)
    media = media or next(iter(content), None)
    if media is None:
        return inputs
    schema = content[media].get("schema", {})
    inputs["content_type"] = media
    if media.startswith("multipart/") or media == "application/x-www-form-urlencoded":
        inputs["body"], inputs["files"] = _form_fields(spec, schema, full)
    else:
        inputs["body"] = example_value(spec, schema, full=full, path="body")
    return inputs


def _form_fields(
    spec: Mapping[str, Any], schema: Schema, full: bool
) -> tuple[dict[str, Any], dict[str, bool]]:
    """Split a form schema into plain fields (with values) and binary file fields."""
    merged = _merge_all_of(spec, resolve(spec, schema))
    required = set(merged.get("required", []))
    fields: dict[str, Any] = {}
    files: dict[str, bool] = {}
    for name, raw in merged.get("properties", {}).items():
        if name not in required and not full:
            continue
        sub = resolve(spec, raw)
        items = resolve(spec, sub.get("items", {})) if sub.get("type") == "array" else None
        if sub.get("format") == "binary":
            files[name] = False
        elif items is not None and items.get("format") == "binary":
            files[name] = True
        else:
            fields[name] = example_value(spec, sub, full=full, path=f"body/{name}")
    return fields, files
