"""Webhook events from the document's `x-webhooks`: one model per event type, a union, a generic event.

Each `x-webhooks` entry is an event type (its key, e.g. what the payload's `type` says) with the
schema of the JSON body the API posts. The key, not the schema, names the event: several entries
may share one payload schema whose tag enum lists only one of them. So every entry gets its own
component schema, a copy of its payload schema whose tag property is the constant key; the
parser and the model templates then treat it like any other schema (names, liberal decoding,
unknown fields kept, a reference page). A generic event (the fields all payloads share, loosely
typed) decodes a type this release does not know.

The tag property is found, not assumed: the one string property that every payload schema has,
whose enum values are all event keys of the document.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Any

from .normalise import resolve

EXTENSION = "x-webhooks"
GENERIC = "UnknownWebhookEvent"
UNION = "WebhookEvent"


class WebhookSchemaError(Exception):
    """`x-webhooks` cannot be turned into event models (no tag property, a name clash, ...)."""


@dataclass(frozen=True)
class WebhookEvent:
    type: str  # the x-webhooks key: the value of the tag property on the wire
    class_name: str
    payload_schema: str  # the component the event's body refers to ("" when inline)
    summary: str
    schema: dict[str, Any]  # the event's own schema (tag made constant)


@dataclass(frozen=True)
class WebhookEvents:
    tag: str  # wire name of the property that tells the events apart
    events: tuple[WebhookEvent, ...]
    generic: dict[str, Any]  # schema of the event for an unknown type


def class_name(event_type: str) -> str:
    """`order.paid` -> `OrderPaidEvent`: the words of the event type, capitalised, and `Event`."""
    words = [w for w in re.split(r"[^0-9A-Za-z]+", event_type) if w]
    if not words:
        raise WebhookSchemaError(f"event type {event_type!r} has no letters or digits to name a class")
    name = "".join(w[:1].upper() + w[1:] for w in words) + "Event"
    return name if name[0].isalpha() else "Event" + name


def _payload(document: dict[str, Any], key: str, item: Any) -> tuple[str, dict[str, Any], str]:
    """(component name or "", resolved schema, summary) of one x-webhooks entry."""
    if not isinstance(item, dict):
        raise WebhookSchemaError(f"{EXTENSION}.{key} is not an object")
    for method in ("post", "put"):
        op = item.get(method)
        if not isinstance(op, dict):
            continue
        media = ((resolve(document, op.get("requestBody")) or {}).get("content") or {}).get(
            "application/json"
        )
        schema = (media or {}).get("schema")
        if schema is None:
            break
        ref = schema.get("$ref", "") if isinstance(schema, dict) else ""
        resolved = resolve(document, schema)
        if not isinstance(resolved, dict) or not isinstance(resolved.get("properties"), dict):
            raise WebhookSchemaError(
                f"{EXTENSION}.{key}: the payload schema is not an object with properties"
            )
        return ref.rsplit("/", 1)[-1] if ref else "", resolved, str(op.get("summary") or "")
    raise WebhookSchemaError(f"{EXTENSION}.{key}: no application/json request body")


def _tag(document: dict[str, Any], payloads: dict[str, dict[str, Any]]) -> str:
    keys = set(payloads)
    common: set[str] | None = None
    for schema in payloads.values():
        found = set()
        for name, prop in schema["properties"].items():
            prop = resolve(document, prop)
            values = prop.get("enum") if isinstance(prop, dict) else None
            if prop.get("type") == "string" and values and set(values) <= keys:
                found.add(name)
        common = found if common is None else common & found
    if not common or len(common) != 1:
        raise WebhookSchemaError(
            f"cannot tell the webhook events apart: expected one string property, in every payload, whose "
            f"enum values are event types; found {sorted(common or [])}"
        )
    return common.pop()


def _generic(document: dict[str, Any], tag: str, payloads: list[dict[str, Any]]) -> dict[str, Any]:
    """The fields every payload has; a field whose schema differs between events is loosened."""
    names = [n for n in payloads[0]["properties"] if all(n in p["properties"] for p in payloads[1:])]
    required = [n for n in names if all(n in (p.get("required") or []) for p in payloads)]
    props: dict[str, Any] = {}
    for name in names:
        shapes = [resolve(document, p["properties"][name]) for p in payloads]
        description = next((s.get("description") for s in shapes if s.get("description")), None)
        if name != tag and all(s == shapes[0] for s in shapes):
            props[name] = copy.deepcopy(payloads[0]["properties"][name])
            continue
        if all(s.get("type") == "string" for s in shapes):
            loose: dict[str, Any] = {"type": "string"}
            formats = {s.get("format") for s in shapes}
            if len(formats) == 1 and None not in formats:
                loose["format"] = formats.pop()
        else:
            loose = {"type": "object"}
        if description:
            loose["description"] = description
        props[name] = loose
    return {
        "type": "object",
        "description": "An event of a type this version of the SDK does not know; its fields are those "
        "every documented event has, and the rest is kept in `additional_properties`.",
        "properties": props,
        "required": required,
    }


def find_events(document: dict[str, Any]) -> WebhookEvents | None:
    """The document's webhook events, or None when it declares none."""
    hooks = document.get(EXTENSION)
    if not hooks:
        return None
    if not isinstance(hooks, dict):
        raise WebhookSchemaError(f"{EXTENSION} is not an object")
    found = {key: _payload(document, key, item) for key, item in hooks.items()}
    payloads = {key: schema for key, (_, schema, _) in found.items()}
    tag = _tag(document, payloads)
    schemas = (document.get("components") or {}).get("schemas") or {}
    events = []
    taken: dict[str, str] = {}
    for key in sorted(found):
        ref, schema, summary = found[key]
        name = class_name(key)
        if name in schemas or name in (GENERIC, UNION) or name in taken:
            other = taken.get(name, "a schema of the document")
            raise WebhookSchemaError(f"event type {key!r} would be class {name}, already taken by {other}")
        taken[name] = repr(key)
        own = copy.deepcopy(schema)
        original = resolve(document, own["properties"][tag])
        own["properties"][tag] = {"type": "string", "const": key}
        if original.get("description"):
            own["properties"][tag]["description"] = original["description"]
        own["description"] = f"The `{key}` webhook event" + (f" ({summary})." if summary else ".")
        own.pop("title", None)
        events.append(WebhookEvent(key, name, ref, summary, own))
    if GENERIC in schemas or UNION in schemas:
        raise WebhookSchemaError(f"the document already has a schema named {GENERIC} or {UNION}")
    return WebhookEvents(tag, tuple(events), _generic(document, tag, list(payloads.values())))


