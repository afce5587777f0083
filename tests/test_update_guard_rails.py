"""`python -m generator update` guard rails and failure modes, on temporary copies of the project.

- a document openapi-python-client cannot represent: a short error naming the schema, the
  property and the overlay target; the report computed so far is printed; nothing is written;
- a document older than the pin needs `--allow-downgrade`;
- a saved file outside the pinned documents' folder is copied into it, and the pin refers to the
  copy, recording its form and origin;
- the test run after an update ends with its summary line.

Rendering is replaced by a stub where the test is about what happens around it.
"""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from generator.__main__ import main
from generator.fix import fix
from generator.model import RenderError, model
from generator.render import render
from generator.spec import SDK_SOURCE, SERVED, Pin, document_form, sha256_of
from generator.update import Layout, update

ROOT = Path(__file__).resolve().parent.parent
PINNED = Pin.load().default_path()


def tiny(version: str, *, broken: bool = False) -> dict[str, Any]:
    """A one-operation document; `broken` gives a property openapi-python-client rejects (an
    object with a string default, as Novu once shipped)."""
    thing: dict[str, Any] = {"type": "object", "properties": {"name": {"type": "string"}}}
    if broken:
        thing["properties"]["mood"] = {"type": "object", "nullable": True, "default": "calm"}
    return {
        "openapi": "3.0.3",
        "info": {"title": "Test API", "version": version},
        "paths": {
            "/v1/things": {
                "get": {
                    "operationId": "ThingsController_listThings",
                    "x-speakeasy-group": "things",
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                            },
                        }
                    },
                }
            }
        },
        "components": {"schemas": {"Thing": thing}},
    }


