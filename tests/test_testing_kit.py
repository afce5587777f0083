"""novu_api.testing: the fake answers every operation of the registry, refuses what the document
refuses, keeps the state it documents, records calls and scripts faults.

Operations come from the registry and their inputs from the pinned document (the conformance
harness's translation of `tests/spec_values.py` inputs into facade arguments), so a release that
adds an operation is covered here without an edit.
"""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import json
from collections.abc import Mapping
from typing import Any

import attrs
import pytest

import novu_api
from novu_api import APIStatusError
from novu_api._codec import encode
from novu_api._types import UNSET
from novu_api.operations import OPERATIONS, OperationEntry
from novu_api.pagination import AsyncPage, SyncPage
from novu_api.testing import FakeNovu
from novu_api.testing._common import document
from novu_api.testing._state import iter_stateful
from tests.conformance.harness import (
    declared_return,
    facade_arguments,
    facade_method,
    first_difference,
    is_instance,
    op_module,
    resource_of,
)
from tests.spec_values import conforms, resolve

IDS = [entry.operation_id for entry in OPERATIONS]
BY_ID = {entry.operation_id: entry for entry in OPERATIONS}


@pytest.fixture(scope="session")
def spec(overlaid_spec: dict[str, Any]) -> dict[str, Any]:
    """The document as the SDK is generated from it: the overlay's fixes to Novu's own
    contradictions (openapi/overlay.yaml) apply to what the fake must fit, too."""
    return overlaid_spec


def _seed(fake: FakeNovu, wire_path: Mapping[str, str]) -> None:
    """Stateful operations answer 404 for what the fake does not hold: hold every path value."""
    for value in wire_path.values():
        fake.add_subscriber(value)
        fake.add_topic(value)


def _published_success(spec: Mapping[str, Any], entry: OperationEntry) -> Any:
    responses = spec["paths"][entry.path][entry.method.lower()]["responses"]
    code = min(c for c in responses if c.startswith("2"))
    return resolve(spec, responses[code]).get("content", {}).get("application/json", {}).get("schema")


def _problem(spec: Mapping[str, Any], fake: FakeNovu, entry: OperationEntry, value: Any) -> str | None:
    """Why `value` is not the declared return decoded from what the fake sent, or why what the
    fake sent does not fit the published document (checked by the suite's own validator), or None."""
    if entry.pagination:
        if not isinstance(value, (SyncPage, AsyncPage)):
            return f"expected a page, got {type(value).__name__}"
        value = value.response
    declared = declared_return(entry)
    if not is_instance(declared, value):
        return f"expected {declared}, got {type(value).__name__}: {value!r:.200}"
    if attrs.has(type(value)):
        missing = [
            a.name
            for a in attrs.fields(type(value))
            if a.default is attrs.NOTHING and getattr(value, a.name) is UNSET
        ]
        if missing:
            return f"required fields not set: {missing}"
    if declared == "None":
        return None
    call = fake.calls[-1]
    sent = call.response
    facts = document().facts[entry.operation_id]
    schema = _published_success(spec, entry)
    if schema is not None and not conforms(spec, schema, sent):
        # The server sends a page DTO (truthy `data`) bare, though the document declares it wrapped.
        inner = resolve(spec, schema).get("properties", {}).get("data")
        bare_page = bool(facts["bare_keys"]) and inner is not None and conforms(spec, inner, sent)
        # A document that declares the payload alone (the SDK-source form) leaves out the
        # envelope the server adds.
        wrapped = (
            facts["envelope"]
            and isinstance(sent, dict)
            and list(sent) == ["data"]
            and conforms(spec, schema, sent["data"])
        )
        if not (bare_page or wrapped):
            return f"the answer does not fit the published document: {json.dumps(sent)[:300]}"
    if facts["envelope"] and isinstance(sent, dict) and list(sent) == ["data"]:
        sent = sent["data"]
    difference = first_difference(encode(value), sent)
    return f"the decoded value differs from what the fake sent at {difference}" if difference else None


