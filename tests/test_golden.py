"""Golden test: a small fictional OpenAPI document of our own, rendered through the real pipeline.

`tests/golden/spec.json` uses every construct the templates render (the list is checked below,
in `test_the_document_uses_every_construct`): unions with and without a discriminator (with a
mapping, also as list items), str and int enums, nullable and free-form fields, lists of
models, enums and dates, date / date-time / uuid, a multipart upload with files, JSON bodies
(an object, an array, one passed as `body=`), header / query / path parameters, every paging
style the generator detects, a hoisted operation (empty `x-speakeasy-group`), a sub-resource,
the `{"data": ...}` envelope, an import cycle between two models, a bulk operation, error
models, property renames and argument aliases, and webhook events.

Its rendered output (package files, and the reference pages under `docs/`) is committed under
`tests/golden/expected/`; a template or generator change shows up here as a unified diff a
reviewer can read. When the change is intended, `make golden` rewrites the expected files
(`GOLDEN_UPDATE=1` on this test does the same); commit them with the change.

The last tests put the rendered files in place of the generated half of a copy of `novu_api/`
and use that package: decoding, the facade, requests on the wire, pagination.
"""

from __future__ import annotations

import ast
import difflib
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from generator.fix import fix
from generator.normalise import normalise
from generator.write import HEADER_PREFIX, sync_package
from tests.golden import DOCS, EXPECTED, committed, load, render_golden, write

ROOT = Path(__file__).resolve().parent.parent
DIFF_LINES = 60  # per file, in the failure message


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return load()


@pytest.fixture(scope="module")
def rendered(document: dict[str, Any]) -> dict[str, str]:
    files = render_golden(document)
    if os.environ.get("GOLDEN_UPDATE"):
        write(files)
    return files


@pytest.fixture(scope="module")
def package(rendered: dict[str, str]) -> dict[str, str]:
    return {rel: text for rel, text in rendered.items() if not rel.startswith(DOCS)}


# -- file by file against the committed output -------------------------------------------


def test_rendered_output_is_the_committed_one(rendered: dict[str, str]) -> None:
    expected = committed()
    assert expected, f"no expected output under {EXPECTED}; run `make golden`"
    added = sorted(set(rendered) - set(expected))
    removed = sorted(set(expected) - set(rendered))
    changed = sorted(rel for rel in set(rendered) & set(expected) if rendered[rel] != expected[rel])
    if not (added or removed or changed):
        return
    lines = ["the rendered golden output differs from tests/golden/expected/:"]
    lines += [f"  + {rel} (new)" for rel in added] + [f"  - {rel} (no longer rendered)" for rel in removed]
    lines += [f"  ~ {rel}" for rel in changed]
    for rel in changed:
        diff = list(
            difflib.unified_diff(
                expected[rel].splitlines(),
                rendered[rel].splitlines(),
                f"expected/{rel}",
                f"rendered/{rel}",
                lineterm="",
            )
        )
        more = f"\n... {len(diff) - DIFF_LINES} more lines" if len(diff) > DIFF_LINES else ""
        lines += ["", "\n".join(diff[:DIFF_LINES]) + more]
    lines += [
        "",
        "if the change is intended: `make golden`, review `git diff tests/golden/expected`, commit it",
    ]
    pytest.fail("\n".join(lines), pytrace=False)


def test_rendering_is_deterministic(document: dict[str, Any], rendered: dict[str, str]) -> None:
    assert render_golden(json.loads(json.dumps(document))) == rendered


def test_fix_and_normalise_do_not_modify_their_input(document: dict[str, Any]) -> None:
    before = json.dumps(document, sort_keys=True)
    normalise(fix(document))
    assert json.dumps(document, sort_keys=True) == before


def test_every_file_is_marked_generated_and_compiles(
    package: dict[str, str], document: dict[str, Any]
) -> None:
    for rel, text in package.items():
        assert text.splitlines()[0].startswith(HEADER_PREFIX + document["info"]["version"]), rel
        compile(text, f"novu_api/{rel}", "exec")


# -- the document covers what the generator and templates handle ------------------------


