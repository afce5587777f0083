"""Stage 1, load: the document from the pin's path (or a given one), verified, overlay applied.

The reading, hashing and overlay rules themselves are in `spec.py` (shared with `update` and
the tests); this stage puts them in order for one run.
"""

from __future__ import annotations

import sys
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .spec import Pin, apply_overlay, load_document, load_overlay


@dataclass(frozen=True)
class Loaded:
    raw: dict[str, Any]  # the document as published
    document: dict[str, Any]  # with openapi/overlay.yaml applied
    version: str  # the API version it states (the pin's when it states none)
    path: Path  # where it was read from


def load(spec: str | Path | None, *, pin: Pin | None = None, verify: bool = True) -> Loaded:
    """Read `spec` (default: the pinned document), refuse a sha256 other than the pin's when
    `verify`, and apply the overlay; an overlay target that matches nothing is a warning on stderr."""
    pin = pin or Pin.load()
    raw = load_document(spec, pin=pin, verify=verify)
    version = str(raw.get("info", {}).get("version", pin.version))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        document, _missed = apply_overlay(raw, load_overlay())
    for warning in caught:
        print(f"warning: {warning.message}", file=sys.stderr)
    return Loaded(raw, document, version, Path(spec) if spec else pin.default_path())