@pytest.mark.parametrize("variant", ["minimal", "full"])
@pytest.mark.parametrize("operation_id", IDS)
def test_every_operation_returns_its_declared_type(
    spec: dict[str, Any], operation_id: str, variant: str
) -> None:
    entry = BY_ID[operation_id]
    fake = FakeNovu()
    with fake.client() as novu:
        call = facade_arguments(spec, entry, facade_method(novu, entry), variant)
        _seed(fake, call.wire["path"])
        value = facade_method(novu, entry)(**call.kwargs)
    assert len(fake.calls) == 1 and fake.calls[0].ok, fake.calls
    assert _problem(spec, fake, entry, value) is None, (call.describe(), _problem(spec, fake, entry, value))


@pytest.mark.parametrize("operation_id", IDS)
def test_every_operation_returns_its_declared_type_async(spec: dict[str, Any], operation_id: str) -> None:
    entry = BY_ID[operation_id]
    fake = FakeNovu()

    async def run() -> Any:
        async with fake.async_client() as novu:
            call = facade_arguments(spec, entry, facade_method(novu, entry), "full")
            _seed(fake, call.wire["path"])
            return await facade_method(novu, entry)(**call.kwargs)

    value = asyncio.run(run())
    assert fake.calls[-1].ok, fake.calls
    assert _problem(spec, fake, entry, value) is None


# -- refusals ------------------------------------------------------------------------------------


def _required_body_field(entry: OperationEntry) -> str | None:
    facts = document().facts[entry.operation_id]
    body = facts["body"]
    if body is None or "json" not in body["content"]:
        return None
    schemas = document().schemas
    schema = schemas.resolve(body["schema"])
    required = [r for r in schema.get("required") or () if r in schemas.properties(schema)]
    return required[0] if required else None


def _query_param(entry: OperationEntry, test: Any) -> str | None:
    for param in document().facts[entry.operation_id]["params"]:
        schema = document().schemas.resolve(param["schema"])
        if schema.get("type") == "array":
            schema = document().schemas.resolve(schema.get("items") or {})
        if param["in"] == "query" and test(schema):
            return str(param["name"])
    return None


def _object_body(entry: OperationEntry) -> bool:
    body = document().facts[entry.operation_id]["body"]
    return (
        body is not None
        and "json" in body["content"]
        and document().schemas.resolve(body["schema"]).get("type") == "object"
    )


def _refusable(entry: OperationEntry) -> tuple[str, str] | None:
    """(how, field) of a request the document refuses for this operation, if one can be built:
    a required body field left out, a query value outside its enum or above its maximum, or a
    body that is not the object the document declares."""
    field = _required_body_field(entry)
    if field is not None:
        return "missing", field
    field = _query_param(entry, lambda s: bool(s.get("enum")))
    if field is not None:
        return "enum", field
    field = _query_param(entry, lambda s: "maximum" in s)
    if field is not None:
        return "bound", field
    if _object_body(entry):
        return "not-object", "body"
    return None


def _per_resource() -> list[OperationEntry]:
    chosen: dict[str, OperationEntry] = {}
    for entry in OPERATIONS:
        if resource_of(entry) not in chosen and _refusable(entry) is not None:
            chosen[resource_of(entry)] = entry
    return [chosen[r] for r in sorted(chosen)]


def test_a_refusable_operation_exists_for_every_resource() -> None:
    resources = {resource_of(e) for e in OPERATIONS}
    assert {resource_of(e) for e in _per_resource()} == resources


