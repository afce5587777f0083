"""Sending at volume: `novu.trigger_many(...)`, `novu.subscribers.create_many(...)`, ...

Every bulk operation of the document (one whose body is an array with a maximum size the
document states) gets a `*_many` facade method that calls `send_many` / `send_many_async` here:

1. the input (any iterable, a generator of millions included) is read lazily and cut into
   chunks of the operation's maximum size; at most `concurrency + 1` chunks are held at once;
2. each chunk gets an Idempotency-Key derived from the run key, the chunk's position and its
   content, so re-running the same job after a crash sends the same keys and Novu answers
   the chunks it already processed from its idempotency store instead of processing them again;
3. chunks are sent with bounded concurrency (a small thread pool for `Novu`, tasks for
   `AsyncNovu`) through the client's one request pipeline (retries with the same key, hooks,
   logging); before each send a pacer reads the `RateLimit-Remaining` / `RateLimit-Reset` of
   the latest responses and waits when the window is nearly spent, rather than meeting a 429;
4. one `BulkResult` per input item comes back in input order, with what Novu answered for that
   item or why it failed (a whole-chunk failure fails the chunk's items, not the others).

What is done per item is kept to what the guarantees need. Items are checked by tables made once
per operation from the generated field specs, column by column where the whole chunk is
wire-shaped, and are then sent as given; any other item goes through the generic encoder, as
every item did before (the bytes sent are the same either way). A list answer is checked on
arrival (one entry per item, each saying whether it was processed) and decoded into models when
a result's `value` is first read.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import json
import marshal
import sys
import threading
import time
from collections import deque
from collections.abc import AsyncIterator, Callable, Generator, Iterable, Iterator, Mapping, Sized
from dataclasses import dataclass, replace
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from . import _client, _codec, _flow
from .errors import NovuError, PayloadTooLargeError

if TYPE_CHECKING:
    import httpx

    from ._client import AsyncNovu, Novu
    from ._operation import RequestParts

T = TypeVar("T")

DEFAULT_CONCURRENCY = 4
MAX_CONCURRENCY = 64
_HASH_PIECE = 2000  # bytes per sha256 update: under hashlib's 2048, so the GIL stays held
_LONGEST_PACE = 60.0  # never wait longer than this for a rate-limit window on our own


class BulkItemError(NovuError):
    """Novu processed the bulk request but reported this item as failed (or did not report it).

    `message` is Novu's reason, `code` its code where it gives one, `value` the item's entry in
    Novu's answer (e.g. a `TriggerEventResponseDto` whose status is not `processed`).
    """

    def __init__(self, message: str, *, code: str | None = None, value: Any = None) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.value = value

    def __reduce__(self) -> Any:
        return _restore_item_error, (self.message, self.code, self.value)


def _restore_item_error(message: str, code: str | None, value: Any) -> BulkItemError:
    return BulkItemError(message, code=code, value=value)


class BulkResult(Generic[T]):
    """The outcome of one input item.

    `index` is its position in the input, `item` what was given, `value` Novu's answer for it
    (None when it failed), `error` why it failed: the `NovuError` of its whole chunk (status,
    connection, ...), a `BulkItemError` when Novu reported this item alone as failed, or the
    `TypeError` / `ValueError` that kept it from being sent at all. `chunk` is the number of the
    request that carried it, `idempotency_key` that request's key, `replayed` whether Novu
    answered from its idempotency store (the chunk was processed by an earlier run).

    Whether each item succeeded is read from Novu's answer when its chunk's results come out;
    `value` is decoded into its model when first read (the whole chunk's answer at once, as a
    call of the operation decodes it), so a job that only counts successes never pays for it.
    """

    __slots__ = ("index", "item", "_value", "_answer", "error", "chunk", "idempotency_key", "replayed")

    def __init__(
        self,
        index: int,
        item: Any,
        value: T | None = None,
        error: Exception | None = None,
        chunk: int = 0,
        idempotency_key: str | None = None,
        replayed: bool = False,
    ) -> None:
        self.index = index
        self.item = item
        self._value: Any = value
        self._answer: _Answer | None = None  # set: `_value` is this item's position in it
        self.error = error
        self.chunk = chunk
        self.idempotency_key = idempotency_key
        self.replayed = replayed

    @property
    def value(self) -> T | None:
        answer = self._answer
        if answer is not None:
            self._value = answer.decoded()[self._value]
            self._answer = None
        return self._value  # type: ignore[no-any-return]

    @value.setter
    def value(self, value: T | None) -> None:
        self._answer = None
        self._value = value

    @property
    def ok(self) -> bool:
        return self.error is None

    def _fields(self) -> tuple[Any, ...]:
        return (
            self.index,
            self.item,
            self.value,
            self.error,
            self.chunk,
            self.idempotency_key,
            self.replayed,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BulkResult) or other.__class__ is not self.__class__:
            return NotImplemented
        return self._fields() == other._fields()

    __hash__ = None  # type: ignore[assignment]  # pyright: ignore[reportAssignmentType]  (mutable, compared by value)

    def __repr__(self) -> str:
        names = ("index", "item", "value", "error", "chunk", "idempotency_key", "replayed")
        shown = ", ".join(f"{n}={v!r}" for n, v in zip(names, self._fields(), strict=True))
        return f"{type(self).__name__}({shown})"

    def __reduce__(self) -> Any:
        return type(self), self._fields()


@dataclass(frozen=True)
class BulkProgress:
    """Passed to `on_progress` after each chunk's results are out."""

    done: int  # items with a result so far
    failed: int  # of which failed
    total: int | None  # items in the input, when it has a len()
    requests: int  # requests answered (replays included)
    replayed: int  # of which Novu answered from its idempotency store
    elapsed: float  # seconds since the first chunk was read

    @property
    def rate(self) -> float:
        """Items per second so far."""
        return self.done / self.elapsed if self.elapsed > 0 else 0.0


