"""The pinned document, the overlay of fixes to it, and keeping the document out of the repo."""

from __future__ import annotations

import copy
import hashlib
import json
import subprocess
import warnings
from pathlib import Path
from typing import Any

import pytest

from generator.__main__ import main as generator_main
from generator.spec import (
    PIN_FILE,
    OverlayWarning,
    Pin,
    SpecError,
    apply_overlay,
    load_document,
    load_overlay,
)
from tests.conftest import ROOT

MAX_TRACKED_BYTES = 1_500_000


@pytest.fixture(scope="module")
def pin() -> Pin:
    return Pin.load()


@pytest.fixture(scope="module")
def pinned_bytes(pin: Pin) -> bytes:
    return pin.default_path().read_bytes()


# -- the pin ------------------------------------------------------------------------------


def test_pin_describes_the_pinned_document(pin: Pin, pinned_bytes: bytes) -> None:
    assert PIN_FILE == ROOT / "openapi" / "pin.json"
    assert hashlib.sha256(pinned_bytes).hexdigest() == pin.sha256
    assert pin.source_url.startswith("https://")
    document = json.loads(pinned_bytes)
    assert document["info"]["version"] == pin.version


def test_pinned_document_is_accepted(pin: Pin, spec: dict[str, Any]) -> None:
    by_default = load_document()
    assert by_default == spec
    assert load_document(pin.default_path()) == spec
    assert load_document(str(pin.default_path()), pin=pin) == spec


def test_modified_copy_is_refused_with_a_clear_message(tmp_path: Path, pin: Pin, pinned_bytes: bytes) -> None:
    document = json.loads(pinned_bytes)
    document["info"]["description"] = "edited locally"
    changed = tmp_path / "novu.json"
    changed.write_bytes(json.dumps(document).encode())
    digest = hashlib.sha256(changed.read_bytes()).hexdigest()
    assert digest != pin.sha256

    with pytest.raises(SpecError) as caught:
        load_document(changed, pin=pin)
    message = str(caught.value)
    assert str(changed) in message
    assert digest in message
    assert pin.sha256 in message
    assert "openapi/pin.json" in message
    assert pin.version in message
    assert "update-spec" in message  # says how to move the pin on purpose


def test_whitespace_change_is_a_different_document(tmp_path: Path, pin: Pin, pinned_bytes: bytes) -> None:
    changed = tmp_path / "novu.json"
    changed.write_bytes(pinned_bytes + b"\n")
    with pytest.raises(SpecError, match="sha256"):
        load_document(changed, pin=pin)
    # Skipping the check (used when moving the pin) reads it.
    assert load_document(changed, pin=pin, verify=False)["info"]["version"] == pin.version


def test_other_release_is_refused(pin: Pin) -> None:
    others = [p for p in pin.default_path().parent.glob("*.json") if p != pin.default_path()]
    if not others:
        pytest.skip("no other Novu release next to the pinned one")
    for other in others:
        with pytest.raises(SpecError, match=pin.sha256):
            load_document(other, pin=pin)


