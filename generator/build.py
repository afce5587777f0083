"""The one pipeline every command runs: load -> fix -> name -> model -> render -> write.

`generate`, `check`, `update`, `diff` and the reference pages all go through `build()` (a
document by path, the pin's by default) or `build_document()` (a document already loaded and
overlaid), so what `make check` compares is exactly what `make generate` writes.
"""

from __future__ import annotations

import sys
import warnings
from pathlib import Path
from typing import Any

from .spec import ROOT, Pin, apply_overlay, load_document, load_overlay

PACKAGE = ROOT / "novu_api"
DOCS = ROOT / "docs"  # reference pages, generated beside the package (generator/docs.py)
RUFF_CONFIG = ROOT / "pyproject.toml"


def build(spec: str | None, *, verify: bool = True, docs: dict[str, str] | None = None) -> dict[str, str]:
    """The formatted package files; with `docs`, also fills it with the reference pages."""
    from .migration import for_document

    pin = Pin.load()
    document = load_document(spec, pin=pin, verify=verify)
    version = str(document.get("info", {}).get("version", pin.version))
    raw = document
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        document, _missed = apply_overlay(document, load_overlay())
    for warning in caught:
        print(f"warning: {warning.message}", file=sys.stderr)
    official = for_document(raw, Path(spec) if spec else pin.default_path(), version, fallback=document)
    return build_document(document, version, RUFF_CONFIG, docs, official)


def build_document(
    document: dict[str, Any],
    version: str,
    ruff_config: Path,
    docs: dict[str, str] | None = None,
    official: Any = None,
) -> dict[str, str]:
    """The generated files for an overlaid document (what `python -m generator generate` writes);
    with `docs`, also fills it with the reference pages (and, with `official`, the migration guides)."""
    from .normalise import normalise
    from .render import render
    from .write import formatted

    return formatted(render(normalise(document), version, docs, official), ruff_config)
