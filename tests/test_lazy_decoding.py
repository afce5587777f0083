"""Decoding costs what is read.

A response (or `from_dict`) decodes its top object at once, checks included, and keeps the items
of its arrays of objects (a page's subscribers) as wire objects until one is first read; that
read decodes the whole item. None of this may show: an item read later is equal to the one strict
mode (which decodes everything at once) returns, deviations inside it are found (and listed by
`novu_api.deviations` with their paths), writes made before the first read are kept, copies and
pickles are whole, and a misspelled attribute is still an AttributeError naming it.

The models are found by shape (a model with an array-of-objects field whose items have required
string fields), not by name, so every release's document works.
"""

from __future__ import annotations

import copy
import json
import logging
import pickle
import sys
import threading
from typing import Any

import httpx
import pytest

import novu_api
from novu_api import Novu, ResponseValidationError, _codec, models
from tests.conftest import SECRET
from tests.spec_values import example_value

_VALUES = {"str": "x", "bool": False, "num": 1.5, "int": 2}


def _item_body(cls: Any) -> dict[str, Any] | None:
    """A wire object for `cls` with every required field, when they are all plain scalars."""
    body: dict[str, Any] = {}
    for f in cls._SPEC.fields:
        if f.required:
            if f.spec[0] not in _VALUES:
                return None
            body[f.wire] = _VALUES[f.spec[0]]
    return body


def _holders() -> list[tuple[Any, str, str, Any]]:
    """(model, its Python field, wire field, item model) for arrays of objects whose items can be
    built from scalars and whose holder needs nothing else."""
    found = []
    for name in models.__all__:
        cls = getattr(models, name)
        spec = getattr(cls, "_SPEC", None)
        if not isinstance(spec, _codec.ModelSpec):
            continue
        others_required = [f for f in spec.fields if f.required]
        for f in spec.fields:
            s = f.spec
            if s[0] == "list" and _codec._tag(s[1]) == "model" and others_required in ([], [f]):
                item = s[1][1]
                if _item_body(item) and any(g.required and g.spec[0] == "str" for g in item._SPEC.fields):
                    found.append((cls, f.python, f.wire, item))
    assert found, "the document has arrays of objects"
    return found


HOLDERS = _holders()


def _holder() -> tuple[Any, str, str, Any]:
    return HOLDERS[0]


def _page(count: int = 3) -> tuple[Any, str, str, Any, dict[str, Any]]:
    cls, python, wire, item = _holder()
    items = []
    for i in range(count):
        body = _item_body(item)
        assert body is not None
        for f in item._SPEC.fields:
            if f.required and f.spec[0] == "str":
                body[f.wire] = f"value-{i}"
        items.append(body)
    return cls, python, wire, item, {wire: items}


def _first_str_field(item: Any) -> Any:
    return next(f for f in item._SPEC.fields if f.required and f.spec[0] == "str")


@pytest.mark.parametrize("holder", HOLDERS, ids=[f"{h[0].__name__}.{h[1]}" for h in HOLDERS])
def test_items_read_later_equal_what_strict_mode_decodes_at_once(holder: tuple[Any, str, str, Any]) -> None:
    cls, python, wire, item = holder
    body = {wire: [_item_body(item), _item_body(item)]}
    lazy = _codec.root("op", False, body, ("model", cls))
    eager = _codec.root("op", True, body, ("model", cls))
    lazy_items = getattr(lazy, python)
    # Not read yet: the model's pending class, which reports the model's own as `__class__`
    assert [i.__class__ for i in lazy_items] == [item, item]
    assert all(isinstance(i, item) and type(i) is item._Pending for i in lazy_items)
    assert lazy == eager
    assert [type(i) for i in lazy_items] == [item, item]  # the model's own class after the first read
    assert novu_api.deviations(lazy) == novu_api.deviations(eager) == []


def test_full_examples_of_every_schema_decode_the_same_lazily_and_at_once(spec: dict[str, Any]) -> None:
    checked = 0
    for name in spec["components"]["schemas"]:
        cls = getattr(models, name, None)
        if cls is None or not isinstance(getattr(cls, "_SPEC", None), _codec.ModelSpec):
            continue
        value = example_value(spec, {"$ref": f"#/components/schemas/{name}"}, full=True, path=name)
        if not isinstance(value, dict):
            continue
        lazy = cls.from_dict(value)
        eager = (
            _codec.root("op", True, value, ("model", cls))
            if not novu_api.deviations(cls.from_dict(value))
            else None
        )
        if eager is not None:
            assert lazy == eager, name
            assert lazy.to_dict() == eager.to_dict(), name
        checked += 1
    assert checked > 100


