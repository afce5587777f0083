"""Decoding responses: Novu's `{"data": ...}` envelope as the server really sends it, forward-compatible
parsing (unknown enum values and fields kept, missing fields UNSET), located shape errors, and
discriminated unions.
"""

from __future__ import annotations

import asyncio
import copy
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import novu_api.models as models
from novu_api import UNSET, deviations
from novu_api.errors import ResponseValidationError
from tests import spec_values


def example(spec: dict[str, Any], schema_name: str, *, full: bool = True) -> dict[str, Any]:
    value = spec_values.example_value(
        spec, {"$ref": f"#/components/schemas/{schema_name}"}, full=full, path=schema_name
    )
    assert isinstance(value, dict)
    return value


@pytest.fixture
def subscriber(spec: dict[str, Any]) -> Callable[..., dict[str, Any]]:
    base = example(spec, "SubscriberResponseDto")
    assert base["channels"], "the example subscriber has channel settings"

    def make(subscriber_id: str, **changes: Any) -> dict[str, Any]:
        value = copy.deepcopy(base)
        value["subscriberId"] = subscriber_id
        value.update(changes)
        return value

    return make


def serve(make_client: Callable[..., Any], body: Any, status: int = 200, **options: Any) -> Any:
    """A client (sync or async, per the factory) whose every request gets `body` as JSON."""
    return make_client(lambda request: httpx.Response(status, json=body), **options)


def subscribers_page(items: list[dict[str, Any]], next_cursor: str | None = "cursor-2") -> dict[str, Any]:
    return {"data": items, "next": next_cursor, "previous": None, "totalCount": 42, "totalCountCapped": False}


# -- the envelope -------------------------------------------------------------------------


def test_every_json_success_is_unwrapped_as_the_server_sends_it(spec: dict[str, Any]) -> None:
    """Whichever way the pinned document declares a success body (`{"data": X}` in the served
    form, `X` in the SDK source), the operation unwraps it; when X has a `data` member of its
    own, X's other fields tell the bare shape from the wrapped one."""
    import importlib

    from generator.normalise import resolve
    from novu_api.operations import OPERATIONS

    checked = 0
    for entry in OPERATIONS:
        op = spec["paths"][entry.path][entry.method.lower()]
        success = next(
            (
                (r.get("content") or {}).get("application/json")
                for code, r in sorted(op["responses"].items())
                if code.startswith("2") and (r.get("content") or {}).get("application/json")
            ),
            None,
        )
        operation = importlib.import_module(entry.module).OPERATION
        if success is None:
            assert not operation.returns_json or not operation.envelope, entry.facade
            continue
        schema = success["schema"]
        props = schema.get("properties") or {}
        if list(props) == ["data"] and "$ref" not in schema:
            schema = props["data"]  # the served form's declaration
        declared = resolve(spec, schema) or {}
        own = declared.get("properties") or {}
        assert operation.envelope, entry.facade
        expected = tuple(sorted(k for k in own if k != "data")) if "data" in own else ()
        assert operation.bare_keys == expected, entry.facade
        checked += 1
    assert checked, "the pinned release has JSON success bodies"


def test_wrapped_object_is_unwrapped(make_client: Callable[..., Any], subscriber: Callable[..., Any]) -> None:
    with serve(make_client, {"data": subscriber("s-1", firstName="Ada")}) as novu:
        result = novu.subscribers.retrieve(subscriber_id="s-1")
    assert type(result) is models.SubscriberResponseDto
    assert result.subscriber_id == "s-1"
    assert result.first_name == "Ada"


def test_object_with_its_own_data_member_both_shapes(
    make_client: Callable[..., Any], subscriber: Callable[..., Any]
) -> None:
    """A subscriber's custom `data` is not an envelope, whether or not the server wrapped it."""
    custom = {"plan": "pro", "seats": 3}
    value = subscriber("s-1", data=custom)
    for body in (value, {"data": value}):
        with serve(make_client, body) as novu:
            result = novu.subscribers.retrieve(subscriber_id="s-1")
        assert result.subscriber_id == "s-1", body
        assert result.data.to_dict() == custom


