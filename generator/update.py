"""`python -m generator update SPEC` (`make update-spec SPEC=...`): move the pin to a new release.

1. load the new document: a path, or a URL, which is downloaded and stored beside the pinned
   document (outside the project; documents are never committed);
2. report what changed against the pinned document (`generator.diff`);
3. update `openapi/pin.json`: version, retrieval date, sha256, source URL, path;
4. regenerate `novu_api/`;
5. run the tests (`python -m pytest -q`), unless `--no-tests`.

`CHANGELOG.md` gets the report as a new section, newest first. Nothing in the project is written unless the
new document loads, the pinned one still matches its hash, and the package renders.
The retrieval date is `--date`, else a YYYY-MM-DD in the document's file name, else today (UTC).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .diff import ReleaseDiff, compare, prepare
from .naming import snake
from .spec import ROOT, Pin, SpecError, load_document, load_overlay, read_source, sha256_of

_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})")

CHANGELOG_INTRO = """# Changelog

One section per regeneration of `novu_api/` from a Novu API release, newest first. Each is the
release report of `python -m generator update` (`make update-spec SPEC=...`): the new document
compared with the one pinned before it, every change named by the Python symbol it affects and
marked when it is breaking for SDK users.
"""


@dataclass(frozen=True)
class Layout:
    """Where a project keeps what an update reads and writes (a temporary copy in tests)."""

    root: Path

    @property
    def pin_file(self) -> Path:
        return self.root / "openapi" / "pin.json"

    @property
    def overlay_file(self) -> Path:
        return self.root / "openapi" / "overlay.yaml"

    @property
    def package(self) -> Path:
        return self.root / "novu_api"

    @property
    def changelog(self) -> Path:
        return self.root / "CHANGELOG.md"

    @property
    def ruff_config(self) -> Path:
        return self.root / "pyproject.toml"

    def pinned_document(self, pin: Pin) -> Path:
        return (self.root / pin.path).resolve()


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def retrieval_date(source: str, given: str | None = None) -> str:
    if given:
        try:
            return dt.date.fromisoformat(given).isoformat()
        except ValueError as exc:
            raise SpecError(f"--date must be YYYY-MM-DD, got {given!r}") from exc
    found = _DATE.search(source.rstrip("/").rsplit("/", 1)[-1])
    if found:
        try:
            return dt.date.fromisoformat(found.group(1)).isoformat()
        except ValueError:
            pass
    return dt.datetime.now(dt.timezone.utc).date().isoformat()


def _parse(data: bytes, source: str) -> dict[str, Any]:
    try:
        document = json.loads(data)
    except ValueError as exc:
        raise SpecError(f"{source} is not JSON: {exc}") from exc
    if not isinstance(document, dict) or "paths" not in document or "openapi" not in document:
        raise SpecError(f"{source} is not an OpenAPI document (no `openapi` / `paths`)")
    return document


def storage_path(layout: Layout, pin: Pin, document: dict[str, Any], retrieved: str) -> Path:
    """Where a downloaded document is kept: beside the pinned one, named like it."""
    current = layout.pinned_document(pin)
    info = document.get("info") or {}
    version = str(info.get("version") or "unknown")
    name = current.name
    if pin.version in name and pin.retrieved in name:
        name = name.replace(pin.retrieved, retrieved).replace(pin.version, version)
    else:
        name = f"{snake(str(info.get('title') or 'openapi')).replace('_', '-')}-{version}-{retrieved}.json"
    target = current.parent / name
    root = layout.root.resolve()
    if target == root or root in target.parents:
        raise SpecError(f"refusing to store the document inside the project ({target}); pass a path instead")
    return target


def obtain(source: str, layout: Layout, pin: Pin, retrieved: str) -> tuple[Path, bytes]:
    """The new document's local path and bytes; a URL is downloaded and stored first."""
    if not is_url(source):
        path = Path(source).resolve()
        return path, read_source(path)
    data = read_source(source)
    target = storage_path(layout, pin, _parse(data, source), retrieved)
    if target.exists():
        if sha256_of(target.read_bytes()) != sha256_of(data):
            raise SpecError(f"{target} already exists with other content; move it away or pass a path")
    else:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        except OSError as exc:
            raise SpecError(
                f"cannot store the downloaded document at {target} ({exc}); save it and pass its path"
            ) from exc
    return target, data


