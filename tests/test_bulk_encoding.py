"""The bulk helpers' item tables (`novu_api/_bulk.py`) against the generic encoder.

A chunk's items are checked by tables made once per operation, and an item they accept is sent
as given; any other item goes through the generic encoder (`_codec.json_body`), which is what
every item went through before. For every bulk operation of the document, and for items made
from its item model's own field specs (wire names and Python names, every union member, free
form values, values only the generic encoder can translate, and mistakes), the chunk built
with the tables must be the one built by the generic encoder alone: the same request bytes,
the same Idempotency-Key, the same items sent and the same items refused with the same message.
"""

from __future__ import annotations

import collections
import datetime
import enum
import importlib
import itertools
import math
from collections.abc import Iterator
from typing import Any

import pytest

from novu_api import _bulk, _codec
from novu_api._types import UNSET
from novu_api.operations import OPERATIONS


def _bulk_modules() -> list[Any]:
    out = []
    for entry in OPERATIONS:
        module = importlib.import_module(entry.module)
        if module.OPERATION.bulk and entry.method == "POST":
            out.append(module)
    return out


BULK = _bulk_modules()
assert BULK, "the document has bulk operations"


class Colour(str, enum.Enum):
    RED = "red"


class Level(enum.IntEnum):
    HIGH = 3


class Text(str):
    pass


def _item_spec(module: Any) -> Any:
    """The spec of one item of the operation's bulk array, from the body model's field table."""
    import typing

    body = typing.get_type_hints(module._parts)["body"]
    (model,) = [c for c in typing.get_args(body) if hasattr(c, "_SPEC")]
    return model._SPEC.by_wire[module.OPERATION.bulk["items"]].spec[1]


def _values(spec: Any, depth: int = 0) -> Iterator[Any]:
    """Wire-shaped values of a spec (one per union member, list and model shapes), then values
    that only the generic encoder sends (it translates them) or refuses."""
    tag = _codec._tag(spec)
    if tag == "union":
        for member in spec.members:
            yield from itertools.islice(_values(member, depth), 3)
        return
    if tag == "model":
        cls = spec[1]
        if not cls._SPEC.fields:  # free form
            yield {"a": 1, "b": [1, 2.5, None, {"c": "d"}], "e": {"f": True}}
            yield {}
            yield {"colour": Colour.RED, "level": Level.HIGH, "text": Text("t")}
            yield collections.OrderedDict(k="v")
            yield {"when": datetime.datetime(2024, 5, 6, 7, 8, tzinfo=datetime.timezone.utc)}
            yield {"drop": UNSET, "keep": 1}
            yield {1: "int key"}
            yield ("not", "a mapping")
            return
        if depth < 3:
            yield from _objects(cls, depth + 1)
        return
    if tag == "list":
        inner = list(itertools.islice(_values(spec[1], depth + 1), 2))
        yield inner
        yield tuple(inner)
        yield []
        return
    if tag == "enum":
        member = next(iter(spec[1]))
        yield member.value
        yield member  # the generic encoder sends its value
        yield "a-value-a-newer-server-knows" if isinstance(member.value, str) else 10**6
        return
    if tag == "const":
        yield spec[1][0]
        return
    samples: dict[str, list[Any]] = {
        "str": ["text", Text("sub"), Colour.RED, 7],
        "int": [3, True, 2.5, Level.HIGH],
        "num": [2.5, 3, math.nan, "1"],
        "bool": [True, 1],
        "uuid": ["00000000-0000-4000-8000-000000000000"],
        "datetime": [
            "2024-05-06T07:08:09Z",
            datetime.datetime(2024, 5, 6, tzinfo=datetime.timezone.utc),
            datetime.datetime(2024, 5, 6),
        ],
        "date": ["2024-05-06", datetime.date(2024, 5, 6)],
        "any": [{"free": ["form", 1]}, "s", None, {"x": object()}],
        "null": [None],
    }
    yield from samples.get(tag, [None])


