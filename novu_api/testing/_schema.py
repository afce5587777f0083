"""Checking JSON values against the document's schemas, and making values that fit them.

The schemas come from the generated `_document` table (compact: types, formats, enums, bounds,
required fields, composition and examples; references by schema name). Messages read like the
server's request validation ("subscriberId must be a string"), each under the dotted path of
the field it is about.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Mapping
from typing import Any

Schema = Mapping[str, Any]

_FORMATS: dict[str, re.Pattern[str]] = {
    "date-time": re.compile(
        r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt ]([01]\d|2[0-3]):[0-5]\d(:([0-5]\d|60)(\.\d+)?)?"
        r"([Zz]|[+-]([01]\d|2[0-3]):?[0-5]\d)?$"
    ),
    "date": re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$"),
    "email": re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$"),
    "uuid": re.compile(r"^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$"),
}
# Values made for string formats; each passes its check above.
_FORMAT_SAMPLES: dict[str, str] = {
    "date-time": "2024-01-01T00:00:00.000Z",
    "date": "2024-01-01",
    "email": "user@example.com",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "uri": "https://example.com",
    "url": "https://example.com",
}
_TYPE_WORDS = {
    "string": "a string",
    "number": "a number conforming to the specified constraints",
    "integer": "an integer number",
    "boolean": "a boolean value",
    "array": "an array",
    "object": "an object",
}
# Nesting past which made values keep only required fields and arrays stay empty where allowed.
_SOFT_DEPTH = 4
_HARD_DEPTH = 24


def json_type(value: Any) -> str:
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
    return type(value).__name__


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    return bool(a == b)


# A check: (value, field path, problems found, depth) -> None; appends (field path, message).
_Check = Callable[[Any, str, list[tuple[str, str]], int], None]
# Python types whose JSON type needs no further look (floats do: 2.0 counts as an integer).
_KINDS: dict[type, str] = {
    str: "string",
    bool: "boolean",
    int: "integer",
    list: "array",
    dict: "object",
    type(None): "null",
}
_DEPTH_LIMIT = _HARD_DEPTH * 2
# Checks made for schemas outside the table (made while sampling) are kept up to this many.
_MAX_CHECKS = 20_000


def _nothing(value: Any, path: str, out: list[tuple[str, str]], depth: int) -> None:
    return None


class Schemas:
    """The document's schemas by name, with checks and value making over them.

    Each schema's check is made once, on first use, into a function that does only what that
    schema asks (a plain `{"type": "string"}` is one type test), and kept by the schema's
    identity beside the schema itself.
    """

    def __init__(self, table: Mapping[str, Schema]) -> None:
        self.table = table
        self._checks: dict[int, tuple[Any, _Check]] = {}

    def resolve(self, schema: Any) -> Any:
        for _ in range(64):
            if not isinstance(schema, Mapping) or "$ref" not in schema:
                return schema
            schema = self.table[schema["$ref"]]
        raise ValueError("reference chain too long")

    # -- checking -------------------------------------------------------------------------
    def errors(self, schema: Any, value: Any, path: str = "") -> list[tuple[str, str]]:
        """(field path, message) for each way `value` does not fit `schema`; [] when it fits."""
        out: list[tuple[str, str]] = []
        self.check(schema)(value, path, out, 0)
        return out

    def fits(self, schema: Any, value: Any) -> bool:
        out: list[tuple[str, str]] = []
        self.check(schema)(value, "", out, 0)
        return not out

    def check(self, schema: Any) -> _Check:
        """The check of `schema`, made on first use."""
        hit = self._checks.get(id(schema))
        if hit is not None and hit[0] is schema:
            return hit[1]
        if len(self._checks) >= _MAX_CHECKS:
            self._checks.clear()
        resolved = self.resolve(schema)
        if resolved is not schema:
            made = self.check(resolved)
            self._checks[id(schema)] = (schema, made)
            return made
        # A schema that refers back to itself reaches its own check while it is being made:
        # it gets a forward to the check that is being made.
        cell: list[_Check] = []

        def forward(value: Any, path: str, out: list[tuple[str, str]], depth: int) -> None:
            cell[0](value, path, out, depth)

        self._checks[id(schema)] = (schema, forward)
        try:
            made = self._make(schema)
        except BaseException:
            del self._checks[id(schema)]
            raise
        cell.append(made)
        self._checks[id(schema)] = (schema, made)
        return made

    def _make(self, schema: Any) -> _Check:
        if not isinstance(schema, Mapping):
            return _nothing
        kind = schema.get("type")
        has_type = "type" in schema
        none_ok = bool(schema.get("nullable")) or not (kind or _composed(schema))
        names = kind if isinstance(kind, list) else [kind]
        allowed = frozenset(n for n in names if isinstance(n, str)) | (
            {"integer"} if "number" in names else set()
        )
        type_word = _TYPE_WORDS.get(str(kind), str(kind))
        has_enum = "enum" in schema
        enum: Any = schema.get("enum")
        enum_text = enum_strings = None
        if has_enum:
            if isinstance(enum, (list, tuple)):
                # A string matches exactly the enum's strings (`_same`: a bool is no string).
                enum_strings = frozenset(item for item in enum if isinstance(item, str))
            enum_text = ", ".join(str(item) for item in enum if item is not None)
        has_const = "const" in schema
        const = schema.get("const")
        string = self._string_check(schema)
        number = _number_check(schema)
        array = self._array_check(schema)
        obj = self._object_check(schema)
        all_of = [self.check(member) for member in schema.get("allOf") or ()]
        one_of = [
            [self.check(member) for member in schema[key]] for key in ("oneOf", "anyOf") if schema.get(key)
        ]

        def check(value: Any, path: str, out: list[tuple[str, str]], depth: int) -> None:
            if depth > _DEPTH_LIMIT:
                return
            if value is None:
                if none_ok:
                    return
                if has_type:
                    name = path or "body"
                    out.append((name, f"{name} must not be null"))
                    return
            elif has_type:
                actual = _KINDS.get(type(value)) or json_type(value)
                if actual not in allowed:
                    name = path or "body"
                    out.append((name, f"{name} must be {type_word}"))
                    return
            if has_enum:
                if enum_strings is not None and type(value) is str:
                    found = value in enum_strings
                else:
                    found = any(_same(value, item) for item in enum)
                if not found:
                    name = path or "body"
                    out.append((name, f"{name} must be one of the following values: {enum_text}"))
                    return
            if has_const and not _same(value, const):
                name = path or "body"
                out.append((name, f"{name} must be equal to {const!r}"))
                return
            if isinstance(value, str):
                if string is not None:
                    string(value, path or "body", out)
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                if number is not None:
                    number(value, path or "body", out)
            elif isinstance(value, list):
                if array is not None:
                    array(value, path, out, depth)
            elif isinstance(value, dict):
                if obj is not None:
                    obj(value, path, out, depth)
            for member in all_of:
                member(value, path, out, depth + 1)
            for members in one_of:
                self._one_of(members, value, path, out, depth + 1)

        return check

    @staticmethod
    def _one_of(members: list[_Check], value: Any, path: str, out: list[tuple[str, str]], depth: int) -> None:
        attempts: list[list[tuple[str, str]]] = []
        for member in members:
            found: list[tuple[str, str]] = []
            member(value, path, found, depth)
            if not found:
                return  # a member fits (what it says depends on no path)
            attempts.append(found)
        # The closest member's own complaints say most about what is wrong.
        best = min(attempts, key=len)
        name = path or "body"
        out.extend(best or [(name, f"{name} does not match any of the allowed shapes")])

    def _string_check(self, schema: Schema) -> Callable[[str, str, list[tuple[str, str]]], None] | None:
        low = schema.get("minLength", 0)
        has_high = "maxLength" in schema
        high: Any = schema.get("maxLength")
        fmt = _FORMATS.get(str(schema.get("format", "")))
        source = _pattern(schema.get("pattern"))
        try:
            pattern = re.compile(source) if source is not None else None
        except re.error:  # ECMAScript-only syntax: not judged here
            pattern = None
        if not (low or has_high or fmt or pattern):
            return None

        def check(value: str, name: str, out: list[tuple[str, str]]) -> None:
            if len(value) < low:
                out.append((name, f"{name} must be longer than or equal to {low} characters"))
            if has_high and len(value) > high:
                out.append((name, f"{name} must be shorter than or equal to {high} characters"))
            if fmt is not None and not fmt.match(value):
                out.append((name, f"{name} must be a valid {schema['format']}"))
            if pattern is not None and pattern.search(value) is None:
                out.append((name, f"{name} must match {schema['pattern']} regular expression"))

        return check

    def _array_check(
        self, schema: Schema
    ) -> Callable[[list[Any], str, list[tuple[str, str]], int], None] | None:
        low = schema.get("minItems", 0)
        has_high = "maxItems" in schema
        high: Any = schema.get("maxItems")
        items = self.check(schema["items"]) if schema.get("items") is not None else None
        if not (low or has_high or items):
            return None

        def check(value: list[Any], path: str, out: list[tuple[str, str]], depth: int) -> None:
            name = path or "body"
            if len(value) < low:
                out.append((name, f"{name} must contain at least {low} elements"))
            if has_high and len(value) > high:
                out.append((name, f"{name} must contain no more than {high} elements"))
            if items is not None:
                for index, item in enumerate(value):
                    items(item, f"{path}.{index}" if path else str(index), out, depth + 1)

        return check

    def _object_check(
        self, schema: Schema
    ) -> Callable[[dict[str, Any], str, list[tuple[str, str]], int], None] | None:
        props = {key: self.check(prop) for key, prop in (schema.get("properties") or {}).items()}
        required = tuple(schema.get("required") or ())
        optional_ok = frozenset(required)
        extra = schema.get("additionalProperties")
        others = self.check(extra) if isinstance(extra, Mapping) else None
        if not (props or required or others):
            return None

        def check(value: dict[str, Any], path: str, out: list[tuple[str, str]], depth: int) -> None:
            for key in required:
                if value.get(key) is None:
                    where = f"{path}.{key}" if path else key
                    out.append((where, f"{where} should not be null or undefined"))
            for key, item in value.items():
                prop = props.get(key)
                if prop is not None:
                    # An optional field may be null, as the server's optional validators allow.
                    if item is None and key not in optional_ok:
                        continue
                    prop(item, f"{path}.{key}" if path else str(key), out, depth + 1)
                elif others is not None:
                    others(item, f"{path}.{key}" if path else str(key), out, depth + 1)

        return check

    # -- making values --------------------------------------------------------------------
    def sample(self, schema: Any, depth: int = 0, trail: tuple[str, ...] = (), minimal: bool = False) -> Any:
        """A value that fits `schema`: its example when that fits, else one made from its parts.

        `minimal`: objects get their required fields only, arrays their fewest items.
        """
        if minimal:
            depth = max(depth, _SOFT_DEPTH)
        ref = schema.get("$ref") if isinstance(schema, Mapping) else None
        if ref is not None:
            trail = (*trail, str(ref))
        schema = self.resolve(schema)
        if not isinstance(schema, Mapping):
            return None
        if "example" in schema and self.fits(schema, schema["example"]):
            return copy.deepcopy(schema["example"])
        if "default" in schema and schema["default"] is not None and self.fits(schema, schema["default"]):
            return copy.deepcopy(schema["default"])
        if "const" in schema:
            return schema["const"]
        if schema.get("enum"):
            return next((v for v in schema["enum"] if v is not None), schema["enum"][0])
        if schema.get("allOf"):
            return self.sample(self._merged(schema), depth, trail)
        members = schema.get("oneOf") or schema.get("anyOf")
        if members:
            return self._member_sample(schema, list(members), depth, trail)
        kind = schema.get("type")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), None)
        if kind == "object" or (kind is None and "properties" in schema):
            return self._object_sample(schema, depth, trail)
        if kind == "array":
            count = max(int(schema.get("minItems", 0)), 0 if depth >= _SOFT_DEPTH else 1)
            items = schema.get("items") or {}
            if count and _recursive(items, trail):
                count = int(schema.get("minItems", 0))
            return [self.sample(items, depth + 1, trail) for _ in range(count)]
        if kind == "string":
            return _string_sample(schema)
        if kind in ("number", "integer"):
            return _number_sample(schema, kind)
        if kind == "boolean":
            return True
        if schema.get("nullable"):
            return None
        return {}

    def _object_sample(self, schema: Schema, depth: int, trail: tuple[str, ...]) -> dict[str, Any]:
        required = set(schema.get("required") or ())
        out: dict[str, Any] = {}
        for key, prop in (schema.get("properties") or {}).items():
            if key not in required and (depth >= _SOFT_DEPTH or _recursive(prop, trail)):
                continue
            if depth >= _HARD_DEPTH and key not in required:
                continue
            out[key] = self.sample(prop, depth + 1, trail)
        return out

    def _member_sample(self, schema: Schema, members: list[Any], depth: int, trail: tuple[str, ...]) -> Any:
        tag = schema.get("discriminator") or {}
        mapping = tag.get("mapping") or {}
        if mapping:
            value, target = next(iter(mapping.items()))
            made = self.sample({"$ref": target}, depth, trail)
            if isinstance(made, dict):
                made[str(tag.get("propertyName"))] = value
            return made
        # A member that is not a reference back up the trail, and whose value fits no other
        # member (so a strict "exactly one of" holds too); else the first.
        candidates = [m for m in members if not _recursive(m, trail)] or members[:1]
        made = [self.sample(m, depth, trail) for m in candidates]
        for member, value in zip(candidates, made, strict=True):
            if not any(self.fits(other, value) for other in members if other is not member):
                return value
        # A free-form member fits whatever another one does: set another member's tag to a
        # value outside its enum, so that the value is the free-form member's alone.
        for member, value in zip(candidates, made, strict=True):
            if not isinstance(value, dict):
                continue
            for other in members:
                for key, prop in self.properties(other).items():
                    if other is member or not self.resolve(prop).get("enum"):
                        continue
                    tagged = {**value, key: "other"}
                    if self.fits(member, tagged) and not any(
                        self.fits(m, tagged) for m in members if m is not member
                    ):
                        return tagged
        return made[0]

    def _merged(self, schema: Schema) -> dict[str, Any]:
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        for member in schema.get("allOf") or ():
            part = self.resolve(member)
            if part.get("allOf"):
                part = self._merged(part)
            for key, value in part.items():
                if key == "properties":
                    merged.setdefault("properties", {}).update(value)
                elif key == "required":
                    merged["required"] = sorted(set(merged.get("required", ())) | set(value))
                else:
                    merged.setdefault(key, value)
        return merged

    def properties(self, schema: Any) -> dict[str, Any]:
        """An object schema's properties, through references and allOf."""
        schema = self.resolve(schema)
        if isinstance(schema, Mapping) and schema.get("allOf"):
            schema = self._merged(schema)
        return dict(schema.get("properties") or {}) if isinstance(schema, Mapping) else {}