def render_package(
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


def changelog_section(report: ReleaseDiff, new_pin: Pin, old_pin: Pin) -> str:
    head = [
        f"## {new_pin.api} {new_pin.version} ({new_pin.retrieved})",
        "",
        f"Generated from the document served at {new_pin.source_url} on {new_pin.retrieved} "
        f"(sha256 `{new_pin.sha256}`); the previous pin was {old_pin.api} {old_pin.version} "
        f"({old_pin.retrieved}, sha256 `{old_pin.sha256}`).",
        "",
    ]
    title = f"Changes since {old_pin.api} {old_pin.version} ({old_pin.retrieved})"
    return "\n".join(head) + "\n" + report.to_markdown(level=3, title=title).rstrip("\n") + "\n"


def add_to_changelog(file: Path, section: str) -> None:
    """Insert a section above the newest one (below the introduction)."""
    text = file.read_text(encoding="utf-8") if file.exists() else CHANGELOG_INTRO
    lines = text.splitlines(keepends=True)
    at = next((i for i, line in enumerate(lines) if line.startswith("## ")), len(lines))
    before = "".join(lines[:at]).rstrip("\n") + "\n\n"
    after = "".join(lines[at:])
    file.write_text(before + section + ("\n" + after if after else ""), encoding="utf-8")


def update(
    source: str,
    *,
    root: Path = ROOT,
    run_tests: bool = True,
    retrieved: str | None = None,
    source_url: str | None = None,
) -> int:
    layout = Layout(root.resolve())
    pin = Pin.load(layout.pin_file)
    date = retrieval_date(source, retrieved)
    path, data = obtain(source, layout, pin, date)
    digest = sha256_of(data)
    if digest == pin.sha256:
        print(
            f"{source} is the pinned document ({pin.api} {pin.version}, {pin.retrieved}); nothing to update"
        )
        return 0

    overlay = load_overlay(layout.overlay_file)
    old_document = load_document(layout.pinned_document(pin), pin=pin, verify=True)
    new_document = _parse(data, source)
    version = str((new_document.get("info") or {}).get("version") or pin.version)
    old = prepare(old_document, overlay, f"{pin.api} {pin.version} ({pin.retrieved})")
    new = prepare(new_document, overlay, f"{pin.api} {version} ({date})")
    report = compare(old, new, overlay)
    for target in new.overlay_missed:
        print(
            f"warning: overlay action {target} matches nothing in the new document; skipped", file=sys.stderr
        )
    from .migration import for_document

    official = for_document(new_document, path, version)
    pages: dict[str, str] = {}
    files = render_package(new.document, version, layout.ruff_config, docs=pages, official=official)

    from .write import sync_docs, sync_package

    new_pin = Pin(
        api=pin.api,
        version=version,
        source_url=source if is_url(source) else (source_url or pin.source_url),
        retrieved=date,
        sha256=digest,
        path=os.path.relpath(path, layout.root),
    )
    added, changed, removed = sync_package(files, layout.package)
    sync_docs(pages, layout.root / "docs")
    new_pin.save(layout.pin_file)
    add_to_changelog(layout.changelog, changelog_section(report, new_pin, pin))
    print(report.to_markdown())
    print(
        f"pinned {new_pin.api} {new_pin.version} ({new_pin.retrieved}, sha256 {digest[:12]}…); "
        f"novu_api/: {len(added)} files added, {len(changed)} changed, {len(removed)} removed; "
        f"{layout.changelog.name} updated"
    )
    if not run_tests:
        return 0
    print("running the tests: python -m pytest -q", flush=True)
    return subprocess.run([sys.executable, "-m", "pytest", "-q"], cwd=layout.root, check=False).returncode
