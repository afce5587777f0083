"""Load the pinned document, verify it, and apply our overlay."""

from __future__ import annotations

import copy
import hashlib
import json
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PIN_FILE = ROOT / "openapi" / "pin.json"
OVERLAY_FILE = ROOT / "openapi" / "overlay.yaml"


class SpecError(Exception):
    """The document cannot be used: wrong hash, unreadable, or not OpenAPI."""


class OverlayWarning(UserWarning):
    """An overlay action matched nothing in this document."""


SERVED = "served"
SDK_SOURCE = "sdk-source"
FORMS = (SERVED, SDK_SOURCE)


def document_form(document: dict[str, Any]) -> str:
    """Which form of Novu's document this is (see openapi/README.md): the SDK source carries the
    document-level code-generation extensions (`x-speakeasy-...` at the root); the served one does not."""
    return SDK_SOURCE if any(str(key).startswith("x-speakeasy-") for key in document) else SERVED


@dataclass(frozen=True)
class Pin:
    api: str
    version: str
    source_url: str  # where the document came from
    retrieved: str
    sha256: str
    path: str  # the document, relative to the repository, beside the other pinned documents
    form: str = SERVED  # "served" or "sdk-source"

    @classmethod
    def load(cls, file: Path = PIN_FILE) -> Pin:
        return cls(**json.loads(file.read_text(encoding="utf-8")))

    def save(self, file: Path = PIN_FILE) -> None:
        order = ("api", "version", "form", "source_url", "retrieved", "sha256", "path")
        data = {key: self.__dict__[key] for key in order}
        file.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")

    def default_path(self) -> Path:
        return (ROOT / self.path).resolve()


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_source(source: str | Path) -> bytes:
    """Bytes of a document given by path or URL (URLs only when updating the pin)."""
    text = str(source)
    if text.startswith(("http://", "https://")):
        import httpx

        response = httpx.get(text, timeout=60, follow_redirects=True)
        response.raise_for_status()
        return response.content
    path = Path(source)
    if not path.is_file():
        raise SpecError(f"spec document not found: {path}")
    return path.read_bytes()


def load_document(
    source: str | Path | None = None, *, pin: Pin | None = None, verify: bool = True
) -> dict[str, Any]:
    """Read the document; with `verify`, refuse one whose sha256 differs from the pin."""
    pin = pin or Pin.load()
    data = read_source(source if source is not None else pin.default_path())
    if verify:
        digest = sha256_of(data)
        if digest != pin.sha256:
            raise SpecError(
                f"spec document {source or pin.default_path()} has sha256 {digest}, but openapi/pin.json "
                f"pins {pin.sha256} (Novu API {pin.version}). Use the pinned file, or run "
                "`make update-spec SPEC=...` to move the pin to a new release."
            )
    return parse_document(data)


def parse_document(data: bytes, label: str = "spec document") -> dict[str, Any]:
    """The JSON document in `data`; one that is not JSON or not OpenAPI is a SpecError naming `label`."""
    try:
        document = json.loads(data)
    except ValueError as exc:
        raise SpecError(f"{label} is not JSON: {exc}") from exc
    if not isinstance(document, dict) or "paths" not in document or "openapi" not in document:
        raise SpecError(f"{label} is not an OpenAPI document (no `openapi` / `paths`)")
    return document


def load_overlay(file: Path = OVERLAY_FILE) -> dict[str, Any]:
    from ruamel.yaml import YAML

    overlay = YAML(typ="safe").load(file.read_text(encoding="utf-8"))
    if not isinstance(overlay, dict) or not str(overlay.get("overlay", "")).startswith("1."):
        raise SpecError(f"{file} is not an OpenAPI Overlay 1.x document")
    return overlay


def _merge(target: Any, update: Any) -> Any:
    """Overlay 1.0 update: objects merge recursively, arrays append, anything else replaces."""
    if isinstance(target, dict) and isinstance(update, dict):
        for key, value in update.items():
            target[key] = _merge(target[key], value) if key in target else copy.deepcopy(value)
        return target
    if isinstance(target, list):
        target.extend(copy.deepcopy(update) if isinstance(update, list) else [copy.deepcopy(update)])
        return target
    return copy.deepcopy(update)


def apply_overlay(
    document: dict[str, Any], overlay: dict[str, Any], *, warn: bool = True
) -> tuple[dict[str, Any], list[str]]:
    """Apply the overlay's actions in order to a copy; returns it and the targets that matched nothing.

    A target that matches nothing (Novu renamed or removed the thing it fixes) is a warning
    naming the action (with `warn=False`, only the returned list names it), never a crash and
    never a guess at a nearby node.
    """
    from jsonpath_ng.ext.parser import parse as jsonpath

    result = copy.deepcopy(document)
    missed: list[str] = []
    for index, action in enumerate(overlay.get("actions") or []):
        target = action.get("target")
        if not target:
            raise SpecError(f"overlay action #{index} has no target")
        matches = jsonpath(target).find(result)
        if not matches:
            missed.append(target)
            if not warn:
                continue
            warnings.warn(
                f"overlay action #{index} ({target}) matches nothing in this document; skipped. "
                f"Reason it existed: {action.get('description', 'n/a')}",
                OverlayWarning,
                stacklevel=2,
            )
            continue
        if action.get("remove"):
            # List items go by position, highest index first, so earlier removals cannot
            # shift the ones still to do (and equal values elsewhere are never touched).
            def position(match: Any) -> int:
                indices = getattr(match.path, "indices", None) or (getattr(match.path, "index", -1),)
                return int(indices[0]) if len(indices) == 1 else -1

            for match in sorted(matches, key=position, reverse=True):
                parent = match.context.value if match.context is not None else None
                key = getattr(match.path, "fields", None)
                if isinstance(parent, dict) and key:
                    parent.pop(key[0], None)
                elif isinstance(parent, list) and position(match) >= 0:
                    del parent[position(match)]
                else:
                    raise SpecError(f"overlay action #{index} ({target}): cannot remove this node")
        elif "update" in action:
            for match in matches:
                merged = _merge(match.value, action["update"])
                if merged is not match.value:
                    match.full_path.update(result, merged)
        else:
            raise SpecError(f"overlay action #{index} ({target}) has neither `update` nor `remove`")
    return result, missed
