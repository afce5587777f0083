"""Shared fixtures: the pinned spec document and clients over httpx.MockTransport."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.spec import Pin

ROOT = Path(__file__).resolve().parent.parent
SECRET = "sk_test_9f8e7d6c5b4a"  # tests grep logs, reprs and errors for this value


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    """The pinned Novu document, as published (no overlay)."""
    return json.loads(Pin.load().default_path().read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def overlaid_spec(spec: dict[str, Any]) -> dict[str, Any]:
    """The pinned document with openapi/overlay.yaml applied: what the SDK is generated from.
    An action whose target this release lacks is skipped (the release report names it)."""
    from generator.spec import apply_overlay, load_overlay

    document, _missed = apply_overlay(spec, load_overlay(), warn=False)
    return document


@pytest.fixture
def make_client() -> Callable[..., Any]:
    """make_client(handler, **options) -> Novu over a MockTransport; handler(request) -> httpx.Response."""
    from novu_api import Novu

    def make(handler: Callable[[httpx.Request], httpx.Response], **options: Any) -> Novu:
        options.setdefault("secret_key", SECRET)
        options.setdefault("server_url", "https://api.test")
        return Novu(http_client=httpx.Client(transport=httpx.MockTransport(handler)), **options)

    return make


@pytest.fixture
def make_async_client() -> Callable[..., Any]:
    from novu_api import AsyncNovu

    def make(handler: Callable[[httpx.Request], httpx.Response], **options: Any) -> AsyncNovu:
        options.setdefault("secret_key", SECRET)
        options.setdefault("server_url", "https://api.test")
        return AsyncNovu(http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)), **options)

    return make


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """A short account at the end of the run: what was not run or expected to fail, and why."""
    stats = terminalreporter.stats
    lines: list[str] = []
    for key, label in (
        ("skipped", "skipped"),
        ("xfailed", "expected to fail"),
        ("xpassed", "passed unexpectedly"),
    ):
        reasons: dict[str, list[str]] = {}
        for report in stats.get(key, []):
            if key == "skipped" and isinstance(report.longrepr, tuple):
                reason = str(report.longrepr[2]).removeprefix("Skipped: ")
            else:
                reason = str(getattr(report, "wasxfail", "") or "no reason given")
            reasons.setdefault(reason, []).append(report.nodeid.split("::", 1)[-1])
        for reason, tests in sorted(reasons.items()):
            shown = ", ".join(tests[:3]) + (f" and {len(tests) - 3} more" if len(tests) > 3 else "")
            lines.append(f"{len(tests)} {label}: {reason} [{shown}]")
    if lines:
        terminalreporter.write_sep("-", "not run or expected to fail, and why")
        for line in lines:
            terminalreporter.write_line(line)