ProgressCallback = Callable[[BulkProgress], Any]


# -- checking items by per-operation tables ----------------------------------------------------
# The generic encoder (`_codec.json_body`) walks every value of every item through its spec and
# builds a new dict per item. Most bulk items are already wire-shaped dicts (wire names, plain
# JSON values), for which that walk returns an equal copy. The tables below are made once per
# operation from the same specs and answer, per item, "is this item sent exactly as given?";
# an item they accept goes into the request as it is, any other item goes through the generic
# encoder (which also gives the error for an item that cannot be sent). A table only accepts
# what the generic encoder provably passes through unchanged, so the bytes sent (and the
# idempotency keys made from them) are the same either way; `tests/test_bulk.py` compares them.
_NONE = type(None)
_PLAIN: frozenset[type] = frozenset((str, int, float, bool, _NONE))
_STR_AS_IS = frozenset(("str", "uuid", "datetime", "date", "any"))  # every str is sent as given
_NEVER_STR = frozenset(("enum", "const", "model", "list", "null", "int", "num", "bool"))


class _Accept:
    """The values of one spec that the generic encoder sends exactly as given.

    `classes`: exact classes passed as they are (None always is); `free`: container classes
    whose contents only need to be plain JSON (free-form objects, `Any`); `model`: a dict is
    checked field by field; `items`: a list or tuple is checked element by element.
    """

    __slots__ = ("classes", "free", "model", "items")

    def __init__(self) -> None:
        self.classes: frozenset[type] = frozenset((_NONE,))
        self.free: frozenset[type] = frozenset()
        self.model: _Table | None = None
        self.items: _Accept | None = None


class _Table:
    """A model's fields for the check: wire name -> `_Accept`, and the Python names that
    differ from wire names (a mapping using one is translated by the generic encoder)."""

    __slots__ = ("fields", "python")

    def __init__(self) -> None:
        self.fields: dict[str, _Accept] = {}
        self.python: frozenset[str] = frozenset()


def _table(cls: Any, memo: dict[Any, _Table]) -> _Table:
    found = memo.get(cls)
    if found is not None:
        return found
    table = memo[cls] = _Table()  # in the memo before its fields: models may nest themselves
    spec: _codec.ModelSpec = cls._SPEC
    table.python = frozenset(spec.by_python)
    table.fields = {f.wire: _accept(f.spec, memo) for f in spec.fields}
    return table


def _accept(spec: Any, memo: dict[Any, _Table]) -> _Accept:
    out = _Accept()
    tag = _codec._tag(spec)
    classes: set[type] = set()
    if tag in ("str", "uuid", "datetime", "date"):
        classes.add(str)
    elif tag == "int":
        classes.add(int)
    elif tag == "num":
        classes.update((int, float))  # a non-finite float fails json.dumps: the generic path says why
    elif tag == "bool":
        classes.add(bool)
    elif tag == "enum":
        classes.update(type(m.value) for m in spec[1])
        classes.discard(bool)
    elif tag == "any":
        classes.update(_PLAIN)
        out.free = frozenset((dict, list, tuple))
    elif tag == "model":
        if spec[1]._SPEC.fields:
            out.model = _table(spec[1], memo)
        else:
            out.free = frozenset((dict,))  # a free-form object
    elif tag == "list":
        out.items = _accept(spec[1], memo)
    elif tag == "union":
        for member in spec.members:  # the generic encoder sends a str by the first member it fits
            member_tag = _codec._tag(member)
            if member_tag in _STR_AS_IS:
                classes.add(str)
                break
            if member_tag not in _NEVER_STR:
                break  # enum and const members send a str they fit as given, others are unknown
        # A list or tuple is sent by the first member that takes one (the kind alone decides).
        first = next((m for m in spec.members if _codec._input_fits(m, [])), None)
        if first is not None and _codec._tag(first) == "list":
            out.items = _accept(first[1], memo)
        elif first is not None and _codec._tag(first) == "any":
            out.free = frozenset((list, tuple))
    # const, file, null and anything newer: only None is taken as is
    out.classes = frozenset((*classes, _NONE))
    return out


def _plain(value: Any) -> bool:
    """Whether `value` is made of exact dicts, lists, tuples, str, int, float, bool and None.

    `marshal` writes core types only, each by its exact class: a subclass (an enum, a str
    subclass, an OrderedDict), a model, a datetime or UNSET makes it refuse, in C. The few other
    core types it takes (bytes, sets, complex) are refused by json.dumps when the body is
    encoded, as are non-finite floats; the generic encoder then says which item is at fault."""
    try:
        marshal.dumps(value)
    except (ValueError, TypeError, RecursionError):  # not marshal's, or nested too deeply
        return False
    return True


def _fits(accept: _Accept, value: Any) -> bool:
    kind = value.__class__
    if kind in accept.classes:
        return True
    if kind in accept.free:
        return _plain(value)
    if kind is dict:
        return accept.model is not None and _fits_model(accept.model, value)
    if (kind is list or kind is tuple) and accept.items is not None:
        inner = accept.items
        for v in value:
            if v.__class__ not in inner.classes and not _fits(inner, v):
                return False
        return True
    return False


