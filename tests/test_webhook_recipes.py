"""The framework receivers in examples/webhooks/, each run through its framework's own test client:
a signed delivery is accepted with 2xx and queued (processed after the response), a replay is
accepted but not queued again, a forged or re-serialised one is refused with its reason code."""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import pytest

from novu_api import webhooks
from tests.webhook_cases import OTHER_SECRET, SECRET, event_bodies

PATH = "/webhooks/novu"


@pytest.fixture(autouse=True)
def secret_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NOVU_WEBHOOK_SECRET", SECRET)


def _fastapi(app: ModuleType) -> Iterator[Callable[[bytes, dict[str, str]], tuple[int, str]]]:
    from fastapi.testclient import TestClient

    with TestClient(app.app) as client:

        def post(body: bytes, headers: dict[str, str]) -> tuple[int, str]:
            response = client.post(
                PATH, content=body, headers={**headers, "content-type": "application/json"}
            )
            return response.status_code, response.text

        yield post


def _flask(app: ModuleType) -> Iterator[Callable[[bytes, dict[str, str]], tuple[int, str]]]:
    client = app.app.test_client()

    def post(body: bytes, headers: dict[str, str]) -> tuple[int, str]:
        response = client.post(PATH, data=body, headers=headers, content_type="application/json")
        return response.status_code, response.get_data(as_text=True)

    yield post


def _django(app: ModuleType) -> Iterator[Callable[[bytes, dict[str, str]], tuple[int, str]]]:
    import django
    from django.test import Client

    django.setup()
    client = Client()

    def post(body: bytes, headers: dict[str, str]) -> tuple[int, str]:
        response = client.post(PATH, data=body, content_type="application/json", headers=headers)
        return response.status_code, response.content.decode()

    yield post


RECIPES = {"fastapi_app": _fastapi, "flask_app": _flask, "django_app": _django}


@pytest.fixture(params=sorted(RECIPES))
def recipe(request: pytest.FixtureRequest) -> Iterator[tuple[ModuleType, Callable[..., tuple[int, str]]]]:
    app = importlib.import_module(f"examples.webhooks.{request.param}")
    app.seen = webhooks.ReplayGuard()  # a fresh store per test
    while not app.pending.empty():
        app.pending.get_nowait()
    for post in RECIPES[request.param](app):
        yield app, post


def test_signed_deliveries_are_accepted_queued_and_processed_later(
    recipe: tuple[ModuleType, Any], spec: dict[str, Any]
) -> None:
    app, post = recipe
    bodies = event_bodies(spec, full=True)
    for _, payload in bodies:
        body = json.dumps(payload).encode()
        status, _ = post(body, webhooks.sign(body, SECRET))
        assert status == 204
    # Nothing was processed while answering; the worker then handles each event by its type.
    assert app.pending.qsize() == len(bodies)
    done = app.process_pending()
    assert len(done) == len(bodies)
    for (event_type, payload), line in zip(bodies, done, strict=True):
        if line.startswith("failed: "):
            assert line == f"failed: {payload['data']['error']['message']}"
        else:
            assert line == event_type


def test_a_replayed_delivery_is_acknowledged_once_processed_once(
    recipe: tuple[ModuleType, Any], spec: dict[str, Any]
) -> None:
    app, post = recipe
    _, payload = event_bodies(spec, full=False)[0]
    body = json.dumps(payload).encode()
    headers = webhooks.sign(body, SECRET)
    assert post(body, headers)[0] == 204
    assert post(body, headers)[0] == 204  # Novu retries until it gets a 2xx: say yes again
    assert app.pending.qsize() == 1


def test_forged_and_reparsed_deliveries_are_refused_with_their_reason(
    recipe: tuple[ModuleType, Any], spec: dict[str, Any]
) -> None:
    app, post = recipe
    _, payload = event_bodies(spec, full=True)[0]
    body = json.dumps(payload, separators=(",", ":")).encode()
    headers = webhooks.sign(body, SECRET)
    refused = {
        "forged": (body, webhooks.sign(body, OTHER_SECRET)),
        "unsigned": (body, {}),
        # The raw-body pitfall: what a framework's JSON parsing hands over, serialised again.
        "re-serialised": (json.dumps(json.loads(body), indent=1).encode(), headers),
        "stale": (body, webhooks.sign(body, SECRET, timestamp=int(headers["webhook-timestamp"]) - 3600)),
    }
    reasons = {}
    for name, (data, sent) in refused.items():
        status, text = post(data, sent)
        assert status == 400, name
        reasons[name] = text
    assert reasons == {
        "forged": "no_matching_signature",
        "unsigned": "missing_header",
        "re-serialised": "no_matching_signature",
        "stale": "timestamp_too_old",
    }
    assert app.pending.empty()
