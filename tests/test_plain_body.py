"""Bodies of plain values skip the field-by-field checks: each operation module's `_PLAIN_BODY`
(generator/plain.py) lists, per body field, the exact types whose values the encoder sends as
given, and `_operation.plain_json` encodes a body of only such values at once.

For every operation of the registry with such a table and every type it lists, the fast path must
send exactly what the full path (`_codec.json_body`, then `_codec.json_bytes`) sends; anything
else (another type, a Python name, an unknown key, a value JSON cannot carry) must take the full
path, which converts it or names the argument at fault as before.
"""

from __future__ import annotations

import datetime
import importlib
import math
from types import ModuleType
from typing import Any

import pytest

from generator.fields import Kind
from generator.plain import plain_types
from novu_api import UNSET, InvalidRequestError, Novu, _codec, _operation
from novu_api.operations import OPERATIONS, OperationEntry
from tests import spec_values
from tests.conftest import SECRET

SAMPLES: dict[type, list[Any]] = {
    str: ["x", "ü ☃ \u2028", ""],
    int: [0, 7, -(2**70)],
    float: [2.5, -0.0, 1e300],
    bool: [True, False],
    dict: [{}, {"k": [1, "v", None, {"n": 1.5}], "b": True, "u": "é"}],
}
ANY_VALUES = [v for values in SAMPLES.values() for v in values] + [[1, "a", None], None]


def _tabled() -> list[OperationEntry]:
    return [e for e in OPERATIONS if hasattr(importlib.import_module(e.module), "_PLAIN_BODY")]


def test_the_pinned_document_has_operations_with_plain_bodies() -> None:
    assert _tabled()  # (which ones is the document's to say)


@pytest.fixture(scope="session")
def wire_spec(overlaid_spec: dict[str, Any]) -> dict[str, Any]:
    return overlaid_spec


def _arguments(spec: dict[str, Any], entry: OperationEntry, module: ModuleType) -> dict[str, Any]:
    """The operation's required path, query and header arguments, from the document."""
    inputs = spec_values.operation_inputs(spec, entry.method, entry.path, full=False)
    names: dict[str, str] = module._PARAMETERS
    given = {**inputs["path"], **inputs["query"], **inputs["headers"]}
    return {names[wire]: value for wire, value in given.items() if wire in names}


