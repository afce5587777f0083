"""The testing kit is generated-aware: a package generated from another Novu release answers every
operation of that release through the fake, with no edit to the kit.

The whole `novu_api/` folder is copied to a temporary folder, the generator writes the other
release's code into it (the fake's table `testing/_document.py` included), and a subprocess with
only that folder on PYTHONPATH calls every operation of its registry through a client wired to
the fake, with inputs the fake's own table describes (required parameters, a made body).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.spec import Pin

ROOT = Path(__file__).resolve().parent.parent

PROBE = r"""
import importlib, json
from novu_api import File, NovuError
from novu_api.operations import OPERATIONS
from novu_api.testing import FakeNovu
from novu_api.testing._common import document

fake = FakeNovu()
novu = fake.client()
table = document()
schemas = table.schemas
answered, failures = [], []

def upload(schema):
    kind = schemas.resolve(schema)
    if kind.get("format") == "binary":
        return File(payload=b'{"hello": "Hello"}', file_name="en_US.json", mime_type="application/json")
    if kind.get("type") == "array" and schemas.resolve(kind.get("items") or {}).get("format") == "binary":
        return [upload(kind["items"])]
    return None

for entry in OPERATIONS:
    facts = table.facts[entry.operation_id]
    module = importlib.import_module(entry.module)
    kwargs = {}
    for param in facts["params"]:
        if param["required"]:
            value = schemas.sample(param["schema"])
            kwargs[param["python"]] = value if param["in"] == "query" else str(value)
            if param["in"] == "path":
                fake.add_subscriber(str(value))
                fake.add_topic(str(value))
    body = facts["body"]
    if body is not None:
        value = schemas.sample(body["schema"])
        if body["content"].startswith("multipart/"):
            for name, prop in schemas.properties(body["schema"]).items():
                made = upload(prop)
                if made is not None:
                    value[name] = made
        kwargs["body"] = value
    try:
        result = module.sync(client=novu, **kwargs)
    except NovuError as error:
        failures.append(f"{entry.facade}: {type(error).__name__}: {error}")
        continue
    declared = module._parse.__annotations__["return"]
    if entry.pagination:
        result = result.response  # a page: the DTO it was decoded from
    shown = type(result).__name__
    if declared == "None" and result is not None or declared != "None" and shown not in declared and not (
        shown in ("bool", "float", "int", "str", "list", "dict")
    ):
        failures.append(f"{entry.facade}: declared {declared}, got {shown}")
    answered.append(entry.operation_id)
print(json.dumps({"answered": answered, "failures": failures, "registry": [e.operation_id for e in OPERATIONS]}))
"""


def _order(path: Path) -> tuple[tuple[int, ...], str]:
    found = re.search(r"novu-(\d+)\.(\d+)\.(\d+)-(\d{4}-\d\d-\d\d)", path.name)
    return (tuple(int(x) for x in found.groups()[:3]), found.group(4)) if found else ((), "")


def _operation_ids(path: Path) -> set[str]:
    document = json.loads(path.read_text(encoding="utf-8"))
    return {
        str(op["operationId"])
        for item in document.get("paths", {}).values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }


def other_documents() -> list[Path]:
    """Documents beside the pinned one whose operations differ from the pinned registry, newest first."""
    from novu_api.operations import OPERATIONS

    pinned_ids = {e.operation_id for e in OPERATIONS}
    folder = Pin.load().default_path().parent
    found = [p for p in folder.glob("novu-*.json") if _order(p)[0] and _operation_ids(p) != pinned_ids]
    return sorted(found, key=_order, reverse=True)


@pytest.mark.slow
def test_another_release_works_in_the_fake_without_edits(tmp_path: Path) -> None:
    candidates = other_documents()
    assert candidates, "no document beside the pinned one with other operations"
    package = tmp_path / "novu_api"
    outputs = []
    # The newest the generator renders (whether the overlay fits a release is the generator's
    # tests' concern; what is checked here is the kit on whatever renders).
    for spec in candidates:
        shutil.rmtree(package, ignore_errors=True)
        shutil.copytree(ROOT / "novu_api", package, ignore=shutil.ignore_patterns("__pycache__"))
        generate = [sys.executable, "-m", "generator", "generate", "--spec", str(spec), "--no-verify"]
        done = subprocess.run(
            [*generate, "--out", str(package), "--docs", str(tmp_path / "docs")],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )
        if done.returncode == 0:
            break
        outputs.append(f"{spec.name}: {done.stderr[-500:]}")
    else:
        pytest.fail("no other document renders:\n" + "\n".join(outputs))

    probe = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert probe.returncode == 0, probe.stderr
    result = json.loads(probe.stdout)
    assert result["failures"] == []
    assert result["answered"] == result["registry"]

    assert set(result["registry"]) == _operation_ids(spec)