@pytest.mark.parametrize("shape", ["bare", "spec literal"])
def test_paginated_dto_in_both_shapes(
    shape: str, make_client: Callable[..., Any], subscriber: Callable[..., Any]
) -> None:
    page_dto = subscribers_page([subscriber("s-1"), subscriber("s-2")])
    body = page_dto if shape == "bare" else {"data": page_dto}
    with serve(make_client, body) as novu:
        page = novu.subscribers.search(limit=2)
    assert type(page.response) is models.ListSubscribersResponseDto
    assert [s.subscriber_id for s in page.data] == ["s-1", "s-2"]
    assert all(type(s) is models.SubscriberResponseDto for s in page.data)
    assert page.next_cursor == "cursor-2"
    assert page.previous_cursor is None
    assert page.total_count == 42
    assert page.has_next_page()


def test_paginated_dto_async(make_async_client: Callable[..., Any], subscriber: Callable[..., Any]) -> None:
    async def go() -> Any:
        async with serve(make_async_client, subscribers_page([subscriber("s-1")], None)) as novu:
            return await novu.subscribers.search()

    page = asyncio.run(go())
    assert [s.subscriber_id for s in page.data] == ["s-1"]
    assert page.next_cursor is None
    assert not page.has_next_page()


def test_cursor_pages_follow_next(make_client: Callable[..., Any], subscriber: Callable[..., Any]) -> None:
    pages = {
        None: subscribers_page([subscriber("s-1")], "c2"),
        "c2": {"data": subscribers_page([subscriber("s-2")], None)},  # the other shape on page 2
    }
    seen: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        after = request.url.params.get("after")
        seen.append(after)
        return httpx.Response(200, json=pages[after])

    with make_client(handler) as novu:
        names = [s.subscriber_id for s in novu.subscribers.search(limit=1)]
    assert names == ["s-1", "s-2"]
    assert seen == [None, "c2"]


def test_page_dto_decodes_bare_and_wrapped(spec: dict[str, Any], make_client: Callable[..., Any]) -> None:
    message = example(spec, "MessageResponseDto")
    body = {"data": [message], "hasMore": True, "page": 0, "pageSize": 1, "totalCount": 5}
    with serve(make_client, body) as novu:
        page = novu.messages.retrieve(page=0, limit=1)
    assert type(page.response) is models.MessagesResponseDto
    assert page.response.has_more is True
    # an item not read yet reports its model as its class, and is an instance of it
    assert [m.__class__ for m in page.data] == [models.MessageResponseDto]
    assert all(isinstance(m, models.MessageResponseDto) for m in page.data)
    assert page.data[0].transaction_id == message["transactionId"]

    # With an empty (falsy) `data` the server wraps the page like any other body.
    empty = {"data": [], "hasMore": False, "page": 0, "pageSize": 1, "totalCount": 0}
    with serve(make_client, {"data": empty}) as novu:
        page = novu.messages.retrieve(page=0, limit=1)
    assert type(page.response) is models.MessagesResponseDto
    assert page.response.has_more is False and page.data == []


# -- forward-compatible parsing -----------------------------------------------------------


def test_unknown_enum_value_is_kept_as_a_string(make_client: Callable[..., Any]) -> None:
    body = {"data": {"acknowledged": True, "status": "queued_for_later", "transactionId": "tx-1"}}
    with serve(make_client, body) as novu:
        result = novu.trigger(workflow_id="wf", to="s1")
    assert result.status == "queued_for_later"
    assert not isinstance(result.status, models.TriggerEventResponseDtoStatus)
    assert result.acknowledged is True
    assert result.transaction_id == "tx-1"
    assert result.to_dict() == body["data"]

    body["data"]["status"] = "processed"
    with serve(make_client, body) as novu:
        known = novu.trigger(workflow_id="wf", to="s1")
    assert known.status is models.TriggerEventResponseDtoStatus.PROCESSED


def test_unknown_enum_value_in_a_nested_list(
    make_client: Callable[..., Any], subscriber: Callable[..., Any]
) -> None:
    value = subscriber("s-1")
    known_provider = value["channels"][0]["providerId"]
    value["channels"] = [dict(value["channels"][0], providerId="carrier-pigeon"), value["channels"][0]]
    with serve(make_client, {"data": value}) as novu:
        result = novu.subscribers.retrieve(subscriber_id="s-1")
    assert result.channels[0].provider_id == "carrier-pigeon"
    assert result.channels[1].provider_id == models.ChatOrPushProviderEnum(known_provider)
    assert result.channels[0].integration_id == value["channels"][0]["_integrationId"]


