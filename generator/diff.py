"""Release report: what changed between two OpenAPI documents, for users of the generated SDK.

    python -m generator diff OLD NEW

Both documents are compared after the overlay is applied to each; an overlay action that
matches nothing in one of them is named in the report, never fatal. Operations are matched
by HTTP method and path (path parameter names aside), then by operationId; schemas by name.
Python names come from the generator's own rules: `name.name` for operations
(shown as facade paths, `novu.subscribers.search`), and for properties and parameters the
snake_case of the wire name or of a property's `x-speakeasy-name-override`.

A change is breaking for SDK users when it is:
- a removed operation, schema, field or parameter;
- a type change (another Python type; in a response, a value that may now be absent or null,
  or a union that gains a member);
- a new required request field, parameter or body, or a request value that becomes required
  or non-null, or a request union that loses a member;
- a removed enum value;
- a renamed Python name (facade path, module, attribute, argument), even with the wire unchanged.
Everything else (new operations, schemas, optional fields, enum values, deprecations) is not.
Whether a schema is on the request or the response side comes from the operations that reach
it; a schema no operation reaches is on neither (the SDK never sends nor receives it), so only
removals, type changes and renames in it are breaking.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .fix import fix, is_envelope
from .inline_names import name_inline
from .name import python_property, snake
from .name import route as _route
from .normalise import IDEMPOTENCY_HEADER, iter_operations, normalise, resolve, success_json
from .spec import OverlayWarning, apply_overlay, load_document, load_overlay
from .webhooks import compare_events as compare_webhook_events
from .webhooks import markdown_sections as webhook_sections
from .webhooks import summary_clause as webhook_summary

REQUEST = "request"
RESPONSE = "response"
# Python types that differ from a plain string (openapi-python-client maps these formats).
TYPED_FORMATS = ("date-time", "date", "binary", "uuid")
# Parameter locations the generated functions expose as arguments (the idempotency header is the
# per-call `idempotency_key` every call sends, not an argument).
SDK_PARAMETERS = ("path", "query", "header")
USED_BY_SHOWN = 5
# Request validation: a bound that appears or tightens refuses values a caller sends today.
LOWER_BOUNDS = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
UPPER_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")


@dataclass(frozen=True)
class Change:
    symbol: str  # the Python name it affects: `novu.subscribers.search`, `SubscriberResponseDto.email`
    what: str
    breaking: bool


@dataclass
class Entry:
    """One operation or schema of the report, with its changes."""

    symbol: str
    wire: str = ""  # "POST /v1/domains" for an operation
    changes: list[Change] = field(default_factory=list)
    used_by: tuple[str, ...] = ()  # operations that reach a schema

    @property
    def breaking(self) -> bool:
        return any(change.breaking for change in self.changes)


@dataclass(frozen=True)
class Release:
    """A document as the generator sees it (overlay applied), with what the overlay missed."""

    label: str
    document: dict[str, Any]
    raw: dict[str, Any]
    overlay_missed: tuple[str, ...] = ()


@dataclass
class ReleaseDiff:
    old: Release
    new: Release
    operations_added: list[Entry] = field(default_factory=list)
    operations_removed: list[Entry] = field(default_factory=list)
    operations_changed: list[Entry] = field(default_factory=list)
    schemas_added: list[Entry] = field(default_factory=list)
    schemas_removed: list[Entry] = field(default_factory=list)
    schemas_changed: list[Entry] = field(default_factory=list)
    overlay_notes: list[str] = field(default_factory=list)
    # Generated model classes that go away without their schema going (inline objects the
    # parser names after their place); only known once the new release is rendered (`update`).
    classes_removed: list[Entry] = field(default_factory=list)
    # Inline model classes at the same place in both documents whose name changes
    # (generator/inline_names.py: sharing, union member names); a rename breaks imports.
    classes_renamed: list[Entry] = field(default_factory=list)
    # x-webhooks event types, by event class (generator/webhooks.py)
    webhook_events_added: list[Entry] = field(default_factory=list)
    webhook_events_removed: list[Entry] = field(default_factory=list)
    webhook_events_changed: list[Entry] = field(default_factory=list)

    def entries(self) -> Iterator[Entry]:
        yield from self.operations_added
        yield from self.operations_removed
        yield from self.operations_changed
        yield from self.schemas_added
        yield from self.schemas_removed
        yield from self.schemas_changed
        yield from self.classes_removed
        yield from self.classes_renamed
        yield from self.webhook_events_added
        yield from self.webhook_events_removed
        yield from self.webhook_events_changed

    @property
    def changes(self) -> list[Change]:
        return [change for entry in self.entries() for change in entry.changes]

    @property
    def breaking(self) -> list[Change]:
        return [change for change in self.changes if change.breaking]

    def counts(self) -> dict[str, int]:
        return {
            "operations_added": len(self.operations_added),
            "operations_removed": len(self.operations_removed),
            "operations_changed": len(self.operations_changed),
            "schemas_added": len(self.schemas_added),
            "schemas_removed": len(self.schemas_removed),
            "schemas_changed": len(self.schemas_changed),
            "breaking": len(self.breaking),
        }

    def summary(self) -> str:
        c = self.counts()
        classes = (
            f"{len(self.classes_removed)} inline model classes removed; " if self.classes_removed else ""
        ) + (f"{len(self.classes_renamed)} inline model classes renamed; " if self.classes_renamed else "")
        return (
            f"{c['operations_added']} operations added, {c['operations_removed']} removed, "
            f"{c['operations_changed']} changed; {c['schemas_added']} schemas added, "
            f"{c['schemas_removed']} removed, {c['schemas_changed']} changed; {classes}"
            f"{c['breaking']} breaking {'change' if c['breaking'] == 1 else 'changes'}."
        ) + webhook_summary(self)

    def to_markdown(self, *, level: int = 1, title: str | None = None) -> str:
        """The report; `level` is the Markdown level of its title (sections are one deeper)."""
        h = "#" * level
        hh = "#" * (level + 1)
        lines = [f"{h} {title or f'{self.old.label} → {self.new.label}'}", "", self.summary(), ""]
        lines += [f"{hh} Breaking changes", ""]
        breaking = self.breaking
        lines += [f"- `{c.symbol}`: {c.what}" for c in breaking] or ["None."]
        lines.append("")
        table = ["| Python | HTTP |", "|---|---|"]
        lines += listed_section(hh, "Operations added", self.operations_added, table, wire_row)
        lines += listed_section(hh, "Operations removed", self.operations_removed, table, wire_row)
        lines += changed_section(hh, "Operations changed", self.operations_changed, wire_item)
        lines += listed_section(hh, "Schemas added", self.schemas_added, [], _used_by_item)
        lines += listed_section(hh, "Schemas removed", self.schemas_removed, [], _used_by_item)
        lines += changed_section(hh, "Schemas changed", self.schemas_changed, _used_by_item)
        lines += listed_section(hh, "Model classes removed", self.classes_removed, [], _first_change_item)
        lines += listed_section(hh, "Model classes renamed", self.classes_renamed, [], _renamed_item)
        lines += webhook_sections(self, hh)
        if self.overlay_notes:
            lines += [f"{hh} Overlay", ""]
            lines += [f"- {note}" for note in self.overlay_notes]
            lines.append("")
        return "\n".join(lines)


def listed_section(
    hh: str, heading: str, entries: list[Entry], head: list[str], line: Callable[[Entry], str]
) -> list[str]:
    """`heading (n)`, then `head` and a line per entry; nothing when there are no entries."""
    if not entries:
        return []
    return [f"{hh} {heading} ({len(entries)})", "", *head, *(line(e) for e in entries), ""]


def changed_section(hh: str, heading: str, entries: list[Entry], title: Callable[[Entry], str]) -> list[str]:
    """`heading (n)`, then per entry its title line and one line per change; nothing when empty."""
    if not entries:
        return []
    lines = [f"{hh} {heading} ({len(entries)})", ""]
    for e in entries:
        lines.append(title(e))
        lines += [f"  - {change_line(c, e.symbol)}" for c in e.changes]
    return [*lines, ""]


def wire_row(entry: Entry) -> str:
    return f"| `{entry.symbol}` | `{entry.wire}` |"


def wire_item(entry: Entry) -> str:
    return f"- `{entry.symbol}` (`{entry.wire}`)"


def _used_by_item(entry: Entry) -> str:
    return f"- `{entry.symbol}`{_used_by(entry.used_by)}"


def _first_change_item(entry: Entry) -> str:
    return f"- `{entry.symbol}`: {entry.changes[0].what}"


def _renamed_item(entry: Entry) -> str:
    return f"- `{entry.changes[0].symbol}` -> `{entry.symbol}`: {entry.changes[0].what}"


def change_line(change: Change, owner: str) -> str:
    mark = "**breaking**: " if change.breaking else ""
    where = "" if change.symbol == owner else f"`{change.symbol}`: "
    return f"{mark}{where}{change.what}"


def _used_by(names: tuple[str, ...]) -> str:
    if not names:
        return ""
    shown = ", ".join(f"`{n}`" for n in names[:USED_BY_SHOWN])
    more = f" and {len(names) - USED_BY_SHOWN} more" if len(names) > USED_BY_SHOWN else ""
    return f" (used by {shown}{more})"


# --- loading ---------------------------------------------------------------------------------


def prepare(document: dict[str, Any], overlay: dict[str, Any] | None, label: str) -> Release:
    """Apply the overlay, recording (not raising) actions whose target is missing."""
    if not overlay:
        return Release(label, document, document)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        overlaid, missed = apply_overlay(document, overlay)
    for warning in caught:
        if not issubclass(warning.category, OverlayWarning):
            warnings.warn_explicit(warning.message, warning.category, warning.filename, warning.lineno)
    return Release(label, overlaid, document, tuple(missed))


def load_release(source: str | Path, overlay: dict[str, Any] | None, label: str | None = None) -> Release:
    document = load_document(source, verify=False)
    info = document.get("info") or {}
    name = str(source).rstrip("/").rsplit("/", 1)[-1]
    return prepare(
        document, overlay, label or f"{info.get('title', 'API')} {info.get('version', '?')} ({name})"
    )


def diff_files(old: str | Path, new: str | Path, overlay_file: Path | None = None) -> ReleaseDiff:
    overlay = load_overlay(overlay_file) if overlay_file else load_overlay()
    return compare(load_release(old, overlay), load_release(new, overlay), overlay)


# --- operations ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Operation:
    operation_id: str
    method: str
    path: str
    symbol: str
    module: str
    deprecated: bool
    parameters: dict[str, dict[str, Any]]  # wire name -> resolved parameter (SDK-exposed ones)
    body: dict[str, Any] | None  # {"required", "content_type", "schema"}
    success: Any  # success schema with the {"data": ...} envelope removed; None: no content
    pagination: str | None
    enveloped: bool = False  # the success body is declared as {"data": X}

    @property
    def wire(self) -> str:
        return f"{self.method} {self.path}"


def _operations(document: dict[str, Any]) -> dict[tuple[str, str], _Operation]:
    ops = iter_operations(document)
    infos = normalise(fix(document)).operations
    result: dict[tuple[str, str], _Operation] = {}
    for method, path, op in ops:
        op_id = str(op["operationId"])
        name = infos[op_id].name
        item = document["paths"][path]
        params: dict[str, dict[str, Any]] = {}
        for raw in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
            param = resolve(document, raw)
            if (
                isinstance(param, dict)
                and param.get("in") in SDK_PARAMETERS
                and str(param.get("name", "")).lower() != IDEMPOTENCY_HEADER
            ):
                params[str(param["name"])] = param
        body = None
        request = resolve(document, op.get("requestBody"))
        if isinstance(request, dict):
            content = request.get("content") or {}
            kind = next((k for k in ("application/json", "multipart/form-data") if k in content), None)
            kind = kind or next(iter(content), "")
            body = {
                "required": bool(request.get("required")),
                "content_type": kind,
                "schema": (content.get(kind) or {}).get("schema"),
            }
        info = infos[op_id]
        result[_route(method, path)] = _Operation(
            op_id,
            method.upper(),
            path,
            "novu." + name.facade,
            name.module,
            bool(op.get("deprecated")),
            params,
            body,
            info.success_schema,
            info.pagination.style if info.pagination else None,
            _declared_envelope(op),
        )
    return result


def _declared_envelope(op: dict[str, Any]) -> bool:
    found = success_json(op)
    return bool(found and isinstance(found[1].get("schema"), dict) and is_envelope(found[1]["schema"]))


# --- schemas ---------------------------------------------------------------------------------


def _ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and value.startswith("#/components/schemas/"):
                yield _ref_name(value)
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _closure(document: dict[str, Any], roots: Iterable[Any]) -> set[str]:
    schemas = (document.get("components") or {}).get("schemas") or {}
    seen: set[str] = set()
    todo = [name for root in roots for name in _refs(root)]
    while todo:
        name = todo.pop()
        if name in seen or name not in schemas:
            continue
        seen.add(name)
        todo.extend(_refs(schemas[name]))
    return seen


@dataclass
class _Usage:
    sides: dict[str, set[str]] = field(default_factory=dict)  # schema -> {"request", "response"}
    used_by: dict[str, set[str]] = field(default_factory=dict)  # schema -> operation symbols


def _usage(document: dict[str, Any], operations: dict[tuple[str, str], _Operation]) -> _Usage:
    usage = _Usage()
    for method, path, op in iter_operations(document):
        symbol = operations[_route(method, path)].symbol
        # Parameters, bodies and responses may themselves be references to shared components.
        params = [*(document["paths"][path].get("parameters") or []), *(op.get("parameters") or [])]
        request = [resolve(document, p) for p in [*params, op.get("requestBody")]]
        response = [resolve(document, r) for r in (op.get("responses") or {}).values()]
        for side, roots in ((REQUEST, request), (RESPONSE, response)):
            for name in _closure(document, roots):
                usage.sides.setdefault(name, set()).add(side)
                usage.used_by.setdefault(name, set()).add(symbol)
    return usage


@dataclass
class _Shape:
    type: str  # what the Python type is made from: "string", "list[Foo]", "Foo", "object", "enum<string>"...
    nullable: bool = False
    enum: tuple[Any, ...] | None = None
    properties: dict[str, Any] | None = None  # inline object: wire name -> schema
    required: frozenset[str] = frozenset()
    members: list[Any] | None = None  # union members (schemas)
    items: Any = None  # array items schema


def _shape(document: dict[str, Any], schema: Any) -> _Shape:
    if not isinstance(schema, dict) or not schema:
        return _Shape("any")
    nullable = bool(schema.get("nullable"))
    if "$ref" in schema:
        return _Shape(_ref_name(str(schema["$ref"])), nullable)
    all_of = schema.get("allOf") or []
    if len(all_of) == 1 and not schema.get("properties"):
        inner = _shape(document, all_of[0])
        inner.nullable = inner.nullable or nullable
        return inner
    for key in ("oneOf", "anyOf"):
        if schema.get(key):
            members = []
            for member in schema[key]:
                if isinstance(member, dict) and member.get("type") == "null":
                    nullable = True
                else:
                    members.append(member)
            if len(members) == 1:
                inner = _shape(document, members[0])
                inner.nullable = inner.nullable or nullable
                return inner
            names = sorted(_shape(document, m).type for m in members)
            return _Shape("union[" + " | ".join(names) + "]", nullable, members=members)
    kind = schema.get("type")
    if isinstance(kind, list):
        nullable = nullable or "null" in kind
        kinds = [k for k in kind if k != "null"]
        kind = kinds[0] if len(kinds) == 1 else "|".join(sorted(str(k) for k in kinds))
    if "enum" in schema and isinstance(schema["enum"], list):
        values = [v for v in schema["enum"] if v is not None]
        nullable = nullable or len(values) != len(schema["enum"])
        return _Shape(f"enum<{kind or 'string'}>", nullable, enum=tuple(values))
    if kind == "array":
        items = schema.get("items")
        return _Shape(f"list[{_shape(document, items).type}]", nullable, items=items)
    if kind == "object" or schema.get("properties") or all_of:
        props: dict[str, Any] = {}
        required: set[str] = set()
        for part in [*(resolve(document, p) for p in all_of), schema]:
            if isinstance(part, dict):
                props.update(part.get("properties") or {})
                required.update(str(r) for r in part.get("required") or [])
        extra = schema.get("additionalProperties")
        if not props and isinstance(extra, dict) and extra:
            return _Shape(f"dict[str, {_shape(document, extra).type}]", nullable, items=extra)
        return _Shape("object", nullable, properties=props, required=frozenset(required))
    if kind == "string" and schema.get("format") in TYPED_FORMATS:
        return _Shape(f"string({schema['format']})", nullable)
    if isinstance(kind, str) and kind:
        return _Shape(kind, nullable)
    return _Shape("any", nullable)


class _Comparer:
    """Compares schemas pairwise; component references compare by name (their own entries say the rest)."""

    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old = old
        self.new = new

    @staticmethod
    def _tighten(sides: frozenset[str]) -> bool:
        """A stricter value (required, non-null, fewer options) breaks callers that send it."""
        return REQUEST in sides

    @staticmethod
    def _loosen(sides: frozenset[str]) -> bool:
        """A looser value (optional, nullable, more options) breaks code that reads it."""
        return RESPONSE in sides

    def schema(self, old: Any, new: Any, symbol: str, sides: frozenset[str]) -> list[Change]:
        a, b = _shape(self.old, old), _shape(self.new, new)
        out: list[Change] = []
        if a.nullable != b.nullable:
            if b.nullable:
                out.append(Change(symbol, "may now be null", self._loosen(sides)))
            else:
                out.append(Change(symbol, "no longer nullable", self._tighten(sides)))
        if a.members is not None and b.members is not None:
            out += self._union(a, b, symbol, sides)
        elif a.items is not None and b.items is not None and a.type[:5] == b.type[:5]:
            out += self.schema(a.items, b.items, symbol, sides)  # a list or dict: compare what it holds
        elif a.type != b.type:
            out.append(Change(symbol, f"type `{a.type}` → `{b.type}`", True))
        elif a.enum is not None and b.enum is not None:
            removed = [v for v in a.enum if v not in b.enum]
            added = [v for v in b.enum if v not in a.enum]
            if removed:
                out.append(Change(symbol, "enum values removed: " + _values(removed), True))
            if added:
                out.append(Change(symbol, "enum values added: " + _values(added), False))
        elif a.properties is not None and b.properties is not None:
            out += self._properties(a, b, symbol, sides)
        elif a.items is not None and b.items is not None:
            out += self.schema(a.items, b.items, symbol, sides)
        if isinstance(old, dict) and isinstance(new, dict):
            out += self._validation(old, new, symbol, sides)
        if isinstance(old, dict) and isinstance(new, dict) and old.get("deprecated") != new.get("deprecated"):
            out.append(
                Change(symbol, "deprecated" if new.get("deprecated") else "no longer deprecated", False)
            )
        return out

    def _validation(
        self, old: dict[str, Any], new: dict[str, Any], symbol: str, sides: frozenset[str]
    ) -> list[Change]:
        """Bounds, patterns and additional properties: what the server accepts changes."""
        out: list[Change] = []
        for key in (*LOWER_BOUNDS, *UPPER_BOUNDS, "pattern", "additionalProperties", "uniqueItems"):
            before, after = old.get(key), new.get(key)
            if before == after or (key == "additionalProperties" and isinstance(before, dict)):
                continue
            if key in LOWER_BOUNDS:
                tighter = after is not None and (before is None or after > before)
            elif key in UPPER_BOUNDS:
                tighter = after is not None and (before is None or after < before)
            elif key == "pattern":
                tighter = after is not None
            else:
                tighter = after is False or (key == "uniqueItems" and after is True)
            what = f"`{key}` {_value(before)} → {_value(after)}"
            out.append(Change(symbol, what, tighter and self._tighten(sides)))
        return out

    def _union(self, a: _Shape, b: _Shape, symbol: str, sides: frozenset[str]) -> list[Change]:
        assert a.members is not None and b.members is not None
        old_types = [_shape(self.old, m).type for m in a.members]
        new_types = [_shape(self.new, m).type for m in b.members]
        if old_types == new_types:
            out: list[Change] = []
            for m_old, m_new in zip(a.members, b.members, strict=True):
                out += self.schema(m_old, m_new, symbol, sides)
            return out
        gone = [t for t in old_types if t not in new_types]
        came = [t for t in new_types if t not in old_types]
        adds = "adds " + ", ".join(f"`{t}`" for t in came)
        drops = "drops " + ", ".join(f"`{t}`" for t in gone)
        if gone and came:
            return [Change(symbol, f"union {adds}; {drops}", True)]
        if came:
            return [Change(symbol, f"union {adds}", self._loosen(sides))]
        return [Change(symbol, f"union {drops}", self._tighten(sides))]

    def _properties(self, a: _Shape, b: _Shape, symbol: str, sides: frozenset[str]) -> list[Change]:
        assert a.properties is not None and b.properties is not None
        out: list[Change] = []
        old_names = {w: python_property(w, s) for w, s in a.properties.items()}
        new_names = {w: python_property(w, s) for w, s in b.properties.items()}
        removed = [w for w in a.properties if w not in b.properties]
        added = [w for w in b.properties if w not in a.properties]
        # A wire rename that keeps the Python name is the same attribute for SDK users.
        pairs: dict[str, str] = {}
        for wire in removed:
            twin = next(
                (n for n in added if new_names[n] == old_names[wire] and n not in pairs.values()), None
            )
            if twin is not None:
                pairs[wire] = twin
        for wire_old in a.properties:
            wire_new = wire_old if wire_old in b.properties else pairs.get(wire_old)
            old_py = f"{symbol}.{old_names[wire_old]}"
            if wire_new is None:
                out.append(Change(old_py, f"field removed (`{wire_old}`)", True))
                continue
            new_py = f"{symbol}.{new_names[wire_new]}"
            if wire_new != wire_old:
                added.remove(wire_new)
                out.append(
                    Change(new_py, f"wire name `{wire_old}` → `{wire_new}` (Python name unchanged)", False)
                )
            elif old_py != new_py:
                out.append(
                    Change(old_py, f"renamed to `{new_names[wire_new]}` (wire `{wire_old}` unchanged)", True)
                )
            was, now = wire_old in a.required, wire_new in b.required
            if was and not now:
                out.append(Change(new_py, "no longer required (may be absent)", self._loosen(sides)))
            elif now and not was:
                out.append(Change(new_py, "now required", self._tighten(sides)))
            out += self.schema(a.properties[wire_old], b.properties[wire_new], new_py, sides)
        for wire in added:
            py = f"{symbol}.{new_names[wire]}"
            kind = _shape(self.new, b.properties[wire]).type
            if wire in b.required:
                out.append(Change(py, f"new required field (`{wire}`, `{kind}`)", self._tighten(sides)))
            else:
                out.append(Change(py, f"new optional field (`{wire}`, `{kind}`)", False))
        return out

    def operation(self, old: _Operation, new: _Operation) -> list[Change]:
        sym = new.symbol
        out: list[Change] = []
        if old.symbol != new.symbol:
            module = f" (module `{old.module}` → `{new.module}`)" if old.module != new.module else ""
            out.append(Change(old.symbol, f"renamed to `{new.symbol}`{module}", True))
        elif old.module != new.module:
            out.append(Change(old.module, f"module renamed to `{new.module}`", True))
        if old.path != new.path:
            out.append(Change(sym, f"path `{old.path}` → `{new.path}`", False))
        if old.operation_id != new.operation_id:
            out.append(Change(sym, f"operationId `{old.operation_id}` → `{new.operation_id}`", False))
        if old.deprecated != new.deprecated:
            out.append(Change(sym, "deprecated" if new.deprecated else "no longer deprecated", False))
        out += self._parameters(old, new)
        out += self._body(old, new)
        if old.success is not None and new.success is None:
            out.append(Change(sym, "no longer returns a value", True))
        elif old.success is None and new.success is not None:
            out.append(Change(sym, f"now returns `{_shape(self.new, new.success).type}`", False))
        elif old.success is not None:
            out += self.schema(old.success, new.success, f"{sym}() result", frozenset({RESPONSE}))
        if old.enveloped != new.enveloped and new.success is not None:
            shape = ("`X`", '`{"data": X}`') if new.enveloped else ('`{"data": X}`', "`X`")
            out.append(
                Change(sym, f"success body declared as {shape[0]} → {shape[1]} (decoded the same)", False)
            )
        if old.pagination != new.pagination:
            if old.pagination and new.pagination:
                out.append(Change(sym, f"pagination `{old.pagination}` → `{new.pagination}`", False))
            elif new.pagination:
                out.append(Change(sym, f"now paginated ({new.pagination}): returns a page", True))
            else:
                out.append(Change(sym, "no longer paginated: returns the response object", True))
        return out

    def _parameters(self, old: _Operation, new: _Operation) -> list[Change]:
        out: list[Change] = []
        request = frozenset({REQUEST})
        for wire, param in old.parameters.items():
            py = f"{old.symbol}({snake(wire)})"
            other = new.parameters.get(wire)
            if other is None:
                out.append(Change(py, f"{param.get('in')} parameter removed (`{wire}`)", True))
                continue
            new_py = f"{new.symbol}({snake(wire)})"
            if bool(param.get("required")) != bool(other.get("required")):
                if other.get("required"):
                    out.append(Change(new_py, "now required", True))
                else:
                    out.append(Change(new_py, "no longer required", False))
            out += self.schema(param.get("schema"), other.get("schema"), new_py, request)
        for wire, param in new.parameters.items():
            if wire not in old.parameters:
                py = f"{new.symbol}({snake(wire)})"
                required = bool(param.get("required"))
                what = f"new {'required' if required else 'optional'} {param.get('in')} parameter (`{wire}`)"
                out.append(Change(py, what, required))
        return out

    def _body(self, old: _Operation, new: _Operation) -> list[Change]:
        sym = new.symbol
        a, b = old.body, new.body
        if a is None and b is None:
            return []
        if a is None:
            assert b is not None
            required = bool(b["required"])
            return [Change(sym, f"new {'required' if required else 'optional'} request body", required)]
        if b is None:
            return [Change(sym, "request body removed", True)]
        out: list[Change] = []
        if a["required"] != b["required"]:
            out.append(
                Change(
                    sym,
                    "request body now required" if b["required"] else "request body now optional",
                    bool(b["required"]),
                )
            )
        if a["content_type"] != b["content_type"]:
            out.append(
                Change(sym, f"request content type `{a['content_type']}` → `{b['content_type']}`", False)
            )
        out += self.schema(a["schema"], b["schema"], f"{sym}(body)", frozenset({REQUEST}))
        return out


def _value(value: Any) -> str:
    return "none" if value is None else f"`{value}`"


def _values(values: list[Any]) -> str:
    return ", ".join(f"`{v}`" for v in values)


# --- comparing -------------------------------------------------------------------------------


def _overlay_notes(old: Release, new: Release, overlay: dict[str, Any] | None) -> list[str]:
    """Actions that matched nothing, and actions whose target Novu changed (the fix may no longer fit)."""
    notes = [f"action `{t}` matches nothing in the old document; skipped there" for t in old.overlay_missed]
    notes += [
        f"**action `{t}` matches nothing in the new document; skipped** (check whether it is still needed)"
        for t in new.overlay_missed
    ]
    if not overlay:
        return notes
    from jsonpath_ng.ext.parser import parse as jsonpath

    missed = set(old.overlay_missed) | set(new.overlay_missed)
    for action in overlay.get("actions") or []:
        target = str(action.get("target"))
        if target in missed:
            continue
        before = [_effective(m.value, action) for m in jsonpath(target).find(old.raw)]
        after = [_effective(m.value, action) for m in jsonpath(target).find(new.raw)]
        if before != after:
            notes.append(
                f"**action `{target}`: Novu changed its target in this release; check that the fix still fits**"
            )
    return notes


def _effective(value: Any, action: dict[str, Any]) -> Any:
    """What an action works on, without documentation: for an update of an object, only the
    members it sets; otherwise the whole target."""
    update = action.get("update")
    if isinstance(value, dict) and isinstance(update, dict):
        value = {key: value.get(key) for key in update}
    return _undocumented(value)


def _undocumented(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            k: _undocumented(v)
            for k, v in node.items()
            if k not in ("description", "summary", "example", "examples")
        }
    if isinstance(node, list):
        return [_undocumented(v) for v in node]
    return node


def compare(old: Release, new: Release, overlay: dict[str, Any] | None = None) -> ReleaseDiff:
    report = ReleaseDiff(old, new, overlay_notes=_overlay_notes(old, new, overlay))
    comparer = _Comparer(old.document, new.document)
    old_ops, new_ops = _operations(old.document), _operations(new.document)
    # An operation that moved to another path but kept its operationId is the same SDK method.
    by_id = {op.operation_id: route for route, op in new_ops.items() if route not in old_ops}
    matched: dict[tuple[str, str], tuple[str, str]] = {}
    for route, op in old_ops.items():
        if route in new_ops:
            matched[route] = route
        elif op.operation_id in by_id:
            matched[route] = by_id.pop(op.operation_id)
    new_matched = set(matched.values())

    for route, op in sorted(old_ops.items(), key=lambda item: item[1].symbol):
        if route not in matched:
            report.operations_removed.append(
                Entry(op.symbol, op.wire, [Change(op.symbol, "operation removed", True)])
            )
            continue
        other = new_ops[matched[route]]
        changes = list(dict.fromkeys(comparer.operation(op, other)))
        if changes:
            report.operations_changed.append(Entry(other.symbol, other.wire, changes))
    for route, op in sorted(new_ops.items(), key=lambda item: item[1].symbol):
        if route not in new_matched:
            report.operations_added.append(
                Entry(op.symbol, op.wire, [Change(op.symbol, "new operation", False)])
            )

    old_usage, new_usage = _usage(old.document, old_ops), _usage(new.document, new_ops)
    old_schemas = (old.document.get("components") or {}).get("schemas") or {}
    new_schemas = (new.document.get("components") or {}).get("schemas") or {}
    for name in sorted(set(old_schemas) | set(new_schemas)):
        used = tuple(sorted(new_usage.used_by.get(name, ()) or old_usage.used_by.get(name, ())))
        if name not in new_schemas:
            report.schemas_removed.append(Entry(name, "", [Change(name, "schema removed", True)], used))
        elif name not in old_schemas:
            report.schemas_added.append(Entry(name, "", [Change(name, "new schema", False)], used))
        else:
            sides = frozenset(old_usage.sides.get(name, set()) | new_usage.sides.get(name, set()))
            changes = list(dict.fromkeys(comparer.schema(old_schemas[name], new_schemas[name], name, sides)))
            if changes:
                report.schemas_changed.append(Entry(name, "", changes, used))
    compare_webhook_events(report, comparer, old.document, new.document)
    report.classes_renamed = renamed_classes(old.document, new.document)
    return report


def renamed_classes(old: dict[str, Any], new: dict[str, Any]) -> list[Entry]:
    """Inline classes found at the same place in both documents under another name, by the
    generator's own naming (`inline_names.name_inline`, which generation uses too)."""
    before = {c.pointer: c.name for c in name_inline(old).classes}
    after = {c.pointer: c for c in name_inline(new).classes}
    pairs = sorted(
        {(before[p], c.name, c.why) for p, c in after.items() if p in before and before[p] != c.name}
    )
    return [
        Entry(name, "", [Change(was, f"model class renamed (an inline schema; naming rule: {why})", True)])
        for was, name, why in pairs
    ]
