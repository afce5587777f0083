"""docs/webhooks.md: its ```python blocks run in order in one namespace (its pytest examples are
then run with pytest's monkeypatch), its ```py blocks are word for word in examples/webhooks/,
and its table of reason codes is `novu_api.webhooks.REASONS`."""

from __future__ import annotations

import inspect
import re
from typing import Any

import pytest

from novu_api import webhooks
from tests.conftest import ROOT
from tests.test_readme_and_examples import blocks

PAGE = ROOT / "docs" / "webhooks.md"


def test_python_blocks_run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NOVU_WEBHOOK_SECRET", raising=False)
    python = [(code, line) for lang, code, line in blocks(PAGE) if lang == "python"]
    assert len(python) >= 6
    namespace: dict[str, Any] = {"__name__": "webhooks_docs"}
    for code, line in python:
        try:
            exec(compile(code, f"docs/webhooks.md:{line}", "exec"), namespace)
        except Exception as exc:
            raise AssertionError(f"docs/webhooks.md block at line {line} failed: {exc!r}\n{code}") from exc
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "MessageFailedEvent message.failed device token expired"
    assert out[1] == "failed on push: device token expired"
    assert out[2] == "not handled yet: subscriber.created"
    assert out[4] == "no_matching_signature"
    assert out[5] == "True False"

    tests = {name: f for name, f in namespace.items() if name.startswith("test_") and callable(f)}
    assert len(tests) == 2
    for name, test in tests.items():
        with pytest.MonkeyPatch.context() as patch:
            assert list(inspect.signature(test).parameters) == ["monkeypatch"], name
            test(patch)


def test_excerpts_are_the_tested_examples() -> None:
    files = {p.name: p.read_text(encoding="utf-8") for p in (ROOT / "examples" / "webhooks").glob("*.py")}
    excerpts = [code for lang, code, _ in blocks(PAGE) if lang == "py"]
    assert len(excerpts) == 3
    for code in excerpts:
        assert [name for name, text in files.items() if code in text], code


def test_reason_table_is_the_reason_list() -> None:
    text = PAGE.read_text(encoding="utf-8")
    table = re.findall(r"^\| `(\w+)` \|", text, re.M)
    assert table == list(webhooks.REASONS)
