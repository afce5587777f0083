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
"""

from __future__ import annotations

import hashlib
import itertools
import sys
import threading
import time
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping, Sized
from dataclasses import dataclass, replace
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from . import _client, _codec, _flow
from .errors import NovuError

if TYPE_CHECKING:
    import httpx

    from ._client import AsyncNovu, Novu
    from ._operation import RequestParts

T = TypeVar("T")

DEFAULT_CONCURRENCY = 4
MAX_CONCURRENCY = 64
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


@dataclass(slots=True)
class BulkResult(Generic[T]):
    """The outcome of one input item.

    `index` is its position in the input, `item` what was given, `value` Novu's answer for it
    (None when it failed), `error` why it failed: the `NovuError` of its whole chunk (status,
    connection, ...), a `BulkItemError` when Novu reported this item alone as failed, or the
    `TypeError` / `ValueError` that kept it from being sent at all. `chunk` is the number of the
    request that carried it, `idempotency_key` that request's key, `replayed` whether Novu
    answered from its idempotency store (the chunk was processed by an earlier run).
    """

    index: int
    item: Any
    value: T | None = None
    error: Exception | None = None
    chunk: int = 0
    idempotency_key: str | None = None
    replayed: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None


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


# -- chunks ------------------------------------------------------------------------------------
@dataclass
class _Chunk:
    number: int
    start: int  # input index of its first item
    items: list[Any]  # as given
    sent: list[int]  # offsets (into items) of the items in the request
    refused: dict[int, Exception]  # offset -> the caller mistake that kept the item out
    parts: RequestParts | None  # None when no item could be sent
    key: str
    wire: list[Any]  # the sent items' JSON, in request order


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
        module._parts(**self.path, body={self.field: []})  # path arguments checked before anything is sent

    def chunks(self) -> Iterator[_Chunk]:
        source = iter(self.items)
        start = 0
        for number in itertools.count():
            items = list(itertools.islice(source, self.limit))
            if not items:
                return
            yield self._chunk(number, start, items)
            start += len(items)

    def _encode(self, items: list[Any]) -> tuple[RequestParts, bytes]:
        parts: RequestParts = self.module._parts(**self.path, body={self.field: items})
        # Serialised once, as the client would: the key is made from the bytes that are sent.
        content = _codec.json_bytes(parts.json)
        return replace(parts, content=content), content

    def _chunk(self, number: int, start: int, items: list[Any]) -> _Chunk:
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
        digest = hashlib.sha256(self.seed + f"{number}\n".encode() + content).hexdigest()
        key = f"bulk-{number}-{digest[:40]}"
        wire = (parts.json or {}).get(self.field, []) if isinstance(parts.json, dict) else []
        return _Chunk(number, start, items, sent, refused, parts, key, list(wire))


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
@dataclass
class _Outcome:
    response: Any = None  # novu_api.Response
    error: Exception | None = None


def _results(chunk: _Chunk, outcome: _Outcome | None) -> list[BulkResult[Any]]:
    out: list[BulkResult[Any]] = [BulkResult(0, None)] * len(chunk.items)
    for offset, mistake in chunk.refused.items():
        out[offset] = BulkResult(chunk.start + offset, chunk.items[offset], None, mistake, chunk.number)
    if outcome is None:
        return out
    replayed = bool(outcome.response is not None and outcome.response.replayed)
    if outcome.error is not None:
        per: list[tuple[Any, Exception | None]] = [(None, outcome.error)] * len(chunk.sent)
    else:
        per = _split(outcome.response.parsed, chunk.wire)  # pyright: ignore[reportOptionalMemberAccess]
    for offset, (value, error) in zip(chunk.sent, per, strict=True):
        out[offset] = BulkResult(
            chunk.start + offset, chunk.items[offset], value, error, chunk.number, chunk.key, replayed
        )
    return out


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

    def chunk(self, results: list[BulkResult[Any]], answered: bool, replayed: bool) -> None:
        self.done += len(results)
        self.failed += sum(1 for r in results if r.error is not None)
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
        response = client._request(op, chunk.parts, plan.module._parse, idempotency_key=chunk.key, **options)
    except NovuError as exc:
        pacer.update(_headers_of(exc))
        return _Outcome(error=exc)
    pacer.update(response.headers)
    return _Outcome(response=response)


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
    chunks = plan.chunks()
    client._http  # noqa: B018  (the connection pool is made here, not by two threads at once)
    pool = ThreadPoolExecutor(workers, thread_name_prefix="novu-bulk") if workers > 1 else None
    window: deque[tuple[_Chunk, Future[_Outcome] | None]] = deque()

    def fill() -> None:
        while len(window) < workers:
            chunk = next(chunks, None)
            if chunk is None:
                return
            if chunk.parts is None or pool is None:
                window.append((chunk, None))
            else:
                window.append((chunk, pool.submit(_send, client, plan, chunk, pacer, options)))

    try:
        fill()
        while window:
            chunk, future = window.popleft()
            if future is not None:
                outcome: _Outcome | None = future.result()
            elif chunk.parts is not None:
                outcome = _send(client, plan, chunk, pacer, options)
            else:
                outcome = None
            fill()  # keep the pool busy while the caller reads this chunk's results
            results = _results(chunk, outcome)
            tracker.chunk(
                results,
                outcome is not None,
                bool(outcome and outcome.response is not None and outcome.response.replayed),
            )
            yield from results
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
            op, chunk.parts, plan.module._parse, idempotency_key=chunk.key, **options
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
    window: deque[tuple[_Chunk, asyncio.Task[_Outcome] | None]] = deque()

    def fill() -> None:
        while len(window) < tasks:
            chunk = next(chunks, None)
            if chunk is None:
                return
            task = (
                None
                if chunk.parts is None
                else asyncio.ensure_future(_send_async(client, plan, chunk, pacer, options))
            )
            window.append((chunk, task))

    try:
        fill()
        while window:
            chunk, task = window.popleft()
            outcome = await task if task is not None else None
            fill()
            results = _results(chunk, outcome)
            tracker.chunk(
                results,
                outcome is not None,
                bool(outcome and outcome.response is not None and outcome.response.replayed),
            )
            for result in results:
                yield result
    finally:
        pending = [task for _, task in window if task is not None]
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.gather(*pending, return_exceptions=True)
        tracker.close()
