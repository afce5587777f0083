"""The golden document and its rendered output.

`spec.json` is a small fictional API of our own (not Novu's) whose operations and schemas use
every construct the templates render; `expected/` is what the generator makes of it: the package
files as under `novu_api/`, and the reference pages under `expected/docs/`. `tests/test_golden.py`
compares a fresh render with `expected/` and shows the difference as a unified diff.

After an intended template or generator change, `make golden` (`python -m tests.golden`)
rewrites `expected/`; review it with `git diff tests/golden/expected` and commit it with the change.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SPEC = HERE / "spec.json"
EXPECTED = HERE / "expected"
DOCS = "docs/"  # reference pages are kept under expected/docs/, package files beside them
SUFFIXES = (".py", ".md")


def load() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(SPEC.read_text(encoding="utf-8"))
    return document


def render_golden(document: dict[str, Any] | None = None) -> dict[str, str]:
    """{path under expected/: text}, through the same stages as `python -m generator generate`
    (the pin check and the overlay are for Novu's document and are not involved)."""
    from generator.build import RUFF_CONFIG, build_document

    document = load() if document is None else document
    pages: dict[str, str] = {}
    files = build_document(document, str(document["info"]["version"]), RUFF_CONFIG, pages)
    return {**files, **{DOCS + rel: text for rel, text in pages.items()}}


def committed() -> dict[str, str]:
    return {
        p.relative_to(EXPECTED).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(EXPECTED.rglob("*"))
        if p.is_file() and p.suffix in SUFFIXES
    }


def write(files: dict[str, str]) -> tuple[list[str], list[str], list[str]]:
    """Make expected/ hold exactly `files`: (added, changed, removed) paths."""
    before = committed()
    for rel in sorted(set(before) - set(files)):
        (EXPECTED / rel).unlink()
    added, changed = [], []
    for rel, text in sorted(files.items()):
        if before.get(rel) == text:
            continue
        (added if rel not in before else changed).append(rel)
        target = EXPECTED / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    for folder in sorted((p for p in EXPECTED.rglob("*") if p.is_dir()), reverse=True):
        if not any(folder.iterdir()):
            folder.rmdir()
    return added, changed, sorted(set(before) - set(files))
