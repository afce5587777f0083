"""Checking JSON values against the document's schemas, and making values that fit them.

The schemas come from the generated `_document` table (compact: types, formats, enums, bounds,
required fields, composition and examples; references by schema name). Messages read like the
server's request validation ("subscriberId must be a string"), each under the dotted path of
the field it is about.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
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


def _type_ok(expected: Any, value: Any) -> bool:
    actual = json_type(value)
    names = expected if isinstance(expected, list) else [expected]
    return any(actual == name or (name == "number" and actual == "integer") for name in names)


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    return bool(a == b)


def _join(path: str, key: str | int) -> str:
    return f"{path}.{key}" if path else str(key)


class Schemas:
    """The document's schemas by name, with checks and value making over them."""

    def __init__(self, table: Mapping[str, Schema]) -> None:
        self.table = table

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
        self._check(schema, value, path, out, 0)
        return out

    def fits(self, schema: Any, value: Any) -> bool:
        return not self.errors(schema, value)

    def _check(self, schema: Any, value: Any, path: str, out: list[tuple[str, str]], depth: int) -> None:
        schema = self.resolve(schema)
        if not isinstance(schema, Mapping) or depth > _HARD_DEPTH * 2:
            return
        name = path or "body"
        if value is None:
            if schema.get("nullable") or not (schema.get("type") or _composed(schema)):
                return
            if "type" in schema:
                out.append((name, f"{name} must not be null"))
                return
        if "type" in schema and not _type_ok(schema["type"], value):
            word = _TYPE_WORDS.get(str(schema["type"]), str(schema["type"]))
            out.append((name, f"{name} must be {word}"))
            return
        if "enum" in schema and not any(_same(value, item) for item in schema["enum"]):
            allowed = ", ".join(str(item) for item in schema["enum"] if item is not None)
            out.append((name, f"{name} must be one of the following values: {allowed}"))
            return
        if "const" in schema and not _same(value, schema["const"]):
            out.append((name, f"{name} must be equal to {schema['const']!r}"))
            return
        if isinstance(value, str):
            self._string(schema, value, name, out)
        elif json_type(value) in ("integer", "number"):
            _number(schema, value, name, out)  # pyright: ignore[reportArgumentType]
        elif isinstance(value, list):
            self._array(schema, value, path, out, depth)
        elif isinstance(value, dict):
            self._object(schema, value, path, out, depth)
        for member in schema.get("allOf") or ():
            self._check(member, value, path, out, depth + 1)
        for key in ("oneOf", "anyOf"):
            members = schema.get(key)
            if members and not any(self.fits_at(m, value, depth + 1) for m in members):
                # The closest member's own complaints say most about what is wrong.
                attempts = [self._attempt(m, value, path, depth + 1) for m in members]
                best = min(attempts, key=len)
                out.extend(best or [(name, f"{name} does not match any of the allowed shapes")])

    def fits_at(self, schema: Any, value: Any, depth: int) -> bool:
        return not self._attempt(schema, value, "", depth)

    def _attempt(self, schema: Any, value: Any, path: str, depth: int) -> list[tuple[str, str]]:
        found: list[tuple[str, str]] = []
        self._check(schema, value, path, found, depth)
        return found

    def _string(self, schema: Schema, value: str, name: str, out: list[tuple[str, str]]) -> None:
        if len(value) < schema.get("minLength", 0):
            out.append((name, f"{name} must be longer than or equal to {schema['minLength']} characters"))
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            out.append((name, f"{name} must be shorter than or equal to {schema['maxLength']} characters"))
        check = _FORMATS.get(str(schema.get("format", "")))
        if check is not None and not check.match(value):
            out.append((name, f"{name} must be a valid {schema['format']}"))
        pattern = _pattern(schema.get("pattern"))
        if pattern is not None:
            try:
                matched = re.search(pattern, value) is not None
            except re.error:  # ECMAScript-only syntax: not judged here
                matched = True
            if not matched:
                out.append((name, f"{name} must match {schema['pattern']} regular expression"))

    def _array(
        self, schema: Schema, value: list[Any], path: str, out: list[tuple[str, str]], depth: int
    ) -> None:
        name = path or "body"
        if len(value) < schema.get("minItems", 0):
            out.append((name, f"{name} must contain at least {schema['minItems']} elements"))
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            out.append((name, f"{name} must contain no more than {schema['maxItems']} elements"))
        items = schema.get("items")
        if items is not None:
            for index, item in enumerate(value):
                self._check(items, item, _join(path, index), out, depth + 1)

    def _object(
        self, schema: Schema, value: dict[str, Any], path: str, out: list[tuple[str, str]], depth: int
    ) -> None:
        props: Mapping[str, Any] = schema.get("properties") or {}
        for key in schema.get("required") or ():
            if value.get(key) is None:
                where = _join(path, key)
                out.append((where, f"{where} should not be null or undefined"))
        for key, item in value.items():
            if key in props:
                # An optional field may be null, as the server's optional validators allow.
                if item is None and key not in (schema.get("required") or ()):
                    continue
                self._check(props[key], item, _join(path, key), out, depth + 1)
            elif isinstance(schema.get("additionalProperties"), Mapping):
                self._check(schema["additionalProperties"], item, _join(path, key), out, depth + 1)

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


def _number(schema: Schema, value: float, name: str, out: list[tuple[str, str]]) -> None:
    if schema.get("type") == "integer" and not float(value).is_integer():
        out.append((name, f"{name} must be an integer number"))
    if "minimum" in schema:
        low = schema["minimum"]
        if value < low or (schema.get("exclusiveMinimum") is True and value == low):
            out.append((name, f"{name} must not be less than {low}"))
    if "maximum" in schema:
        high = schema["maximum"]
        if value > high or (schema.get("exclusiveMaximum") is True and value == high):
            out.append((name, f"{name} must not be greater than {high}"))