_REGEX_SYNTAX = re.compile(r"[\^$\[\]()\\*+?{}|.]")


def _pattern(pattern: Any) -> str | None:
    """The regular expression a `pattern` means: a JavaScript literal (`/.../flags`) is unwrapped;
    a bare name with no regular-expression syntax (a constant's name leaked into the document)
    is not a pattern anyone can check, and is not judged."""
    if not isinstance(pattern, str):
        return None
    literal = re.fullmatch(r"/(.*)/[a-z]*", pattern, re.DOTALL)
    if literal:
        return literal.group(1)
    return pattern if _REGEX_SYNTAX.search(pattern) else None


def _composed(schema: Schema) -> bool:
    return bool(schema.get("oneOf") or schema.get("anyOf") or schema.get("allOf") or schema.get("enum"))


def _recursive(schema: Any, trail: tuple[str, ...]) -> bool:
    if not isinstance(schema, Mapping):
        return False
    if "$ref" in schema:
        return trail.count(str(schema["$ref"])) >= 1
    items = schema.get("items")
    return _recursive(items, trail) if items is not None else False


def _string_sample(schema: Schema) -> str:
    value = _FORMAT_SAMPLES.get(str(schema.get("format", "")), "string")
    low = int(schema.get("minLength", 0))
    if len(value) < low:
        value = value + "x" * (low - len(value))
    if "maxLength" in schema:
        value = value[: int(schema["maxLength"])]
    return value