@pytest.mark.parametrize("entry", _per_resource(), ids=lambda e: f"{resource_of(e)}:{e.facade}")
def test_a_request_the_document_refuses_fails_naming_the_field(
    spec: dict[str, Any], entry: OperationEntry
) -> None:
    fake = FakeNovu()
    how, field = _refusable(entry)  # type: ignore[misc]
    with fake.client() as novu:
        call = facade_arguments(spec, entry, facade_method(novu, entry), "full")
        _seed(fake, call.wire["path"])
        with pytest.raises(APIStatusError) as caught:
            if how == "missing":
                body = dict(call.wire["body"])
                body.pop(field)
                parts = {k: v for k, v in call.kwargs.items() if k in _parts_names(entry)}
                op_module(entry).sync(client=novu, **parts, body=body)
            elif how == "enum":
                facade_method(novu, entry)(**call.kwargs, extra_query={field: "not-a-listed-value"})
            elif how == "bound":
                facade_method(novu, entry)(**call.kwargs, extra_query={field: 10**9})
            else:
                # The SDK only sends objects here; the request is built below its type checks.
                module = op_module(entry)
                parts = {k: v for k, v in call.kwargs.items() if k in _parts_names(entry)}
                built = dataclasses.replace(
                    module._parts(**parts, body={}), json=["not", "an", "object"], content=None
                )
                novu._request(module.OPERATION, built, module._parse)
    error = caught.value
    assert error.status_code in (400, 422)
    assert field in str(error)
    if error.status_code == 422:
        assert field in error.details, error.details
    assert not fake.calls[-1].ok


def _parts_names(entry: OperationEntry) -> set[str]:
    import inspect

    return set(inspect.signature(op_module(entry)._parts).parameters) - {"body"}


def test_wrong_type_and_bad_enum_in_a_body_are_refused() -> None:
    # The SDK refuses these before sending; another client (or an older SDK) would not.
    fake = FakeNovu()
    auth = {"Authorization": "ApiKey key"}
    with fake.http_client() as http:
        entry = BY_ID["SubscribersController_createSubscriber"]
        wrong = http.post(entry.path, json={"subscriberId": 42}, headers=auth)
        trigger = http.post(_trigger_entry().path, json={"name": "welcome", "to": 7}, headers=auth)
        enum = http.get(
            BY_ID["SubscribersController_searchSubscribers"].path,
            params={"orderDirection": "UP"},
            headers=auth,
        )
    assert wrong.status_code == 422
    assert wrong.json()["errors"] == {
        "subscriberId": {"messages": ["subscriberId must be a string"], "value": 42}
    }
    assert trigger.status_code == 422 and "to" in trigger.json()["errors"]
    assert enum.status_code == 422 and "ASC, DESC" in enum.json()["errors"]["orderDirection"]["messages"][0]


def test_an_unknown_path_and_a_missing_key_are_the_servers_answers() -> None:
    fake = FakeNovu()
    with fake.http_client() as http:
        missing = http.get("/v9/nothing-here", headers={"Authorization": "ApiKey x"})
        unauthorised = http.post(_trigger_entry().path, json={"name": "welcome", "to": "ada"})
    assert missing.status_code == 404 and missing.json()["message"] == "Cannot GET /v9/nothing-here"
    assert unauthorised.status_code == 401 and unauthorised.json()["statusCode"] == 401
    assert [c.status for c in fake.calls] == [401]  # a path outside the registry is not recorded
    assert not fake.triggered()


# -- state -------------------------------------------------------------------------------------


def _facade(operation_id: str) -> str:
    return BY_ID[operation_id].facade


def _call(client: Any, operation_id: str, **kwargs: Any) -> Any:
    return facade_method(client, BY_ID[operation_id])(**kwargs)


def _trigger_entry() -> OperationEntry:
    return BY_ID["EventsController_trigger"]


def test_stateful_operations_are_in_the_registry() -> None:
    assert set(iter_stateful()) <= set(BY_ID)
    assert len(list(iter_stateful())) >= 10