def project(tmp_path: Path, document: dict[str, Any], name: str = "test-1.0.0-2026-01-01.json") -> Path:
    """A project copy (pin, overlay, sources, pyproject, changelog, an empty package) pinned to
    `document`, kept in `tmp_path/specs` (the folder of pinned documents)."""
    specs = tmp_path / "specs"
    specs.mkdir(exist_ok=True)
    pinned = specs / name
    pinned.write_text(json.dumps(document), encoding="utf-8")
    root = tmp_path / "project"
    (root / "openapi").mkdir(parents=True)
    (root / "novu_api").mkdir()
    for rel in ("openapi/overlay.yaml", "openapi/sources.json", "pyproject.toml", "CHANGELOG.md"):
        shutil.copy(ROOT / rel, root / rel)
    Pin(
        api="Test API",
        version=str(document["info"]["version"]),
        source_url="https://example.test/openapi.json",
        retrieved="2026-01-01",
        sha256=sha256_of(pinned.read_bytes()),
        path=f"../specs/{name}",
        form=document_form(document),
    ).save(root / "openapi" / "pin.json")
    return root


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def no_render(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    rendered: list[str] = []
    monkeypatch.setattr(
        "generator.update.build_document",
        lambda document, version, config, docs=None, official=None: rendered.append(version) or {},
    )
    return rendered


# -- a release that does not render ----------------------------------------------------------


def test_a_rejected_schema_is_a_short_error_naming_the_fix() -> None:
    with pytest.raises(RenderError) as caught:
        render(model(fix(tiny("1.0.0", broken=True))), "1.0.0")
    message = str(caught.value)
    assert "schema `Thing` (property `mood`)" in message
    assert "target: $.components.schemas.Thing.properties.mood" in message
    assert "openapi/overlay.yaml" in message
    assert "GET /v1/things" in message and "ThingsController_listThings" in message
    assert "UntrustedString" not in message and "0x" not in message
    assert "nothing was written" in message


def test_generate_on_a_rejected_document_exits_2_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "broken.json"
    spec.write_text(json.dumps(tiny("1.0.0", broken=True)), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["generate", "--spec", str(spec), "--no-verify", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "\nerror: " in "\n" + err and "Traceback" not in err and "`Thing`" in err
    assert not out.exists()


def test_update_to_a_rejected_document_prints_the_report_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = project(tmp_path, tiny("1.0.0"))
    new = tmp_path / "specs" / "test-1.1.0-2026-02-01.json"
    new.write_text(json.dumps(tiny("1.1.0", broken=True)), encoding="utf-8")
    before = snapshot(root)
    assert main(["update", str(new), "--root", str(root), "--no-tests"]) == 2
    captured = capsys.readouterr()
    assert captured.out.startswith("# Test API 1.0.0 (2026-01-01) → Test API 1.1.0 (2026-02-01)")
    assert "`Thing.mood`" in captured.out
    assert "\nerror: " in "\n" + captured.err and "Traceback" not in captured.err
    assert snapshot(root) == before


# -- guard rails -------------------------------------------------------------------------------


def test_an_older_document_needs_allow_downgrade(
    tmp_path: Path, no_render: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    root = project(tmp_path, tiny("2.0.0"), "test-2.0.0-2026-03-01.json")
    older = tmp_path / "specs" / "test-1.9.0-2026-04-01.json"
    older.write_text(json.dumps(tiny("1.9.0")), encoding="utf-8")
    before = snapshot(root)
    assert main(["update", str(older), "--root", str(root), "--no-tests"]) == 2
    assert "older than the pinned 2.0.0" in capsys.readouterr().err
    assert snapshot(root) == before and no_render == []

    assert main(["update", str(older), "--root", str(root), "--no-tests", "--allow-downgrade"]) == 0
    assert Pin.load(root / "openapi" / "pin.json").version == "1.9.0"
    # Same version, earlier date: older too.
    earlier = tmp_path / "specs" / "test-1.9.0-2026-03-15.json"
    document = tiny("1.9.0")
    document["info"]["description"] = "an earlier snapshot"
    earlier.write_text(json.dumps(document), encoding="utf-8")
    assert main(["update", str(earlier), "--root", str(root), "--no-tests"]) == 2


def test_a_saved_file_is_copied_beside_the_pinned_documents_with_its_origin(
    tmp_path: Path, no_render: list[str]
) -> None:
    root = project(tmp_path, tiny("1.0.0"))
    elsewhere = tmp_path / "downloads"
    elsewhere.mkdir()
    saved = elsewhere / "test-1.1.0-2026-02-01.json"
    sdk = tiny("1.1.0")
    sdk["x-speakeasy-retries"] = {"strategy": "backoff"}  # the SDK source form
    saved.write_text(json.dumps(sdk), encoding="utf-8")

    assert update(str(saved), root=root, run_tests=False) == 0
    pin = Pin.load(root / "openapi" / "pin.json")
    copy_path = tmp_path / "specs" / saved.name
    assert copy_path.read_bytes() == saved.read_bytes()
    assert (root / pin.path).resolve() == copy_path.resolve()
    assert "downloads" not in pin.path
    assert (pin.form, pin.version, pin.retrieved) == (SDK_SOURCE, "1.1.0", "2026-02-01")
    assert pin.source_url == Layout(root).published(SDK_SOURCE)  # another form: where Novu publishes it

    # Given an origin, that is what the pin records; the same form keeps the pin's origin.
    served = copy.deepcopy(tiny("1.2.0"))
    again = elsewhere / "test-1.2.0-2026-03-01.json"
    again.write_text(json.dumps(served), encoding="utf-8")
    assert update(str(again), root=root, run_tests=False, source_url="https://example.test/saved.json") == 0
    pin = Pin.load(root / "openapi" / "pin.json")
    assert (pin.form, pin.source_url) == (SERVED, "https://example.test/saved.json")


def test_the_test_run_after_an_update_prints_its_summary_line(
    tmp_path: Path, no_render: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    root = project(tmp_path, tiny("1.0.0"))
    (root / "tests").mkdir()
    (root / "tests" / "test_one.py").write_text("def test_one() -> None:\n    assert 1 + 1 == 2\n")
    new = tmp_path / "specs" / "test-1.1.0-2026-02-01.json"
    new.write_text(json.dumps(tiny("1.1.0")), encoding="utf-8")
    assert update(str(new), root=root, run_tests=True) == 0
    last = capsys.readouterr().out.rstrip().splitlines()[-1]
    assert last.startswith("tests: 1 passed") and last.endswith("(exit code 0)")


def test_the_pinned_document_records_its_form() -> None:
    pin = Pin.load()
    assert pin.form == document_form(json.loads(PINNED.read_text(encoding="utf-8")))
    assert pin.form in (SERVED, SDK_SOURCE)
