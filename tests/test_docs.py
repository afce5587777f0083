"""The documentation: reference pages generated with the code, and the migration guide.

- `docs/` holds generated pages (first line `<!-- Generated from Novu API ... -->`) and
  hand-written ones (the migration guide). Every registry operation and every model has its
  page; each operation's documented arguments are exactly its facade method's; examples
  compile; links resolve. (That the examples also *run* is checked against the mock server in
  tests/test_readme_and_examples.py; that the pages match a fresh regeneration is
  `python -m generator check`, whose docs coverage is tested here without the full build.)
- The writer treats `docs/` like generated code: replace wholesale, delete stale generated
  pages, never touch a hand-written file.
- The migration guide has a row for every public method of every class of `novu` 1.x
  (`docs/novu1-methods.json`, made by tests/tools/novu1_methods.py from the installed
  package), and every `novu.…(...)` call it shows exists with the keyword arguments it uses.
"""

from __future__ import annotations

import argparse
import ast
import functools
import inspect
import json
import os
import re
import subprocess
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from typing_extensions import get_overloads  # typing has it from 3.11

from generator import __main__ as generator_main
from generator.docs import DOCS_HEADER, md_cell, md_text, md_type
from generator.fix import fix
from generator.model import model
from generator.normalise import normalise
from generator.render import render
from generator.write import DOCS_HEADER_PREFIX, is_generated, sync_docs
from novu_api import models
from novu_api._options import OPTIONS
from novu_api.operations import OPERATIONS, OperationEntry

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
GUIDE = DOCS / "migrating-from-novu-1.md"
HAND_WRITTEN = (GUIDE, DOCS / "testing.md", DOCS / "webhooks.md", DOCS / "sending-at-volume.md")
NOVU1 = DOCS / "novu1-methods.json"
GOLDEN = ROOT / "tests" / "golden" / "spec.json"
CALL_OPTIONS = set(OPTIONS)  # the one definition of the per-call options
# The classes the issue names; the package itself also exports OrganizationApi.
ISSUE_CLASSES = {
    "BlueprintApi",
    "ChangeApi",
    "EnvironmentApi",
    "EventApi",
    "ExecutionDetailApi",
    "FeedApi",
    "InboundParseApi",
    "IntegrationApi",
    "LayoutApi",
    "MessageApi",
    "NotificationApi",
    "NotificationGroupApi",
    "NotificationTemplateApi",
    "SubscriberApi",
    "TenantApi",
    "TopicApi",
}


def page_of(entry: OperationEntry) -> Path:
    parts = entry.facade.split(".")
    name = parts[0] if len(parts) > 1 else entry.module.split(".")[2]
    return DOCS / "resources" / f"{name}.md"


def anchor_of(entry: OperationEntry) -> str:
    return "op-" + entry.facade.replace(".", "-").replace("_", "-")


@cache
def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def section(entry: OperationEntry) -> str:
    """The part of the resource page about one operation."""
    text = read(page_of(entry))
    start = text.index(f'<a id="{anchor_of(entry)}"></a>')
    end = text.find('<a id="op-', start + 1)
    return text[start : end if end != -1 else len(text)]


def facade_method(client: Any, facade: str) -> Any:
    target = client
    for name in facade.split("."):
        target = getattr(target, name)
    return target


@pytest.fixture(scope="module")
def client() -> Any:
    from novu_api import Novu

    return Novu(secret_key="sk_docs_test", server_url="https://api.test")


# -- the reference covers the registry -------------------------------------------------------


def test_every_registry_operation_is_in_the_reference() -> None:
    index = read(DOCS / "index.md")
    missing = []
    for entry in OPERATIONS:
        page = page_of(entry)
        if not page.is_file() or f'<a id="{anchor_of(entry)}"></a>' not in read(page):
            missing.append(f"{entry.facade} ({entry.operation_id}): no section in {page.relative_to(ROOT)}")
            continue
        text = section(entry)
        package, _, func = entry.module.rpartition(".")
        for expected in (
            f"## `novu.{entry.facade}(...)`",
            f"`{entry.method} {entry.path}`",
            f"(operation `{entry.operation_id}`)",
            f"`from {package} import {func}`",
            "```python\n",
        ):
            if expected not in text:
                missing.append(f"{entry.facade}: {expected!r} not in its section")
        if f"[`novu.{entry.facade}`](resources/{page.name}#{anchor_of(entry)})" not in index:
            missing.append(f"{entry.facade}: not in docs/index.md")
    assert not missing, "\n".join(missing)