def test_subscribers_are_created_retrieved_listed_in_pages_and_deleted() -> None:
    fake = FakeNovu()
    novu = fake.client()
    created = _call(
        novu, "SubscribersController_createSubscriber", subscriber_id="ada", email="ada@example.com"
    )
    assert created.subscriber_id == "ada" and created.email == "ada@example.com"
    assert _call(novu, "SubscribersController_getSubscriber", subscriber_id="ada").email == "ada@example.com"
    for n in range(23):
        _call(novu, "SubscribersController_createSubscriber", subscriber_id=f"user-{n}")
    page = _call(novu, "SubscribersController_searchSubscribers", limit=10)
    assert [len(p.data) for p in page.iter_pages()] == [10, 10, 4]
    assert [s.subscriber_id for s in page][:2] == ["ada", "user-0"]
    assert [
        s.subscriber_id for s in _call(novu, "SubscribersController_searchSubscribers", email="ada@")
    ] == ["ada"]
    _call(novu, "SubscribersController_removeSubscriber", subscriber_id="ada")
    with pytest.raises(novu_api.NotFoundError):
        _call(novu, "SubscribersController_getSubscriber", subscriber_id="ada")
    assert "ada" not in fake.subscribers and len(fake.subscribers) == 23


def test_topics_and_their_subscriptions() -> None:
    fake = FakeNovu()
    novu = fake.client()
    for name in ("ada", "grace"):
        fake.add_subscriber(name)
    topic = _call(novu, "TopicsController_upsertTopic", key="news", name="News")
    assert (topic.key, topic.name) == ("news", "News")
    assert _call(novu, "TopicsController_getTopic", topic_key="news").name == "News"
    made = _call(
        novu,
        "TopicsController_createTopicSubscriptions",
        topic_key="news",
        subscriptions=["ada", "grace", "nobody"],
    )
    assert len(made.data) == 2 and [e.subscriber_id for e in made.errors] == ["nobody"]
    listed = _call(novu, "TopicsController_listTopicSubscriptions", topic_key="news")
    assert [s.subscriber.subscriber_id for s in listed] == ["ada", "grace"]
    _call(novu, "TopicsController_deleteTopicSubscriptions", topic_key="news", subscriptions=["ada"])
    assert fake.topic_subscribers("news") == ["grace"]
    assert [t.key for t in _call(novu, "TopicsController_listTopics")] == ["news"]
    _call(novu, "TopicsController_deleteTopic", topic_key="news")
    with pytest.raises(novu_api.NotFoundError):
        _call(novu, "TopicsController_getTopic", topic_key="news")


def test_a_trigger_gives_a_transaction_id_that_cancel_accepts_once() -> None:
    fake = FakeNovu()
    novu = fake.client()
    result = novu.trigger(workflow_id="welcome", to="ada")
    assert result.transaction_id
    assert _call(novu, "EventsController_cancel", transaction_id=result.transaction_id) is True
    assert _call(novu, "EventsController_cancel", transaction_id=result.transaction_id) is False
    assert _call(novu, "EventsController_cancel", transaction_id="never-triggered") is False


# -- recording and assertions -------------------------------------------------------------------


def test_calls_record_the_arguments_and_the_decoded_body() -> None:
    fake = FakeNovu()
    novu = fake.client()
    novu.trigger(workflow_id="welcome", to={"subscriberId": "ada"}, payload={"plan": "pro"})
    (call,) = fake.calls_to("trigger")
    assert call.json == {"name": "welcome", "to": {"subscriberId": "ada"}, "payload": {"plan": "pro"}}
    assert call.arguments["workflow_id"] == "welcome"
    assert type(call.body).__name__ == "TriggerEventRequestDto"
    assert call.idempotency_key and call.status == 201