def test_generator_command_stops_before_writing(
    tmp_path: Path, pinned_bytes: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    changed = tmp_path / "novu.json"
    changed.write_bytes(pinned_bytes.replace(b'"openapi"', b'"openapi" ', 1))
    out = tmp_path / "out"
    assert generator_main(["generate", "--spec", str(changed), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ")
    assert "sha256" in err
    assert not out.exists()


def test_missing_and_invalid_documents(tmp_path: Path, pin: Pin) -> None:
    with pytest.raises(SpecError, match="not found"):
        load_document(tmp_path / "absent.json", pin=pin)
    not_json = tmp_path / "x.json"
    not_json.write_text("{not json")
    with pytest.raises(SpecError, match="not JSON"):
        load_document(not_json, pin=pin, verify=False)
    not_openapi = tmp_path / "y.json"
    not_openapi.write_text('{"swagger": "2.0"}')
    with pytest.raises(SpecError, match="not an OpenAPI document"):
        load_document(not_openapi, pin=pin, verify=False)


# -- the overlay --------------------------------------------------------------------------


def test_overlay_dedupes_event_body_status(spec: dict[str, Any]) -> None:
    original = spec["components"]["schemas"]["EventBody"]["properties"]["status"]["enum"]
    assert len(original) > len(set(original)), "the pinned document repeats EventBody.status values"
    before = copy.deepcopy(spec)

    overlay = load_overlay()
    fixed, missed = apply_overlay(spec, overlay, warn=False)

    assert not [t for t in missed if ".EventBody." in t]
    status = fixed["components"]["schemas"]["EventBody"]["properties"]["status"]
    assert status["enum"] == list(dict.fromkeys(original))  # each value once, first-seen order
    assert status["type"] == "string"
    assert (
        status["description"]
        == spec["components"]["schemas"]["EventBody"]["properties"]["status"]["description"]
    )
    assert spec == before, "apply_overlay must work on a copy"


def test_overlay_does_not_remove_schemas_or_operations(spec: dict[str, Any]) -> None:
    fixed, _ = apply_overlay(spec, load_overlay(), warn=False)
    assert set(fixed["components"]["schemas"]) == set(spec["components"]["schemas"])
    assert {(p, m) for p, item in fixed["paths"].items() for m in item} == {
        (p, m) for p, item in spec["paths"].items() for m in item
    }


def test_every_overlay_action_is_explained_and_fits_a_release(spec: dict[str, Any]) -> None:
    """Every action says why and is well formed; one whose target this release lacks is a
    warning naming it (never an error), and each action fits at least one document beside the pin."""
    from jsonpath_ng.ext import parse as jsonpath

    overlay = load_overlay()
    assert str(overlay["overlay"]).startswith("1.")
    actions = overlay["actions"]
    assert actions
    for index, action in enumerate(actions):
        assert isinstance(action.get("description"), str) and len(action["description"].strip()) > 20, index
        assert action.get("target"), index
        assert ("update" in action) != bool(action.get("remove")), (
            f"action #{index} needs one of update/remove"
        )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        _, missed = apply_overlay(spec, overlay)
    assert missed == [a["target"] for a in actions if not jsonpath(a["target"]).find(spec)]
    assert len(caught) == len(missed)
    assert all(any(target in str(w.message) for w in caught) for target in missed)
    folder = Pin.load().default_path().parent
    documents = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]
    for action in actions:
        assert any(jsonpath(action["target"]).find(d) for d in documents), (
            f"{action['target']} fits no release"
        )


def test_name_override_actions_target_unnamed_operations(spec: dict[str, Any]) -> None:
    """A name added by the overlay never replaces one Novu gave; document-level rules go at the root."""
    from jsonpath_ng.ext import parse as jsonpath

    for action in load_overlay()["actions"]:
        if "x-speakeasy-name-override" in (action.get("update") or {}):
            for match in jsonpath(action["target"]).find(spec):
                if match.value is spec:
                    assert isinstance(action["update"]["x-speakeasy-name-override"], list)
                    continue
                assert "operationId" in match.value, action["target"]
                assert "x-speakeasy-name-override" not in match.value, action["target"]


def test_action_with_a_missing_target_warns_and_is_skipped(spec: dict[str, Any]) -> None:
    missing = "$.components.schemas.NoSuchDto.properties.status"
    missing_remove = "$.paths['/v9/gone'].get"
    overlay = {
        "overlay": "1.0.0",
        "actions": [
            {"target": missing, "description": "fixes a schema Novu removed", "update": {"enum": ["a"]}},
            {"target": missing_remove, "description": "drops an operation Novu removed", "remove": True},
            {
                "target": "$.paths['/v1/events/trigger'].post",
                "description": "still applies",
                "update": {"x-test-marker": 1},
            },
        ],
    }
    with pytest.warns(OverlayWarning) as record:
        fixed, missed = apply_overlay(spec, overlay)

    assert missed == [missing, missing_remove]
    messages = [str(w.message) for w in record]
    assert len(messages) == 2
    assert missing in messages[0] and "fixes a schema Novu removed" in messages[0]
    assert "#0" in messages[0]
    assert missing_remove in messages[1] and "#1" in messages[1]

    # Nothing else moved: the only difference is the action that matched.
    expected = copy.deepcopy(spec)
    expected["paths"]["/v1/events/trigger"]["post"]["x-test-marker"] = 1
    assert fixed == expected
    assert "NoSuchDto" not in fixed["components"]["schemas"]
    assert "/v9/gone" not in fixed["paths"]


def test_overlay_update_merges_and_remove_deletes() -> None:
    document = {
        "openapi": "3.0.0",
        "paths": {},
        "components": {
            "schemas": {"A": {"type": "object", "properties": {"x": {"type": "string"}}, "required": ["x"]}}
        },
    }
    overlay = {
        "overlay": "1.0.0",
        "actions": [
            {
                "target": "$.components.schemas.A",
                "description": "d",
                "update": {"required": ["y"], "title": "A!"},
            },
            {"target": "$.components.schemas.A.properties.x", "description": "d", "remove": True},
        ],
    }
    fixed, missed = apply_overlay(document, overlay)
    assert missed == []
    assert fixed["components"]["schemas"]["A"] == {
        "type": "object",
        "properties": {},
        "required": ["x", "y"],  # arrays append (Overlay 1.0)
        "title": "A!",
    }
    assert document["components"]["schemas"]["A"]["properties"] == {"x": {"type": "string"}}


@pytest.mark.parametrize(
    ("action", "message"),
    [
        ({"description": "no target", "update": {}}, "has no target"),
        ({"target": "$.paths", "description": "no verb"}, "neither `update` nor `remove`"),
    ],
)
def test_malformed_actions_are_errors(action: dict[str, Any], message: str) -> None:
    with pytest.raises(SpecError, match=message):
        apply_overlay({"openapi": "3.0.0", "paths": {}}, {"overlay": "1.0.0", "actions": [action]})


def test_load_overlay_refuses_other_yaml(tmp_path: Path) -> None:
    other = tmp_path / "other.yaml"
    other.write_text("openapi: 3.0.0\npaths: {}\n")
    with pytest.raises(SpecError, match="not an OpenAPI Overlay"):
        load_overlay(other)


# -- the document stays out of the repo ---------------------------------------------------


def tracked_files() -> list[Path]:
    done = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True)
    return [ROOT / name for name in done.stdout.decode().split("\0") if name]


def test_spec_document_is_not_committed(pin: Pin, spec: dict[str, Any]) -> None:
    files = [p for p in tracked_files() if p.is_file()]
    assert files, "git ls-files lists the repository"
    too_big = [str(p.relative_to(ROOT)) for p in files if p.stat().st_size > MAX_TRACKED_BYTES]
    assert too_big == []
    copies = []
    for path in files:
        data = path.read_bytes()
        if hashlib.sha256(data).hexdigest() == pin.sha256:
            copies.append(path)
        elif path.suffix in (".json", ".yaml", ".yml") and b'"openapi"' in data[:2000]:
            try:
                document = json.loads(data)
            except ValueError:
                continue
            if isinstance(document, dict) and document.get("info", {}).get("title") == spec["info"]["title"]:
                copies.append(path)
    assert copies == []
    assert not (ROOT / "openapi" / Path(pin.path).name).exists()