def _full(module: ModuleType, arguments: dict[str, Any], body: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    with monkeypatch.context() as patch:
        patch.setattr(module, "plain_json", lambda body, plain: None)
        return module._parts(**arguments, body=body)


@pytest.mark.parametrize("entry", _tabled(), ids=lambda e: e.facade)
def test_every_listed_type_is_sent_as_the_full_path_sends_it(
    wire_spec: dict[str, Any], entry: OperationEntry, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = importlib.import_module(entry.module)
    table: dict[str, tuple[type, ...] | None] = module._PLAIN_BODY
    known = _body_fields(module)
    arguments = _arguments(wire_spec, entry, module)
    for wire, types in table.items():
        assert wire in known, f"{entry.facade}: {wire!r} is not a field of the body"
        values = ANY_VALUES if types is None else [v for t in types for v in SAMPLES[t]]
        for value in values:
            fast = module._parts(**arguments, body={wire: value})
            assert fast.content is not None, (wire, value)  # the fast path was taken
            full = _full(module, arguments, {wire: value}, monkeypatch)
            assert full.content is None
            assert fast.json == full.json, (wire, value)
            assert fast.content == _codec.json_bytes(full.json), (wire, value)
            assert fast.url == full.url and fast.params == full.params and fast.headers == full.headers


def _body_fields(module: ModuleType) -> set[str]:
    """Wire names of the body model's fields, read from its spec (what `_parts` encodes by)."""
    import inspect

    annotation = str(inspect.signature(module._parts).parameters["body"].annotation)
    cls_name = annotation.split(" | ")[0]
    cls = getattr(importlib.import_module("novu_api.models"), cls_name)
    return {f.wire for f in cls._SPEC.fields}


def _trigger_table() -> tuple[ModuleType, dict[str, Any]]:
    """An operation module whose table lists a str field and a dict field (the document's first)."""
    for entry in _tabled():
        module = importlib.import_module(entry.module)
        table = module._PLAIN_BODY
        if any(t == (str,) for t in table.values()) and any(t == (dict,) for t in table.values()):
            return module, table
    raise AssertionError("no operation body has both a plain string field and a free-form object field")


def test_anything_else_takes_the_full_path() -> None:
    table = {"name": (str,), "payload": (dict,), "count": (int,), "anything": None}
    plain = _operation.plain_json
    assert plain({"name": "a", "payload": {"k": 1}, "anything": [1]}, table) is not None
    assert plain({"name": "a", "count": UNSET}, table) == ({"name": "a"}, b'{"name":"a"}')
    assert plain({"name": None}, table) == ({"name": None}, b'{"name":null}')  # None is sent as null
    for body in (
        {"name": 7},  # another type
        {"count": True},  # a bool is not an int here
        {"count": 7.0},
        {"name": "a", "unknown": 1},  # a key the table does not list (a Python name, a newer field)
        {"payload": {"at": datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc)}},
        {"payload": {"n": math.nan}},  # JSON cannot carry it
        {"payload": {"u": UNSET}},
        {"anything": {1j: 1}},
        {"payload": _Mapping()},  # a mapping that is not a dict
        [("name", "a")],  # not a dict at all
        UNSET,
    ):
        assert plain(body, table) is None, body


class _Mapping(dict[str, Any]):
    pass


def test_the_full_path_still_converts_and_names_what_the_fast_one_leaves(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    module, table = _trigger_table()
    text = next(w for w, t in table.items() if t == (str,))
    free = next(w for w, t in table.items() if t == (dict,))
    at = datetime.datetime(2024, 5, 6, 7, 8, 9, tzinfo=datetime.timezone.utc)
    parts = module._parts(body={text: "w", free: {"at": at}})
    assert parts.content is None and parts.json[free] == {"at": at.isoformat()}
    with pytest.raises(InvalidRequestError, match=free):
        module._parts(body={text: "w", free: {"n": math.inf}})
    with pytest.raises(InvalidRequestError, match=text):
        module._parts(body={text: 7})


def test_a_facade_call_with_plain_values_is_the_fast_one(monkeypatch: pytest.MonkeyPatch) -> None:
    import httpx

    sent: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.content)
        return httpx.Response(201, json={"data": {"acknowledged": True, "status": "processed"}})

    novu = Novu(secret_key=SECRET, http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    calls: list[Any] = []
    original = _codec.json_body
    monkeypatch.setattr(_codec, "json_body", lambda *a, **k: calls.append(a) or original(*a, **k))
    novu.trigger(workflow_id="w", to="s", payload={"n": 1})
    assert calls == [] and sent[-1] == b'{"name":"w","to":"s","payload":{"n":1}}'
    novu.trigger(workflow_id="w", to=["s1", "s2"], payload={"n": 1})  # a list: checked per item
    assert len(calls) == 1 and sent[-1] == b'{"name":"w","to":["s1","s2"],"payload":{"n":1}}'


# -- the generator's rule ------------------------------------------------------------------------
def k(tag: str, **kw: Any) -> Kind:
    return Kind(tag, **kw)


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        (k("str"), ("str",)),
        (k("datetime"), ("str",)),
        (k("int"), ("int",)),
        (k("num"), ("int", "float")),
        (k("bool"), ("bool",)),
        (k("any"), None),
        (k("enum", cls="E", values=("a", "b")), ("str",)),  # any string: a newer server may know it
        (k("enum", cls="E", values=(1, 2)), ("int",)),
        (k("const", values=("a",)), ()),
        (k("model", cls="M", free_form=True), ("dict",)),
        (k("model", cls="M"), ()),
        (k("list", inner=k("str")), ()),
        (k("str", null_ok=True), ("str",)),
        # A union: the first member that takes a value of the type decides.
        (k("union", members=[k("list", inner=k("str")), k("str"), k("model", cls="M")]), ("str",)),
        (k("union", members=[k("enum", cls="E", values=("a",)), k("str")]), ()),  # only its own strings
        (k("union", members=[k("str"), k("enum", cls="E", values=("a",))]), ("str",)),
        (k("union", members=[k("file"), k("str")]), ()),  # a file member takes and refuses anything
        (k("union", members=[k("const", values=(1,)), k("int")]), ()),
        (k("union", members=[k("model", cls="A", free_form=True)]), ("dict",)),
        (
            k("union", members=[k("model", cls="A", free_form=True), k("model", cls="B")]),
            (),
        ),  # picked by keys
        (k("union", members=[k("any"), k("model", cls="B")]), ("str", "int", "float", "bool", "dict")),
        (k("union", members=[k("enum", cls="E", values=("a",), null_ok=True), k("str")]), ()),
        # A nullable member is a union inside the union: it takes every value, and refuses an int.
        (k("union", members=[k("str", null_ok=True), k("int")]), ("str",)),
        (k("union", members=[k("num"), k("bool"), k("null")]), ("int", "float", "bool")),
    ],
)
def test_plain_types_follow_the_encoder(kind: Kind, expected: tuple[str, ...] | None) -> None:
    assert plain_types(kind) == expected
