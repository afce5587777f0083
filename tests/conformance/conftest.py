"""The Prism server for the conformance suite, and the summary line it prints."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from typing import Any

import pytest

from tests.conformance.harness import TALLY, Recorder
from tests.conftest import SECRET
from tests.prism import PrismServer, find_prism, spec_path


def _missing() -> str | None:
    if shutil.which("node") is None:
        return (
            "Node.js is not installed (no `node` on PATH): the Prism conformance tests need it and `npm ci`"
        )
    if find_prism() is None:
        return "Prism is not installed: run `npm ci` in the repository root (`make test` does it)"
    if not spec_path().is_file():
        return f"the pinned OpenAPI document is missing: {spec_path()}"
    return None


@pytest.fixture(scope="session")
def spec(overlaid_spec: dict[str, Any]) -> dict[str, Any]:
    """Requests are built from, and Prism checks them against, the document the SDK is
    generated from: the pinned one with openapi/overlay.yaml applied."""
    return overlaid_spec


@pytest.fixture(scope="session")
def prism() -> Iterator[PrismServer]:
    """One Prism mock server (pinned spec, overlay applied, 127.0.0.1, free port) for the session."""
    reason = _missing()
    if reason:
        pytest.skip(reason)
    server = PrismServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture(scope="session")
def novu(prism: PrismServer, recorder: Recorder) -> Iterator[Any]:
    from novu_api import Novu

    client = Novu(secret_key=SECRET, server_url=prism.url, timeout=30, hooks={"after_response": [recorder]})
    try:
        yield client
    finally:
        client.close()


def pytest_terminal_summary(terminalreporter: Any) -> None:
    line = TALLY.summary()
    if line:
        terminalreporter.write_line(line)