def test_triggered_matches_and_shows_near_misses() -> None:
    fake = FakeNovu()
    novu = fake.client()
    novu.trigger(
        workflow_id="welcome", to=["ada", {"subscriberId": "grace"}], payload={"plan": "pro", "n": 1}
    )
    novu.trigger(workflow_id="digest", to="ada")
    assert [t.workflow_id for t in fake.triggered(to="ada")] == ["welcome", "digest"]
    (welcome,) = fake.triggered("welcome", to="grace", payload={"plan": "pro"})
    assert welcome.payload == {"plan": "pro", "n": 1} and welcome.recipients == ["ada", "grace"]
    miss = fake.triggered("welcome", to="linus")
    assert not miss
    assert "not to ['linus']" in repr(miss) and "another workflow" in repr(miss)
    with pytest.raises(AssertionError, match="payload differs"):
        fake.assert_triggered("welcome", payload={"plan": "free"})
    with pytest.raises(AssertionError, match="expected 2"):
        fake.assert_triggered("welcome", times=2)


# -- faults ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "fault",
    [
        {"status": 429},
        {"status": 503},
        {"status": 409, "headers": {"Retry-After": "0"}},
        {"error": "timeout"},
        {"error": "disconnect"},
    ],
    ids=["429", "503", "409-in-flight", "timeout", "disconnect"],
)
def test_faults_go_through_the_sdks_retries_with_one_key(fault: dict[str, Any]) -> None:
    fake = FakeNovu()
    retries: list[Any] = []
    novu = fake.client(hooks={"on_retry": [retries.append]})
    fake.fail_next("trigger", times=2, **fault)
    novu.trigger(workflow_id="welcome", to="ada")
    calls = fake.calls_to("trigger")
    assert len(calls) == 3 and len(retries) == 2 and calls[-1].ok
    assert len({c.idempotency_key for c in calls}) == 1
    assert len(fake.triggered("welcome")) == 1


def test_faults_beyond_the_retries_raise_the_typed_error() -> None:
    fake = FakeNovu()
    novu = fake.client(max_retries=1)
    fake.fail_next("trigger", status=429, times=2)
    with pytest.raises(novu_api.RateLimitError):
        novu.trigger(workflow_id="welcome", to="ada")
    fake.fail_next("subscribers.search", status=409)
    with pytest.raises(novu_api.ConflictError):
        novu.subscribers.search()
    fake.fail_next("trigger", error="disconnect", times=2)
    with pytest.raises(novu_api.APIConnectionError):
        novu.trigger(workflow_id="welcome", to="ada")


def test_a_replayed_key_answers_the_first_response_and_a_reused_key_is_refused() -> None:
    fake = FakeNovu()
    novu = fake.client()
    first = novu.with_raw_response.trigger(workflow_id="welcome", to="ada", idempotency_key="k-1")
    again = novu.with_raw_response.trigger(workflow_id="welcome", to="ada", idempotency_key="k-1")
    assert again.replayed and again.parsed.transaction_id == first.parsed.transaction_id
    assert len(fake.triggered("welcome")) == 1
    with pytest.raises(novu_api.IdempotencyKeyReuseError):
        novu.trigger(workflow_id="other", to="ada", idempotency_key="k-1")


def test_fail_next_refuses_what_it_cannot_do() -> None:
    fake = FakeNovu()
    with pytest.raises(ValueError, match="did you mean"):
        fake.fail_next("triger", status=500)
    with pytest.raises(ValueError, match="either status"):
        fake.fail_next("trigger")
    with pytest.raises(ValueError, match="400-599"):
        fake.fail_next("trigger", status=200)
    with pytest.raises(ValueError, match="error must be"):
        fake.fail_next("trigger", error="explode")


def test_async_client_faults_and_state() -> None:
    fake = FakeNovu()

    async def run() -> None:
        async with fake.async_client() as novu:
            fake.fail_next("trigger", status=503)
            await novu.trigger(workflow_id="welcome", to="ada")
            await _call(novu, "SubscribersController_createSubscriber", subscriber_id="ada")
            page = await _call(novu, "SubscribersController_searchSubscribers")
            assert [s.subscriber_id async for s in page] == ["ada"]

    asyncio.run(run())
    assert fake.triggered("welcome", to="ada")


