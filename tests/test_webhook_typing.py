"""Typing of novu_api.webhooks as users see it: tests/typecheck/webhooks_usage.py and the framework
receivers for FastAPI and Flask in examples/webhooks/ pass mypy --strict; the lines marked `# error: <code>` fail with it."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from tests.conftest import ROOT

USAGE = ROOT / "tests" / "typecheck" / "webhooks_usage.py"


@pytest.mark.slow
def test_mypy_strict_accepts_the_usage_and_rejects_the_mistakes() -> None:
    # Django ships no type information (django-stubs would be one more dependency): not checked here.
    examples = [str(ROOT / "examples" / "webhooks" / name) for name in ("fastapi_app.py", "flask_app.py")]
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(USAGE), *examples],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    reported: dict[tuple[str, int], set[str]] = {}
    for line in done.stdout.splitlines():
        found = re.match(r"(.+?):(\d+): error: .*\[([\w-]+)\]$", line)
        if found:
            reported.setdefault((found.group(1), int(found.group(2))), set()).add(found.group(3))
    expected: dict[tuple[str, int], set[str]] = {}
    for number, text in enumerate(USAGE.read_text(encoding="utf-8").splitlines(), start=1):
        marked = re.search(r"# error: ([\w-]+)$", text)
        if marked:
            expected[(str(USAGE.relative_to(ROOT)), number)] = {marked.group(1)}
    assert expected, "no expected-error lines"
    assert reported == expected, done.stdout