def with_event_schemas(document: dict[str, Any]) -> tuple[dict[str, Any], WebhookEvents | None]:
    """A copy of the document with each event's schema and the generic one added as components."""
    events = find_events(document)
    if events is None:
        return document, None
    out = dict(document)
    components = dict(out.get("components") or {})
    schemas = dict(components.get("schemas") or {})
    for event in events.events:
        schemas[event.class_name] = event.schema
    schemas[GENERIC] = events.generic
    components["schemas"] = schemas
    out["components"] = components
    return out, events


def render_events(env: Any, events: WebhookEvents | None, modules: dict[str, str]) -> dict[str, str]:
    """The generated module with the union and its decoder (nothing when there are no events);
    `modules` maps class names to their module under `novu_api.models`."""
    if events is None:
        return {}
    return {
        "webhooks/events.py": env.get_template("webhook_events.py.jinja").render(
            events=events, generic=GENERIC, union=UNION, modules=modules
        )
    }


# --- release report ----------------------------------------------------------------------------


def compare_events(report: Any, comparer: Any, old: dict[str, Any], new: dict[str, Any]) -> None:
    """Adds the event types added, removed and changed (their own schemas compared field by field)."""
    from .diff import RESPONSE, Change, Entry

    before, after = find_events(old), find_events(new)
    a = {e.type: e for e in (before.events if before else ())}
    b = {e.type: e for e in (after.events if after else ())}
    for key in sorted(set(a) | set(b)):
        if key not in b:
            name = a[key].class_name
            report.webhook_events_removed.append(
                Entry(name, key, [Change(name, f"webhook event `{key}` removed", True)])
            )
        elif key not in a:
            name = b[key].class_name
            report.webhook_events_added.append(
                Entry(name, key, [Change(name, f"new webhook event `{key}`", False)])
            )
        else:
            name = b[key].class_name
            changes = comparer.schema(a[key].schema, b[key].schema, name, frozenset({RESPONSE}))
            if a[key].payload_schema != b[key].payload_schema:
                changes.append(
                    Change(
                        name,
                        f"payload schema `{a[key].payload_schema}` → `{b[key].payload_schema}`",
                        False,
                    )
                )
            if changes:
                report.webhook_events_changed.append(Entry(name, key, changes))


def summary_clause(report: Any) -> str:
    """A sentence for the report's summary, when webhook event types changed."""
    counts = [
        len(report.webhook_events_added),
        len(report.webhook_events_removed),
        len(report.webhook_events_changed),
    ]
    if not any(counts):
        return ""
    return f" Webhook events: {counts[0]} added, {counts[1]} removed, {counts[2]} changed."


def markdown_sections(report: Any, hh: str) -> list[str]:
    from .diff import changed_section, listed_section, wire_item, wire_row

    table = ["| Python | event type |", "|---|---|"]
    return [
        *listed_section(hh, "Webhook events added", report.webhook_events_added, table, wire_row),
        *listed_section(hh, "Webhook events removed", report.webhook_events_removed, table, wire_row),
        *changed_section(hh, "Webhook events changed", report.webhook_events_changed, wire_item),
    ]