@functools.cache
def _generated_facts() -> set[str]:
    return set(document().facts)


def test_the_fake_knows_exactly_the_registry() -> None:
    assert _generated_facts() == set(BY_ID)


# -- the docs page ---------------------------------------------------------------------------


def test_the_testing_page_runs_as_written() -> None:
    """docs/testing.md's Python blocks run in order as one session; the `test_*` functions they
    define are called with the plugin's fixtures, and a printed repr matches the comment under it."""
    import contextlib
    import inspect
    import io
    import re
    from pathlib import Path

    page = (Path(__file__).resolve().parent.parent / "docs" / "testing.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", page, re.DOTALL)
    assert len(blocks) >= 5
    namespace: dict[str, Any] = {"__name__": "docs_testing"}
    for block in blocks:
        before = set(namespace)
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(compile(block, "docs/testing.md", "exec"), namespace)
        shown = [line[2:] for line in block.splitlines() if line.startswith("# ")]
        if "print(" in block:
            assert out.getvalue().splitlines() == shown
        for name in sorted(set(namespace) - before):
            if name.startswith("test_") and callable(namespace[name]):
                fake = FakeNovu()
                fixtures = {"novu": fake.client(), "novu_fake": fake, "async_novu": fake.async_client()}
                wanted = inspect.signature(namespace[name]).parameters
                namespace[name](**{p: fixtures[p] for p in wanted})
    assert namespace["fake"].calls


