"""Generating from the earlier spec snapshot gives a working package whose registry is that document's.

The whole `novu_api/` folder (hand-written runtime included) is copied to a temporary folder,
the generator writes the earlier snapshot's code into it (replacing generated files, deleting
stale ones), and a subprocess with only that folder on PYTHONPATH imports it and makes a call.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.name import name_operations, name_rules
from generator.normalise import iter_operations
from generator.spec import Pin, apply_overlay, load_overlay

ROOT = Path(__file__).resolve().parent.parent
_PIN = Pin.load().default_path()
# The oldest other document beside the pin (by the date in its name): the furthest release back.
_OTHERS = sorted(
    (p for p in _PIN.parent.glob("*.json") if p.resolve() != _PIN.resolve()),
    key=lambda p: (re.findall(r"\d{4}-\d{2}-\d{2}", p.name) or [""])[0],
)
OLD = _OTHERS[0] if _OTHERS else None
CALL = ("GET", "/v2/topics/{topicKey}")  # the call made through httpx.MockTransport

PROBE = r"""
import importlib, json, sys
import httpx
import novu_api
from novu_api import Novu
from novu_api.operations import OPERATIONS

method, path = sys.argv[1], sys.argv[2]
seen = []

def handler(request):
    seen.append({"method": request.method, "url": str(request.url), "auth": request.headers.get("authorization")})
    body = {"data": {"_id": "64da692e9a94fb2e6449ad06", "key": "product-updates", "name": "Product Updates"}}
    return httpx.Response(200, json=body)

novu = Novu(secret_key="sk_probe", server_url="https://api.test",
            http_client=httpx.Client(transport=httpx.MockTransport(handler)))
unreachable = []
for op in OPERATIONS:
    importlib.import_module(op.module)
    target = novu
    for part in op.facade.split("."):
        target = getattr(target, part, None)
    if not callable(target):
        unreachable.append(op.facade)
entry = next(op for op in OPERATIONS if (op.method, op.path) == (method, path))
call = novu
for part in entry.facade.split("."):
    call = getattr(call, part)
result = call(topic_key="product-updates")
print(json.dumps({
    "file": novu_api.__file__,
    "operations": [list(op) for op in OPERATIONS],
    "unreachable": unreachable,
    "requests": seen,
    "result": [type(result).__name__, result.key, result.name],
}))
"""


def _old_document() -> dict[str, Any]:
    assert OLD is not None
    raw = json.loads(OLD.read_text(encoding="utf-8"))
    document, _missed = apply_overlay(raw, load_overlay(), warn=False)
    return document


@pytest.mark.slow
def test_package_generated_from_the_earlier_snapshot_imports_and_works(tmp_path: Path) -> None:
    if OLD is None:
        pytest.skip("no other document beside the pinned one")
    package = tmp_path / "novu_api"
    shutil.copytree(ROOT / "novu_api", package, ignore=shutil.ignore_patterns("__pycache__"))
    generate = [
        sys.executable,
        "-m",
        "generator",
        "generate",
        "--spec",
        str(OLD),
        "--no-verify",
        "--out",
        str(package),
    ]
    done = subprocess.run(generate, cwd=ROOT, capture_output=True, text=True, timeout=900, check=False)
    assert done.returncode == 0, done.stdout + done.stderr

    document = _old_document()
    ops = [op for _, _, op in iter_operations(document)]
    names = name_operations(ops, name_rules(document))
    expected = {
        (
            str(op["operationId"]),
            method.upper(),
            path,
            names[op["operationId"]].module,
            names[op["operationId"]].facade,
        )
        for method, path, op in iter_operations(document)
    }
    if CALL not in {(m, p) for _, m, p, _, _ in expected}:
        pytest.skip(f"{OLD.name} has no {CALL[0]} {CALL[1]} to call")

    # Operations only in the pinned release are gone: their modules were generated, so deleted.
    from novu_api.operations import OPERATIONS as PINNED

    for entry in PINNED:
        if (entry.method, entry.path) not in {(m, p) for _, m, p, _, _ in expected}:
            module = package.joinpath(*entry.module.split(".")[1:]).with_suffix(".py")
            assert not module.exists(), f"stale generated module {module}"

    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    probe = subprocess.run(
        [sys.executable, "-c", PROBE, *CALL],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert probe.returncode == 0, probe.stderr
    result = json.loads(probe.stdout)
    assert Path(result["file"]).resolve().is_relative_to(tmp_path.resolve())

    registry = [tuple(entry) for entry in result["operations"]]
    assert len(registry) == len(expected) == len(document_operations(OLD))
    assert {entry[:5] for entry in registry} == expected
    assert result["unreachable"] == []

    [request] = result["requests"]
    assert request["method"] == "GET"
    assert request["url"] == "https://api.test/v2/topics/product-updates"
    assert request["auth"] == "ApiKey sk_probe"
    assert result["result"] == ["TopicResponseDto", "product-updates", "Product Updates"]


def document_operations(path: Path | None) -> list[tuple[str, str]]:
    """(METHOD, path) of every operation in a document as published."""
    assert path is not None
    raw = json.loads(path.read_text(encoding="utf-8"))
    return [(method.upper(), p) for method, p, _ in iter_operations(raw)]
