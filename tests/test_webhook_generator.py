"""generator/webhooks.py: event schemas from `x-webhooks`, found from the document (nothing named),
rendered through the real pipeline, and covered by the release report."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from generator.build import RUFF_CONFIG
from generator.diff import compare, prepare
from generator.fix import fix
from generator.model import model
from generator.render import render
from generator.webhooks import GENERIC, WebhookSchemaError, class_name, find_events, with_event_schemas
from generator.write import formatted


def _doc() -> dict[str, Any]:
    """A small document: three event types, two sharing a payload schema whose tag enum names one."""

    def payload(tag: str, data: str) -> dict[str, Any]:
        return {
            "type": "object",
            "properties": {
                "kind": {"type": "string", "enum": [tag], "description": "Event type."},
                "sentAt": {"type": "string", "format": "date-time"},
                "data": {"$ref": f"#/components/schemas/{data}"},
                "source": {"type": "string", "enum": ["shop"]},
            },
            "required": ["kind", "sentAt", "data"],
        }

    def hook(schema: str) -> dict[str, Any]:
        return {
            "post": {
                "summary": "An event",
                "requestBody": {
                    "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}}
                },
                "responses": {"200": {"description": "ok"}},
            }
        }

    return {
        "openapi": "3.0.0",
        "info": {"title": "Shop", "version": "1.0.0"},
        "paths": {},
        "x-webhooks": {
            "order.paid": hook("OrderWrapper"),
            "order.refunded": hook("OrderWrapper"),
            "cart.left": hook("CartWrapper"),
        },
        "components": {
            "schemas": {
                "Order": {
                    "type": "object",
                    "properties": {"total": {"type": "integer"}},
                    "required": ["total"],
                },
                "Cart": {
                    "type": "object",
                    "properties": {"items": {"type": "array", "items": {"type": "string"}}},
                },
                "OrderWrapper": payload("order.paid", "Order"),
                "CartWrapper": payload("cart.left", "Cart"),
            }
        },
    }


def test_events_are_found_from_the_document() -> None:
    found = find_events(_doc())
    assert found is not None
    assert found.tag == "kind"  # the one string property whose enum values are event types
    assert [(e.type, e.class_name, e.payload_schema) for e in found.events] == [
        ("cart.left", "CartLeftEvent", "CartWrapper"),
        ("order.paid", "OrderPaidEvent", "OrderWrapper"),
        ("order.refunded", "OrderRefundedEvent", "OrderWrapper"),
    ]
    refunded = found.events[2].schema
    assert refunded["properties"]["kind"] == {
        "type": "string",
        "const": "order.refunded",
        "description": "Event type.",
    }
    assert refunded["properties"]["data"] == {"$ref": "#/components/schemas/Order"}
    # The generic event: the fields all payloads share; those that differ are loosened.
    assert found.generic["required"] == ["kind", "sentAt", "data"]
    assert found.generic["properties"]["kind"] == {"type": "string", "description": "Event type."}
    assert found.generic["properties"]["data"] == {"type": "object"}
    assert found.generic["properties"]["sentAt"] == {"type": "string", "format": "date-time"}
    assert found.generic["properties"]["source"] == {"type": "string", "enum": ["shop"]}


def test_the_pinned_document_has_one_event_class_per_entry(spec: dict[str, Any]) -> None:
    found = find_events(spec)
    assert found is not None
    assert sorted(e.type for e in found.events) == sorted(spec["x-webhooks"])
    assert len({e.class_name for e in found.events}) == len(spec["x-webhooks"])
    for event in found.events:
        assert event.schema["properties"][found.tag]["const"] == event.type


def test_no_webhooks_no_event_schemas() -> None:
    doc = _doc()
    del doc["x-webhooks"]
    assert find_events(doc) is None
    assert with_event_schemas(doc) == (doc, None)


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda d: d["components"]["schemas"]["CartWrapper"]["properties"].pop("kind"), "cannot tell"),
        (lambda d: d["components"]["schemas"].update(OrderPaidEvent={"type": "object"}), "already taken"),
        (lambda d: d["components"]["schemas"].update({GENERIC: {"type": "object"}}), GENERIC),
        (lambda d: d["x-webhooks"].update({"order-paid": d["x-webhooks"]["order.paid"]}), "already taken"),
        (lambda d: d["x-webhooks"].update({"...": d["x-webhooks"]["order.paid"]}), "no letters"),
        (lambda d: d["x-webhooks"]["cart.left"].pop("post"), "no application/json"),
        (lambda d: d.update({"x-webhooks": ["order.paid"]}), "not an object"),
    ],
    ids=[
        "no tag",
        "name clash",
        "generic clash",
        "two types one name",
        "unnamable type",
        "no body",
        "not a map",
    ],
)
def test_documents_the_generator_cannot_represent_fail_clearly(change: Any, message: str) -> None:
    doc = _doc()
    change(doc)
    with pytest.raises(WebhookSchemaError, match=message):
        find_events(doc)


def test_class_names() -> None:
    assert class_name("message.sent") == "MessageSentEvent"
    assert class_name("email_inbound.received") == "EmailInboundReceivedEvent"
    assert class_name("v2.thing") == "V2ThingEvent"
    assert class_name("2fa.enabled") == "Event2faEnabledEvent"


def test_rendered_through_the_pipeline() -> None:
    doc = _doc()
    files = formatted(render(model(fix(doc)), "1.0.0"), RUFF_CONFIG)
    events = files["webhooks/events.py"]
    assert events.startswith("# Generated from Novu API 1.0.0")
    for name in ("CartLeftEvent", "OrderPaidEvent", "OrderRefundedEvent", GENERIC):
        assert f"from novu_api.models.{_module(name)} import {name}" in events
    assert '"order.refunded": OrderRefundedEvent,' in events
    assert 'TAG: str = "kind"' in events
    refunded = files["models/order_refunded_event.py"]
    assert 'kind: Literal["order.refunded"]' in refunded
    assert "from typing import" in refunded and "Literal" in refunded
    assert "data: Order\n" in refunded
    registry = files["operations.py"]
    assert 'WebhookEventEntry(\n        "order.refunded",\n        "OrderRefundedEvent",' in registry
    assert 'WEBHOOK_EVENT_TAG: str = "kind"' in registry
    compile(events, "events.py", "exec")
    compile(registry, "operations.py", "exec")


def _module(name: str) -> str:
    import re

    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def test_release_report_covers_event_types(spec: dict[str, Any]) -> None:
    old = copy.deepcopy(spec)
    new = copy.deepcopy(spec)
    hooks = new["x-webhooks"]
    removed, kept = sorted(hooks)[:2]
    del hooks[removed]
    hooks["thing.happened"] = copy.deepcopy(hooks[kept])
    # A field of one event's payload disappears: a breaking change to that event class.
    schema_name = hooks[kept]["post"]["requestBody"]["content"]["application/json"]["schema"]["$ref"].rsplit(
        "/", 1
    )[-1]
    wrapper = new["components"]["schemas"][schema_name]
    gone = next(name for name in wrapper["properties"] if name not in wrapper.get("required", []))
    del wrapper["properties"][gone]
    report = compare(prepare(old, None, "old"), prepare(new, None, "new"))
    assert [e.wire for e in report.webhook_events_removed] == [removed]
    assert [e.wire for e in report.webhook_events_added] == ["thing.happened"]
    changed = {e.wire: e for e in report.webhook_events_changed}
    assert kept in changed
    assert any(gone in c.what or c.symbol.endswith(gone) for c in changed[kept].changes)
    assert all(c.breaking for c in report.webhook_events_removed[0].changes)
    assert not any(c.breaking for c in report.webhook_events_added[0].changes)
    text = report.to_markdown()
    assert report.summary().endswith(f"Webhook events: 1 added, 1 removed, {len(changed)} changed.")
    assert f"| `{class_name(removed)}` | `{removed}` |" in text
    assert "## Webhook events added (1)" in text and "## Webhook events changed" in text
    assert any(class_name(removed) == c.symbol for c in report.breaking)


def test_release_report_of_two_snapshots_with_the_same_events(spec: dict[str, Any]) -> None:
    same = compare(prepare(spec, None, "a"), prepare(json.loads(json.dumps(spec)), None, "b"))
    assert not (same.webhook_events_added or same.webhook_events_removed or same.webhook_events_changed)
    assert "Webhook events" not in same.to_markdown()