def test_each_operation_documents_its_pagination_style() -> None:
    for entry in OPERATIONS:
        line = next(x for x in section(entry).splitlines() if x.startswith("- **Pagination:**"))
        assert line.split("**Pagination:** ")[1].startswith(entry.pagination or "not paginated"), entry.facade


def test_documented_arguments_are_the_facade_signature(client: Any) -> None:
    """The argument table of each operation names exactly the facade's keyword arguments."""
    problems = []
    row = re.compile(r"^\| `(\w+)` \| .* \| (yes|no) \| ")
    for entry in OPERATIONS:
        documented = {
            m.group(1): m.group(2) == "yes" for m in map(row.match, section(entry).splitlines()) if m
        }
        method = facade_method(client, entry.facade)
        # A method with a renamed argument has two overloads (the name, its alias): the first,
        # with the names the docs use, is what a type checker shows first.
        overloads = get_overloads(method.__func__)
        signature = inspect.signature(overloads[0] if overloads else method)
        actual = {
            name: p.default is inspect.Parameter.empty
            for name, p in signature.parameters.items()
            if name not in CALL_OPTIONS and name != "self" and p.kind is not p.VAR_KEYWORD
        }
        if documented != actual:
            problems.append(f"{entry.facade}: documented {documented}, signature {actual}")
    assert not problems, "\n".join(problems)


def test_errors_and_return_type_are_documented(spec: dict[str, Any]) -> None:
    """Every error status the pinned document lists is a row naming the class the runtime raises."""
    from novu_api.errors import error_class

    for entry in OPERATIONS:
        text = section(entry)
        assert "- **Returns:** " in text, entry.facade
        responses = spec["paths"][entry.path][entry.method.lower()]["responses"]
        statuses = [int(code) for code in responses if code.isdigit() and int(code) >= 400]
        if not statuses:
            assert "The document lists no error status for this operation." in text, entry.facade
        for status in statuses:
            assert f"| {status} | `{error_class(status).__name__}` |" in text, (entry.facade, status)


def test_every_model_has_a_page() -> None:
    missing = [name for name in models.__all__ if not (DOCS / "models" / f"{name}.md").is_file()]
    assert not missing, missing
    index = read(DOCS / "models" / "index.md")
    assert all(f"[{name}]({name}.md)" in index for name in models.__all__)
    pages = {p.stem for p in (DOCS / "models").glob("*.md")} - {"index"}
    assert pages == set(models.__all__), "pages for models that do not exist: " + str(
        pages - set(models.__all__)
    )


def test_model_pages_list_every_field() -> None:
    for name in ("SubscriberResponseDto", "TriggerEventRequestDto", "ErrorDto"):
        cls = getattr(models, name)
        text = read(DOCS / "models" / f"{name}.md")
        fields = [a.name for a in cls.__attrs_attrs__ if not a.name.startswith("_")]
        for field in fields:
            assert f"| `{field}` |" in text, (name, field)
    # A renamed attribute shows its wire name.
    assert "| `workflow_id` | str | yes | `name` |" in read(DOCS / "models" / "TriggerEventRequestDto.md")
    enum_page = read(DOCS / "models" / "ChannelTypeEnum.md")
    assert all(f'`"{m.value}"`' in enum_page for m in models.ChannelTypeEnum)


def test_reference_examples_compile() -> None:
    for page in sorted((DOCS / "resources").glob("*.md")):
        for number, block in enumerate(re.findall(r"```python\n(.*?)```", read(page), re.S)):
            compile(block, f"{page.name} block {number}", "exec")


