"""Import cost: a client, one operation module or one model loads only what it needs.

Each check runs in a fresh interpreter (`sys.executable -c ...`) so that nothing imported by
other tests hides a regression; the child prints the `novu_api` modules it has loaded as JSON.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from typing import Any

from tests.conftest import ROOT

MODELS_DIR = ROOT / "novu_api" / "models"
CLASS_LINE = re.compile(r"^class ([A-Za-z]\w*)\b", re.MULTILINE)  # top-level public classes only


def run(code: str) -> Any:
    """Run `code` in a new interpreter; it must end by printing one JSON value."""
    script = "import json, sys\n" + textwrap.dedent(code)
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60, env=None
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


LOADED = "sorted(m for m in sys.modules if m == 'novu_api' or m.startswith('novu_api.'))"


def under(modules: list[str], package: str) -> list[str]:
    return [m for m in modules if m == package or m.startswith(package + ".")]


def test_client_loads_no_models_operations_or_resources() -> None:
    result = run(
        f"""
        import novu_api
        novu = novu_api.Novu(secret_key="x")
        facade_bases = sorted({{c.__module__ for c in type(novu).__mro__ if c.__module__.startswith("novu_api.resources")}})
        before = {LOADED}
        novu.subscribers
        after_resource = {LOADED}
        print(json.dumps({{"before": before, "bases": facade_bases, "after_resource": after_resource}}))
        """
    )
    loaded = result["before"]
    assert "novu_api._client" in loaded
    assert under(loaded, "novu_api.models") == []
    assert under(loaded, "novu_api.api") == []
    # The resources package, and the module holding the facade base classes of Novu, only.
    assert len(result["bases"]) == 1
    assert set(under(loaded, "novu_api.resources")) <= {"novu_api.resources", *result["bases"]}
    assert not [m for m in loaded if m.startswith("novu_api.resources.subscribers")]

    # A resource's module is imported on first access, still without models or operations.
    after = result["after_resource"]
    assert set(after) - set(loaded) == {"novu_api.resources.subscribers"}
    assert under(after, "novu_api.models") == []


def test_async_client_is_as_cheap() -> None:
    loaded = run(
        f"""
        import novu_api
        novu_api.AsyncNovu(secret_key="x")
        print(json.dumps({LOADED}))
        """
    )
    assert under(loaded, "novu_api.models") == []
    assert under(loaded, "novu_api.api") == []


def test_one_operation_module_loads_only_its_models() -> None:
    loaded = run(
        f"""
        import novu_api.api.subscribers.retrieve
        print(json.dumps({LOADED}))
        """
    )
    models = [m for m in under(loaded, "novu_api.models") if m != "novu_api.models"]
    assert "novu_api.models.subscriber_response_dto" in models
    assert len(models) < 15, models
    assert not [m for m in models if "workflow" in m or "topic" in m or "integration" in m], models
    operations = [m for m in under(loaded, "novu_api.api") if m.count(".") == 3]
    assert operations == ["novu_api.api.subscribers.retrieve"]
    assert under(loaded, "novu_api.resources") == []


def test_model_decode_imports_nested_models_when_needed() -> None:
    result = run(
        f"""
        from novu_api.api.subscribers import retrieve
        before = {LOADED}
        sub = retrieve._parse({{
            "subscriberId": "s", "_organizationId": "o", "_environmentId": "e", "deleted": False,
            "createdAt": "c", "updatedAt": "u",
            "channels": [{{"providerId": "slack", "credentials": {{}}, "_integrationId": "i"}}],
        }})
        after = {LOADED}
        print(json.dumps({{"before": before, "after": after, "type": type(sub.channels[0]).__name__}}))
        """
    )
    assert result["type"] == "ChannelSettingsDto"
    new = set(result["after"]) - set(result["before"])
    assert (
        "novu_api.models.channel_settings_dto" in new
        or "novu_api.models.channel_settings_dto" in result["before"]
    )
    assert not [m for m in result["after"] if "workflow" in m]


def defined_classes() -> dict[str, str]:
    """Class name -> module name, read from the model files themselves."""
    classes: dict[str, str] = {}
    for path in sorted(MODELS_DIR.glob("*.py")):
        if path.name == "__init__.py":
            continue
        names = CLASS_LINE.findall(path.read_text(encoding="utf-8"))
        assert len(names) == 1, (path.name, names)
        classes[names[0]] = path.stem
    return classes


def test_models_all_lists_every_class(spec: dict[str, Any]) -> None:
    import novu_api.models as models

    classes = defined_classes()
    assert sorted(models.__all__) == models.__all__
    assert set(models.__all__) == set(classes)
    assert len(models.__all__) == len(classes)
    assert set(spec["components"]["schemas"]) <= set(models.__all__)


def test_models_attribute_access_is_lazy() -> None:
    result = run(
        f"""
        import novu_api.models as models
        start = {LOADED}
        cls = models.WorkflowResponseDto
        after_one = {LOADED}
        from novu_api.models import TriggerEventRequestDto
        after_two = {LOADED}
        try:
            models.NoSuchModel
            missing = "no error"
        except AttributeError as exc:
            missing = str(exc)
        print(json.dumps({{
            "start": start, "after_one": after_one, "after_two": after_two,
            "name": cls.__name__, "module": cls.__module__, "cached": "WorkflowResponseDto" in vars(models),
            "dir_is_all": dir(models) == models.__all__, "count": len(models.__all__), "missing": missing,
            "from_import": TriggerEventRequestDto.__name__,
        }}))
        """
    )
    assert [m for m in result["start"] if m.startswith("novu_api.models.")] == []
    first = [m for m in result["after_one"] if m.startswith("novu_api.models.")]
    assert "novu_api.models.workflow_response_dto" in first
    # Its own closure of nested models (steps of every kind), and nothing unrelated.
    assert "novu_api.models.email_step_response_dto" in first
    assert "novu_api.models.subscriber_response_dto" not in first
    assert len(first) < result["count"] // 4, len(first)
    assert result["name"] == "WorkflowResponseDto"
    assert result["module"] == "novu_api.models.workflow_response_dto"
    assert result["cached"] is True
    second = set(result["after_two"]) - set(result["after_one"])
    assert "novu_api.models.trigger_event_request_dto" in second
    assert "novu_api.models.workflow_response_dto" not in second
    assert len(second) < result["count"] // 10, len(second)
    assert result["from_import"] == "TriggerEventRequestDto"
    assert result["dir_is_all"] is True
    assert result["count"] == len(defined_classes())
    assert "NoSuchModel" in result["missing"]