def _schemas(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    schemas: dict[str, dict[str, Any]] = document["components"]["schemas"]
    return schemas


def _props(document: dict[str, Any]) -> list[dict[str, Any]]:
    """Every property schema of every component, and the items of array properties."""
    found = []
    for schema in _schemas(document).values():
        for prop in (schema.get("properties") or {}).values():
            found.append(prop)
            if isinstance(prop.get("items"), dict):
                found.append(prop["items"])
    return found


def _refs(node: Any) -> set[str]:
    if isinstance(node, dict):
        own = {node["$ref"].rsplit("/", 1)[-1]} if isinstance(node.get("$ref"), str) else set()
        return own.union(*(_refs(v) for v in node.values()))
    if isinstance(node, list):
        return set().union(*(_refs(v) for v in node))
    return set()


def _reaches(document: dict[str, Any], start: str) -> set[str]:
    seen: set[str] = set()
    todo = [start]
    while todo:
        for ref in _refs(_schemas(document)[todo.pop()]) - seen:
            seen.add(ref)
            todo.append(ref)
    return seen


def paging_styles_the_generator_knows() -> set[str]:
    """The `style` of every `Pagination(...)` the generator constructs, read from its source."""
    styles = set()
    for source in sorted((ROOT / "generator").rglob("*.py")):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", None)) == "Pagination"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                styles.add(node.args[0].value)
    return styles


def _media(op: dict[str, Any]) -> set[str]:
    return set((op.get("requestBody") or {}).get("content") or {})


def test_the_document_uses_every_construct(document: dict[str, Any]) -> None:
    normalised = normalise(fix(document))
    ops = normalised.operations.values()
    raw_ops = [op for item in document["paths"].values() for op in item.values()]
    props = _props(document)
    schemas = _schemas(document)
    params = [p for op in raw_ops for p in op.get("parameters", [])]
    styles = paging_styles_the_generator_knows()
    assert styles, "no Pagination(...) found in generator/"
    cycles = sorted(
        name for name in schemas if name in _reaches(document, name) and _refs(schemas[name]) != {name}
    )
    constructs = {
        "every paging style": {op.pagination.style for op in ops if op.pagination} == styles,
        "a hoisted operation": any(op.name.group == () for op in ops),
        "a sub-resource": any(len(op.name.group) > 1 for op in ops),
        "a bulk operation": any(op.bulk for op in ops),
        "an envelope declared as {data: X}": any(
            set(op["responses"][s]["content"]["application/json"]["schema"].get("properties") or {})
            == {"data"}
            for op in raw_ops
            for s in op["responses"]
            if s.startswith("2") and "content" in op["responses"][s]
        ),
        "a result with its own data member": any(op.bare_keys for op in ops),
        "a discriminator with a mapping": any(d["mapping"] for d in normalised.discriminators.values()),
        "a discriminated list": any("discriminator" in (p.get("items") or {}) for p in props),
        "a union without a discriminator": any("oneOf" in p and "discriminator" not in p for p in props),
        "a union of primitives": any(p.get("oneOf") and all("type" in m for m in p["oneOf"]) for p in props),
        "a str enum": any(s.get("type") == "string" and "enum" in s for s in schemas.values()),
        "an int enum": any(s.get("type") == "integer" and "enum" in s for s in schemas.values()),
        "a nullable field": any(p.get("nullable") for p in props),
        "a free-form object": any(p.get("type") == "object" and "properties" not in p for p in props),
        "a list of models": any(p.get("type") == "array" and "$ref" in (p.get("items") or {}) for p in props),
        "date, date-time and uuid": {"date", "date-time", "uuid"} <= {p.get("format") for p in props},
        "a multipart body with files": any("multipart/form-data" in _media(op) for op in raw_ops)
        and any(p.get("format") == "binary" for p in props),
        "a JSON body": any("application/json" in _media(op) for op in raw_ops),
        "an array body": any(
            op["requestBody"]["content"].get("application/json", {}).get("schema", {}).get("type") == "array"
            for op in raw_ops
            if "requestBody" in op
        ),
        "path, query and header parameters": {"path", "query", "header"} <= {p["in"] for p in params},
        "an import cycle between models": bool(cycles),
        "error models": any(
            s >= "4" and "content" in r
            for op in raw_ops
            for s, r in op["responses"].items()
            if s != "default"
        ),
        "a property rename": bool(normalised.property_renames),
        "an argument alias": bool(normalised.argument_names),
        "a document-level name rule": bool(document.get("x-speakeasy-name-override")),
        "webhook events": bool(document.get("x-webhooks")),
    }
    assert [name for name, present in constructs.items() if not present] == []


# -- what the rendered package says --------------------------------------------------------


def operation_of(source: str) -> dict[str, Any]:
    """The literal keyword arguments of a module's `OPERATION = Operation(...)`."""
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and [t.id for t in node.targets if isinstance(t, ast.Name)] == [
            "OPERATION"
        ]:
            assert isinstance(node.value, ast.Call)
            return {kw.arg: ast.literal_eval(kw.value) for kw in node.value.keywords if kw.arg}
    raise AssertionError("no OPERATION in module")


def test_registry_lists_every_operation(package: dict[str, str], document: dict[str, Any]) -> None:
    namespace: dict[str, Any] = {}
    exec(compile(package["operations.py"], "operations.py", "exec"), namespace)
    entries = {e.operation_id: e for e in namespace["OPERATIONS"]}
    declared = {
        op["operationId"]: (method.upper(), path)
        for path, item in document["paths"].items()
        for method, op in item.items()
    }
    assert {k: (e.method, e.path) for k, e in entries.items()} == declared
    normalised = normalise(fix(document)).operations
    for op_id, entry in entries.items():
        assert entry.facade == normalised[op_id].name.facade
        name = normalised[op_id].name
        assert entry.module == ".".join(("novu_api.api", *name.folder, name.method))
        assert "/".join(("api", *name.folder, name.method)) + ".py" in package
        expected_style = normalised[op_id].pagination.style if normalised[op_id].pagination else None
        assert entry.pagination == expected_style, op_id


def test_paging_attributes_are_those_of_the_models(package: dict[str, str], document: dict[str, Any]) -> None:
    """Each page DTO attribute a paged operation reads exists on its model (`next` is `next_`)."""
    normalised = normalise(fix(document)).operations
    for op_id, info in normalised.items():
        if not info.pagination:
            continue
        module = "api/" + "/".join((*info.name.folder, info.name.method)) + ".py"
        paging = operation_of(package[module])["pagination"]
        assert paging["style"] == info.pagination.style
        dto = info.success_schema["$ref"].rsplit("/", 1)[-1]
        model = next(
            text for rel, text in package.items() if rel.startswith("models/") and f"\nclass {dto}(" in text
        )
        for attribute in [paging["items"], *paging["response"].values()]:
            assert f"    {attribute}: " in model, (op_id, attribute)


def test_cyclic_imports_come_after_the_class(package: dict[str, str]) -> None:
    for rel in ("models/folder_dto.py", "models/node_dto.py"):
        body = ast.parse(package[rel]).body
        klass = next(i for i, n in enumerate(body) if isinstance(n, ast.ClassDef))
        late = [n.names[0].name for n in body[klass:] if isinstance(n, ast.ImportFrom)]
        assert late == ["NodeDto" if "folder" in rel else "FolderDto"], rel


# -- the rendered package, used -------------------------------------------------------------


@pytest.fixture(scope="module")
def golden_package(package: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of novu_api/ whose generated half is the golden document's."""
    root = tmp_path_factory.mktemp("golden-package")
    shutil.copytree(ROOT / "novu_api", root / "novu_api", ignore=shutil.ignore_patterns("__pycache__"))
    sync_package(package, root / "novu_api")
    return root


def run_in(root: Path, code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_models_decode_unions_cycles_enums_and_dates(golden_package: Path) -> None:
    out = run_in(
        golden_package,
        """
        import datetime
        from novu_api.models import CircleDto, FolderDto, Priority, SquareDto, StickerDto, WidgetResponseDto
        w = WidgetResponseDto.from_dict({
            "_id": "w1", "name": "n", "color": "teal", "createdAt": "2026-01-02T03:04:05Z", "archivedAt": None,
            "madeOn": "2026-01-02", "priority": 2, "history": ["2026-01-01T00:00:00Z"],
            "shape": {"kind": "circle", "radius": 2}, "parts": [{"kind": "square", "side": 1}],
            "decoration": {"text": "x"}, "decorations": [{"text": "t"}], "size": 3, "extra": 1,
        })
        assert w.id == "w1" and w.color == "teal" and w["extra"] == 1
        assert w.created_at == datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)
        assert w.made_on == datetime.date(2026, 1, 2) and isinstance(w.history[0], datetime.datetime)
        assert w.priority is Priority(2)
        assert isinstance(w.shape, CircleDto) and isinstance(w.parts[0], SquareDto)
        assert isinstance(w.decoration, StickerDto) and isinstance(w.decorations[0], StickerDto)
        assert w.to_dict()["shape"] == {"kind": "circle", "radius": 2}
        f = FolderDto.from_dict({"id": "f", "name": "F", "parent": {"id": "p", "name": "P"},
                                 "children": [{"id": "n", "folder": {"id": "g", "name": "G"}}]})
        assert f.parent.name == "P" and f.children[0].folder.name == "G"
        print("ok")
        """,
    )
    assert out.strip() == "ok"


def test_the_facade_sends_what_the_document_declares(golden_package: Path) -> None:
    out = run_in(
        golden_package,
        """
        import json
        import httpx
        from novu_api import File, Novu
        seen = []
        def answer(request):
            seen.append(request)
            path = request.url.raw_path.decode().split("?")[0]
            if path == "/v1/signals":
                return httpx.Response(201, json={"data": {"acknowledged": True}})
            if path == "/v1/widgets/w%201/images" and request.method == "POST":
                return httpx.Response(201, json={"data": {"id": "i", "url": "u"}})
            if path == "/v1/widgets/w%201/images":
                page = int(request.url.params.get("page", "0"))
                return httpx.Response(200, json={"data": {"data": [{"id": str(page), "url": "u"}], "hasMore": page < 2}})
            if path == "/v1/folders":
                offset = int(request.url.params.get("offset", "0"))
                items = [{"id": str(offset), "name": "f"}] if offset < 2 else []
                return httpx.Response(200, json={"data": {"data": items, "totalCount": 2}})
            if path == "/v1/widgets" and request.method == "POST":
                return httpx.Response(201, json={"data": {"_id": "k", "name": "k", "color": "red",
                                                          "createdAt": "2026-01-01T00:00:00Z", "archivedAt": None}})
            if path == "/v1/widgets":
                after = request.url.params.get("after")
                widget = {"_id": after or "w0", "name": "n", "color": "red", "createdAt": "2026-01-01T00:00:00Z",
                          "archivedAt": None}
                # A page with items of its own `data` is sent bare, as the server does.
                return httpx.Response(200, json={"data": [widget], "next": None if after else "c2", "previous": None})
            if path == "/v1/widgets/bulk":
                sent = json.loads(request.content)["widgets"]
                return httpx.Response(201, json={"data": [
                    {"_id": w["name"], "name": w["name"], "color": w["color"], "createdAt": "2026-01-01T00:00:00Z",
                     "archivedAt": None} for w in sent]})
            return httpx.Response(404, json={"statusCode": 404, "message": "no"})
        novu = Novu(secret_key="sk_test", server_url="https://golden.invalid",
                    http_client=httpx.Client(transport=httpx.MockTransport(answer)))
        assert novu.send_signal(name="s", priority=1).acknowledged is True
        assert json.loads(seen[-1].content) == {"name": "s", "priority": 1}
        image = novu.widgets.images.upload(
            widget_id="w 1", file=File(b"PNG", "a.png", "image/png"), caption="c", thumbnails=[File(b"t1"), File(b"t2")]
        )
        assert image.id == "i"
        assert seen[-1].headers["content-type"].startswith("multipart/form-data")
        assert b'name="file"; filename="a.png"' in seen[-1].content and seen[-1].content.count(b'name="thumbnails"') == 2
        assert [i.id for i in novu.widgets.images.list(widget_id="w 1")] == ["0", "1", "2"]
        folders = [f.id for f in novu.folders.list(limit=1)]
        assert folders == ["0", "1"], (folders, [str(r.url) for r in seen[-4:]])
        assert [w.id for w in novu.widgets.list()] == ["w0", "c2"]
        assert seen[-1].url.params["after"] == "c2"
        assert novu.widgets.create(widget_key="k", color="red", labels=["a"], x_request_source="cli").id == "k"
        assert json.loads(seen[-1].content) == {"name": "k", "color": "red", "tags": ["a"]}
        assert seen[-1].headers["x-request-source"] == "cli" and "idempotency-key" in seen[-1].headers
        results = novu.widgets.create_many([{"name": str(i), "color": "red"} for i in range(3)])
        assert [r.value.id for r in results] == ["0", "1", "2"]
        print("ok")
        """,
    )
    assert out.strip() == "ok"