def test_a_deviation_inside_an_item_is_found_when_read_and_listed_with_its_path(
    caplog: pytest.LogCaptureFixture,
) -> None:
    cls, python, wire, item, body = _page()
    field = _first_str_field(item)
    body[wire][1][field.wire] = 12345
    caplog.set_level(logging.WARNING, logger="novu_api")
    page = _codec.root("an.operation", False, body, ("model", cls))
    assert not [r for r in caplog.records if "12345" in r.getMessage()]  # not read yet
    second = getattr(page, python)[1]
    assert getattr(second, field.python) == 12345  # kept as sent
    logged = [r.getMessage() for r in caplog.records if "12345" in r.getMessage()]
    assert len(logged) == 1 and "first read" in logged[0] and field.wire in logged[0]
    found = novu_api.deviations(page)
    assert [(d.path, d.actual) for d in found] == [(f"$.{wire}[1].{field.wire}", 12345)]
    # an unread page lists it too: deviations decodes what was not read
    fresh = _codec.root("an.operation", False, body, ("model", cls))
    assert [d.path for d in novu_api.deviations(fresh)] == [f"$.{wire}[1].{field.wire}"]


def test_strict_mode_raises_for_an_item_at_call_time_with_its_path() -> None:
    cls, python, wire, item, body = _page()
    field = _first_str_field(item)
    body[wire][2][field.wire] = ["not", "a", "string"]
    with pytest.raises(_codec.DecodeError) as caught:
        _codec.root("op", True, body, ("model", cls))
    assert caught.value.json_path() == f"$.{wire}[2].{field.wire}"


def test_writes_and_deletes_before_the_first_read_are_kept() -> None:
    cls, python, wire, item, body = _page()
    field = _first_str_field(item)
    others = [f for f in item._SPEC.fields if f.python != field.python]
    page = cls.from_dict(body)
    first, second = getattr(page, python)[:2]
    setattr(first, field.python, "set by the caller")
    for f in others:  # reading the other fields decodes the item: the write must survive it
        getattr(first, f.python)
    assert getattr(first, field.python) == "set by the caller"
    delattr(second, field.python)
    with pytest.raises(AttributeError):
        getattr(second, field.python)
    first.additional_properties["extra"] = 1
    assert first["extra"] == 1


def test_unread_items_copy_pickle_compare_and_print_whole() -> None:
    cls, python, wire, item, body = _page()
    for make in (
        lambda m: copy.copy(m),
        lambda m: copy.deepcopy(m),
        lambda m: pickle.loads(pickle.dumps(m)),
    ):
        unread = getattr(cls.from_dict(body), python)[0]
        twin = make(unread)
        read = getattr(cls.from_dict(body), python)[0]
        assert twin == read and type(twin) is item
        field = _first_str_field(item)
        setattr(twin, field.python, "changed")  # a copy is a model like any other
        assert getattr(twin, field.python) == "changed"
    unread = getattr(cls.from_dict(body), python)[0]
    assert repr(unread) == repr(getattr(cls.from_dict(body), python)[0])
    assert unread.to_dict() == body[wire][0]


def test_a_misspelled_attribute_is_an_attribute_error_naming_it() -> None:
    cls, python, wire, item, body = _page()
    unread = getattr(cls.from_dict(body), python)[0]
    read = getattr(cls.from_dict(body), python)[1]
    _first = getattr(read, _first_str_field(item).python)
    for model in (unread, read, pickle.loads(pickle.dumps(read))):
        with pytest.raises(AttributeError) as caught:
            model.no_such_field  # noqa: B018
        assert "no_such_field" in str(caught.value) and caught.value.name == "no_such_field"
        assert not hasattr(model, "no_such_field")


def test_concurrent_first_reads_see_one_decoded_item() -> None:
    cls, python, wire, item, body = _page(200)
    field = _first_str_field(item)
    page = cls.from_dict(body)
    items = getattr(page, python)
    seen: list[list[Any]] = []
    errors: list[BaseException] = []
    start = threading.Barrier(8)

    def read() -> None:
        start.wait()
        try:
            seen.append([getattr(i, field.python) for i in items])
        except BaseException as exc:  # noqa: BLE001 - the assertion below reports it
            errors.append(exc)

    threads = [threading.Thread(target=read) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert all(s == [f"value-{i}" for i in range(200)] for s in seen)
    assert all(type(i) is item for i in items)


def test_from_dict_refuses_what_is_not_an_object() -> None:
    cls = _holder()[0]
    for bad in ([1, 2], "text", 5, None):
        with pytest.raises(_codec.DecodeError, match="expected an object"):
            cls.from_dict(bad)


def _client(body: Any, **options: Any) -> Novu:
    content = json.dumps(body).encode()
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, content=content, headers={"content-type": "application/json"})
    )
    return Novu(
        secret_key=SECRET,
        server_url="https://api.test",
        http_client=httpx.Client(transport=transport),
        **options,
    )


def _subscribers_page(bad_at: int | None = None) -> dict[str, Any]:
    items = []
    for i in range(3):
        body = _item_body(models.SubscriberResponseDto)
        assert body is not None
        body["subscriberId"] = f"s-{i}"
        if i == bad_at:
            body["subscriberId"] = 7
        items.append(body)
    page = {
        f.wire: _VALUES[f.spec[0]]
        for f in models.ListSubscribersResponseDto._SPEC.fields
        if f.required and f.spec[0] in _VALUES
    }
    page.update({"data": items, "next": None, "previous": None})
    return page


