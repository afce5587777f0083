"""The release report (`python -m generator diff`), name stability, overlay tolerance, and
`python -m generator update` on temporary copies of the project.

Expected sets come from the two spec snapshots themselves, never from lists written here.
"""

from __future__ import annotations

import copy
import http.server
import json
import os
import re
import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.__main__ import main
from generator.diff import ReleaseDiff, compare, diff_files, prepare
from generator.name import name_operations, python_property, snake
from generator.normalise import iter_operations
from generator.spec import (
    OverlayWarning,
    Pin,
    SpecError,
    apply_overlay,
    document_form,
    load_overlay,
    sha256_of,
)
from generator.update import Layout, add_to_changelog, is_older, retrieval_date, storage_path, update

ROOT = Path(__file__).resolve().parent.parent
NEW = Pin.load().default_path()


def _earlier_documents() -> list[Path]:
    """Documents beside the pin that are older than it, in the pin's form, oldest first."""
    pin = Pin.load()
    found = []
    for path in sorted(NEW.parent.glob("*.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        version = str(document["info"]["version"])
        if document_form(document) == pin.form and is_older(version, retrieval_date(path.name), pin):
            found.append(
                (tuple(int(x) for x in re.findall(r"\d+", version)), retrieval_date(path.name), path)
            )
    return [path for _, _, path in sorted(found)]


_EARLIER = _earlier_documents()
if not _EARLIER:
    pytest.skip("no earlier document of the pin's form beside it", allow_module_level=True)
OLD = _EARLIER[0]  # the oldest earlier release: the largest report the documents give
# Keys that only document; a difference in them alone is not a change for SDK users.
DOC_KEYS = {"description", "summary", "example", "examples", "externalDocs"}


def _overlaid(path: Path) -> dict[str, Any]:
    document = json.loads(path.read_text(encoding="utf-8"))
    result, _missed = apply_overlay(document, load_overlay(), warn=False)
    return result


@pytest.fixture(scope="module")
def old_doc() -> dict[str, Any]:
    return _overlaid(OLD)


@pytest.fixture(scope="module")
def new_doc() -> dict[str, Any]:
    return _overlaid(NEW)


@pytest.fixture(scope="module")
def report() -> ReleaseDiff:
    return diff_files(OLD, NEW)


def _routes(document: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {(method.upper(), path): op for method, path, op in iter_operations(document)}


def _facades(document: dict[str, Any]) -> dict[str, str]:
    """operationId -> facade symbol, by the generator's naming rules."""
    ops = [op for _, _, op in iter_operations(document)]
    return {op_id: "novu." + name.facade for op_id, name in name_operations(ops).items()}


def _semantic(node: Any, in_properties: bool = False) -> Any:
    """A document node without its documentation (property names are kept whatever they are)."""
    if isinstance(node, dict):
        return {
            key: _semantic(value, key == "properties" and not in_properties)
            for key, value in node.items()
            if in_properties or key not in DOC_KEYS
        }
    if isinstance(node, list):
        return [_semantic(value) for value in node]
    return node


def _schemas(document: dict[str, Any]) -> dict[str, Any]:
    schemas: dict[str, Any] = document["components"]["schemas"]
    return schemas


# --- the two snapshots -----------------------------------------------------------------------


def test_operations_added_and_removed_are_those_of_the_documents(
    report: ReleaseDiff, old_doc: dict[str, Any], new_doc: dict[str, Any]
) -> None:
    old_routes, new_routes = _routes(old_doc), _routes(new_doc)
    new_names = _facades(new_doc)
    old_names = _facades(old_doc)
    added = {r for r in new_routes if r not in old_routes}
    removed = {r for r in old_routes if r not in new_routes}

    expected_added = {(new_names[new_routes[r]["operationId"]], f"{r[0]} {r[1]}") for r in added}
    expected_removed = {(old_names[old_routes[r]["operationId"]], f"{r[0]} {r[1]}") for r in removed}
    assert {(e.symbol, e.wire) for e in report.operations_added} == expected_added
    assert {(e.symbol, e.wire) for e in report.operations_removed} == expected_removed
    assert expected_added or expected_removed, "the two documents differ in their operations"
    assert len(new_routes) - len(old_routes) == len(expected_added) - len(expected_removed)


def test_schemas_added_and_removed_are_those_of_the_documents(
    report: ReleaseDiff, old_doc: dict[str, Any], new_doc: dict[str, Any]
) -> None:
    old_names, new_names = set(_schemas(old_doc)), set(_schemas(new_doc))
    assert {e.symbol for e in report.schemas_added} == new_names - old_names
    assert {e.symbol for e in report.schemas_removed} == old_names - new_names
    assert new_names != old_names


def test_changed_operations_and_schemas_are_those_that_differ_beyond_documentation(
    report: ReleaseDiff, old_doc: dict[str, Any], new_doc: dict[str, Any]
) -> None:
    old_routes, new_routes = _routes(old_doc), _routes(new_doc)
    changed_ops = {
        f"{r[0]} {r[1]}"
        for r in old_routes.keys() & new_routes.keys()
        if _semantic(old_routes[r]) != _semantic(new_routes[r])
    }
    old_schemas, new_schemas = _schemas(old_doc), _schemas(new_doc)
    changed_schemas = {
        n
        for n in old_schemas.keys() & new_schemas.keys()
        if _semantic(old_schemas[n]) != _semantic(new_schemas[n])
    }
    assert {e.wire for e in report.operations_changed} == changed_ops
    assert {e.symbol for e in report.schemas_changed} == changed_schemas
    assert changed_ops and changed_schemas


def test_every_change_between_the_snapshots_is_classified_by_the_rules(
    report: ReleaseDiff, old_doc: dict[str, Any], new_doc: dict[str, Any]
) -> None:
    assert all(not c.breaking for e in report.operations_added + report.schemas_added for c in e.changes)
    assert all(c.breaking for e in report.operations_removed + report.schemas_removed for c in e.changes)

    # Operations: the only non-documentation difference between the snapshots is deprecation.
    old_routes, new_routes = _routes(old_doc), _routes(new_doc)
    names = _facades(new_doc)
    for entry in report.operations_changed:
        method, path = entry.wire.split(" ", 1)
        old_op, new_op = _semantic(old_routes[(method, path)]), _semantic(new_routes[(method, path)])
        differing = {k for k in old_op.keys() | new_op.keys() if old_op.get(k) != new_op.get(k)}
        assert entry.changes
        if differing != {"deprecated"}:
            continue  # other kinds of change: the classification cases below check each rule
        symbol = names[new_op["operationId"]]
        what = "deprecated" if new_op.get("deprecated") else "no longer deprecated"
        assert [(c.symbol, c.what, c.breaking) for c in entry.changes] == [(symbol, what, False)]

    # Schemas: fields added or removed; a removed field, or a new required field of a request
    # body schema, is breaking; the Python name is the snake_case of the wire name or override.
    request_schemas = {
        ref.rsplit("/", 1)[-1]
        for op in new_routes.values()
        for media in ((op.get("requestBody") or {}).get("content") or {}).values()
        for ref in [media.get("schema", {}).get("$ref", "")]
        if ref
    }
    old_schemas, new_schemas = _schemas(old_doc), _schemas(new_doc)
    for entry in report.schemas_changed:
        a, b = old_schemas[entry.symbol], new_schemas[entry.symbol]
        a_props, b_props = a.get("properties") or {}, b.get("properties") or {}
        required = set(b.get("required") or []) - set(a.get("required") or [])
        if (
            any(_semantic(a_props[w]) != _semantic(b_props[w]) for w in a_props.keys() & b_props.keys())
            or not set(a.get("required") or []) <= set(b.get("required") or [])
            or not required <= b_props.keys() - a_props.keys()
            or _semantic({**a, "properties": {}}) != _semantic({**b, "properties": {}})
        ):
            assert entry.changes  # a change inside a field: the classification cases check each rule
            continue
        expected = {
            (
                f"{entry.symbol}.{python_property(w, b_props[w])}",
                w in required and entry.symbol in request_schemas,
            )
            for w in b_props.keys() - a_props.keys()
        } | {
            (f"{entry.symbol}.{python_property(w, a_props[w])}", True)
            for w in a_props.keys() - b_props.keys()
        }
        assert {(c.symbol, c.breaking) for c in entry.changes} == expected

    assert report.counts() == {
        "operations_added": len(report.operations_added),
        "operations_removed": len(report.operations_removed),
        "operations_changed": len(report.operations_changed),
        "schemas_added": len(report.schemas_added),
        "schemas_removed": len(report.schemas_removed),
        "schemas_changed": len(report.schemas_changed),
        "breaking": len(report.breaking),
    }


def test_an_operation_that_did_not_change_keeps_its_python_name(
    report: ReleaseDiff, old_doc: dict[str, Any], new_doc: dict[str, Any]
) -> None:
    old_routes, new_routes = _routes(old_doc), _routes(new_doc)
    old_ops = [old_routes[r] for r in sorted(old_routes)]
    new_ops = [new_routes[r] for r in sorted(new_routes)]
    before, after = name_operations(old_ops), name_operations(new_ops)
    for route in old_routes.keys() & new_routes.keys():
        op_id = old_routes[route]["operationId"]
        assert new_routes[route]["operationId"] == op_id
        assert after[op_id] == before[op_id], f"{route} was renamed by unrelated additions"
    # Naming does not depend on the order of operations in the document.
    assert name_operations(list(reversed(new_ops))) == after
    assert not [c for c in report.changes if "renamed" in c.what]


def test_markdown_report_names_symbols_and_counts(report: ReleaseDiff) -> None:
    text = report.to_markdown()
    assert text.startswith("# ")
    assert report.summary() in text
    counts = report.counts()
    assert f"{counts['operations_added']} operations added" in report.summary()
    assert f"{counts['schemas_added']} schemas added" in report.summary()
    for entry in report.entries():
        assert f"`{entry.symbol}`" in text
    if not report.breaking:
        assert "## Breaking changes\n\nNone." in text


def test_diff_command_prints_the_report(report: ReleaseDiff, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", str(OLD), str(NEW), "--fail-on-breaking"]) == (1 if report.breaking else 0)
    out = capsys.readouterr().out
    assert out.startswith("# ") and report.summary() in out


# --- classification rules, on small documents ------------------------------------------------


def _base() -> dict[str, Any]:
    def op(op_id: str, name: str, **extra: Any) -> dict[str, Any]:
        return {
            "operationId": op_id,
            "x-speakeasy-group": "things",
            "x-speakeasy-name-override": name,
            **extra,
        }

    ok = {
        "200": {
            "description": "ok",
            "content": {
                "application/json": {
                    "schema": {"properties": {"data": {"$ref": "#/components/schemas/Thing"}}}
                }
            },
        }
    }
    return {
        "openapi": "3.0.3",
        "info": {"title": "Test API", "version": "1.0.0"},
        "paths": {
            "/v1/things": {
                "get": op(
                    "ThingsController_list",
                    "list",
                    parameters=[
                        {"name": "limit", "in": "query", "required": False, "schema": {"type": "number"}}
                    ],
                    responses=ok,
                ),
                "post": op(
                    "ThingsController_create",
                    "create",
                    requestBody={
                        "required": True,
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/CreateThingDto"}}
                        },
                    },
                    responses=ok,
                ),
            }
        },
        "components": {
            "schemas": {
                "Thing": {
                    "type": "object",
                    "properties": {
                        "id": {"type": "string"},
                        "name": {"type": "string"},
                        "status": {"$ref": "#/components/schemas/Status"},
                    },
                    "required": ["id"],
                },
                "CreateThingDto": {
                    "type": "object",
                    "properties": {
                        "name": {"type": "string"},
                        "kind": {"type": "string", "enum": ["a", "b"]},
                        "tags": {
                            "type": "array",
                            "items": {"oneOf": [{"type": "string"}, {"type": "number"}]},
                        },
                    },
                    "required": ["name"],
                },
                "Orphan": {
                    "type": "object",
                    "properties": {"a": {"type": "string"}, "b": {"type": "string"}},
                    "required": ["a"],
                },
                "Status": {"type": "string", "enum": ["on", "off"]},
            }
        },
    }


def _schema(doc: dict[str, Any], name: str) -> dict[str, Any]:
    found: dict[str, Any] = doc["components"]["schemas"][name]
    return found


def _add_op(doc: dict[str, Any]) -> None:
    doc["paths"]["/v1/things/{id}"] = {
        "delete": {
            "operationId": "ThingsController_delete",
            "x-speakeasy-group": "things",
            "responses": {"204": {"description": "gone"}},
        }
    }


def _drop_status(doc: dict[str, Any]) -> None:
    del doc["components"]["schemas"]["Status"]
    del _schema(doc, "Thing")["properties"]["status"]


def _union_in_list_gains(doc: dict[str, Any]) -> None:
    members = _schema(doc, "CreateThingDto")["properties"]["tags"]["items"]["oneOf"]
    members.append({"type": "boolean"})


CASES: dict[str, tuple[Callable[[dict[str, Any]], None], set[tuple[str, bool]]]] = {
    "removed operation": (lambda d: d["paths"]["/v1/things"].pop("get"), {("novu.things.list", True)}),
    "new operation": (_add_op, {("novu.things.delete", False)}),
    "removed response field": (
        lambda d: _schema(d, "Thing")["properties"].pop("name"),
        {("Thing.name", True)},
    ),
    "type change": (
        lambda d: _schema(d, "Thing")["properties"]["name"].update(type="integer"),
        {("Thing.name", True)},
    ),
    "format that changes the Python type": (
        lambda d: _schema(d, "Thing")["properties"]["name"].update(format="date-time"),
        {("Thing.name", True)},
    ),
    "new required request field": (
        lambda d: (
            _schema(d, "CreateThingDto")["properties"].update(color={"type": "string"}),
            _schema(d, "CreateThingDto")["required"].append("color"),
        ),
        {("CreateThingDto.color", True)},
    ),
    "new optional request field": (
        lambda d: _schema(d, "CreateThingDto")["properties"].update(color={"type": "string"}),
        {("CreateThingDto.color", False)},
    ),
    "new required response field": (
        lambda d: (
            _schema(d, "Thing")["properties"].update(color={"type": "string"}),
            _schema(d, "Thing")["required"].append("color"),
        ),
        {("Thing.color", False)},
    ),
    "request field becomes required": (
        lambda d: _schema(d, "CreateThingDto")["required"].append("kind"),
        {("CreateThingDto.kind", True)},
    ),
    "response field becomes optional": (
        lambda d: _schema(d, "Thing")["required"].remove("id"),
        {("Thing.id", True)},
    ),
    "response field becomes nullable": (
        lambda d: _schema(d, "Thing")["properties"]["name"].update(nullable=True),
        {("Thing.name", True)},
    ),
    "request field becomes nullable": (
        lambda d: _schema(d, "CreateThingDto")["properties"]["name"].update(nullable=True),
        {("CreateThingDto.name", False)},
    ),
    "removed enum value": (lambda d: _schema(d, "Status")["enum"].remove("off"), {("Status", True)}),
    "added enum value": (lambda d: _schema(d, "Status")["enum"].append("paused"), {("Status", False)}),
    "removed inline enum value": (
        lambda d: _schema(d, "CreateThingDto")["properties"]["kind"]["enum"].remove("b"),
        {("CreateThingDto.kind", True)},
    ),
    "renamed Python attribute, same wire name": (
        lambda d: _schema(d, "Thing")["properties"]["name"].update({"x-speakeasy-name-override": "title"}),
        {("Thing.name", True)},
    ),
    "wire rename that keeps the Python name": (
        lambda d: _schema(d, "Thing")["properties"].update(
            Name=_schema(d, "Thing")["properties"].pop("name")
        ),
        {("Thing.name", False)},
    ),
    "renamed operation, same wire": (
        lambda d: d["paths"]["/v1/things"]["get"].update({"x-speakeasy-name-override": "all"}),
        {("novu.things.list", True)},
    ),
    "new required query parameter": (
        lambda d: d["paths"]["/v1/things"]["get"]["parameters"].append(
            {"name": "after", "in": "query", "required": True, "schema": {"type": "string"}}
        ),
        {("novu.things.list(after)", True)},
    ),
    "new optional query parameter": (
        lambda d: d["paths"]["/v1/things"]["get"]["parameters"].append(
            {"name": "after", "in": "query", "schema": {"type": "string"}}
        ),
        {("novu.things.list(after)", False)},
    ),
    "removed query parameter": (
        lambda d: d["paths"]["/v1/things"]["get"].pop("parameters"),
        {("novu.things.list(limit)", True)},
    ),
    "parameter type change": (
        lambda d: d["paths"]["/v1/things"]["get"]["parameters"][0]["schema"].update(type="string"),
        {("novu.things.list(limit)", True)},
    ),
    "deprecated operation": (
        lambda d: d["paths"]["/v1/things"]["get"].update(deprecated=True),
        {("novu.things.list", False)},
    ),
    "removed schema": (_drop_status, {("Status", True), ("Thing.status", True)}),
    "documentation only": (
        lambda d: _schema(d, "Thing")["properties"]["name"].update(description="The name."),
        set(),
    ),
    "request pattern added": (
        lambda d: _schema(d, "CreateThingDto")["properties"]["name"].update(pattern="^[a-z]+$"),
        {("CreateThingDto.name", True)},
    ),
    "request maxLength raised": (
        lambda d: _schema(d, "CreateThingDto")["properties"]["name"].update(maxLength=10),
        {("CreateThingDto.name", True)},  # a bound that appears: tighter
    ),
    "request minimum lowered": (
        lambda d: d["paths"]["/v1/things"]["get"]["parameters"][0]["schema"].update(minimum=0),
        {("novu.things.list(limit)", True)},
    ),
    "response maxLength added": (
        lambda d: _schema(d, "Thing")["properties"]["name"].update(maxLength=10),
        {("Thing.name", False)},  # the SDK only reads it
    ),
    "new required header parameter": (
        lambda d: d["paths"]["/v1/things"]["get"]["parameters"].append(
            {"name": "X-Source", "in": "header", "required": True, "schema": {"type": "string"}}
        ),
        {("novu.things.list(x_source)", True)},
    ),
    "idempotency header added (the per-call option)": (
        lambda d: (
            d["paths"]["/v1/things"]["post"]
            .setdefault("parameters", [])
            .append(
                {"name": "idempotency-key", "in": "header", "required": False, "schema": {"type": "string"}}
            )
        ),
        set(),
    ),
    "success envelope no longer declared": (  # both operations share one response object
        lambda d: d["paths"]["/v1/things"]["get"]["responses"]["200"]["content"]["application/json"].update(
            schema={"$ref": "#/components/schemas/Thing"}
        ),
        {("novu.things.list", False), ("novu.things.create", False)},
    ),
    "request union gains a member inside a list": (
        _union_in_list_gains,
        {("CreateThingDto.tags", False)},
    ),
    "schema no operation reaches gains a required field": (
        lambda d: _schema(d, "Orphan").update(required=["a", "b"]),
        {("Orphan.b", False)},
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_classification(case: str) -> None:
    mutate, expected = CASES[case]
    old, new = _base(), _base()
    mutate(new)
    report = compare(prepare(old, None, "old"), prepare(new, None, "new"))
    assert {(c.symbol, c.breaking) for c in report.changes} == expected
    text = report.to_markdown()
    for change in report.breaking:
        assert f"- `{change.symbol}`: {change.what}" in text
    if not expected:
        assert report.summary().startswith("0 operations added, 0 removed, 0 changed; 0 schemas added")


def test_a_renamed_operation_names_both_python_paths() -> None:
    old, new = _base(), _base()
    new["paths"]["/v1/things"]["get"]["x-speakeasy-name-override"] = "all"
    report = compare(prepare(old, None, "old"), prepare(new, None, "new"))
    [change] = report.changes
    assert change.symbol == "novu.things.list" and "`novu.things.all`" in change.what
    assert "novu_api.api.things.all" in change.what


# --- the overlay on a release that no longer has one of its targets ---------------------------


def test_overlay_action_without_target_is_named_skipped_and_never_misapplied() -> None:
    document = _base()
    before = copy.deepcopy(document)
    overlay = {
        "overlay": "1.0.0",
        "actions": [
            {"target": "$.components.schemas.Gone.properties.status", "update": {"enum": ["x"]}},
            {"target": "$.components.schemas.Thing.properties.name", "update": {"maxLength": 10}},
            {"target": "$.components.schemas.Status.enum[?(@ == 'paused')]", "remove": True},
            {"target": "$.paths['/v1/gone'].get", "update": {"x-speakeasy-name-override": "list"}},
        ],
    }
    with pytest.warns(OverlayWarning) as caught:
        result, missed = apply_overlay(document, overlay)
    assert missed == [overlay["actions"][i]["target"] for i in (0, 2, 3)]
    messages = [str(w.message) for w in caught]
    assert all(any(target in m for m in messages) for target in missed)
    assert document == before, "the input document is never modified"
    expected = copy.deepcopy(before)
    _schema(expected, "Thing")["properties"]["name"]["maxLength"] = 10
    assert result == expected, "only the action whose target exists was applied; nothing was created"


def test_the_overlay_applies_to_both_documents_without_error() -> None:
    from jsonpath_ng.ext.parser import parse

    for path in (OLD, NEW):
        raw = json.loads(path.read_text(encoding="utf-8"))
        targets = [a["target"] for a in load_overlay()["actions"]]
        _, missed = apply_overlay(raw, load_overlay(), warn=False)
        assert missed == [t for t in targets if not parse(t).find(raw)], path.name


def test_report_on_a_release_missing_an_overlay_target(old_doc: dict[str, Any]) -> None:
    from jsonpath_ng.ext.parser import parse

    raw_old = json.loads(OLD.read_text(encoding="utf-8"))
    raw_new = copy.deepcopy(raw_old)
    overlay = load_overlay()
    # An action that names an operation: the operation goes away in the "new" release.
    action = next(
        (a for a in overlay["actions"] if "operationId" in a["target"] and parse(a["target"]).find(raw_old)),
        None,
    )
    if action is None:
        pytest.skip("no overlay action targets an operation of this release")
    target = action["target"]
    [match] = parse(target).find(raw_old)
    operation_id = match.value["operationId"]
    path, method = next((p, m) for m, p, op in iter_operations(raw_new) if op["operationId"] == operation_id)
    raw_new["paths"][path].pop(method)
    report = compare(prepare(raw_old, overlay, "old"), prepare(raw_new, overlay, "new"), overlay)
    assert target in report.new.overlay_missed
    assert any(target in note for note in report.overlay_notes)
    assert target in report.to_markdown()
    symbol = _facades(old_doc)[operation_id]
    assert [(e.symbol, e.breaking) for e in report.operations_removed] == [(symbol, True)]


def test_report_flags_an_overlay_target_that_changed_upstream() -> None:
    raw_old = json.loads(OLD.read_text(encoding="utf-8"))
    raw_new = copy.deepcopy(raw_old)
    overlay = load_overlay()
    # The first action whose target is a list of enum values: Novu adds a value to that list.
    action = next(a for a in overlay["actions"] if a["target"].endswith(".enum"))
    from jsonpath_ng.ext.parser import parse

    [match] = parse(action["target"]).find(raw_new)
    match.value.append("a-value-novu-added")
    report = compare(prepare(raw_old, overlay, "old"), prepare(raw_new, overlay, "new"), overlay)
    assert any(action["target"] in note and "changed" in note for note in report.overlay_notes)


def test_report_does_not_flag_an_overlay_target_whose_description_alone_changed() -> None:
    old, new = _base(), _base()
    overlay = {
        "overlay": "1.0.0",
        "actions": [
            {
                "target": "$.components.schemas.Thing.properties.name",
                "description": "fixes the name",
                "update": {"maxLength": 10},
            },
            {
                "target": "$.components.schemas.Status",
                "description": "fixes the enum",
                "update": {"enum": ["x"]},
            },
        ],
    }
    _schema(new, "Thing")["properties"]["name"]["description"] = "Now documented."
    _schema(new, "Status")["description"] = "Documented too."
    _schema(new, "Thing")["properties"]["id"]["format"] = "uuid"  # outside what the actions touch
    report = compare(prepare(old, overlay, "old"), prepare(new, overlay, "new"), overlay)
    assert not [n for n in report.overlay_notes if "changed" in n]
    _schema(new, "Status")["enum"].append("paused")  # what the second action works on
    report = compare(prepare(old, overlay, "old"), prepare(new, overlay, "new"), overlay)
    assert [n for n in report.overlay_notes if "changed" in n] == [
        "**action `$.components.schemas.Status`: Novu changed its target in this release; check that the fix still fits**"
    ]


def test_union_changes_read_as_adds_and_drops() -> None:
    old, new = _base(), _base()
    _union_in_list_gains(new)
    [change] = compare(prepare(old, None, "old"), prepare(new, None, "new")).changes
    assert change.what == "union adds `boolean`"


def test_removed_inline_model_classes_are_breaking(tmp_path: Path) -> None:
    from generator.update import removed_classes
    from generator.write import HEADER_PREFIX

    models = tmp_path / "novu_api" / "models"
    models.mkdir(parents=True)
    (models / "thing_inline.py").write_text(f"{HEADER_PREFIX}1.0.0\nclass ThingInline:\n    pass\n")
    (models / "kept.py").write_text(f"{HEADER_PREFIX}1.0.0\nclass Kept:\n    pass\n")
    (models / "hand.py").write_text("class HandWritten:\n    pass\n")  # not generated: ignored
    report = compare(prepare(_base(), None, "old"), prepare(_base(), None, "new"))
    files = {"models/kept.py": "class Kept:\n    pass\n"}
    [entry] = removed_classes(tmp_path / "novu_api", files, report)
    assert entry.symbol == "ThingInline" and entry.breaking
    report.classes_removed = [entry]
    assert "1 inline model classes removed" in report.summary() and "`ThingInline`" in report.to_markdown()


def test_overlay_removes_exactly_the_targeted_list_item() -> None:
    document = {
        "openapi": "3.0.3",
        "paths": {},
        "components": {"schemas": {"E": {"enum": ["a", "b", "a", "c"]}}},
    }
    overlay = {"overlay": "1.0.0", "actions": [{"target": "$.components.schemas.E.enum[2]", "remove": True}]}
    result, _ = apply_overlay(document, overlay)
    assert result["components"]["schemas"]["E"]["enum"] == ["a", "b", "c"]


# --- python -m generator update, on temporary copies -------------------------------------------


def _project(root: Path, pinned: Path, *, package: bool = True) -> Pin:
    """A copy of the project's update inputs, pinned to `pinned` (absolute path)."""
    (root / "openapi").mkdir(parents=True)
    shutil.copy(ROOT / "openapi" / "overlay.yaml", root / "openapi" / "overlay.yaml")
    shutil.copy(ROOT / "openapi" / "sources.json", root / "openapi" / "sources.json")
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    if (ROOT / "CHANGELOG.md").exists():
        shutil.copy(ROOT / "CHANGELOG.md", root / "CHANGELOG.md")
    if package:
        shutil.copytree(ROOT / "novu_api", root / "novu_api", ignore=shutil.ignore_patterns("__pycache__"))
    else:
        (root / "novu_api").mkdir()
    document = json.loads(pinned.read_text(encoding="utf-8"))
    pin = Pin(
        api="Novu API",
        version=str(document["info"]["version"]),
        source_url="https://api.novu.co/openapi.json",
        retrieved=re.search(r"\d{4}-\d{2}-\d{2}", pinned.name).group(0),  # type: ignore[union-attr]
        sha256=sha256_of(pinned.read_bytes()),
        path=str(pinned),
    )
    pin.save(root / "openapi" / "pin.json")
    return pin


@pytest.fixture
def real_files() -> Iterator[None]:
    """The real pin and changelog are never touched by these tests."""
    watched = [ROOT / "openapi" / "pin.json", ROOT / "CHANGELOG.md"]
    before = [p.read_bytes() if p.exists() else None for p in watched]
    yield
    assert [p.read_bytes() if p.exists() else None for p in watched] == before


@pytest.mark.slow
def test_update_reports_moves_the_pin_regenerates_and_logs(tmp_path: Path, real_files: None) -> None:
    root = tmp_path / "project"
    old_pin = _project(root, OLD)
    # A generated module of the new release is deleted first: the update must bring it back.
    from novu_api.operations import OPERATIONS

    probe = root.joinpath(*OPERATIONS[0].module.split(".")).with_suffix(".py")
    probe.unlink()
    new_document = json.loads(NEW.read_text(encoding="utf-8"))

    assert main(["update", str(NEW), "--root", str(root), "--no-tests"]) == 0

    pin = Pin.load(root / "openapi" / "pin.json")
    assert pin.sha256 == sha256_of(NEW.read_bytes())
    assert pin.version == new_document["info"]["version"]
    assert pin.retrieved == re.search(r"\d{4}-\d{2}-\d{2}", NEW.name).group(0)  # type: ignore[union-attr]
    assert (root / pin.path).resolve() == NEW.resolve() and pin.path == os.path.relpath(NEW, root)
    assert pin.form == document_form(new_document) and pin.api == old_pin.api
    layout = Layout(root)
    expected = old_pin.source_url if pin.form == old_pin.form else layout.published(pin.form)
    assert pin.source_url == expected

    registry = (root / "novu_api" / "operations.py").read_text(encoding="utf-8")
    assert all(f'"{op["operationId"]}"' in registry for _, _, op in iter_operations(new_document))
    assert probe.is_file()

    changelog = (root / "CHANGELOG.md").read_text(encoding="utf-8")
    headings = [line for line in changelog.splitlines() if line.startswith("## ")]
    assert headings[0] == f"## Novu API {pin.version} ({pin.retrieved})"
    newest = changelog.split(headings[0], 1)[1].split("\n## ", 1)[0]
    assert diff_files(OLD, NEW).summary() in newest
    assert f"`).\n\n### Changes since Novu API {old_pin.version} ({old_pin.retrieved})\n\n" in newest
    if (ROOT / "CHANGELOG.md").exists():  # the earlier sections stay, below the new one
        earlier = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8").splitlines()
        assert headings[1:] == [line for line in earlier if line.startswith("## ")]

    # The same document again: nothing to do, nothing written.
    snapshot = (root / "CHANGELOG.md").read_bytes()
    assert update(str(NEW), root=root, run_tests=False) == 0
    assert (root / "CHANGELOG.md").read_bytes() == snapshot


@pytest.mark.slow  # about 2 s
def test_update_from_a_url_stores_the_document_beside_the_pinned_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, real_files: None
) -> None:
    specs = tmp_path / "specs"  # stands for ../shared/openapi: outside the project
    specs.mkdir()
    pinned = specs / OLD.name
    shutil.copy(OLD, pinned)
    root = tmp_path / "project"
    _project(root, pinned, package=False)
    payload = NEW.read_bytes()
    new_date = "2099-01-01"  # later than the pin, named in the stored file

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    # Rendering is exercised by the slow test; here the download, storage, pin and changelog.
    rendered: list[str] = []
    monkeypatch.setattr(
        "generator.update.build_document",
        lambda doc, version, config, docs=None, official=None: rendered.append(version) or {},
    )
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/openapi.json"
        assert update(url, root=root, run_tests=False, retrieved=new_date) == 0
    finally:
        server.shutdown()
        server.server_close()
        thread.join()

    old_document = json.loads(OLD.read_text(encoding="utf-8"))
    new_version = json.loads(payload)["info"]["version"]
    stored = specs / OLD.name.replace(retrieval_date(OLD.name), new_date).replace(
        str(old_document["info"]["version"]), str(new_version)
    )
    assert stored.read_bytes() == payload
    pin = Pin.load(root / "openapi" / "pin.json")
    assert (pin.source_url, pin.retrieved, pin.sha256) == (url, new_date, sha256_of(payload))
    assert (root / pin.path).resolve() == stored.resolve()
    assert rendered == [json.loads(payload)["info"]["version"]]
    assert diff_files(OLD, NEW).summary() in (root / "CHANGELOG.md").read_text(encoding="utf-8")


def test_update_refuses_a_document_that_is_not_openapi(tmp_path: Path, real_files: None) -> None:
    root = tmp_path / "project"
    pin = _project(root, OLD, package=False)
    bad = tmp_path / "broken.json"
    bad.write_text('{"openapi": "3.0.0"}', encoding="utf-8")
    assert main(["update", str(bad), "--root", str(root), "--no-tests"]) == 2
    assert Pin.load(root / "openapi" / "pin.json") == pin
    assert not any((root / "novu_api").iterdir())


def test_a_downloaded_document_is_never_stored_inside_the_project(tmp_path: Path) -> None:
    root = tmp_path / "project"
    pin = _project(root, OLD, package=False)
    inside = Pin(**{**pin.__dict__, "path": "openapi/spec.json"})
    with pytest.raises(SpecError, match="inside the project"):
        storage_path(Layout(root), inside, {"info": {"title": "Novu API", "version": "9.9.9"}}, "2030-01-01")


def test_changelog_sections_are_newest_first(tmp_path: Path) -> None:
    log = tmp_path / "CHANGELOG.md"
    add_to_changelog(log, "## API 1 (2026-01-01)\n\nfirst\n")
    add_to_changelog(log, "## API 2 (2026-02-01)\n\nsecond\n")
    text = log.read_text(encoding="utf-8")
    assert text.startswith("# Changelog\n")
    assert text.index("## API 2") < text.index("## API 1")
    assert text.count("## API") == 2 and "\n\n\n" not in text


def test_property_python_names_follow_the_generator() -> None:
    assert python_property("autoLinkUser", {"type": "boolean"}) == "auto_link_user"
    assert python_property("name", {"x-speakeasy-name-override": "workflowId"}) == "workflow_id"
    assert python_property("_id", {}) == snake("_id") == "id"
