"""Outputs: the declared type, or you are told.

A response value that does not fit its schema is kept and recorded as a deviation with its JSON
path (`novu_api.deviations`), logged once per operation and path; `strict_responses=True` (on the
client) makes it a ResponseValidationError naming the operation, the path, the expected and the
actual value. A body that cannot be the declared type at all is an error in every mode.
The operations used are found in the registry by what they return, not by name.
"""

from __future__ import annotations

import gc
import json
import logging
from typing import Any

import httpx
import pytest

import novu_api
from novu_api import Novu, ResponseValidationError, _codec, models
from novu_api.operations import OPERATIONS
from tests.conftest import SECRET


def _client(body: Any, **options: Any) -> Novu:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, content=content, headers={"content-type": "application/json"})
    )
    return Novu(
        secret_key=SECRET,
        server_url="https://api.test",
        http_client=httpx.Client(transport=transport),
        **options,
    )


def _retrieve_subscriber(novu: Novu) -> Any:
    return novu.subscribers.retrieve(subscriber_id="s-1")


def _subscriber(**changes: Any) -> dict[str, Any]:
    """A schema-valid SubscriberResponseDto: its required fields from the model's own table."""
    values = {"str": "x", "bool": False, "num": 1, "int": 1}
    body = {f.wire: values[f.spec[0]] for f in models.SubscriberResponseDto._SPEC.fields if f.required}
    body.update(changes)
    return body


BAD_SHAPES = [None, "text", [1, 2], {}, 123]


@pytest.mark.parametrize("strict", [False, True])
@pytest.mark.parametrize("body", BAD_SHAPES, ids=[repr(b) for b in BAD_SHAPES])
def test_a_body_that_cannot_be_the_declared_model_is_an_error_in_every_mode(body: Any, strict: bool) -> None:
    for wrapped in (body, {"data": body}):
        with pytest.raises(ResponseValidationError) as caught:
            _retrieve_subscriber(_client(wrapped, strict_responses=strict))
        assert caught.value.json_path == "$"
        assert "subscribers.retrieve" in str(caught.value)


def test_trigger_null_and_empty_data_are_errors() -> None:
    for body in ({"data": None}, None, {}, {"data": {}}, {"data": 123}):
        with pytest.raises(ResponseValidationError):
            _client(body).trigger(workflow_id="w", to="s")


def test_a_wrong_scalar_is_kept_and_recorded_in_default_mode(caplog: pytest.LogCaptureFixture) -> None:
    from novu_api import _codec

    _codec._LOGGED.clear()  # logged once per operation and path in a process: start afresh
    body = {"data": _subscriber(deleted="yes?", subscriberId=7)}
    with caplog.at_level(logging.WARNING, logger="novu_api"):
        result = _retrieve_subscriber(_client(body))
        _retrieve_subscriber(_client(body))  # the same deviations again: not logged twice
    assert result.deleted == "yes?" and result.subscriber_id == 7
    found = {d.path: d for d in novu_api.deviations(result)}
    assert set(found) == {"$.deleted", "$.subscriberId"}
    assert found["$.deleted"].expected == "a boolean" and found["$.deleted"].actual == "yes?"
    logged = [r.getMessage() for r in caplog.records if "deviates" in r.getMessage()]
    assert len(logged) == 2 and all("subscribers.retrieve" in m for m in logged)


def test_strict_mode_raises_with_operation_path_expected_and_actual() -> None:
    body = {"data": _subscriber(deleted="yes?")}
    with pytest.raises(ResponseValidationError) as caught:
        _retrieve_subscriber(_client(body, strict_responses=True))
    text = str(caught.value)
    assert caught.value.json_path == "$.deleted"
    assert "subscribers.retrieve" in text and "a boolean" in text and "'yes?'" in text
    # with_options keeps the setting; the default client does not raise
    strict = _client(body).with_options(strict_responses=True)
    with pytest.raises(ResponseValidationError):
        _retrieve_subscriber(strict)