def test_relative_links_resolve() -> None:
    """Every relative link in docs/ (and the README) points to a file, and `#op-...` anchors exist."""
    broken = []
    link = re.compile(r"\]\(([^)\s]+)\)")
    for page in [ROOT / "README.md", *sorted(DOCS.rglob("*.md"))]:
        for target in set(link.findall(read(page))):
            if "://" in target:
                continue
            path, _, anchor = target.partition("#")
            resolved = (page.parent / path).resolve() if path else page
            if not resolved.exists():
                broken.append(f"{page.relative_to(ROOT)}: {target}")
            elif anchor.startswith("op-") and f'<a id="{anchor}"></a>' not in read(resolved):
                broken.append(f"{page.relative_to(ROOT)}: {target} (no such anchor)")
    assert not broken, "\n".join(broken)


# -- generated vs hand-written -----------------------------------------------------------------


def test_generated_pages_carry_the_marker_and_hand_written_ones_do_not() -> None:
    assert DOCS_HEADER.startswith(DOCS_HEADER_PREFIX)
    version = json.loads(read(ROOT / "openapi" / "pin.json"))["version"]
    marker = DOCS_HEADER.format(version=version)
    assert marker == f"<!-- Generated from Novu API {version} by make generate; do not edit. -->"
    hand_written = [*HAND_WRITTEN, *sorted((DOCS / "guides").glob("*.md"))]
    generated = [p for p in DOCS.rglob("*.md") if p not in hand_written]
    assert len(generated) > len(OPERATIONS)
    for page in generated:
        assert read(page).split("\n", 1)[0] == marker, page
    for page in hand_written:
        assert not is_generated(page), page


def test_sync_docs_replaces_deletes_and_keeps_hand_written(tmp_path: Path) -> None:
    marker = DOCS_HEADER.format(version="9.9.9")
    docs = tmp_path / "docs"
    (docs / "resources").mkdir(parents=True)
    (docs / "old").mkdir()
    (docs / "resources" / "a.md").write_text(marker + "\nold A\n", encoding="utf-8")
    (docs / "old" / "stale.md").write_text(marker + "\nstale\n", encoding="utf-8")
    (docs / "guide.md").write_text("# Hand-written\n", encoding="utf-8")
    (docs / "notes.json").write_text("{}", encoding="utf-8")
    pages = {"resources/a.md": marker + "\nnew A\n", "index.md": marker + "\nindex\n"}

    added, changed, removed = sync_docs(pages, docs)

    assert (added, changed, removed) == (["index.md"], ["resources/a.md"], ["old/stale.md"])
    assert (docs / "resources" / "a.md").read_text(encoding="utf-8").endswith("new A\n")
    assert not (docs / "old").exists()  # emptied folder removed
    assert (docs / "guide.md").read_text(encoding="utf-8") == "# Hand-written\n"
    assert (docs / "notes.json").exists()
    assert sync_docs(pages, docs) == ([], [], [])  # a second run changes nothing

    with pytest.raises(RuntimeError, match="hand-written"):
        sync_docs({"guide.md": marker + "\nclobber\n"}, docs)
    assert (docs / "guide.md").read_text(encoding="utf-8") == "# Hand-written\n"


