"""The migration guides from Novu's official SDKs (novu-py, @novu/api): a row for every operation
of the pinned release, each naming the official call and linking the call here to its reference."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from generator.migration import for_document, sdk_source_document
from generator.name import snake
from generator.spec import Pin
from novu_api.operations import OPERATIONS

DOCS = Path(__file__).resolve().parent.parent / "docs"
GUIDES = {"migrating-from-novu-py.md": "python", "migrating-from-novu-ts.md": "typescript"}
ROW = re.compile(
    r"^\| (?:`novu\.(?P<theirs>[\w.]+)`|\(not in the SDK-source document\)) "
    r"\| \[(?:\*\*)?`novu\.(?P<ours>[\w.]+)`(?:\*\*)?\]\((?P<link>[^)]+)\) \| (?P<args>[^|]*) \| `(?P<http>[^`]+)` \|$"
)


def rows(page: str) -> list[dict[str, str]]:
    text = (DOCS / page).read_text(encoding="utf-8")
    table = text[text.index("## Every operation") :]
    return [m.groupdict() for m in map(ROW.match, table.splitlines()) if m]


@pytest.fixture(scope="module")
def sdk_document() -> dict[str, Any]:
    pin = Pin.load()
    path = pin.default_path()
    document, _ = sdk_source_document(json.loads(path.read_text(encoding="utf-8")), path, pin.version)
    return document


@pytest.mark.parametrize("page", sorted(GUIDES))
def test_every_operation_has_exactly_one_row(page: str) -> None:
    found = rows(page)
    ours = [r["ours"] for r in found]
    assert sorted(ours) == sorted(e.facade for e in OPERATIONS), set(ours) ^ {e.facade for e in OPERATIONS}
    by_facade = {e.facade: e for e in OPERATIONS}
    for r in found:
        entry = by_facade[r["ours"]]
        assert r["http"] == f"{entry.method} {entry.path}", r


@pytest.mark.parametrize("page", sorted(GUIDES))
def test_every_row_names_the_official_call_of_the_sdk_source_document(
    page: str, sdk_document: dict[str, Any]
) -> None:
    """Each official name is unique (one call per operation in that SDK), and where the SDK-source
    document names an operation itself, the official call ends with that name in the SDK's case."""
    language = GUIDES[page]
    declared = {}
    for item in sdk_document["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("x-speakeasy-name-override"):
                declared[op["operationId"]] = str(op["x-speakeasy-name-override"])
    by_facade = {e.facade: e for e in OPERATIONS}
    theirs = [r["theirs"] for r in rows(page)]
    assert None not in theirs, "an operation of the pinned release is not in its SDK-source document"
    assert len(set(theirs)) == len(theirs)
    checked = 0
    for r in rows(page):
        name = declared.get(by_facade[r["ours"]].operation_id)
        if name is None:
            continue
        method = r["theirs"].rsplit(".", 1)[-1]
        if language == "python":
            assert method.startswith(snake(name).rstrip("_")), (r, name)
        else:
            assert method == name[:1].lower() + name[1:], (r, name)
        checked += 1
    assert checked > len(theirs) // 2


def test_the_pages_are_what_the_generator_derives(sdk_document: dict[str, Any]) -> None:
    pin = Pin.load()
    path = pin.default_path()
    official = for_document(json.loads(path.read_text(encoding="utf-8")), path, pin.version)
    by_facade = {e.facade: e for e in OPERATIONS}
    for page, language in GUIDES.items():
        names = getattr(official, language)
        for r in rows(page):
            assert r["theirs"] == names[by_facade[r["ours"]].operation_id], r


@pytest.mark.parametrize("page", sorted(GUIDES))
def test_links_lead_to_the_operation_reference(page: str) -> None:
    for r in rows(page):
        file, _, anchor = r["link"].partition("#")
        text = (DOCS / file).read_text(encoding="utf-8")
        assert f'<a id="{anchor}"></a>' in text, r["link"]
        section = text[text.index(f'<a id="{anchor}"></a>') :]
        assert section.split("\n## ", 2)[1].startswith(f"`novu.{r['ours']}(...)`"), r["link"]


@pytest.mark.parametrize("page", sorted(GUIDES))
def test_required_arguments_are_the_facade_signature(page: str) -> None:
    import inspect

    from typing_extensions import get_overloads

    from novu_api import Novu

    novu = Novu(secret_key="sk_test", server_url="https://api.test")
    for r in rows(page):
        method: Any = novu
        for part in r["ours"].split("."):
            method = getattr(method, part)
        overloads = get_overloads(method.__func__)
        signature = inspect.signature(overloads[0] if overloads else method)
        required = [
            n
            for n, p in signature.parameters.items()
            if p.default is inspect.Parameter.empty and p.kind is not p.VAR_KEYWORD
        ]
        assert re.findall(r"`(\w+)`", r["args"]) == [n for n in required if n != "self"], r


@pytest.mark.parametrize("page", sorted(GUIDES))
def test_the_guide_covers_client_arguments_results_errors_and_retries(page: str) -> None:
    text = (DOCS / page).read_text(encoding="utf-8")
    headings = [line[3:] for line in text.splitlines() if line.startswith("## ")]
    assert headings == [
        "The client",
        "Arguments",
        "Results",
        "Errors",
        "Retries and idempotency",
        "Every operation",
    ]
    for needed in ("res.result", "RetryPolicy", "idempotency_key", "NovuError", "with_raw_response"):
        assert needed in text, needed