def test_unknown_fields_are_kept_and_round_tripped(
    make_client: Callable[..., Any], subscriber: Callable[..., Any]
) -> None:
    value = subscriber("s-1", brandNewField={"nested": [1, 2]}, anotherOne="x")
    value["channels"][0]["futureFlag"] = True
    with serve(make_client, {"data": value}) as novu:
        result = novu.subscribers.retrieve(subscriber_id="s-1")
    assert result.additional_properties == {"brandNewField": {"nested": [1, 2]}, "anotherOne": "x"}
    assert result["anotherOne"] == "x"
    assert "brandNewField" in result
    assert "subscriberId" not in result.additional_properties
    assert result.channels[0].additional_properties == {"futureFlag": True}
    assert result.to_dict() == value


def test_missing_required_field_is_unset(
    make_client: Callable[..., Any], subscriber: Callable[..., Any]
) -> None:
    value = subscriber("s-1")
    del value["subscriberId"]
    del value["deleted"]
    with serve(make_client, {"data": value}) as novu:
        result = novu.subscribers.retrieve(subscriber_id="s-1")
    assert result.subscriber_id is UNSET
    assert result.deleted is UNSET
    assert result.organization_id == value["_organizationId"]
    assert "subscriberId" not in result.to_dict()


def test_explicit_null_is_not_unset(make_client: Callable[..., Any], subscriber: Callable[..., Any]) -> None:
    value = subscriber("s-1", firstName=None)
    with serve(make_client, {"data": value}) as novu:
        result = novu.subscribers.retrieve(subscriber_id="s-1")
    assert result.first_name is None
    assert result.to_dict()["firstName"] is None


# -- shape errors name their location ----------------------------------------------------


@pytest.mark.parametrize("shape", ["bare", "spec literal"])
def test_wrong_shaped_nested_value_names_its_json_path(
    shape: str, make_client: Callable[..., Any], subscriber: Callable[..., Any]
) -> None:
    page_dto = subscribers_page([subscriber("s-0"), subscriber("s-1", channels="not-a-list")])
    body = page_dto if shape == "bare" else {"data": page_dto}
    # Default: the rest of the response is kept, the deviation recorded with its path.
    page = serve(make_client, body).subscribers.search()
    assert [d.path for d in deviations(page.response)] == ["$.data[1].channels"]
    assert page.data[1].channels == "not-a-list" and page.data[0].subscriber_id == "s-0"
    # Strict: the same deviation raises, naming the operation and the path.
    with (
        serve(make_client, body, strict_responses=True) as novu,
        pytest.raises(ResponseValidationError) as caught,
    ):
        novu.subscribers.search()
    error = caught.value
    assert error.json_path == "$.data[1].channels"
    assert "$.data[1].channels" in str(error) and "subscribers.search" in str(error)
    assert "'not-a-list'" in str(error)
    assert error.status_code == 200
    assert json.loads(error.raw_text) == body


def test_deeper_json_path(make_client: Callable[..., Any], subscriber: Callable[..., Any]) -> None:
    bad = subscriber("s-1")
    bad["channels"] = [bad["channels"][0], dict(bad["channels"][0], credentials=["oops"])]
    page = serve(make_client, subscribers_page([subscriber("s-0"), bad])).subscribers.search()
    assert [d.path for d in deviations(page.response)] == ["$.data[1].channels[1].credentials"]
    with serve(make_client, subscribers_page([subscriber("s-0"), bad]), strict_responses=True) as novu:
        with pytest.raises(ResponseValidationError) as caught:
            novu.subscribers.search()
    assert caught.value.json_path == "$.data[1].channels[1].credentials"


def test_wrong_shaped_root(make_client: Callable[..., Any]) -> None:
    with serve(make_client, [1, 2, 3]) as novu, pytest.raises(ResponseValidationError) as caught:
        novu.subscribers.search()
    assert caught.value.json_path == "$"


def test_wrong_shape_async(make_async_client: Callable[..., Any], subscriber: Callable[..., Any]) -> None:
    body = {"data": subscribers_page([subscriber("s-0"), subscriber("s-1", channels={"a": 1})])}

    async def go() -> None:
        async with serve(make_async_client, body) as novu:
            await novu.subscribers.search()

    asyncio.run(go())  # default: recorded, not raised

    async def strict() -> None:
        async with serve(make_async_client, body, strict_responses=True) as novu:
            await novu.subscribers.search()

    with pytest.raises(ResponseValidationError) as caught:
        asyncio.run(strict())
    assert caught.value.json_path == "$.data[1].channels"