def _fits_model(table: _Table, value: dict[Any, Any]) -> bool:
    fields = table.fields
    for k, v in value.items():
        accept = fields.get(k)
        if accept is None:
            # A Python name is translated by the generic encoder, a non-str key refused by it;
            # any other key is undeclared and sent as given when it holds plain JSON.
            if k.__class__ is not str or k in table.python or not _plain(v):
                return False
        else:
            kind = v.__class__
            if kind in accept.classes:
                continue
            if kind in accept.free:  # a free-form object (a trigger's payload, ...)
                if not _plain(v):
                    return False
            elif not _fits(accept, v):
                return False
    return True


def _kind_test(kind: type) -> Callable[[Any], bool]:
    return functools.partial(type.__instancecheck__, kind)  # isinstance(value, kind), in C


_IS: dict[type, Callable[[Any], bool]] = {kind: _kind_test(kind) for kind in (dict, list, tuple)}
_CONTAINERS = frozenset(_IS)


def _all_fit(accept: _Accept, values: list[Any]) -> bool:
    """`_fits` for a whole column of values at once (the same answer, fewer Python steps): the
    classes present are collected in C, and only containers are looked into, level by level."""
    kinds = set(map(type, values))
    for kind in kinds - accept.classes:
        if kind in accept.free:
            fits = _all_plain(_of(kind, values, kinds))
        elif kind is dict and accept.model is not None:
            fits = _all_fit_model(accept.model, _of(dict, values, kinds))
        elif (kind is list or kind is tuple) and accept.items is not None:
            fits = _all_fit(accept.items, list(itertools.chain.from_iterable(_of(kind, values, kinds))))
        else:
            return False
        if not fits:
            return False
    return True


def _of(kind: type, values: list[Any], kinds: set[type]) -> list[Any]:
    """The values that are instances of `kind` (a container class): all of them when the column
    holds that class alone."""
    return values if len(kinds) == 1 else list(filter(_IS[kind], values))


def _all_fit_model(table: _Table, values: list[dict[Any, Any]]) -> bool:
    """`_fits_model` for dicts that use declared wire names only (any other key: False, and the
    item-by-item check decides)."""
    fields = table.fields
    keys = set(itertools.chain.from_iterable(values))
    if not keys <= fields.keys():
        return False
    for key in keys:
        # A dict without the key gives None, which is taken as it is (nothing is sent for it).
        if not _all_fit(fields[key], list(map(dict.get, values, itertools.repeat(key)))):
            return False
    return True


def _all_plain(values: list[Any]) -> bool:
    """`_plain` for a column of values."""
    return _plain(values)


# -- chunks ------------------------------------------------------------------------------------
@dataclass
class _Chunk:
    number: int
    start: int  # input index of its first item
    items: list[Any]  # as given
    sent: list[int] | None  # offsets (into items) of the items in the request; None: all of them
    refused: dict[int, Exception]  # offset -> the caller mistake that kept the item out
    parts: RequestParts | None  # None when no item could be sent
    key: str
    wire: list[Any]  # the sent items' JSON, in request order


_TABLES: dict[str, tuple[_Accept | None, Any]] = {}  # operation id -> (item check, response item class)


def _tables(module: ModuleType) -> tuple[_Accept | None, Any]:
    """The operation's item check and the model of one entry of its answer, when it answers
    with a list (each made once per operation; None where the module does not tell)."""
    op_id = module.OPERATION.operation_id
    found = _TABLES.get(op_id)
    if found is not None:
        return found
    import typing

    accept: _Accept | None = None
    entry: Any = None
    try:
        body = typing.get_type_hints(module._parts)["body"]
        models = [c for c in typing.get_args(body) if isinstance(getattr(c, "_SPEC", None), _codec.ModelSpec)]
        if len(models) == 1:
            field = models[0]._SPEC.by_wire.get(module.OPERATION.bulk["items"])
            if field is not None and _codec._tag(field.spec) == "list":
                accept = _accept(field.spec[1], {})
        answer = typing.get_type_hints(module._parse).get("return")
        if typing.get_origin(answer) is list:
            (entry,) = typing.get_args(answer)
            if not isinstance(getattr(entry, "_SPEC", None), _codec.ModelSpec):
                entry = None
    except Exception:  # noqa: BLE001  (no table: every item takes the generic encoder)
        accept, entry = None, None
    found = _TABLES[op_id] = (accept, entry)
    return found


