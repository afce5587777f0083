"""Both forms of one Novu release give the same SDK.

Novu's served document and its SDK source differ in how they declare success bodies
(`{"data": X}` or `X`), in the `idempotency-key` header parameter the SDK source adds to every
operation, and in the document-level naming rules; the wire is the same. Every pair of
documents beside the pin that share a version and a retrieval date, one of each form, is
rendered through the whole pipeline (overlay, normalise, render, format): the package and the
reference pages must be the same files, byte for byte, so the public API (modules, functions,
facade methods, signatures, models) and every decode are the same.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from generator.build import RUFF_CONFIG, build_document
from generator.spec import SDK_SOURCE, SERVED, Pin, apply_overlay, document_form, load_overlay

FOLDER = Pin.load().default_path().parent


def _pairs() -> list[tuple[Path, Path]]:
    by_release: dict[tuple[str, str], dict[str, Path]] = {}
    for path in sorted(FOLDER.glob("*.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        date = (re.findall(r"\d{4}-\d{2}-\d{2}", path.name) or [""])[0]
        key = (str(document["info"]["version"]), date)
        by_release.setdefault(key, {})[document_form(document)] = path
    return [(forms[SERVED], forms[SDK_SOURCE]) for forms in by_release.values() if len(forms) == 2]


PAIRS = _pairs()


def _render(path: Path) -> tuple[dict[str, str], dict[str, str]]:
    raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    document, _missed = apply_overlay(raw, load_overlay(), warn=False)
    pages: dict[str, str] = {}
    files = build_document(document, str(raw["info"]["version"]), RUFF_CONFIG, docs=pages)
    return files, pages


@pytest.mark.slow
@pytest.mark.skipif(not PAIRS, reason="no release beside the pin in both forms")
@pytest.mark.parametrize(("served", "sdk_source"), PAIRS, ids=[p.name for p, _ in PAIRS])
def test_served_and_sdk_source_forms_generate_the_same_package(served: Path, sdk_source: Path) -> None:
    served_raw = json.loads(served.read_text(encoding="utf-8"))
    sdk_raw = json.loads(sdk_source.read_text(encoding="utf-8"))
    # The forms really differ where the generator has to make them equal.
    assert served_raw != sdk_raw
    assert "x-speakeasy-name-override" in sdk_raw and "x-speakeasy-name-override" not in served_raw

    files_a, pages_a = _render(served)
    files_b, pages_b = _render(sdk_source)
    assert sorted(files_a) == sorted(files_b)
    differing = [rel for rel in sorted(files_a) if files_a[rel] != files_b[rel]]
    assert differing == []
    assert sorted(pages_a) == sorted(pages_b)
    assert [rel for rel in sorted(pages_a) if pages_a[rel] != pages_b[rel]] == []
    # No operation grew an idempotency argument of its own: it is the per-call option.
    assert not [
        rel for rel, text in files_b.items() if "idempotency_key_" in text or "field_idempotency" in text
    ]