def test_strictness_is_a_plain_argument_of_each_operations_decoder() -> None:
    from novu_api.api.subscribers import retrieve

    data = _subscriber(deleted=3)
    assert retrieve._parse(data, False).deleted == 3
    with pytest.raises(_codec.DecodeError):
        retrieve._parse(data, True)


def test_a_missing_required_field_is_a_recorded_deviation_not_a_silent_unset() -> None:
    body = _subscriber()
    missing = next(f for f in models.SubscriberResponseDto._SPEC.fields if f.required)
    del body[missing.wire]
    result = _retrieve_subscriber(_client({"data": body}))
    assert getattr(result, missing.python) is novu_api.UNSET
    assert [(d.path, d.actual) for d in novu_api.deviations(result)] == [
        (f"$.{missing.wire}", novu_api.UNSET)
    ]
    with pytest.raises(ResponseValidationError, match="missing"):
        _retrieve_subscriber(_client({"data": body}, strict_responses=True))


def test_an_unknown_enum_value_is_kept_and_recorded() -> None:
    # A model with a required enum field, found in the generated tables.
    for cls in (getattr(models, n) for n in dir(models)):
        spec = getattr(cls, "_SPEC", None)
        if isinstance(spec, _codec.ModelSpec):
            enum_field = next((f for f in spec.fields if f.spec[0] == "enum"), None)
            if enum_field is not None:
                break
    else:  # pragma: no cover
        pytest.fail("no model with an enum field")
    decoded = cls.from_dict({enum_field.wire: 7})
    assert getattr(decoded, enum_field.python) == 7
    assert any(d.path == f"$.{enum_field.wire}" and d.actual == 7 for d in novu_api.deviations(decoded))


def test_deviations_walk_children_with_their_paths_and_cost_nothing_when_none() -> None:
    good = models.SubscriberResponseDto.from_dict(_subscriber())
    assert novu_api.deviations(good) == []
    assert id(good) not in _codec._RECORDS  # nothing stored for a model that fits
    values = {"str": "x", "bool": False, "num": 1, "int": 1, "union": None}
    page_body = {
        f.wire: values.get(_codec._tag(f.spec))
        for f in models.ListSubscribersResponseDto._SPEC.fields
        if f.required
    }
    page_body["data"] = [_subscriber(), _subscriber(topics=["a", 5])]
    page = models.ListSubscribersResponseDto.from_dict(page_body)
    assert [(d.path, d.actual) for d in novu_api.deviations(page)] == [("$.data[1].topics[1]", 5)]
    assert [d.path for d in novu_api.deviations(page.data[1])] == ["$.topics[1]"]
    # Records go with their model.
    key = id(page.data[1])
    del page
    gc.collect()
    assert key not in _codec._RECORDS


def test_deviations_is_a_function_so_no_model_field_is_shadowed() -> None:
    assert callable(novu_api.deviations)
    for name in dir(models):
        spec = getattr(getattr(models, name), "_SPEC", None)
        if isinstance(spec, _codec.ModelSpec):
            assert not hasattr(spec.cls, "deviations")


def test_required_fields_are_typed_without_unset() -> None:
    import typing

    hints = typing.get_type_hints(models.SubscriberResponseDto)
    for f in models.SubscriberResponseDto._SPEC.fields:
        if f.required:
            assert "Unset" not in str(hints[f.python]), f.python


@pytest.mark.parametrize("body", [{"data": {"x": 1}}, {"data": None}, {"data": "x"}, {}])
def test_a_paginated_call_never_turns_a_wrong_shape_into_an_empty_page(body: Any) -> None:
    novu = _client(body)
    with pytest.raises(ResponseValidationError):
        novu.subscribers.search()


def test_the_success_decoder_of_every_operation_refuses_null() -> None:
    import importlib

    checked = 0
    for op in OPERATIONS:
        module = importlib.import_module(op.module)
        if not module.OPERATION.returns_json:
            continue
        declared = str(module._parse.__annotations__.get("return", ""))
        if "None" in declared.split(" | "):  # declared nullable: null is the value
            assert module._parse(None, False) is None
        else:
            with pytest.raises(_codec.DecodeError):
                module._parse(None, False)
        checked += 1
    assert checked
