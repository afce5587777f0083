"""Golden test: a small OpenAPI document of our own, rendered through the real pipeline.

`tests/golden/spec.json` has three operations (a cursor-paginated list inside the `{"data": ...}`
envelope, a create with a JSON body whose `name` property is renamed by
`x-speakeasy-name-override`, a delete with a path parameter and no response body) and five
schemas (an enum, a nested object, a request, a response and a page DTO). It goes through
normalise -> render -> format exactly as `python -m generator generate` does (the pin check and
the overlay are for Novu's document and are not involved), and every output file is compared
with the committed copy under `tests/golden/expected/`.

A template or generator change shows up here as a reviewable diff. When the change is intended,
regenerate the expected files and commit them with it:

    GOLDEN_UPDATE=1 .venv/bin/python -m pytest tests/test_golden.py
"""

from __future__ import annotations

import ast
import difflib
import json
import os
from pathlib import Path
from typing import Any

import pytest

from generator.__main__ import RUFF_CONFIG
from generator.normalise import normalise
from generator.render import render
from generator.write import HEADER_PREFIX, formatted

GOLDEN = Path(__file__).resolve().parent / "golden"
SPEC = GOLDEN / "spec.json"
EXPECTED = GOLDEN / "expected"


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return json.loads(SPEC.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def rendered(document: dict[str, Any]) -> dict[str, str]:
    files = formatted(render(normalise(document), document["info"]["version"]), RUFF_CONFIG)
    if os.environ.get("GOLDEN_UPDATE"):
        for stale in EXPECTED.rglob("*.py"):
            if stale.relative_to(EXPECTED).as_posix() not in files:
                stale.unlink()
        for rel, text in files.items():
            target = EXPECTED / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
    return files


def expected_files() -> dict[str, str]:
    return {
        p.relative_to(EXPECTED).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(EXPECTED.rglob("*.py"))
    }


# -- file by file against the committed output -------------------------------------------


def test_same_files_as_committed(rendered: dict[str, str]) -> None:
    expected = expected_files()
    assert expected, f"no expected output under {EXPECTED}; run with GOLDEN_UPDATE=1"
    assert sorted(rendered) == sorted(expected)


def test_each_file_matches_the_committed_copy(rendered: dict[str, str]) -> None:
    expected = expected_files()
    differences = []
    for rel in sorted(set(rendered) & set(expected)):
        if rendered[rel] != expected[rel]:
            diff = difflib.unified_diff(
                expected[rel].splitlines(),
                rendered[rel].splitlines(),
                f"expected/{rel}",
                f"rendered/{rel}",
                lineterm="",
            )
            differences.append("\n".join(list(diff)[:40]))
    assert not differences, "rendered output differs (GOLDEN_UPDATE=1 if intended):\n\n" + "\n\n".join(
        differences
    )


def test_rendering_is_deterministic(document: dict[str, Any], rendered: dict[str, str]) -> None:
    again = render(normalise(document), document["info"]["version"])
    once_more = render(normalise(json.loads(json.dumps(document))), document["info"]["version"])
    assert again == once_more
    assert sorted(again) == sorted(rendered)


def test_normalise_does_not_modify_its_input(document: dict[str, Any]) -> None:
    before = json.dumps(document, sort_keys=True)
    normalise(document)
    assert json.dumps(document, sort_keys=True) == before


# -- what the rendered package says --------------------------------------------------------


def test_every_file_is_marked_generated_and_compiles(
    rendered: dict[str, str], document: dict[str, Any]
) -> None:
    for rel, text in rendered.items():
        first = text.splitlines()[0]
        assert first.startswith(HEADER_PREFIX + document["info"]["version"]), rel
        compile(text, f"novu_api/{rel}", "exec")


def test_expected_layout(rendered: dict[str, str]) -> None:
    assert {
        "operations.py",
        "api/widgets/list.py",
        "api/widgets/create.py",
        "api/widgets/delete_widget.py",
        "resources/widgets.py",
        "models/widget_color.py",
        "models/dimensions.py",
        "models/create_widget_request_dto.py",
        "models/widget_response_dto.py",
        "models/list_widgets_response_dto.py",
        "models/__init__.py",
    } <= set(rendered)
    assert not [rel for rel in rendered if "events" in rel or "subscriber" in rel]


def test_registry_lists_the_three_operations(rendered: dict[str, str]) -> None:
    namespace: dict[str, Any] = {}
    exec(compile(rendered["operations.py"], "operations.py", "exec"), namespace)
    entries = {e.operation_id: tuple(e)[1:] for e in namespace["OPERATIONS"]}
    assert entries == {
        "WidgetsController_listWidgets": (
            "GET",
            "/v1/widgets",
            "novu_api.api.widgets.list",
            "widgets.list",
            "cursor",
        ),
        "WidgetsController_createWidget": (
            "POST",
            "/v1/widgets",
            "novu_api.api.widgets.create",
            "widgets.create",
            None,
        ),
        # No x-speakeasy-name-override: the operationId without its Controller prefix.
        "WidgetsController_deleteWidget": (
            "DELETE",
            "/v1/widgets/{widgetId}",
            "novu_api.api.widgets.delete_widget",
            "widgets.delete_widget",
            None,
        ),
    }
    assert set(namespace["BY_ID"]) == set(entries)


def operation_of(source: str) -> dict[str, Any]:
    """The literal keyword arguments of a module's `OPERATION = Operation(...)`."""
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and [t.id for t in node.targets if isinstance(t, ast.Name)] == [
            "OPERATION"
        ]:
            assert isinstance(node.value, ast.Call)
            return {kw.arg: ast.literal_eval(kw.value) for kw in node.value.keywords if kw.arg}
    raise AssertionError("no OPERATION in module")


def functions_of(source: str) -> dict[str, ast.FunctionDef | ast.AsyncFunctionDef]:
    return {
        node.name: node
        for node in ast.parse(source).body
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
    }


def test_list_is_enveloped_and_cursor_paginated(rendered: dict[str, str]) -> None:
    source = rendered["api/widgets/list.py"]
    op = operation_of(source)
    assert op["envelope"] is True
    assert op["bare_keys"] == ("next", "previous", "totalCount")
    assert op["pagination"]["style"] == "cursor"
    assert "request" not in op["pagination"]  # each query parameter is named as its role
    # Attributes as the model names them: `next` is a builtin, so the attribute is `next_`.
    assert op["pagination"]["response"] == {"next": "next_", "previous": "previous", "total": "total_count"}
    assert op["pagination"]["items"] == "data"
    functions = functions_of(source)
    assert {"sync", "sync_detailed", "asyncio", "asyncio_detailed"} <= set(functions)
    assert isinstance(functions["asyncio"], ast.AsyncFunctionDef)
    assert [a.arg for a in functions["_parts"].args.kwonlyargs] == ["after", "before", "limit", "color"]
    page_model = rendered["models/list_widgets_response_dto.py"]
    assert "next_: None | str" in page_model and 'out["next"]' in page_model


def test_create_flattens_the_body_with_the_renamed_property(rendered: dict[str, str]) -> None:
    op = operation_of(rendered["api/widgets/create.py"])
    # Only what differs from Operation's defaults is generated (returns_json=True is the default).
    assert (op["method"], op["envelope"], "returns_json" in op, "has_body" in op) == (
        "POST",
        True,
        False,
        False,
    )
    model = rendered["models/create_widget_request_dto.py"]
    tree = ast.parse(model)
    (cls,) = [n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "CreateWidgetRequestDto"]
    fields = [
        n.target.id for n in cls.body if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)
    ]
    assert fields[:4] == ["widget_key", "color", "dimensions", "tags"]
    assert "name" not in fields
    assert 'out["name"] = self.widget_key' in model  # to_dict: the wire name
    assert 'self.widget_key = g("name", UNSET)' in model  # from_dict: read from the wire name
    facade = rendered["resources/widgets.py"]
    # `tags` has `x-novu-api-argument: labels`: two overloads (either name), one implementation
    # taking both; the first class in the module is the sync one.
    sync_class = next(n for n in ast.parse(facade).body if isinstance(n, ast.ClassDef))
    creates = [n for n in sync_class.body if isinstance(n, ast.FunctionDef) and n.name == "create"]
    preferred, spec_name, implementation = ([a.arg for a in f.args.kwonlyargs] for f in creates)
    assert preferred[:4] == ["widget_key", "color", "dimensions", "labels"]
    assert spec_name[:4] == ["widget_key", "color", "dimensions", "tags"]
    assert implementation[:5] == ["widget_key", "color", "dimensions", "labels", "tags"]
    assert all("body" not in kwargs for kwargs in (preferred, spec_name, implementation))
    assert [ast.unparse(d) for f in creates for d in f.decorator_list] == ["overload", "overload"]
    assert 'labels = alias("labels", labels, "tags", tags, required=False)' in facade
    assert '"tags": labels,' in facade  # sent under the wire name