def test_a_paginated_call_yields_items_equal_to_strict_mode_and_strict_mode_raises_at_call_time() -> None:
    lenient = list(_client(_subscribers_page()).subscribers.search())
    strict = list(_client(_subscribers_page(), strict_responses=True).subscribers.search())
    assert [s.subscriber_id for s in lenient] == ["s-0", "s-1", "s-2"]
    assert lenient == strict
    page = _client(_subscribers_page(bad_at=1)).subscribers.search()
    assert [d.path for d in novu_api.deviations(page)] == ["$.data[1].subscriberId"]
    with pytest.raises(ResponseValidationError) as caught:
        _client(_subscribers_page(bad_at=1), strict_responses=True).subscribers.search()
    assert caught.value.json_path == "$.data[1].subscriberId"


def test_from_dict_of_a_subclass_returns_the_subclass_whole() -> None:
    cls, python, wire, item, body = _page()

    class Mine(cls):  # type: ignore[misc,valid-type]
        pass

    class MyItem(item):  # type: ignore[misc,valid-type]
        pass

    page = Mine.from_dict(body)
    assert type(page) is Mine and getattr(page, python) == getattr(cls.from_dict(body), python)
    one = MyItem.from_dict(body[wire][0])
    assert type(one) is MyItem and one.to_dict() == body[wire][0]


def test_the_first_read_of_an_item_decodes_the_items_of_its_array(caplog: pytest.LogCaptureFixture) -> None:
    cls, python, wire, item, body = _page(5)
    field = _first_str_field(item)
    body[wire][3][field.wire] = 4242
    caplog.set_level(logging.WARNING, logger="novu_api")
    page = _codec.root("another.operation", False, body, ("model", cls))  # logged once per operation
    items = getattr(page, python)
    getattr(items[0], field.python)  # one read...
    logged = [r.getMessage() for r in caplog.records if "4242" in r.getMessage()]
    assert len(logged) == 1 and f"[3].{field.wire}" in logged[0]  # ...decoded (and checked) its array
    assert (
        isinstance(items, list)
        and list(items) == items
        and items == list(getattr(cls.from_dict(body), python))
    )
    assert pickle.loads(pickle.dumps(items)) == items and copy.deepcopy(items) == items


def test_an_item_outliving_its_array_still_decodes_alone() -> None:
    cls, python, wire, item, body = _page(3)
    field = _first_str_field(item)
    page = cls.from_dict(body)
    kept = getattr(page, python)[2]
    del page
    import gc

    gc.collect()
    assert getattr(kept, field.python) == "value-2"


def _self_nesting() -> tuple[Any, str, str] | None:
    """A model with an array of itself (found by shape), its Python and wire field names."""
    for name in models.__all__:
        cls = getattr(models, name)
        spec = getattr(cls, "_SPEC", None)
        if isinstance(spec, _codec.ModelSpec):
            for f in spec.fields:
                if f.spec[0] == "list" and _codec._tag(f.spec[1]) == "model" and f.spec[1][1] is cls:
                    return cls, f.python, f.wire
    return None


def test_an_item_nested_deeper_than_python_recurses_is_a_novu_error_when_read() -> None:
    found = _self_nesting()
    if found is None:
        pytest.skip("this document has no model holding an array of itself")
    cls, python, wire = found
    leaf: dict[str, Any] = {}
    for _ in range(sys.getrecursionlimit() + 100):  # each level is several frames deep
        leaf = {wire: [leaf]}
    holder = cls.from_dict({wire: [leaf]})
    item = getattr(holder, python)[0]
    for _ in range(2):  # a failed first read leaves the item pending: the next read fails alike
        with pytest.raises(novu_api.ResponseDecodeError, match="nested too deeply"):
            getattr(item, python)
        assert type(item) is cls._Pending and item.__class__ is cls


def test_undeclared_fields_are_kept_whichever_declared_fields_are_missing() -> None:
    # The decoders count the declared fields they find and look for undeclared ones only when
    # the object has more keys than that: a missing required field, an optional one present or
    # absent must not change what is kept.
    cls, python, wire, item, body = _page(1)
    full = _item_body(item)
    assert full is not None
    required = [f for f in item._SPEC.fields if f.required]
    optional = [f for f in item._SPEC.fields if not f.required]
    cases: list[dict[str, Any]] = [dict(full)]
    if required:
        cases.append({k: v for k, v in full.items() if k != required[0].wire})
    if optional:
        cases.append({k: v for k, v in full.items() if k != optional[0].wire})
    for src in cases:
        plain = item.from_dict(src)
        assert plain._extra is None and plain.additional_properties == {}
        with_extra = item.from_dict({**src, "notInTheSpec": 1, "alsoNot": [1]})
        assert with_extra.additional_properties == {"notInTheSpec": 1, "alsoNot": [1]}
        assert with_extra.to_dict() == {**src, "notInTheSpec": 1, "alsoNot": [1]}