class _Plan:
    """What a bulk call sends: the operation, its path arguments and how chunks are keyed."""

    def __init__(
        self,
        module: ModuleType,
        items: Iterable[Any],
        path: Mapping[str, Any],
        run_key: str | None,
        argument: str,
    ) -> None:
        bulk = getattr(module.OPERATION, "bulk", None)
        if not bulk:
            raise TypeError(f"{module.__name__} is not a bulk operation")
        if isinstance(items, (str, bytes, Mapping)) or not isinstance(items, Iterable):
            raise TypeError(
                f"argument {argument!r} must be an iterable of items (a list, a generator, ...), "
                f"got {type(items).__name__}"
            )
        if run_key is not None:
            if not isinstance(run_key, str) or not run_key.strip():
                raise ValueError("run_key must be a non-empty str (or None for a one-off run)")
        else:
            import uuid

            run_key = uuid.uuid4().hex  # retries within this run stay safe; a re-run is a new run
        self.module = module
        self.field: str = bulk["items"]
        self.limit: int = bulk["limit"]
        self.path = dict(path)
        self.items = items
        self.total = len(items) if isinstance(items, Sized) else None
        self.seed = f"{module.OPERATION.operation_id}\n{run_key}\n".encode()
        self.argument = argument
        # Path arguments are checked before anything is sent; the parts of an empty request are
        # the template every chunk's request is made from.
        self.template: RequestParts = module._parts(**self.path, body={self.field: []})
        self.accept, entry = _tables(module)
        self.reader = _Reader(module, entry)

    def slices(self) -> Iterator[tuple[int, int, list[Any]]]:
        """(number, input index of its first item, items) of each chunk, read as needed."""
        source = iter(self.items)
        start = 0
        for number in itertools.count():
            items = list(itertools.islice(source, self.limit))
            if not items:
                return
            yield number, start, items
            start += len(items)

    def chunks(self) -> Iterator[_Chunk]:
        for number, start, items in self.slices():
            yield self._chunk(number, start, items)

    def _one(self, item: Any) -> Any:
        """One item as the generic encoder sends it (TypeError / ValueError when it cannot be)."""
        encoded = self.module._parts(**self.path, body={self.field: [item]}).json
        return encoded[self.field][0]

    def _chunk(self, number: int, start: int, items: list[Any], part: bool = False) -> _Chunk:
        """The chunk `number` of the input, or with `part` a part of it (Novu refused the whole
        as too large), keyed by its own range of the input as well."""
        accept = self.accept
        if accept is not None:
            try:
                if _all_fit(accept, items):  # the common case: every item as given
                    wire, refused = items, dict[int, Exception]()
                else:
                    wire, refused = self._check(items, start, accept)
            except RecursionError:
                pass  # nested too deeply for the tables: the generic encoder says what to do
            else:
                chunk = self._finish(number, start, items, wire, refused, part)
                if chunk is not None:
                    return chunk
        return self._chunk_generic(number, start, items, part)

    def _check(self, items: list[Any], start: int, accept: _Accept) -> tuple[list[Any], dict[int, Exception]]:
        """The sent items' JSON and the refused items: an item the tables accept is sent as
        given, any other goes through the generic encoder, which translates it or refuses it."""
        wire = items  # the items themselves while every one is sent as given
        refused: dict[int, Exception] = {}
        classes, model = accept.classes, accept.model
        for offset, item in enumerate(items):
            kind = item.__class__
            if kind is dict and model is not None:
                if _fits_model(model, item):
                    if wire is not items:
                        wire.append(item)
                    continue
            elif kind in classes or _fits(accept, item):
                if wire is not items:
                    wire.append(item)
                continue
            if wire is items:
                wire = items[:offset]
            try:
                wire.append(self._one(item))
            except (TypeError, ValueError) as exc:
                refused[offset] = _item_mistake(exc, self.argument, start + offset)
        return wire, refused

    def _finish(
        self,
        number: int,
        start: int,
        items: list[Any],
        wire: list[Any],
        refused: dict[int, Exception],
        part: bool = False,
    ) -> _Chunk | None:
        """The chunk for items checked by the tables; None when json.dumps refuses the body (a
        value only the generic encoder can translate, or report)."""
        if not wire:
            return _Chunk(number, start, items, [], refused, None, "", [])
        body = {self.field: wire}
        try:
            # The tables walked every value: a reference cycle would have made them give up
            # (RecursionError, then the generic encoder), so none is left to look for.
            content = _codec.json_bytes(body, acyclic=True)
        except (TypeError, ValueError, NovuError):
            return None
        sent = None if not refused else [i for i in range(len(items)) if i not in refused]
        parts = replace(self.template, json=body, content=content)
        key = self._key(number, content, (start, start + len(items)) if part else None)
        return _Chunk(number, start, items, sent, refused, parts, key, wire)

    def _key(self, number: int, content: bytes, span: tuple[int, int] | None = None) -> str:
        # Made from the bytes that are sent: the same items in the same place, the same key. A
        # part of a chunk also names its range of the input (two halves may be the same bytes).
        label = b"%d" % number if span is None else b"%d.%d-%d" % (number, *span)
        digest = hashlib.sha256(self.seed + label + b"\n")
        # Fed in pieces below hashlib's GIL-release size (2 KiB): hashing a whole body releases
        # and retakes the GIL, so with the sync client's workers every key cost a thread switch
        # (about 1.7 more per chunk with 4 workers). The digest is the same.
        view = memoryview(content)
        for at in range(0, len(view), _HASH_PIECE):
            digest.update(view[at : at + _HASH_PIECE])
        return f"bulk-{label.decode()}-{digest.hexdigest()[:40]}"

    def _encode(self, items: list[Any]) -> tuple[RequestParts, bytes]:
        parts: RequestParts = self.module._parts(**self.path, body={self.field: items})
        # Serialised once, as the client would: the key is made from the bytes that are sent.
        content = _codec.json_bytes(parts.json)
        return replace(parts, content=content), content

    def _chunk_generic(self, number: int, start: int, items: list[Any], part: bool = False) -> _Chunk:
        """Every item through the generic encoder (operations without tables, and chunks the
        tables could not settle)."""
        sent = list(range(len(items)))
        refused: dict[int, Exception] = {}
        try:
            parts, content = self._encode(items)
        except (TypeError, ValueError):
            # Find the items at fault, one by one, and send the others.
            for offset, item in enumerate(items):
                try:
                    self._encode([item])
                except (TypeError, ValueError) as exc:
                    refused[offset] = _item_mistake(exc, self.argument, start + offset)
            sent = [i for i in sent if i not in refused]
            if not sent:
                return _Chunk(number, start, items, [], refused, None, "", [])
            parts, content = self._encode([items[i] for i in sent])
        wire = (parts.json or {}).get(self.field, []) if isinstance(parts.json, dict) else []
        return _Chunk(
            number,
            start,
            items,
            sent if refused else None,
            refused,
            parts,
            self._key(number, content, (start, start + len(items)) if part else None),
            list(wire),
        )


def _item_mistake(exc: Exception, argument: str, index: int) -> Exception:
    return type(exc)(f"{argument}[{index}]: {exc}")


