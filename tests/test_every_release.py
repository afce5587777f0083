"""`update` from the pin to every other document beside it, on temporary copies of the project.

For each: the update exits 0 (a downgrade allowed), the registry is that document's operations,
the package is lint-clean after the one regeneration, and regenerating again changes nothing
(also when the release adds modules). `tests/tools/update_every_release.py` does the same from
fresh clones with `make update-spec`, `make test` and `make check`.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.build import build_document
from generator.normalise import iter_operations
from generator.spec import Pin, apply_overlay, load_overlay
from generator.write import sync_package

ROOT = Path(__file__).resolve().parent.parent
PIN = Pin.load()
OTHERS = sorted(
    p for p in PIN.default_path().parent.glob("*.json") if p.resolve() != PIN.default_path().resolve()
)


def copy_project(root: Path) -> None:
    for rel in ("openapi", "novu_api", "docs"):
        shutil.copytree(ROOT / rel, root / rel, ignore=shutil.ignore_patterns("__pycache__"))
    for rel in ("pyproject.toml", "CHANGELOG.md"):
        shutil.copy(ROOT / rel, root / rel)
    pin = Pin.load(root / "openapi" / "pin.json")
    # The pin's path is relative to the repository: make it absolute for the copy.
    Pin(**{**pin.__dict__, "path": str(PIN.default_path())}).save(root / "openapi" / "pin.json")


@pytest.mark.slow
@pytest.mark.skipif(not OTHERS, reason="no other document beside the pinned one")
@pytest.mark.parametrize("document", OTHERS, ids=[p.name for p in OTHERS])
def test_update_to_another_release_is_final_and_clean(tmp_path: Path, document: Path) -> None:
    root = tmp_path / "project"
    root.mkdir()
    copy_project(root)
    command = [sys.executable, "-m", "generator", "update", str(document), "--root", str(root)]
    done = subprocess.run(
        [*command, "--no-tests", "--allow-downgrade"], cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "Traceback" not in done.stderr

    raw = json.loads(document.read_text(encoding="utf-8"))
    registry = (root / "novu_api" / "operations.py").read_text(encoding="utf-8")
    assert registry.count("\n    OperationEntry(") == len(iter_operations(raw))
    assert all(f'"{op["operationId"]}"' in registry for _, _, op in iter_operations(raw))

    lint = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--config",
            str(ROOT / "pyproject.toml"),
            str(root / "novu_api"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert lint.returncode == 0, lint.stdout[-3000:]

    # A second regeneration from the same document changes nothing.
    overlaid, _missed = apply_overlay(raw, load_overlay(root / "openapi" / "overlay.yaml"), warn=False)
    files = build_document(overlaid, str(raw["info"]["version"]), ROOT / "pyproject.toml")
    assert sync_package(files, root / "novu_api") == ([], [], [])