def _number_sample(schema: Schema, kind: str) -> float | int:
    value: float = 1
    if "minimum" in schema:
        value = max(value, schema["minimum"]) if "maximum" not in schema else schema["minimum"]
        if schema.get("exclusiveMinimum") is True:
            value += 1
    if "maximum" in schema and value > schema["maximum"]:
        value = schema["maximum"] - (1 if schema.get("exclusiveMaximum") is True else 0)
    return int(value) if kind == "integer" or float(value).is_integer() else value


def _number_check(schema: Schema) -> Callable[[float, str, list[tuple[str, str]]], None] | None:
    integer = schema.get("type") == "integer"
    has_low, has_high = "minimum" in schema, "maximum" in schema
    low: Any = schema.get("minimum")
    high: Any = schema.get("maximum")
    low_open = schema.get("exclusiveMinimum") is True
    high_open = schema.get("exclusiveMaximum") is True
    if not (integer or has_low or has_high):
        return None

    def check(value: float, name: str, out: list[tuple[str, str]]) -> None:
        if integer and not (isinstance(value, int) or value.is_integer()):  # no float(): 10**400 is an int
            out.append((name, f"{name} must be an integer number"))
        if has_low and (value < low or (low_open and value == low)):
            out.append((name, f"{name} must not be less than {low}"))
        if has_high and (value > high or (high_open and value == high)):
            out.append((name, f"{name} must not be greater than {high}"))

    return check
