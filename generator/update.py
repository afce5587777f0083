"""`python -m generator update SPEC` (`make update-spec SPEC=...`): move the pin to a new release.

1. load the new document: a URL is downloaded, a saved file read; either is kept beside the
   pinned documents (outside the project; documents are never committed), and the pin refers
   to it there, never to a path elsewhere;
2. refuse a document older than the pin (its version, then its date) unless `--allow-downgrade`;
3. report what changed against the pinned document (`generator.diff`), printed first;
4. update `openapi/pin.json`: version, form (served or SDK source), retrieval date, sha256,
   where it came from, path;
5. regenerate `novu_api/` and `docs/`;
6. run the tests (`python -m pytest`), unless `--no-tests`, and print their summary line.

`CHANGELOG.md` gets the report as a new section, newest first. Nothing in the project is written unless the
new document loads, the pinned one still matches its hash, and the package renders.
The retrieval date is `--date`, else a YYYY-MM-DD in the document's file name, else today (UTC).
Where the document came from is the URL given, else `--source-url`, else the pin's own when the
form is unchanged, else where Novu publishes that form (`openapi/sources.json`).
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

from .build import build_document
from .diff import Change, Entry, ReleaseDiff, compare, prepare
from .name import snake
from .spec import (
    ROOT,
    Pin,
    SpecError,
    document_form,
    load_document,
    load_overlay,
    parse_document,
    read_source,
    sha256_of,
)

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
    def sources_file(self) -> Path:
        return self.root / "openapi" / "sources.json"

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

    def documents(self, pin: Pin) -> Path:
        """The folder of pinned documents (the pin's path without symlinks resolved)."""
        return Path(os.path.abspath(self.root / pin.path)).parent

    def published(self, form: str) -> str | None:
        """Where Novu publishes a form of its document, if `openapi/sources.json` says."""
        if not self.sources_file.is_file():
            return None
        found = json.loads(self.sources_file.read_text(encoding="utf-8")).get(form)
        return str(found) if found else None


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


def obtain(
    source: str, layout: Layout, pin: Pin, retrieved: str, data: bytes | None = None
) -> tuple[Path, bytes]:
    """The new document's path beside the pinned ones, and its bytes (`data`, when already read):
    a URL is downloaded and stored there, a saved file elsewhere is copied there."""
    data = read_source(source) if data is None else data
    if is_url(source):
        target = storage_path(layout, pin, parse_document(data, source), retrieved)
    else:
        given = Path(os.path.abspath(source))
        if _same_folder(given.parent, layout.documents(pin)):
            return given, data
        target = layout.documents(pin) / given.name
        root = layout.root.resolve()
        if target.resolve() == root or root in target.resolve().parents:
            raise SpecError(f"refusing to store the document inside the project ({target})")
    if target.exists():
        if sha256_of(target.read_bytes()) != sha256_of(data):
            raise SpecError(f"{target} already exists with other content; move it away or pass a path")
    else:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        except OSError as exc:
            raise SpecError(
                f"cannot store the document beside the pinned ones at {target} ({exc}); "
                "copy it there and pass that path"
            ) from exc
    return target, data


def _same_folder(a: Path, b: Path) -> bool:
    try:
        return a.is_dir() and b.is_dir() and os.path.samefile(a, b)
    except OSError:
        return False


def _version_key(version: str) -> tuple[int, ...] | None:
    parts = re.findall(r"\d+", version)
    return tuple(int(p) for p in parts) if parts else None


def is_older(version: str, date: str, pin: Pin) -> bool:
    """Whether a document (version, retrieval date) is older than the pinned one."""
    new, old = _version_key(version), _version_key(pin.version)
    if new is not None and old is not None and new != old:
        return new < old
    return date < pin.retrieved


_CLASS = re.compile(r"^class (\w+)\b", re.MULTILINE)


def removed_classes(package: Path, files: dict[str, str], report: ReleaseDiff) -> list[Entry]:
    """Model classes of the package on disk that the new files no longer define, other than the
    schemas the report already names as removed (inline objects the parser names after their place)."""
    from .write import is_generated

    def classes(texts: list[str]) -> set[str]:
        return {name for text in texts for name in _CLASS.findall(text)}

    models = package / "models"
    on_disk = [p.read_text(encoding="utf-8") for p in sorted(models.glob("*.py")) if is_generated(p)]
    fresh = [text for rel, text in files.items() if rel.startswith("models/")]
    known = {entry.symbol for entry in report.schemas_removed}
    known |= {change.symbol for entry in report.classes_renamed for change in entry.changes}
    gone = sorted(classes(on_disk) - classes(fresh) - known)
    return [
        Entry(name, "", [Change(name, "model class removed (an inline object schema)", True)])
        for name in gone
    ]


def changelog_section(report: ReleaseDiff, new_pin: Pin, old_pin: Pin) -> str:
    form = "the SDK source form of Novu's document" if new_pin.form == "sdk-source" else "the document served"
    head = [
        f"## {new_pin.api} {new_pin.version} ({new_pin.retrieved})",
        "",
        f"Generated from {form} at {new_pin.source_url} on {new_pin.retrieved} "
        f"(sha256 `{new_pin.sha256}`); the previous pin was {old_pin.api} {old_pin.version} "
        f"({old_pin.form} form, {old_pin.retrieved}, sha256 `{old_pin.sha256}`).",
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
    allow_downgrade: bool = False,
) -> int:
    layout = Layout(root.resolve())
    pin = Pin.load(layout.pin_file)
    date = retrieval_date(source, retrieved)
    data = read_source(source)
    digest = sha256_of(data)
    if digest == pin.sha256:
        print(
            f"{source} is the pinned document ({pin.api} {pin.version}, {pin.retrieved}); nothing to update"
        )
        return 0
    new_document = parse_document(data, source)
    version = str((new_document.get("info") or {}).get("version") or pin.version)
    if is_older(version, date, pin) and not allow_downgrade:
        raise SpecError(
            f"{source} is {pin.api} {version} ({date}), older than the pinned {pin.version} "
            f"({pin.retrieved}); pass --allow-downgrade to pin it anyway"
        )

    overlay = load_overlay(layout.overlay_file)
    old_document = load_document(layout.pinned_document(pin), pin=pin, verify=True)
    form = document_form(new_document)
    old = prepare(old_document, overlay, f"{pin.api} {pin.version} ({pin.retrieved})")
    new = prepare(new_document, overlay, f"{pin.api} {version} ({date})")
    report = compare(old, new, overlay)
    # The report comes first: a release that does not render still shows what it changes.
    print(report.to_markdown(), flush=True)
    for target in new.overlay_missed:
        print(
            f"warning: overlay action {target} matches nothing in the new document; skipped", file=sys.stderr
        )
    from .migration import for_document

    # The migration guides name the official SDKs' calls, from this release's SDK-source form.
    official = for_document(
        new_document,
        layout.pinned_document(pin) if is_url(source) else Path(source),
        version,
        fallback=new.document,
    )
    pages: dict[str, str] = {}
    files = build_document(new.document, version, layout.ruff_config, docs=pages, official=official)
    report.classes_removed = removed_classes(layout.package, files, report)
    if report.classes_removed:
        print("\n".join(f"- `{e.symbol}`: {e.changes[0].what}" for e in report.classes_removed))
    path, _ = obtain(source, layout, pin, date, data)

    from .write import write

    if is_url(source):
        origin = source
    elif source_url:
        origin = source_url
    elif form == pin.form:
        origin = pin.source_url
    else:
        origin = layout.published(form) or f"a saved file, {Path(source).name} (origin not given)"
    new_pin = Pin(
        api=pin.api,
        version=version,
        source_url=origin,
        retrieved=date,
        sha256=digest,
        path=os.path.relpath(path, layout.root),
        form=form,
    )
    added, changed, removed = write(files, pages, layout.package, layout.root / "docs").package
    new_pin.save(layout.pin_file)
    add_to_changelog(layout.changelog, changelog_section(report, new_pin, pin))
    print(
        f"pinned {new_pin.api} {new_pin.version} ({new_pin.form}, {new_pin.retrieved}, sha256 {digest[:12]}…); "
        f"novu_api/: {len(added)} files added, {len(changed)} changed, {len(removed)} removed; "
        f"{layout.changelog.name} updated"
    )
    if not run_tests:
        return 0
    print("running the tests: python -m pytest", flush=True)
    summary = "no output"
    with subprocess.Popen(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider"],
        cwd=layout.root,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    ) as run:
        assert run.stdout is not None
        for line in run.stdout:
            print(line, end="", flush=True)
            if line.strip():
                summary = line.strip().strip("= ")
    print(f"tests: {summary} (exit code {run.returncode})")
    return run.returncode
