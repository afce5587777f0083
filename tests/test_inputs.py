"""Inputs: what the run time accepts and refuses before anything is sent.

Mappings at any depth take Python or wire names (Python names are sent as wire names, other keys
as given); scalars are checked (an int is not a bool or a str, numbers are finite), datetimes need
their offset, enums take the member or its value also inside unions, a file is a File, bytes, a
binary file object or httpx's tuple, alone or in a list. Models and fields are found in the
generated tables, not named by one release.
"""

from __future__ import annotations

import datetime
import enum
import io
import json
import math
from typing import Any

import httpx
import pytest

from novu_api import File, InvalidRequestError, Novu, NovuError, _codec, models
from tests.conftest import SECRET


def _specs() -> list[_codec.ModelSpec]:
    out = []
    for name in sorted(dir(models)):
        spec = getattr(getattr(models, name), "_SPEC", None)
        if isinstance(spec, _codec.ModelSpec):
            out.append(spec)
    return out


SPECS = _specs()


def _capture(**options: Any) -> tuple[Novu, list[httpx.Request]]:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(201, json={"data": {"acknowledged": True, "status": "processed"}})

    client = httpx.Client(transport=httpx.MockTransport(handler))
    return Novu(secret_key=SECRET, server_url="https://api.test", http_client=client, **options), sent


def _nested_renamed() -> tuple[_codec.ModelSpec, _codec.FieldSpec, _codec.FieldSpec]:
    """A model field holding a model whose own field has a Python name unlike its wire name."""
    for spec in SPECS:
        for f in spec.fields:
            if f.spec[0] == "model":
                inner = f.spec[1]._SPEC
                renamed = next((g for g in inner.fields if g.python != g.wire and g.spec[0] == "str"), None)
                if renamed is not None:
                    return spec, f, renamed
    pytest.fail("no nested model with a renamed field")  # pragma: no cover


def test_nested_python_names_are_sent_as_wire_names_and_unknown_keys_as_given() -> None:
    spec, outer, inner = _nested_renamed()
    for key in (outer.python, outer.wire):
        body = {key: {inner.python: "v", "brandNewField": 1}}
        sent = _codec.json_body(body, ("model", spec.cls))
        assert sent[outer.wire] == {inner.wire: "v", "brandNewField": 1}
    # Given twice, as both names: refused rather than guessed.
    with pytest.raises(InvalidRequestError, match="given twice"):
        _codec.json_body({outer.wire: {inner.python: "a", inner.wire: "b"}}, ("model", spec.cls))


def test_trigger_recipients_as_list_tuple_and_python_named_dicts() -> None:
    novu, sent = _capture()
    user_ids = ["u1", "u2"]
    novu.trigger(workflow_id="w", to=user_ids)
    novu.trigger(workflow_id="w", to=("u1", "u2"))
    novu.trigger(workflow_id="w", to={"subscriber_id": "s-1", "first_name": "Ada"})
    bodies = [json.loads(r.content) for r in sent]
    assert bodies[0]["to"] == bodies[1]["to"] == user_ids
    assert bodies[2]["to"] == {"subscriberId": "s-1", "firstName": "Ada"}


@pytest.mark.parametrize("value", ["10", True, math.nan, math.inf, 2.5j])
def test_a_number_argument_refuses_str_bool_and_non_finite(value: Any) -> None:
    novu, sent = _capture()
    with pytest.raises(InvalidRequestError, match="'limit'") as caught:
        novu.subscribers.search(limit=value)
    assert isinstance(caught.value, TypeError) and isinstance(caught.value, NovuError)
    assert not sent


