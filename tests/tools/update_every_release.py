"""Move the pin to every other document beside it, the way a maintainer would, from fresh clones.

    python tests/tools/update_every_release.py [DOCUMENT ...]

For each document (default: every `*.json` beside the pinned one except the pin): `git clone`
this checkout into a temporary folder with `../shared` beside it, `make install` and the mock
server's npm packages, then `make update-spec SPEC=... UPDATE_ARGS=--allow-downgrade` (report, regeneration, the whole test
suite), `make check`, and a second `make generate` that must leave `git status` unchanged.
Prints one line per document and exits 1 if any step failed. Slow (a full `make test` each);
`tests/test_every_release.py` checks the same regeneration in-process on every `make test`.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from generator.spec import Pin  # noqa: E402


def run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)


def status(clone: Path) -> str:
    return run(["git", "status", "--porcelain"], clone).stdout


def try_release(document: Path, shared: Path) -> tuple[bool, str]:
    with tempfile.TemporaryDirectory(prefix="novu-release-") as tmp:
        base = Path(tmp)
        os.symlink(shared, base / "shared")
        clone = base / "clone"
        done = run(["git", "clone", "--quiet", str(ROOT), str(clone)], base)
        if done.returncode:
            return False, f"git clone failed: {done.stderr.strip()}"
        spec = os.path.relpath(base / "shared" / "openapi" / document.name, clone)
        # The mock server too, so that the tests run after the update include conformance.
        setup = run(["make", "install", "node_modules/.installed"], clone)
        if setup.returncode:
            return False, f"make install failed: {setup.stderr.strip()[-300:]}"
        update = run(["make", "update-spec", f"SPEC={spec}", "UPDATE_ARGS=--allow-downgrade"], clone)
        summary = (update.stdout.strip().splitlines() or ["no output"])[-1]
        if update.returncode:
            return False, f"update-spec failed: {summary}"
        check = run(["make", "check"], clone)
        if check.returncode:
            return False, f"make check failed: {(check.stdout + check.stderr).strip().splitlines()[-1]}"
        before = status(clone)
        again = run(["make", "generate"], clone)
        if again.returncode or status(clone) != before:
            return False, "a second make generate changed files"
        return True, summary


def main(argv: list[str]) -> int:
    pinned = Pin.load().default_path()
    shared = pinned.parent.parent
    documents = [Path(a).resolve() for a in argv] or sorted(
        p for p in pinned.parent.glob("*.json") if p.resolve() != pinned.resolve()
    )
    failed = 0
    for document in documents:
        ok, line = try_release(document, shared)
        failed += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {document.name}: {line}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