def test_importing_novu_api_or_the_plugin_loads_no_fake() -> None:
    import subprocess
    import sys

    code = (
        "import sys, novu_api, novu_api.testing.pytest_plugin\n"
        "novu_api.Novu(secret_key='k')\n"
        "print(sorted(m for m in sys.modules if m.startswith('novu_api.testing')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["['novu_api.testing',", "'novu_api.testing.pytest_plugin']"]


def test_the_plugin_is_registered_for_pytest() -> None:
    from importlib.metadata import entry_points

    (plugin,) = [e for e in entry_points(group="pytest11") if e.value.startswith("novu_api.")]
    assert plugin.value == "novu_api.testing.pytest_plugin"


def test_headers_go_out_with_every_answer_and_reset_forgets_the_rest() -> None:
    fake = FakeNovu(headers={"RateLimit-Remaining": "93"})
    novu = fake.client()
    fake.add_subscriber("ada")
    raw = novu.with_raw_response.subscribers.retrieve(subscriber_id="ada")
    assert raw.headers["ratelimit-remaining"] == "93" and raw.request_id
    fake.fail_next("trigger", status=500)
    fake.reset()
    assert (fake.calls, dict(fake.subscribers), fake.headers) == ([], {}, {"RateLimit-Remaining": "93"})
    assert novu.trigger(workflow_id="w", to="ada").acknowledged is True


def test_a_server_url_with_a_path_prefix_reaches_the_same_operations() -> None:
    fake = FakeNovu()
    novu = fake.client(server_url="https://proxy.example/novu")
    novu.trigger(workflow_id="welcome", to="ada")
    (call,) = fake.calls
    assert call.path == "/novu" + _trigger_entry().path and call.operation is _trigger_entry()


def _first_param(test: Any) -> tuple[OperationEntry, dict[str, Any]]:
    for entry in OPERATIONS:
        for param in document().facts[entry.operation_id]["params"]:
            if test(param):
                return entry, param
    raise AssertionError("no such parameter in the registry")


def _wire_path(entry: OperationEntry, values: Mapping[str, str]) -> str:
    path = entry.path
    for param in document().facts[entry.operation_id]["params"]:
        if param["in"] == "path":
            path = path.replace("{" + param["name"] + "}", values.get(param["name"], "x"))
    return path


def test_a_path_parameter_outside_its_enum_and_a_missing_required_query_parameter_are_refused() -> None:
    schemas = document().schemas
    enum_entry, enum_param = _first_param(
        lambda p: p["in"] == "path" and bool(schemas.resolve(p["schema"]).get("enum"))
    )
    query_entry, query_param = _first_param(lambda p: p["in"] == "query" and p["required"])
    fake = FakeNovu()
    auth = {"Authorization": "ApiKey key"}
    with fake.http_client() as http:
        bad_enum = http.request(
            enum_entry.method, _wire_path(enum_entry, {enum_param["name"]: "nope"}), headers=auth
        )
        no_query = http.request(query_entry.method, _wire_path(query_entry, {}), headers=auth)
    for response, name in ((bad_enum, enum_param["name"]), (no_query, query_param["name"])):
        assert response.status_code in (400, 422), response.text
        assert name in response.text


def test_the_testing_page_names_exactly_the_stateful_operations() -> None:
    import re
    from pathlib import Path

    page = (Path(__file__).resolve().parent.parent / "docs" / "testing.md").read_text(encoding="utf-8")
    section = page.split("## What is stateful", 1)[1].split("\n## ", 1)[0]
    rows = [line.split("|") for line in section.splitlines() if line.startswith("| ") and "`" in line]
    named = {name for row in rows for name in re.findall(r"`([a-z_.]+)`", row[2])}
    assert named == {BY_ID[op].facade for op in iter_stateful()}


def test_every_answer_is_framed_by_its_length_and_reads_back_as_recorded() -> None:
    fake = FakeNovu()
    fake.fail_next("trigger", status=503, headers={"Content-Encoding": "identity", "Retry-After": "0"})
    path = _trigger_entry().path
    auth = {"Authorization": "ApiKey key"}
    keyed = {**auth, "Idempotency-Key": "k-1"}
    with fake.http_client() as http:
        answers = [
            http.post(path, json={"name": "welcome", "to": "ada"}, headers=keyed),  # the scripted fault
            http.post(path, json={"name": "welcome", "to": "ada"}, headers=keyed),
            http.post(path, json={"name": "welcome", "to": "ada"}, headers=keyed),  # a replay
            http.post(path, json={"name": "welcome", "to": 7}, headers=auth),
            http.post(path, content=b"{", headers={**auth, "Content-Type": "application/json"}),
            http.get("/v9/nothing-here", headers=auth),  # not recorded
        ]
    success = int(document().facts[_trigger_entry().operation_id]["success"]["status"])
    assert [a.status_code for a in answers[:3]] == [503, success, success]
    assert answers[3].status_code in (400, 422) and answers[4].status_code == 400
    assert answers[5].status_code == 404
    # The test's own header about the body's coding goes out as given, and the body still reads.
    assert answers[0].headers["content-encoding"] == "identity" and answers[0].json()["statusCode"] == 503
    assert answers[2].headers["idempotency-replay"] == "true"
    assert answers[2].json() == answers[1].json()
    for answer in answers:
        assert answer.headers["content-length"] == str(len(answer.content))
        assert answer.headers["content-type"] == "application/json; charset=utf-8"
        assert answer.headers["x-request-id"].startswith("fake-")
    assert len(fake.calls) == 5
    for answer, call in zip(answers, fake.calls, strict=False):
        assert answer.json() == call.response and answer.status_code == call.status


def test_a_header_sent_twice_is_read_as_the_server_joins_it() -> None:
    fake = FakeNovu()
    with fake.http_client() as http:
        answer = http.post(
            _trigger_entry().path,
            json={"name": "welcome", "to": "ada"},
            headers=[("Authorization", "ApiKey one"), ("authorization", "ApiKey two")],
        )
    # "ApiKey one, ApiKey two" is an ApiKey scheme with a key: accepted, as before.
    assert answer.is_success and fake.calls[0].headers.get("authorization") == "ApiKey one, ApiKey two"
