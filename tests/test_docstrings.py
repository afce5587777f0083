"""Docstrings answer what `docs/` answers: `help()` on a facade method or a standalone function
shows the operation's description, every argument with its description and constraints, the
return type, the error raised per declared status (and its body model), and an example.

Everything is derived from the pinned document and the registry, per operation.
"""

from __future__ import annotations

import importlib
import inspect
import json
import pydoc
import re
from typing import Any

import pytest

from generator.docstrings import constraints, text
from novu_api import AsyncNovu, Novu
from novu_api.errors import error_class
from novu_api.operations import OPERATIONS, OperationEntry
from tests.conftest import SECRET


def resolve(root: Any, facade: str) -> Any:
    for part in facade.split("."):
        root = getattr(root, part)
    return root


def document_operation(spec: dict[str, Any], entry: OperationEntry) -> dict[str, Any]:
    op: dict[str, Any] = spec["paths"][entry.path][entry.method.lower()]
    return op


def argument_names(function: Any) -> list[str]:
    return [
        name
        for name, p in inspect.signature(function).parameters.items()
        if name not in ("self", "client") and p.kind is not p.VAR_KEYWORD
    ]


def declared_errors(op: dict[str, Any]) -> list[str]:
    return [str(code) for code in op.get("responses") or {} if str(code)[:1] in "45"]


def check(doc: str, entry: OperationEntry, op: dict[str, Any], function: Any) -> list[str]:
    problems = []
    summary = text(op.get("summary") or op["operationId"]).split("\n\n")[0]
    if not doc.startswith(summary):
        problems.append(f"summary {summary!r} does not open the docstring")
    described = " ".join(text(op.get("description")).split())
    flat = " ".join(doc.split())
    if described and described[:60] not in flat:
        problems.append("no description")
    for name in argument_names(function):
        own_entry = re.search(rf"^\s+{re.escape(name)} \(", doc, re.M)
        if not own_entry and f"`{name}=` is accepted as an alias" not in " ".join(doc.split()):
            problems.append(f"argument {name} not described")
    if "**options:" not in doc:
        problems.append("per-call options not described")
    for status in declared_errors(op):
        if status.isdigit():
            cls = error_class(int(status)).__name__
        else:  # a range such as 4XX
            cls = "InternalServerError" if status[:1] == "5" else "APIStatusError"
        if not re.search(rf"^\s+{cls}: {status}; `\.body`: `\w+`\.$", doc, re.M):
            problems.append(f"status {status} ({cls}) not listed")
    if "Returns:" not in doc or "Example:" not in doc:
        problems.append("no Returns / Example section")
    return problems


@pytest.mark.parametrize("entry", OPERATIONS, ids=lambda e: e.facade)
def test_facade_and_standalone_docstrings_cover_the_operation(
    entry: OperationEntry, overlaid_spec: dict[str, Any]
) -> None:
    op = document_operation(overlaid_spec, entry)
    module = importlib.import_module(entry.module)
    problems: list[str] = []
    for where, function in (
        ("Novu", resolve(Novu(secret_key=SECRET), entry.facade)),
        ("AsyncNovu", resolve(AsyncNovu(secret_key=SECRET), entry.facade)),
        ("sync", module.sync),
        ("asyncio", module.asyncio),
    ):
        doc = inspect.getdoc(function) or ""
        problems += [f"{where}: {p}" for p in check(doc, entry, op, function)]
    assert not problems, "\n".join(problems)


def test_each_argument_carries_its_description_and_constraints(overlaid_spec: dict[str, Any]) -> None:
    """Parameters the document describes or constrains show it in the facade docstring."""
    seen = 0
    novu = Novu(secret_key=SECRET)
    for entry in OPERATIONS:
        op = document_operation(overlaid_spec, entry)
        doc = " ".join((inspect.getdoc(resolve(novu, entry.facade)) or "").split())
        for param in op.get("parameters") or []:
            if "$ref" in param or param.get("name", "").lower() == "idempotency-key":
                continue
            description = " ".join(text(param.get("description")).split())
            if description:
                assert description[:50] in doc, (entry.facade, param["name"])
                seen += 1
            for rule in constraints(param.get("schema"), overlaid_spec):
                assert " ".join(rule.split())[:40] in doc, (entry.facade, param["name"], rule)
                seen += 1
    assert seen  # the document describes some parameters


def test_constraints_read_the_schema() -> None:
    schema = {"type": "integer", "minimum": 1, "maximum": 100, "default": 10}
    assert constraints(schema, {}) == [">= 1", "<= 100", "default 10"]
    assert constraints({"type": "string", "enum": ["a", "b"], "maxLength": 5}, {}) == [
        'one of "a", "b"',
        "at most 5 characters",
    ]
    assert constraints(
        {"$ref": "#/components/schemas/E"}, {"components": {"schemas": {"E": {"enum": [1]}}}}
    ) == ["one of 1"]
    assert json.loads(json.dumps(constraints({"type": "array", "items": {"minLength": 2}}, {}))) == [
        "each item at least 2 characters"
    ]


def test_help_shows_what_the_docs_show() -> None:
    """`help(novu.subscribers.create)`: the text pydoc renders carries the arguments and errors."""
    entry = next(e for e in OPERATIONS if e.facade.endswith(".create") and e.method == "POST")
    novu = Novu(secret_key=SECRET)
    rendered = pydoc.render_doc(resolve(novu, entry.facade), renderer=pydoc.plaintext)
    assert "Args:" in rendered and "Raises:" in rendered and "Example:" in rendered
    for name in argument_names(resolve(novu, entry.facade)):
        assert f"{name} (" in rendered
