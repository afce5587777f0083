"""The one pipeline every command runs: load -> fix -> name -> model -> render -> write.

`generate`, `check`, `update`, `diff` and the reference pages all go through `build()` (a
document by path, the pin's by default) or `build_document()` (a document already loaded and
overlaid), so what `make check` compares is exactly what `make generate` writes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .spec import ROOT

PACKAGE = ROOT / "novu_api"
DOCS = ROOT / "docs"  # reference pages, generated beside the package (generator/docs.py)
RUFF_CONFIG = ROOT / "pyproject.toml"


def build(spec: str | None, *, verify: bool = True, docs: dict[str, str] | None = None) -> dict[str, str]:
    """The formatted package files; with `docs`, also fills it with the reference pages."""
    from .load import load
    from .migration import for_document

    loaded = load(spec, verify=verify)
    official = for_document(loaded.raw, loaded.path, loaded.version, fallback=loaded.document)
    return build_document(loaded.document, loaded.version, RUFF_CONFIG, docs, official)


def build_document(
    document: dict[str, Any],
    version: str,
    ruff_config: Path,
    docs: dict[str, str] | None = None,
    official: Any = None,
) -> dict[str, str]:
    """The generated files for an overlaid document (what `python -m generator generate` writes);
    with `docs`, also fills it with the reference pages (and, with `official`, the migration guides)."""
    from .fix import fix
    from .model import model
    from .name import name
    from .render import render
    from .write import formatted

    fixed = fix(document)
    return formatted(render(model(fixed, name(fixed)), version, docs, official), ruff_config)
