"""Stage 6, write: format rendered files (`formatted`, part of every build, so `check` compares what
`generate` writes) and write them into the package and docs/ without touching hand-written files
(`write`)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

HEADER_PREFIX = "# Generated from Novu API "
# The first line of every generated page under docs/ (see generator/docs.py).
DOCS_HEADER_PREFIX = "<!-- Generated from Novu API "


def is_generated(path: Path) -> bool:
    try:
        with path.open(encoding="utf-8") as handle:
            return handle.readline().startswith((HEADER_PREFIX, DOCS_HEADER_PREFIX))
    except (OSError, UnicodeDecodeError):
        return False


def _ruff(*args: str) -> list[str]:
    ruff = Path(sys.executable).with_name("ruff")
    return [str(ruff) if ruff.exists() else "ruff", *args]


def format_tree(root: Path, config: Path) -> None:
    """ruff fixes imports and formats, with the project's settings, so output is stable.

    The package is first-party by name: ruff would otherwise look for each module in the
    checkout, where the modules a new release adds do not exist yet, and group their imports
    differently on the first run than on the second.
    """
    first_party = f"lint.isort.known-first-party = [{root.name!r}]"
    for args in (
        (
            "check",
            "--quiet",
            "--fix-only",
            "--exit-zero",
            "--select",
            "I,F401,UP",
            "--config",
            str(config),
            "--config",
            first_party,
            str(root),
        ),
        ("format", "--config", str(config), str(root)),
    ):
        done = subprocess.run(_ruff(*args), capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"ruff {args[0]} failed:\n{done.stdout}{done.stderr}")


def formatted(files: dict[str, str], config: Path) -> dict[str, str]:
    with tempfile.TemporaryDirectory(prefix="novu-gen-") as tmp:
        root = Path(tmp) / "novu_api"
        for rel, text in files.items():
            target = root / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        format_tree(root, config)
        return {rel: (root / rel).read_text(encoding="utf-8") for rel in files}


def sync_tree(files: dict[str, str], root: Path, pattern: str) -> tuple[list[str], list[str], list[str]]:
    """Write generated files under `root`, delete stale generated ones matching `pattern`, and never
    touch a hand-written file (one without the generated first line); returns (added, changed, removed)."""
    added: list[str] = []
    changed: list[str] = []
    removed: list[str] = []
    for rel in sorted(files):
        target = root / rel
        if target.exists() and not is_generated(target):
            raise RuntimeError(f"refusing to overwrite hand-written file {target}")
    for path in sorted(root.rglob(pattern)) if root.is_dir() else []:
        rel = path.relative_to(root).as_posix()
        if rel not in files and is_generated(path):
            path.unlink()
            removed.append(rel)
    for rel, text in sorted(files.items()):
        target = root / rel
        old = target.read_text(encoding="utf-8") if target.exists() else None
        if old == text:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        (changed if old is not None else added).append(rel)
    # Folders left empty by removed operations or pages (and their caches) go too.
    if root.is_dir():
        for folder in sorted((p for p in root.rglob("*") if p.is_dir()), key=lambda p: -len(p.parts)):
            if folder.name == "__pycache__" and not any(folder.parent.glob("*.py")):
                shutil.rmtree(folder)
            elif not any(folder.iterdir()):
                folder.rmdir()
    return added, changed, removed


def sync_package(files: dict[str, str], package: Path) -> tuple[list[str], list[str], list[str]]:
    """The generated modules of `novu_api/`."""
    return sync_tree(files, package, "*.py")


def sync_docs(files: dict[str, str], docs: Path) -> tuple[list[str], list[str], list[str]]:
    """The generated reference pages of `docs/` (the migration guide is hand-written and stays)."""
    return sync_tree(files, docs, "*.md")


@dataclass(frozen=True)
class Written:
    """What `write` did: (added, changed, removed) paths under the package and under docs/."""

    package: tuple[list[str], list[str], list[str]]
    docs: tuple[list[str], list[str], list[str]]

    def drift(self) -> list[str]:
        """One line per path, `+`, `~` or `-` and the path (docs/ ones prefixed)."""
        lines = [f"{sign} {p}" for sign, paths in zip("+~-", self.package, strict=True) for p in paths]
        return lines + [
            f"{sign} docs/{p}" for sign, paths in zip("+~-", self.docs, strict=True) for p in paths
        ]


def write(files: dict[str, str], pages: dict[str, str], package: Path, docs: Path) -> Written:
    """The generated modules into `package`, the reference pages into `docs`."""
    return Written(sync_package(files, package), sync_docs(pages, docs))