def _objects(cls: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Dicts for a model: all fields with a wire-shaped value by wire names, then one dict per
    other value of each field, Python names, an undeclared key, None, UNSET."""
    fields = cls._SPEC.fields
    base = {f.wire: next(iter(_values(f.spec, depth)), None) for f in fields}
    yield base
    yield {f.python: v for f, v in zip(fields, base.values(), strict=True)}
    yield {**base, "undeclaredField": {"nested": [1, "two"]}}
    yield {**base, "undeclaredField": datetime.date(2024, 1, 2)}
    for f in fields:
        for value in itertools.islice(_values(f.spec, depth), 1, 12):
            yield {**base, f.wire: value}
        yield {**base, f.wire: None}
        yield {**base, f.wire: UNSET}
    yield {k: v for k, v in base.items() if not isinstance(v, dict)}


def _items(module: Any) -> list[Any]:
    spec = _item_spec(module)
    items: list[Any] = list(itertools.islice(_values(spec), 400))
    if _codec._tag(spec) == "model" and spec[1]._SPEC.fields:
        cls = spec[1]
        items.append(cls.from_dict(items[0]))  # a model instance
        items.append({**items[0], 5: "a non-str key"})
        # Each dict again with only the declared fields whose value the tables take, so that
        # both paths see every kind of value: these are sent as given.
        table = _bulk._table(cls, {})
        for item in list(items):
            if isinstance(item, dict):
                kept = {
                    k: v for k, v in item.items() if k in table.fields and _bulk._fits(table.fields[k], v)
                }
                if kept and kept != item:
                    items.append(kept)
    items.append(None)
    return items


def _chunk_facts(chunk: _bulk._Chunk) -> tuple[Any, ...]:
    sent = list(range(len(chunk.items))) if chunk.sent is None else chunk.sent
    refused = {k: (type(v), str(v)) for k, v in chunk.refused.items()}
    content = chunk.parts.content if chunk.parts is not None else None
    return content, chunk.key, sent, refused, _codec.json_bytes(chunk.wire)


@pytest.mark.parametrize("module", BULK, ids=[m.OPERATION.facade for m in BULK])
def test_the_tables_send_what_the_generic_encoder_sends(module: Any) -> None:
    path = {name: "key-1" for name in module._PARAMETERS.values()}
    plan = _bulk._Plan(module, [], path, "run-1", "items")
    assert plan.accept is not None, "every bulk operation of the document gets tables"
    items = _items(module)
    limit = module.OPERATION.bulk["limit"]
    compared = sent_as_given = 0
    # One item per chunk (where each one's outcome is plain to see), then the items in chunks.
    singles = [[item] for item in items]
    runs = [items[i : i + limit] for i in range(0, len(items), limit)]
    for number, chunk_items in enumerate([*singles, *runs]):
        fast = plan._chunk(number, 10, chunk_items)
        generic = plan._chunk_generic(number, 10, chunk_items)
        assert _chunk_facts(fast) == _chunk_facts(generic), (module.OPERATION.facade, chunk_items)
        compared += 1
        if len(chunk_items) == 1 and _bulk._all_fit(plan.accept, chunk_items):
            sent_as_given += 1
    assert compared == len(singles) + len(runs)
    assert sent_as_given * 4 > len(singles), "a good share of the items take the tables' path"
    assert sent_as_given < len(singles), "some items take the generic encoder"


@pytest.mark.parametrize("module", BULK, ids=[m.OPERATION.facade for m in BULK])
def test_the_item_by_item_check_agrees_with_the_column_check(module: Any) -> None:
    path = {name: "key-1" for name in module._PARAMETERS.values()}
    plan = _bulk._Plan(module, [], path, "run-1", "items")
    assert plan.accept is not None
    for item in _items(module):
        whole = _bulk._all_fit(plan.accept, [item])
        one = _bulk._fits(plan.accept, item)
        # The column check may leave an item to the item-by-item one, never accept more.
        assert one or not whole, item


def test_a_wire_shaped_event_is_sent_as_given_and_a_python_named_one_is_translated() -> None:
    from novu_api.api.events import trigger_bulk

    plan = _bulk._Plan(trigger_bulk, [], {}, "run-1", "events")
    wire = {"name": "welcome", "to": ["s-1", "s-2"], "payload": {"n": 1, "tags": ["a"]}}
    python = {"workflow_id": "welcome", "to": "s-1"}
    chunk = plan._chunk(0, 0, [wire, python])
    assert chunk.wire[0] is wire  # not copied
    assert chunk.wire[1] == {"name": "welcome", "to": "s-1"}
    assert chunk.parts is not None and chunk.parts.json == {"events": chunk.wire}
    assert _bulk._all_fit(plan.accept, [{"name": "w", "to": "s", "payload": {"deep": [[{"x": 1}]]}}])


def test_nesting_too_deep_for_the_tables_is_left_to_the_generic_encoder() -> None:
    from novu_api.api.events import trigger_bulk

    plan = _bulk._Plan(trigger_bulk, [], {}, "run-1", "events")
    deep: Any = 1
    for _ in range(100_000):
        deep = [deep]
    item = {"name": "w", "to": "s", "payload": {"deep": deep}}
    chunk = plan._chunk(0, 0, [item, {"name": "w", "to": "s"}])
    # The generic path decides: today it refuses the whole request as too deeply nested, or
    # it sends what it can; either way no item is sent silently different.
    assert chunk.parts is None or chunk.parts.content is not None


def test_an_item_holding_itself_is_refused_and_the_others_sent() -> None:
    """The tables' chunks are encoded without the encoder's cycle bookkeeping: an item that
    holds itself never gets there (the tables give it to the generic encoder, which refuses it)."""
    from novu_api.api.events import trigger_bulk

    plan = _bulk._Plan(trigger_bulk, [], {}, "run-1", "events")
    loop: dict[str, Any] = {"n": 1}
    loop["self"] = loop
    ring: list[Any] = ["s-1"]
    ring.append(ring)
    good = {"name": "w", "to": "s-1", "payload": {"n": 1}}
    items = [good, {"name": "w", "to": "s-2", "payload": loop}, {"name": "w", "to": ring}, good]
    fast = plan._chunk(0, 0, items)
    assert _chunk_facts(fast) == _chunk_facts(plan._chunk_generic(0, 0, items))
    assert fast.sent == [0, 3] and sorted(fast.refused) == [1, 2]
    for offset, error in fast.refused.items():
        assert isinstance(error, (TypeError, ValueError)) and str(error).startswith(f"events[{offset}]: ")
    assert fast.parts is not None and fast.parts.content == _codec.json_bytes({"events": [good, good]})
