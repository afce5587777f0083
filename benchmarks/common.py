"""What both benchmark processes share: the raw-httpx floor, the field walker and the timers.

Only the standard library and httpx: the novu-py driver imports this module too, from its own
virtual environment, so the floor is the same code in both processes.
"""

from __future__ import annotations

import json
import operator
import statistics
import time
from collections.abc import Callable, Iterable
from typing import Any

SECRET = "bench-secret-key"
TRIGGER_BODY: dict[str, Any] = {
    "name": "welcome",
    "to": "subscriber-1",
    "payload": {"name": "Ada", "orderId": 42},
}
RAW_HEADERS = {"Authorization": f"ApiKey {SECRET}", "Content-Type": "application/json"}


# -- the floor: raw httpx + json -------------------------------------------------------------
def raw_trigger(client: Any, base_url: str) -> Any:
    """POST the trigger with httpx, decode the JSON, take the `data` envelope off."""
    response = client.post(
        base_url + "/v1/events/trigger", content=json.dumps(TRIGGER_BODY).encode(), headers=RAW_HEADERS
    )
    return json.loads(response.content)["data"]


def raw_page(client: Any, base_url: str, after: str | None = None) -> Any:
    """GET one subscriber page with httpx and decode the JSON."""
    params: dict[str, Any] = {"limit": 100}
    if after is not None:
        params["after"] = after
    response = client.get(base_url + "/v2/subscribers", params=params, headers=RAW_HEADERS)
    return json.loads(response.content)


def raw_iterate_all(client: Any, base_url: str, max_items: int | None = None) -> int:
    """Follow `next` cursors page by page, visiting every subscriber; returns the count."""
    count = 0
    after: str | None = None
    while True:
        page = raw_page(client, base_url, after)
        for _item in page["data"]:
            count += 1
            if max_items is not None and count >= max_items:
                return count
        after = page["next"]
        if not after:
            return count


# -- reading every field ---------------------------------------------------------------------
_LEAF_TYPES: set[type] = {str, int, float, bool, type(None)}  # grows: enums, UNSET...
_Values = Callable[[Any], Iterable[Any]]
_READERS: dict[type, _Values | None] = {}


def _free_form(value: Any) -> Iterable[Any]:
    return value.additional_properties.values()  # type: ignore[no-any-return]


def _pydantic(value: Any) -> Iterable[Any]:
    return value.__dict__.values()  # type: ignore[no-any-return]


def _reader(cls: type) -> _Values | None:
    """How to read every field of a model class at once; None for a leaf (an enum, UNSET...).

    attrs classes (novu_api) are read through their attributes with one `attrgetter` of every
    public field, as user code reading `s.email`, `s.channels`... would; a model without
    declared fields (a free-form object) through `additional_properties`. Pydantic models
    (novu_py) from the instance `__dict__`, which is what their attribute access reads,
    without the DeprecationWarning that touching their deprecated `topics` field emits.
    """
    try:
        return _READERS[cls]
    except KeyError:
        pass
    reader: _Values | None = None
    attrs_fields = getattr(cls, "__attrs_attrs__", None)
    if attrs_fields is not None:
        names = [a.name for a in attrs_fields if not a.name.startswith("_")]
        if not names:
            reader = _free_form
        elif len(names) == 1:
            one = operator.attrgetter(names[0])
            reader = lambda value: (one(value),)  # noqa: E731
        else:
            reader = operator.attrgetter(*names)
    elif isinstance(getattr(cls, "model_fields", None), dict):
        reader = _pydantic
    elif not isinstance(cls, type) or not issubclass(cls, (str, int, float)):
        names = [n for n in getattr(cls, "__slots__", ()) if not n.startswith("_")]
        reader = operator.attrgetter(*names) if len(names) > 1 else None
    _READERS[cls] = reader
    if reader is None:
        _LEAF_TYPES.add(cls)
    return reader


def read_every_field(value: Any) -> int:
    """Touch every value reachable from `value` (dicts, lists, models); returns the leaf count.

    Models are read through their attributes, so a lazily decoding model pays its decoding
    here. Leaves are counted inline, so the walk itself costs little next to the reading.
    """
    cls = value.__class__
    if cls is dict:
        values: Iterable[Any] = value.values()
    elif cls is list or isinstance(value, list):  # novu_api keeps a page's items in a list subclass
        values = value
    elif cls in _LEAF_TYPES:
        return 1
    else:
        reader = _reader(cls)
        if reader is None:
            return 1
        values = reader(value)
    total = 0
    for item in values:
        if item.__class__ in _LEAF_TYPES:
            total += 1
        else:
            total += read_every_field(item)
    return total


# -- timing ----------------------------------------------------------------------------------
def per_call(fn: Callable[[], Any], n: int) -> float:
    """Seconds per call over one batch of `n` back-to-back calls."""
    started = time.perf_counter()
    for _ in range(n):
        fn()
    return (time.perf_counter() - started) / n


def median(values: list[float]) -> float:
    return float(statistics.median(values))


def paired(numerators: list[float], denominators: list[float]) -> float:
    """Median of per-round ratios: each run divided by its floor's run from the same round.

    Rounds are interleaved, so a round's two runs saw the same machine; a burst of load from
    elsewhere moves both and cancels out of their ratio.
    """
    return median(ratios(numerators, denominators))


def ratios(numerators: list[float], denominators: list[float]) -> list[float]:
    """Each run over its floor's run from the same round."""
    if len(numerators) != len(denominators) or not numerators:
        raise ValueError("paired ratios need the same number of runs on both sides")
    return [n / d for n, d in zip(numerators, denominators, strict=True)]


def spread(values: list[float]) -> float:
    """Interquartile range over the median: 0.05 means the middle half of the runs lie within 5%."""
    if len(values) < 4:
        return 0.0
    q = statistics.quantiles(values, n=4)
    mid = statistics.median(values)
    return (q[2] - q[0]) / mid if mid else 0.0