def test_check_reports_docs_drift(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`python -m generator check` compares docs/ too (the build is stubbed: this tests the
    comparison, not the renderer)."""
    marker = DOCS_HEADER.format(version="9.9.9")
    package, docs = tmp_path / "novu_api", tmp_path / "docs"
    package.mkdir()
    docs.mkdir()
    (package / "x.py").write_text("# Generated from Novu API 9.9.9 by `make generate`; do not edit.\n")
    (docs / "index.md").write_text(marker + "\nindex\n", encoding="utf-8")
    (docs / "guide.md").write_text("# Hand-written\n", encoding="utf-8")
    files = {"x.py": (package / "x.py").read_text()}
    pages = {"index.md": marker + "\nindex\n"}

    def build(spec: str | None, *, verify: bool = True, docs: dict[str, str] | None = None) -> dict[str, str]:
        if docs is not None:
            docs.update(pages)
        return dict(files)

    monkeypatch.setattr(generator_main, "build", build)
    monkeypatch.setattr(generator_main, "PACKAGE", package)
    monkeypatch.setattr(generator_main, "DOCS", docs)
    args = argparse.Namespace(spec=None)
    assert generator_main.cmd_check(args) == 0
    (docs / "index.md").write_text(marker + "\nedited by hand\n", encoding="utf-8")
    assert generator_main.cmd_check(args) == 1
    (docs / "index.md").write_text(marker + "\nindex\n", encoding="utf-8")
    (docs / "stale.md").write_text(marker + "\nstale\n", encoding="utf-8")
    assert generator_main.cmd_check(args) == 1
    (docs / "stale.md").unlink()
    assert generator_main.cmd_check(args) == 0
    assert (docs / "guide.md").read_text(encoding="utf-8") == "# Hand-written\n"


def test_golden_document_renders_its_reference() -> None:
    """The same render pass, on the small golden document: one section per operation."""
    document = json.loads(read(GOLDEN))
    pages: dict[str, str] = {}
    version = document["info"]["version"]
    render(model(fix(document)), version, pages)
    assert {"index.md", "resources/widgets.md", "models/index.md", "models/WidgetColor.md"} <= set(pages)
    assert all(text.startswith(DOCS_HEADER.format(version=version) + "\n") for text in pages.values())
    widgets = pages["resources/widgets.md"]
    for facade in ("widgets.list", "widgets.create", "widgets.delete_widget"):
        assert f"## `novu.{facade}(...)`" in widgets
    assert "cursor: `limit`, `after` / `before`" in widgets
    again: dict[str, str] = {}
    render(model(fix(json.loads(read(GOLDEN)))), version, again)
    assert again == pages


def test_markdown_escaping() -> None:
    assert md_cell("a | b\n  c") == "a \\| b c"
    assert (
        md_text("send to `<address>@<domain>` <b>now</b>") == "send to `<address>@<domain>` &lt;b>now&lt;/b>"
    )
    links = {"Widget": "../models/Widget.md"}
    assert md_type("list[Widget] | None", links) == "list\\[[Widget](../models/Widget.md)\\] \\| None"


# -- the migration guide -------------------------------------------------------------------------


@cache
def novu1() -> dict[str, Any]:
    return dict(json.loads(read(NOVU1)))


def guide_rows() -> list[list[str]]:
    rows = []
    for line in read(GUIDE).splitlines():
        if line.startswith("| `") and line.endswith("|"):
            rows.append([cell.strip() for cell in re.split(r"(?<!\\)\|", line)[1:-1]])
    return rows


def test_novu1_method_list_is_the_package_surface() -> None:
    data = novu1()
    assert data["package"] == "novu" and data["version"] == "1.14.0"
    assert ISSUE_CLASSES <= set(data["classes"])
    assert all(methods for methods in data["classes"].values())
    assert {"trigger", "trigger_bulk", "trigger_topic", "broadcast", "delete"} <= set(
        data["classes"]["EventApi"]
    )
    assert "stream" in data["classes"]["SubscriberApi"]


def test_novu1_method_list_matches_the_installed_package(tmp_path: Path) -> None:
    """With NOVU1_PYTHON naming a Python that has `novu==1.14.0` installed (see
    tests/tools/novu1_methods.py), the committed list is exactly what the package has."""
    python = os.environ.get("NOVU1_PYTHON")
    if not python:
        pytest.skip("set NOVU1_PYTHON to a Python with novu==1.14.0 installed to re-read the package")
    output = tmp_path / "methods.json"
    script = ROOT / "tests" / "tools" / "novu1_methods.py"
    done = subprocess.run(
        [python, str(script), "--output", str(output)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(output.read_text(encoding="utf-8")) == novu1()


def test_migration_table_covers_every_novu1_method() -> None:
    documented = set()
    for row in guide_rows():
        match = re.match(r"`(\w+)\.(\w+)\(", row[0])
        if match:
            documented.add((match.group(1), match.group(2)))
    expected = {(cls, method) for cls, methods in novu1()["classes"].items() for method in methods}
    missing = sorted(expected - documented)
    assert not missing, f"no row in {GUIDE.name} for: " + ", ".join(f"{c}.{m}" for c, m in missing)
    unknown = sorted(documented - expected)
    assert not unknown, f"rows for methods the package does not have: {unknown}"


def test_every_migration_row_has_a_replacement_or_says_retired(spec: dict[str, Any]) -> None:
    from generator.normalise import iter_operations

    def route(method: str, path: str) -> tuple[str, str]:
        return method.upper(), re.sub(r"\{[^}]*\}", "{}", path)

    routes = {route(method, path) for method, path, _ in iter_operations(spec)}
    for row in guide_rows():
        if not re.match(r"`\w+Api\.\w+\(", row[0]):
            continue
        assert len(row) == 3, row
        replacement, notes = row[1], row[2]
        if "**Retired**" in replacement:
            gone = re.findall(
                r"`(?:(GET|POST|PUT|PATCH|DELETE) )?(/[^`]*)` (?:is|are) not in \d+\.\d+", notes
            )
            assert gone or "Nothing replaces it" in notes, row
            # A retired endpoint (or, without a method, every endpoint under the path) is really
            # absent from the pinned document.
            for method, path in gone:
                if method:
                    assert route(method, path) not in routes, row
                else:
                    prefix = route("GET", path)[1]
                    assert not [r for r in routes if r[1] == prefix or r[1].startswith(prefix + "/")], row
        else:
            assert "novu." in replacement or "no generic" in replacement, row


def _calls(tree: ast.AST) -> list[ast.Call]:
    return [node for node in ast.walk(tree) if isinstance(node, ast.Call)]


def _dotted(node: ast.expr) -> str | None:
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        return ".".join([node.id, *reversed(parts)])
    return None


@functools.cache
def elsewhere() -> frozenset[str]:
    """Facade names of the operations of every document beside the pin (the guide describes
    the current release; pinned to an older one, the operations it lacks are not mistakes)."""
    from generator.spec import Pin, apply_overlay, load_overlay

    names: set[str] = set()
    for path in sorted(Pin.load().default_path().parent.glob("*.json")):
        document, _missed = apply_overlay(json.loads(read(path)), load_overlay(), warn=False)
        names |= {op.name.facade for op in normalise(document).operations.values()}
    return frozenset(names)


def test_migration_guide_calls_exist(client: Any) -> None:
    """Every `novu.…(...)` in the guide is a real operation called with its real keyword
    arguments; every model built in it (`TopicPayloadDto(...)`) has the fields used."""
    facades = {e.facade for e in OPERATIONS}
    text = read(GUIDE)
    blocks = re.findall(r"```python\n(.*?)```", text, re.S)
    inline = re.findall(r"`([^`\n]+)`", re.sub(r"```.*?```", "", text, flags=re.S))
    spans = [s for s in inline if re.search(r"\bnovu\.\w", s) and "(" in s] + blocks
    assert len(spans) > 60
    problems = []
    for span in spans:
        try:
            tree = ast.parse(span)
        except SyntaxError as exc:
            problems.append(f"not Python: {span!r} ({exc.msg})")
            continue
        for call in _calls(tree):
            name = _dotted(call.func)
            keywords = {k.arg for k in call.keywords if k.arg}
            if name and name.startswith("novu."):
                facade = name.removeprefix("novu.")
                if facade not in facades:
                    if facade not in elsewhere():  # an operation of another release beside the pin
                        problems.append(f"no operation {name} in {span!r}")
                    continue
                params = set(inspect.signature(facade_method(client, facade)).parameters)
                if keywords - params:
                    problems.append(f"{name} has no argument(s) {sorted(keywords - params)}: {span!r}")
            elif name and name in models.__all__:
                fields = {a.alias for a in getattr(models, name).__attrs_attrs__}
                if keywords - fields:
                    problems.append(f"{name} has no field(s) {sorted(keywords - fields)}: {span!r}")
    assert not problems, "\n".join(problems)


def test_guide_examples_of_the_issue() -> None:
    rows = {row[0].split("(")[0].strip("`"): row for row in guide_rows()}
    assert "novu.trigger(workflow_id=..., to=..., payload=..." in rows["EventApi.trigger"][1]
    assert "novu.subscribers.search()" in rows["SubscriberApi.stream"][1]
    text = read(GUIDE)
    for retired_to in ("workflows", "environment diff and publish", "notification activity"):
        assert retired_to in text