# -- discriminated unions ----------------------------------------------------------------


@pytest.fixture
def step_mapping(spec: dict[str, Any]) -> dict[str, str]:
    items = spec["components"]["schemas"]["WorkflowResponseDto"]["properties"]["steps"]["items"]
    discriminator = items["discriminator"]
    assert discriminator["propertyName"] == "type"
    return {tag: ref.rsplit("/", 1)[-1] for tag, ref in discriminator["mapping"].items()}


def workflow_with_steps(spec: dict[str, Any], steps: list[dict[str, Any]]) -> dict[str, Any]:
    workflow = example(spec, "WorkflowResponseDto", full=False)
    workflow["steps"] = steps
    return workflow


def step(spec: dict[str, Any], schema_name: str, tag: str) -> dict[str, Any]:
    value = example(spec, schema_name, full=False)
    value["type"] = tag  # the example picks any StepTypeEnum value; the tag must name this schema
    value["stepId"] = f"step-{tag}"
    return value


def test_steps_are_decoded_by_their_type_tag(
    spec: dict[str, Any], step_mapping: dict[str, str], make_client: Callable[..., Any]
) -> None:
    assert step_mapping["email"] == "EmailStepResponseDto"
    steps = [step(spec, schema, tag) for tag, schema in step_mapping.items()]
    workflow = workflow_with_steps(spec, steps)
    with serve(make_client, {"data": workflow}) as novu:
        result = novu.workflows.get(workflow_id="wf")
    assert type(result) is models.WorkflowResponseDto
    assert [type(s).__name__ for s in result.steps] == list(step_mapping.values())
    assert [s.step_id for s in result.steps] == [f"step-{tag}" for tag in step_mapping]
    assert type(result.steps[list(step_mapping).index("email")]) is models.EmailStepResponseDto
    assert result.to_dict()["steps"] == steps


def test_tag_decides_even_when_another_member_would_fit(
    spec: dict[str, Any], make_client: Callable[..., Any]
) -> None:
    """An in-app-shaped step tagged "sms" is an SmsStepResponseDto: the tag wins, no trial and error."""
    shaped_like_in_app = step(spec, "InAppStepResponseDto", "sms")
    with serve(make_client, {"data": workflow_with_steps(spec, [shaped_like_in_app])}) as novu:
        result = novu.workflows.get(workflow_id="wf")
    assert type(result.steps[0]) is models.SmsStepResponseDto


def test_unknown_step_type_keeps_the_raw_object(
    spec: dict[str, Any], make_client: Callable[..., Any]
) -> None:
    future = {"type": "carrier_pigeon", "stepId": "p", "altitude": 300}
    known = step(spec, "EmailStepResponseDto", "email")
    workflow = workflow_with_steps(spec, [known, future])
    with serve(make_client, {"data": workflow}) as novu:
        result = novu.workflows.get(workflow_id="wf")
    assert type(result.steps[0]) is models.EmailStepResponseDto
    assert result.steps[1] == future
    assert type(result.steps[1]) is dict
    assert result.workflow_id == workflow["workflowId"]
    assert result.to_dict()["steps"] == [known, future]
    assert [(d.path, d.actual) for d in deviations(result)] == [("$.steps[1].type", "carrier_pigeon")]


def test_wrong_shaped_tagged_member_names_its_path(
    spec: dict[str, Any], make_client: Callable[..., Any]
) -> None:
    bad = step(spec, "EmailStepResponseDto", "email")
    bad["controls"] = "not-an-object"
    workflow = workflow_with_steps(spec, [step(spec, "SmsStepResponseDto", "sms"), bad])
    result = serve(make_client, {"data": workflow}).workflows.get(workflow_id="wf")
    assert [d.path for d in deviations(result)] == ["$.steps[1].controls"]
    assert type(result.steps[1]) is models.EmailStepResponseDto
    with (
        serve(make_client, {"data": workflow}, strict_responses=True) as novu,
        pytest.raises(ResponseValidationError) as caught,
    ):
        novu.workflows.get(workflow_id="wf")
    assert caught.value.json_path == "$.steps[1].controls"