def test_delete_returns_nothing(rendered: dict[str, str]) -> None:
    source = rendered["api/widgets/delete_widget.py"]
    op = operation_of(source)
    assert (op["method"], op["path"], op["returns_json"], op.get("envelope", False)) == (
        "DELETE",
        "/v1/widgets/{widgetId}",
        False,
        False,
    )
    parse = functions_of(source)["_parse"]
    assert ast.unparse(parse.returns) == "None"
    encoded = [
        (ast.literal_eval(n.args[0]), ast.unparse(n.args[1]))
        for n in ast.walk(ast.parse(source))
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == "path_param"
    ]
    assert encoded == [("widget_id", "widget_id")]  # the path parameter is checked and percent-encoded


def test_enum_keeps_every_value(rendered: dict[str, str]) -> None:
    source = rendered["models/widget_color.py"]
    (cls,) = [n for n in ast.parse(source).body if isinstance(n, ast.ClassDef)]
    values = {
        t.id: ast.literal_eval(n.value)
        for n in cls.body
        if isinstance(n, ast.Assign)
        for t in n.targets
        if isinstance(t, ast.Name)
    }
    assert values == {"RED": "red", "GREEN": "green", "SKY_BLUE": "sky-blue"}


def test_models_namespace_lists_every_schema(rendered: dict[str, str], document: dict[str, Any]) -> None:
    source = rendered["models/__init__.py"]
    modules: dict[str, str] = {}
    for node in ast.parse(source).body:
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and node.target.id == "_MODULES"
        ):
            modules = ast.literal_eval(node.value)
    assert set(document["components"]["schemas"]) <= set(modules)
    for name, module in modules.items():
        assert f"models/{module}.py" in rendered, name