# -- splitting Novu's answer per item ----------------------------------------------------------
def _subscriber_id(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        found = value.get("subscriberId")
        return found if isinstance(found, str) else None
    for attr in ("subscriber_id", "subscriber"):
        found = getattr(value, attr, None)
        if isinstance(found, str):
            return found
        if found is not None and attr == "subscriber":
            return _subscriber_id(found)
    return None


def _entry_failure(value: Any) -> BulkItemError | None:
    """A per-item entry that says the item was not processed (`acknowledged: false`, an error
    list, or a documented status other than `processed`)."""
    import enum

    errors = getattr(value, "error", None)
    status = getattr(value, "status", None)
    acknowledged = getattr(value, "acknowledged", True)
    failed_status = isinstance(status, enum.Enum) and str(status.value) != "processed"
    if acknowledged is False or (isinstance(errors, list) and errors) or failed_status:
        reason = "; ".join(str(e) for e in errors) if isinstance(errors, list) and errors else ""
        code = str(status.value if isinstance(status, enum.Enum) else status) if status else None
        return BulkItemError(
            reason or f"Novu did not process this item (status {code})", code=code, value=value
        )
    return None


_SUCCESS_LISTS = ("created", "updated", "data")
_FAILURE_LISTS = ("failed", "errors")


def _split(parsed: Any, wire: list[Any]) -> list[tuple[Any, Exception | None]]:
    """(value, error) per sent item, in request order."""
    if isinstance(parsed, list):
        if len(parsed) != len(wire):
            error = BulkItemError(
                f"Novu answered {len(parsed)} results for the {len(wire)} items of this request"
            )
            return [(None, error)] * len(wire)
        return [(value, _entry_failure(value)) for value in parsed]
    lists = [a for a in (*_SUCCESS_LISTS, *_FAILURE_LISTS) if isinstance(getattr(parsed, a, None), list)]
    ids = [_subscriber_id(item) for item in wire]
    if not lists or None in ids:
        return [(parsed, None)] * len(wire)  # nothing to match items by: the answer is the chunk's
    found: dict[str, tuple[Any, Exception | None]] = {}
    for attr in lists:
        for entry in getattr(parsed, attr):
            sid = _subscriber_id(entry)
            if sid is None or sid in found:
                continue
            if attr in _FAILURE_LISTS:
                message = getattr(entry, "message", None)
                code = getattr(entry, "code", None)
                found[sid] = (
                    None,
                    BulkItemError(
                        str(message) if message else f"Novu reported this item in '{attr}'",
                        code=str(code) if isinstance(code, str) else None,
                        value=entry,
                    ),
                )
            else:
                found[sid] = (entry, None)
    missing = BulkItemError("Novu's answer does not mention this item")
    return [found.get(sid, (None, missing)) for sid in ids if sid is not None]


# -- rate limits -------------------------------------------------------------------------------
class _Pacer:
    """Slows sending before Novu's window is spent, from the RateLimit headers of every answer.

    `reserve` requests may be in flight at once, so pacing starts when fewer than that are left.
    """

    def __init__(self, reserve: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.reserve = reserve
        self.clock = clock
        self.lock = threading.Lock()
        self.remaining: int | None = None
        self.reset_at = 0.0

    def update(self, headers: httpx.Headers | None) -> None:
        if headers is None:
            return
        remaining = _flow.header_seconds(headers.get("ratelimit-remaining"))
        if remaining is None:
            return
        reset = _flow.rate_limit_reset(headers, time.time())
        with self.lock:
            self.remaining = int(remaining)
            self.reset_at = self.clock() + (reset if reset is not None else 1.0)

    def wait(self) -> float:
        """Seconds to wait before the next send (and count it against the window)."""
        with self.lock:
            now = self.clock()
            if self.remaining is None or now >= self.reset_at:
                self.remaining = None
                return 0.0
            left = self.reset_at - now
            if self.remaining > self.reserve:
                self.remaining -= 1
                return 0.0
            if self.remaining > 0:
                # Spread the last few over what is left of the window.
                self.remaining -= 1
                return min(_LONGEST_PACE, left / (self.remaining + 2))
            self.remaining = None  # the next answer tells us the new window
            return min(_LONGEST_PACE, left)


# -- one chunk's outcome -----------------------------------------------------------------------
class _Reader:
    """How a chunk's answer is read. An answer that is a list of entries (one per item, in
    request order) is checked when it arrives (a list, one entry per item) and kept as parsed
    JSON: when every entry says its item was processed, the results are made from that and the
    entries are decoded into models when a result's `value` is first read; otherwise (and with
    strict_responses, and for other answers) the operation's own decoder reads it at once."""

    def __init__(self, module: ModuleType, entry: Any) -> None:
        self.decode: Callable[[Any, bool], Any] = module._parse
        self.facade: str = module.OPERATION.facade
        self.names: tuple[str | None, str | None, str | None] | None = None
        if entry is not None:
            wire = {f.python: f.wire for f in entry._SPEC.fields}
            # The fields `_entry_failure` reads on a decoded entry, by their wire names.
            self.names = (wire.get("acknowledged"), wire.get("status"), wire.get("error"))

    def parse(self, data: Any, strict: bool) -> Any:
        if strict or self.names is None or data.__class__ is not list:
            return self.decode(data, strict)
        return _Answer(data, self)

    def processed(self, data: list[Any]) -> bool:
        """Whether every entry says its item was processed, read as `_entry_failure` reads the
        decoded entries (anything less plain is left to the decoded reading)."""
        assert self.names is not None
        acknowledged, status, error = self.names
        for entry in data:
            if entry.__class__ is not dict:
                return False
            if acknowledged is not None and entry.get(acknowledged) is False:
                return False
            if error is not None and entry.get(error):
                return False
            if status is not None and entry.get(status, "processed") != "processed":
                return False
        return True


class _Answer:
    """A list answer, read when it arrives, decoded into models when a value is first asked for.

    Until then it holds the response body's bytes rather than its parsed JSON: a run's results
    (kept by a caller until the run ends) then hold one bytes object per request instead of a
    dict per entry for the garbage collector to walk over and over."""

    __slots__ = ("data", "reader", "content", "status", "headers", "values")

    def __init__(self, data: list[Any], reader: _Reader) -> None:
        self.data: list[Any] | None = data
        self.reader = reader
        self.content = b""
        self.status = 0
        self.headers: httpx.Headers | None = None
        self.values: list[Any] | None = None

    def keep(self, response: Any) -> None:
        """Drop the parsed entries; keep the body they came from (a `novu_api.Response`)."""
        self.content, self.status, self.headers = response.content, response.status_code, response.headers
        self.data = None

    def decoded(self) -> list[Any]:
        if self.values is not None:
            return self.values
        try:
            data = self.data
            if data is None:
                # The same bytes parse to the same entries: the list itself, or the `data` of
                # the envelope it came in (what the client unwrapped when it arrived).
                body = json.loads(self.content)
                data = body["data"] if body.__class__ is dict else body
            values: list[Any] = self.reader.decode(data, False)
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:
            # The decoders record what does not fit (they raise only for a body that cannot be
            # the declared list, which was checked on arrival); a slip is still the documented error.
            import httpx

            from .errors import ResponseValidationError

            response = httpx.Response(self.status or 200, headers=self.headers, content=self.content)
            raise ResponseValidationError(
                f"the answer to {self.reader.facade} could not be decoded ({type(exc).__name__}: {exc})",
                response=response,
                raw_text=response.text,
            ) from exc
        self.values = values
        self.data = self.headers = None
        self.content = b""
        return values


@dataclass
class _Outcome:
    response: Any = None  # novu_api.Response
    error: Exception | None = None


def _results(plan: _Plan, chunk: _Chunk, outcome: _Outcome | None) -> tuple[list[BulkResult[Any]], int]:
    """One result per item of the chunk, in input order, and how many of them failed."""
    items, start, number, refused = chunk.items, chunk.start, chunk.number, chunk.refused
    if outcome is None:  # every item was refused: nothing was sent
        refusals: list[BulkResult[Any]] = [
            BulkResult(start + o, item, None, refused[o], number) for o, item in enumerate(items)
        ]
        return refusals, len(items)
    key = chunk.key
    response = outcome.response
    replayed = response is not None and response.replayed
    offsets: Iterable[int] = range(len(items)) if chunk.sent is None else chunk.sent
    out: list[BulkResult[Any]] = [BulkResult(0, None)] * len(items)
    for offset, mistake in refused.items():
        out[offset] = BulkResult(start + offset, items[offset], None, mistake, number)
    failed = len(refused)
    error = outcome.error
    per: list[tuple[Any, Exception | None]] | None = None
    if error is None:
        assert response is not None  # an outcome holds a response or an error
        parsed = response.parsed
        if parsed.__class__ is _Answer:
            data = parsed.data
            if data is not None and len(data) == len(chunk.wire) and plan.reader.processed(data):
                parsed.keep(response)
                new = object.__new__
                for position, offset in enumerate(offsets):
                    result = new(BulkResult)
                    result.index = start + offset
                    result.item = items[offset]
                    result._value = position  # decoded from `parsed` when first read
                    result._answer = parsed
                    result.error = None
                    result.chunk = number
                    result.idempotency_key = key
                    result.replayed = replayed
                    out[offset] = result
                return out, failed
            try:
                parsed = parsed.decoded()
            except NovuError as exc:
                error = exc
        if error is None:
            per = _split(parsed, chunk.wire)
    if per is None:
        for offset in offsets:
            out[offset] = BulkResult(start + offset, items[offset], None, error, number, key, replayed)
        return out, failed + len(out) - len(refused)
    for offset, (value, item_error) in zip(offsets, per, strict=True):
        out[offset] = BulkResult(start + offset, items[offset], value, item_error, number, key, replayed)
        failed += item_error is not None
    return out, failed


# -- a request Novu refuses as too large -------------------------------------------------------
_Sent = list[tuple[_Chunk, _Outcome | None]]  # the parts of a chunk, each with its outcome


def _in_parts(plan: _Plan, chunk: _Chunk) -> Generator[_Chunk, _Outcome, tuple[_Sent, int]]:
    """How a chunk is sent: the driver sends each chunk this yields and sends back its outcome.
    When Novu answers 413 Payload Too Large for a request of more than one item, its items are
    cut in halves, each checked, keyed (by its range of the input) and sent the same way, down
    to single items: only an item too large on its own fails for it. Returns the parts in input
    order with their outcomes (None: every item refused, nothing sent), and how many requests
    were answered."""
    done: _Sent = []
    todo = [chunk]  # a stack: the first half is sent first
    answered = 0
    while todo:
        part = todo.pop()
        if part.parts is None:
            done.append((part, None))
            continue
        outcome = yield part
        answered += 1
        if len(part.wire) > 1 and isinstance(outcome.error, PayloadTooLargeError):
            half = len(part.items) // 2
            todo.append(plan._chunk(part.number, part.start + half, part.items[half:], part=True))
            todo.append(plan._chunk(part.number, part.start, part.items[:half], part=True))
            continue
        done.append((part, outcome))
    return done, answered


def _send_parts(
    client: Novu, plan: _Plan, chunk: _Chunk, pacer: _Pacer, options: dict[str, Any]
) -> tuple[_Sent, int]:
    flow = _in_parts(plan, chunk)
    try:
        part = next(flow)
        while True:
            part = flow.send(_send(client, plan, part, pacer, options))
    except StopIteration as stop:
        return stop.value  # type: ignore[no-any-return]


async def _send_parts_async(
    client: AsyncNovu, plan: _Plan, chunk: _Chunk, pacer: _Pacer, options: dict[str, Any]
) -> tuple[_Sent, int]:
    flow = _in_parts(plan, chunk)
    try:
        part = next(flow)
        while True:
            part = flow.send(await _send_async(client, plan, part, pacer, options))
    except StopIteration as stop:
        return stop.value  # type: ignore[no-any-return]


def _gathered(plan: _Plan, sent: _Sent, answered: int) -> _Done:
    """The results of a chunk's parts, in input order, for the progress report too."""
    results: list[BulkResult[Any]] = []
    failed = replayed = 0
    for part, outcome in sent:
        part_results, part_failed = _results(plan, part, outcome)
        results += part_results
        failed += part_failed
        replayed += bool(outcome and outcome.response is not None and outcome.response.replayed)
    return results, failed, answered, replayed


def _headers_of(error: Exception) -> httpx.Headers | None:
    headers = getattr(error, "headers", None)
    return headers if headers is not None and hasattr(headers, "get") else None


# -- progress ----------------------------------------------------------------------------------
class _Progress:
    def __init__(self, total: int | None, callback: ProgressCallback | None, bar: bool) -> None:
        self.total = total
        self.callback = callback
        self.started = time.monotonic()
        self.done = self.failed = self.requests = self.replayed = 0
        self.bar: Any = None
        self.line = False
        if bar:
            import importlib

            try:
                tqdm = importlib.import_module("tqdm")  # optional: never a dependency
            except ImportError:
                self.line = True  # a plain status line on stderr instead
            else:
                self.bar = tqdm.tqdm(total=total, unit="item", dynamic_ncols=True)

    def chunk(self, results: list[BulkResult[Any]], failed: int, answered: int, replayed: int) -> None:
        self.done += len(results)
        self.failed += failed
        self.requests += answered
        self.replayed += replayed
        if self.bar is not None:
            self.bar.update(len(results))
            if self.failed:
                self.bar.set_postfix(failed=self.failed, refresh=False)
        report = BulkProgress(
            self.done,
            self.failed,
            self.total,
            self.requests,
            self.replayed,
            time.monotonic() - self.started,
        )
        if self.line:
            of = f"/{self.total}" if self.total is not None else ""
            sys.stderr.write(f"\r{self.done}{of} items, {self.failed} failed, {report.rate:,.0f}/s")
            sys.stderr.flush()
        if self.callback is not None:
            self.callback(report)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
        elif self.line and self.done:
            sys.stderr.write("\n")


def _check_options(concurrency: Any, on_progress: Any, progress: Any) -> int:
    if (
        isinstance(concurrency, bool)
        or not isinstance(concurrency, int)
        or not 1 <= concurrency <= MAX_CONCURRENCY
    ):
        raise ValueError(f"concurrency must be an int from 1 to {MAX_CONCURRENCY}, got {concurrency!r}")
    if on_progress is not None and not callable(on_progress):
        raise TypeError(f"on_progress must be callable, got {type(on_progress).__name__}")
    if not isinstance(progress, bool):
        raise TypeError(f"progress must be a bool, got {type(progress).__name__}")
    return concurrency


# -- the drivers -------------------------------------------------------------------------------
def send_many(
    client: Novu,
    module: ModuleType,
    items: Iterable[Any],
    *,
    argument: str,
    path: Mapping[str, Any] | None = None,
    run_key: str | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    on_progress: ProgressCallback | None = None,
    progress: bool = False,
    options: Mapping[str, Any] | None = None,
) -> Iterator[BulkResult[Any]]:
    """The sync bulk driver; arguments are checked now, sending starts at the first `next()`."""
    workers = _check_options(concurrency, on_progress, progress)
    plan = _Plan(module, items, path or {}, run_key, argument)
    return _drive(client, plan, workers, on_progress, progress, dict(options or {}))


def _send(client: Novu, plan: _Plan, chunk: _Chunk, pacer: _Pacer, options: dict[str, Any]) -> _Outcome:
    assert chunk.parts is not None
    delay = pacer.wait()
    if delay > 0:
        _client._sleep(delay)
    op = plan.module.OPERATION
    try:
        response = client._request(op, chunk.parts, plan.reader.parse, idempotency_key=chunk.key, **options)
    except NovuError as exc:
        pacer.update(_headers_of(exc))
        return _Outcome(error=exc)
    pacer.update(response.headers)
    return _Outcome(response=response)


_Done = tuple[list[BulkResult[Any]], int, int, int]  # results, failed, requests answered, replayed


def _work(
    client: Novu,
    plan: _Plan,
    piece: tuple[int, int, list[Any]],
    pacer: _Pacer,
    options: dict[str, Any],
) -> _Done:
    """One chunk from its items to its results, in a worker of the pool: the reading thread
    only reads the input and hands results out, as a plain thread-pool loop would."""
    return _gathered(plan, *_send_parts(client, plan, plan._chunk(*piece), pacer, options))


def _drive(
    client: Novu,
    plan: _Plan,
    workers: int,
    on_progress: ProgressCallback | None,
    bar: bool,
    options: dict[str, Any],
) -> Iterator[BulkResult[Any]]:
    from concurrent.futures import Future, ThreadPoolExecutor

    pacer = _Pacer(workers)
    tracker = _Progress(plan.total, on_progress, bar)
    slices = plan.slices()
    client._http  # noqa: B018  (the connection pool is made here, not by two threads at once)
    # With one worker there is nothing to overlap: the chunks are sent from this thread.
    pool = ThreadPoolExecutor(workers, thread_name_prefix="novu-bulk") if workers > 1 else None
    window: deque[Future[_Done] | tuple[int, int, list[Any]]] = deque()

    failed_input: list[Exception] = []  # the input failed: sending stops, what was sent is reported

    def fill() -> None:
        while len(window) < workers and not failed_input:
            try:
                piece = next(slices, None)
            except Exception as exc:  # raised once the chunks already sent are reported
                failed_input.append(exc)
                return
            if piece is None:
                return
            window.append(piece if pool is None else pool.submit(_work, client, plan, piece, pacer, options))

    try:
        fill()
        while window:
            pending = window.popleft()
            if isinstance(pending, tuple):
                done = _work(client, plan, pending, pacer, options)
            else:
                done = pending.result()
            fill()  # keep the pool busy while the caller reads this chunk's results
            results, failed, answered, replayed = done
            tracker.chunk(results, failed, answered, replayed)
            yield from results
        if failed_input:
            raise failed_input[0]
    finally:
        if pool is not None:
            # Stopped early: chunks not started are dropped; those in flight finish (a request
            # cannot be taken back), and a re-run with the same run_key replays them.
            pool.shutdown(wait=True, cancel_futures=True)
        tracker.close()


def send_many_async(
    client: AsyncNovu,
    module: ModuleType,
    items: Iterable[Any],
    *,
    argument: str,
    path: Mapping[str, Any] | None = None,
    run_key: str | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    on_progress: ProgressCallback | None = None,
    progress: bool = False,
    options: Mapping[str, Any] | None = None,
) -> AsyncIterator[BulkResult[Any]]:
    """The async bulk driver; arguments are checked now, sending starts at the first `__anext__()`."""
    tasks = _check_options(concurrency, on_progress, progress)
    plan = _Plan(module, items, path or {}, run_key, argument)
    return _drive_async(client, plan, tasks, on_progress, progress, dict(options or {}))


async def _send_async(
    client: AsyncNovu, plan: _Plan, chunk: _Chunk, pacer: _Pacer, options: dict[str, Any]
) -> _Outcome:
    assert chunk.parts is not None
    delay = pacer.wait()
    if delay > 0:
        await _client._async_sleep(delay)
    op = plan.module.OPERATION
    try:
        response = await client._request(
            op, chunk.parts, plan.reader.parse, idempotency_key=chunk.key, **options
        )
    except NovuError as exc:
        pacer.update(_headers_of(exc))
        return _Outcome(error=exc)
    pacer.update(response.headers)
    return _Outcome(response=response)


async def _drive_async(
    client: AsyncNovu,
    plan: _Plan,
    tasks: int,
    on_progress: ProgressCallback | None,
    bar: bool,
    options: dict[str, Any],
) -> AsyncIterator[BulkResult[Any]]:
    import asyncio

    pacer = _Pacer(tasks)
    tracker = _Progress(plan.total, on_progress, bar)
    chunks = plan.chunks()
    window: deque[tuple[_Chunk, asyncio.Task[tuple[_Sent, int]] | None]] = deque()
    loop = asyncio.get_running_loop()
    # The next chunk, made while the window is full and a request waits for its answer: its
    # items are checked and encoded while the server works, not after the answer (at
    # concurrency 1 nothing else would fill that wait). An error reading the input is kept here
    # and raised where the chunk would have been taken.
    ahead: list[_Chunk | None | Exception] = []
    failed_input: list[Exception] = []  # the input failed: sending stops, what was sent is reported
    running = True  # False once the driver stops: nothing more is read from the input

    def prepare() -> None:
        if ahead or len(window) < tasks or not running:
            return  # already made, `fill` takes the next chunk itself, or stopped
        try:
            ahead.append(next(chunks, None))
        except Exception as exc:  # the caller's input or an item check failed: raised by `take`
            ahead.append(exc)

    async def waiting(name: str, info: dict[str, Any]) -> None:
        # httpcore's trace: the request is written and its answer's headers are awaited.
        if name.endswith(".receive_response_headers.started"):
            loop.call_soon(prepare)

    def take() -> _Chunk | None:
        if not ahead:
            return next(chunks, None)
        found = ahead.pop()
        if isinstance(found, Exception):
            raise found
        return found

    def fill() -> None:
        while len(window) < tasks and not failed_input:
            try:
                chunk = take()
            except Exception as exc:  # raised once the chunks already sent are reported
                failed_input.append(exc)
                return
            if chunk is None:
                return
            task = None
            if chunk.parts is not None:
                token = _client.AWAITING_ANSWER.set(waiting)  # the task copies the context now
                try:
                    task = asyncio.ensure_future(_send_parts_async(client, plan, chunk, pacer, options))
                finally:
                    _client.AWAITING_ANSWER.reset(token)
            window.append((chunk, task))

    try:
        fill()
        while window:
            chunk, task = window[0]  # in the window while awaited: it is full, `prepare` may run
            unsent: _Sent = [(chunk, None)]  # every item refused: nothing to send
            sent = await task if task is not None else (unsent, 0)
            window.popleft()
            fill()
            results, failed, answered, replayed = _gathered(plan, *sent)
            tracker.chunk(results, failed, answered, replayed)
            for result in results:
                yield result
        if failed_input:
            raise failed_input[0]
    finally:
        running = False
        pending = [task for _, task in window if task is not None]
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.gather(*pending, return_exceptions=True)
        tracker.close()