def test_a_number_field_is_not_a_bool_or_str_and_the_path_is_named() -> None:
    for spec in SPECS:
        f = next((f for f in spec.fields if f.spec[0] in ("int", "num")), None)
        if f is not None:
            break
    else:  # pragma: no cover
        pytest.fail("no number field")
    for bad in (True, "3", *([3.5] if f.spec[0] == "int" else [math.nan])):
        with pytest.raises(InvalidRequestError, match=f"'{f.python}'"):
            _codec.json_body({f.wire: bad}, ("model", spec.cls))
    assert _codec.json_body({f.python: 3}, ("model", spec.cls)) == {f.wire: 3}
    # Deeper: the argument and the path inside it.
    with pytest.raises(
        InvalidRequestError, match=r"argument 'to': field '\[0\]\.subscriberId' must be a str"
    ):
        _codec.json_body({"to": [{"subscriberId": 5}], "name": "w"}, ("model", models.TriggerEventRequestDto))


def test_naive_datetimes_are_refused_aware_ones_sent_in_rfc3339() -> None:
    naive = datetime.datetime(2024, 1, 2, 3, 4, 5)
    with pytest.raises(InvalidRequestError, match="naive datetime"):
        _codec.encode_in(naive, ("datetime",), ("send_at",))
    aware = naive.replace(tzinfo=datetime.timezone.utc)
    assert _codec.encode_in(aware, ("datetime",), ("send_at",)) == "2024-01-02T03:04:05+00:00"
    with pytest.raises(InvalidRequestError, match="naive datetime"):
        _codec.encode_free({"when": naive}, ("payload",))


def test_enum_arguments_take_member_or_value_also_inside_unions() -> None:
    found = None
    for spec in SPECS:
        for f in spec.fields:
            if _codec._tag(f.spec) == "union" and f.spec.enums:
                found = spec, f
                break
        if found:
            break
    assert found, "no union with an enum member"
    spec, f = found
    enum_cls: type[enum.Enum] = f.spec.enums[0]
    member = next(iter(enum_cls))
    assert _codec.json_body({f.python: member}, ("model", spec.cls)) == {f.wire: member.value}
    assert _codec.json_body({f.python: member.value}, ("model", spec.cls)) == {f.wire: member.value}
    with pytest.raises(InvalidRequestError, match=f"'{f.python}'"):
        _codec.json_body({f.python: object()}, ("model", spec.cls))


def test_free_form_fields_take_plain_mappings() -> None:
    body = models.TriggerEventRequestDto(workflow_id="w", to="s", payload={"name": "Ada", "n": [1, 2]})
    assert body.to_dict()["payload"] == {"name": "Ada", "n": [1, 2]}
    bad = models.TriggerEventRequestDto(workflow_id="w", to="s", payload={"x": math.nan})
    with pytest.raises(InvalidRequestError, match="finite"):  # checked where it is sent
        _codec.json_body(bad, ("model", models.TriggerEventRequestDto))


@pytest.mark.parametrize(
    "given",
    [
        ("en_US.json", b"{}", "application/json"),
        ("en_US.json", b"{}"),
        [("en_US.json", b"{}", "application/json"), ("de_DE.json", b"{}")],
        File(payload=b"{}", file_name="en_US.json"),
        b"{}",
        io.BytesIO(b"{}"),
    ],
    ids=["tuple", "pair", "list of tuples", "File", "bytes", "file object"],
)
def test_a_file_alone_or_in_a_list(given: Any) -> None:
    for spec in SPECS:
        f = next((f for f in spec.fields if _codec._tag(f.spec) == "list" and f.spec[1][0] == "file"), None)
        if f is not None:
            break
    else:  # pragma: no cover
        pytest.fail("no list-of-files field")
    others = {g.wire: "translation" for g in spec.fields if g.required and g is not f}
    fields, files = _codec.multipart_parts({**others, f.wire: given}, [f.wire], ("model", spec.cls))
    assert files and all(name == f.wire for name, _part in files)
    assert len(files) == (len(given) if isinstance(given, list) else 1)
    for _name, (file_name, payload, _ctype) in files:
        assert payload is not None and (file_name is None or file_name.endswith(".json"))


def test_a_wrong_file_is_named() -> None:
    with pytest.raises(InvalidRequestError, match="'files'.*tuple"):
        _codec.multipart_file("files", "not a file")
