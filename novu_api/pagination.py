"""Page objects for every paginated operation, sync and async.

A paginated call returns the first page. `page.data` holds its items, `page.response` the
page DTO, `page.total_count` the total when the API gives one; iterating the page yields the
items of this page and every following one, fetched lazily (`async for` on the async client),
keeping one page in memory at a time; past the first page each item is made when the
iteration reaches it (`_Stream`). `iter_pages()` yields the pages themselves.

Styles, as the generator detects them from the spec (see the registry's `pagination`):
- cursor: request `after`/`before`, response `next`/`previous`  (e.g. /v2/subscribers, /v2/topics)
- page:   request `page`, response `hasMore`                    (e.g. /v1/messages, subscriber feed)
- offset: request `offset`, response `totalCount` or `hasMore`  (e.g. /v2/workflows, /v2/layouts)
Mixed operations take more than one of these. /v1/notifications pages by number; its
`after`/`before` are date filters, kept as given on every page. /v2/subscribers/{id}/notifications
pages by offset, or, when the caller passes `after`, by cursor: the next `after` is the id of the
last item (the response carries no cursor).

Iteration stops at the last page and on an empty page. It also stops, logging why on the
client's logger, when a misbehaving server would make it loop: a cursor already used, a page
number the server already sent, a window of items already served (a fresh cursor with the same
items, two pages served in turn, an ignored offset): INFO, since every item the server sent
was yielded once; and after `Limits.max_pages` pages (10,000 by default): WARNING, since the
result may be incomplete.
"""

from __future__ import annotations

import logging
import math
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from . import _codec
from ._operation import Operation, Parser, RequestParts
from ._types import UNSET, Response

if TYPE_CHECKING:
    from ._client import AsyncNovu, Novu

T = TypeVar("T")

__all__ = ["SyncPage", "AsyncPage"]


def _read(obj: Any, name: str) -> Any:
    """A page DTO's attribute, by the name the generator resolved (`Operation.pagination`); None if absent."""
    value = getattr(obj, name, None)
    return None if value is UNSET else value


def _check_items(op: Operation, response: Response[Any], items: Any) -> None:
    """A page without its list of items is not an empty page: it is a response of the wrong shape."""
    if isinstance(items, list):
        return
    from .errors import ResponseValidationError

    http = response.http_response
    raise ResponseValidationError(
        f"{op.facade}: the page has no list of items "
        f"(expected an array, got {'nothing' if items is None else type(items).__name__})",
        response=http,
        raw_text=http.text,
        json_path="$",
    )


def _number(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return int(number) if math.isfinite(number) else None


class _Trail:
    """What a chain of pages has seen, shared by its pages: each key maps to the depth (0 for the
    first page) where it first appeared, so that an older page asked again judges as it did."""

    __slots__ = ("cursors", "numbers", "windows")

    def __init__(self) -> None:
        self.cursors: dict[str, int] = {}  # `after` values requested
        self.numbers: dict[int, int] = {}  # page numbers the server said it sent
        self.windows: dict[int, int] = {}  # fingerprints of the items served


def _window(items: list[Any]) -> int:
    """A fingerprint of a page's items: their count and its first and last item, in full (an
    item not read yet is its wire object; a read one its attrs repr, which shows every field,
    unknown ones included). Two pages of a real listing never share both ends; reprs of two
    items, not of every item, keep it cheap on large pages, and only the hash is kept, so a long
    iteration holds a few bytes per page."""
    return hash((len(items), _codec.wire_repr(items[0]), _codec.wire_repr(items[-1])))


class _Stream:
    """How iterating a page's items fetches the pages after the first one: their items are kept
    as the wire objects they came as (the page DTO is decoded, checks included, without them) and
    each item is made when the iteration reaches it (`_codec.item_shells`), the pending item a
    page would have held. An item the caller drops is then freed at once: auto-pagination keeps
    one page of wire objects alive, not one object more per item, which also spares the cyclic
    garbage collector the collections that many young objects start. Those pages never leave
    the iterator; `iter_pages()` and `next_page()` give whole pages."""

    __slots__ = ("parse", "key", "cls", "operation", "wire")

    def __init__(self, parse: Parser, key: str, cls: Any, operation: str) -> None:
        self.parse = parse
        self.key = key
        self.cls = cls
        self.operation = operation
        self.wire: list[Any] | None = None  # the last page's items, set by each parse

    @classmethod
    def of(cls, page: _PageBase[Any]) -> _Stream | None:
        """For the pages after `page`, if its DTO holds its items as a list of one model."""
        spec = getattr(type(page.response), "_SPEC", None)
        if not isinstance(spec, _codec.ModelSpec):
            return None
        name = page._spec.get("items", "data")
        for field in spec.fields:
            item = field.spec
            if field.python == name and item[0] == "list" and _codec._tag(item[1]) == "model":
                return cls(page._parse, field.wire, item[1][1], page._op.facade)
        return None

    def __call__(self, data: Any, strict: bool) -> Any:
        # The operation's parser, on the body without its items when they can be kept as they
        # are: a list of objects, and not in strict mode (which decodes and checks all now).
        self.wire = None
        items = data.get(self.key) if data.__class__ is dict else None
        if strict or items.__class__ is not list or (items and set(map(type, items)) != {dict}):
            return self.parse(data, strict)
        data[self.key] = []
        try:
            parsed = self.parse(data, strict)
        finally:
            data[self.key] = items
        self.wire = items
        return parsed


class _PageBase(Generic[T]):
    def __init__(
        self,
        client: Any,
        op: Operation,
        parts: RequestParts,
        parse: Parser,
        options: dict[str, Any],
        response: Response[Any],
        trail: _Trail | None = None,
        depth: int = 0,
        stream: _Stream | None = None,
    ) -> None:
        self._client = client
        self._op = op
        self._parts = parts
        self._parse = parse
        self._options = options
        self.raw_response = response
        self.response = response.parsed
        self._spec: dict[str, Any] = dict(op.pagination or {})
        # Items kept as wire objects for the item iterator (`_Stream`), and the one item made
        # ahead of it (the last, when the next cursor is its id); None on every page a caller sees.
        self._stream = stream
        self._wire = None
        if stream is not None:  # the page takes its items: the stream holds no page's once past it
            self._wire, stream.wire = stream.wire, None
        self._last: Any = None
        _check_items(op, response, _read(self.response, self._spec.get("items", "data")))
        self._trail = trail = trail if trail is not None else _Trail()
        self._depth = depth
        limits = getattr(client, "limits", None)
        self._max_pages: int = getattr(limits, "max_pages", 10_000)
        # Cursors requested, including the caller's own starting `after`.
        start = (parts.params or {}).get(self._param("after"))
        if isinstance(start, str) and start:
            trail.cursors.setdefault(start, depth)
        number = _number(self._field("page"))
        self._number_first = depth if number is None else trail.numbers.setdefault(number, depth)
        items = self._items()
        self._window_first = trail.windows.setdefault(_window(items), depth) if items else depth

    @property
    def style(self) -> str:
        return str(self._spec.get("style"))

    def _field(self, role: str) -> Any:
        name = self._spec.get("response", {}).get(role)
        return None if name is None else _read(self.response, name)

    @property
    def data(self) -> list[T]:
        if self._wire is not None:
            return list(self._shells())
        items = _read(self.response, self._spec["items"])
        return list(items) if isinstance(items, list) else []

    def _items(self) -> list[Any]:
        """This page's items for its own bookkeeping (counted, the ends compared): the list the
        DTO holds, or the wire objects kept for the item iterator (`wire_repr` is the same)."""
        if self._wire is not None:
            return self._wire
        items = _read(self.response, self._spec["items"])
        return items if isinstance(items, list) else []

    def _last_item(self) -> Any:
        items = self._items()
        if self._wire is None or self._stream is None:
            return items[-1]
        if self._last is None:
            self._last = next(
                _codec.item_shells(self._stream.operation, self._stream.key, items[-1:], self._stream.cls)
            )
        return self._last

    def _shells(self) -> Iterator[Any]:
        """The items of a page fetched by the item iterator, made as they are reached."""
        stream, wire = self._stream, self._wire
        assert stream is not None and wire is not None
        return _codec.item_shells(stream.operation, stream.key, wire, stream.cls, self._last)

    def _release(self) -> None:
        """The item iterator is past this page: its wire objects go (the items it gave keep theirs)."""
        if self._wire is not None:
            self._wire = []

    @property
    def total_count(self) -> int | None:
        return _number(self._field("total"))

    @property
    def has_more(self) -> bool | None:
        value = self._field("has_more")
        return value if isinstance(value, bool) else None

    @property
    def next_cursor(self) -> str | None:
        value = self._field("next")
        return value if isinstance(value, str) and value else None

    @property
    def previous_cursor(self) -> str | None:
        value = self._field("previous")
        return value if isinstance(value, str) and value else None

    def _param(self, role: str) -> str:
        return str(self._spec.get("request", {}).get(role, role))

    def _current(self, role: str) -> int | None:
        return _number((self._parts.params or {}).get(self._param(role)))

    def _repeat(self) -> str | None:
        """Why this page is one the iteration has already seen, if it is."""
        if self._window_first < self._depth:
            return f"page {self._depth + 1} repeats the items of page {self._window_first + 1}"
        if self._number_first < self._depth:
            return f"page {self._depth + 1} carries the page number of page {self._number_first + 1}"
        return None

    def _stop_reason(self) -> str | None:
        """Why iteration must stop after this page though the server says there is more."""
        repeat = self._repeat()
        if repeat is not None:
            return repeat
        if self._depth + 1 >= self._max_pages:
            return f"reached Limits.max_pages ({self._max_pages})"
        return None

    def _next_parts(self) -> RequestParts | None:
        """The request for the next page, or None at the end."""
        items = self._items()
        if not items or self._stop_reason() is not None:
            return None
        style = self.style
        has_more = self.has_more
        if style == "cursor":
            return self._after(self.next_cursor)
        if style == "page":
            page = self._current("page")
            if page is None:
                page = _number(self._field("page")) or 0
            if has_more is None:  # no flag: compare what has been seen with the total
                total, size = self.total_count, _number(self._field("page_size")) or len(items)
                has_more = total is not None and (page + 1) * size < total
            if not has_more:
                return None
            return self._parts.with_params(**{self._param("page"): page + 1})
        if style == "offset":
            if has_more is False:
                return None
            if (self._parts.params or {}).get(self._param("after")) and self._field("next") is None:
                # Mixed (the subscriber inbox): the caller pages by cursor, the id of the last item.
                last = getattr(self._last_item(), "id", None)
                return self._after(last if isinstance(last, str) else None) if has_more else None
            offset = (self._current("offset") or 0) + len(items)
            total = self.total_count
            if has_more is None and (total is None or offset >= total):
                return None
            return self._parts.with_params(**{self._param("offset"): offset})
        return None

    def _after(self, cursor: str | None) -> RequestParts | None:
        if cursor is None or self._cursor_used(cursor):
            return None
        return self._parts.with_params(**{self._param("after"): cursor, self._param("before"): None})

    def _cursor_used(self, cursor: str) -> bool:
        return self._trail.cursors.get(cursor, self._depth + 1) <= self._depth

    def has_next_page(self) -> bool:
        return self._next_parts() is not None

    def _log_stop(self) -> None:
        """After the last page: a log line when the server's answers, not the data, ended it.

        INFO for a repeat (everything the server sent was yielded once), WARNING for the page
        limit (the server still had pages: the result may be incomplete).
        """
        reason = self._stop_reason()
        if reason is None and self._items() and self.style == "cursor":
            cursor = self.next_cursor
            if cursor is not None and self._cursor_used(cursor):
                reason = f"page {self._depth + 1} points back to a cursor already used"
        if reason is not None:
            logger = getattr(self._client, "logger", None)
            if logger is not None:
                level = logging.WARNING if reason.startswith("reached") else logging.INFO
                logger.log(
                    level,
                    "pagination of %s stopped after %d pages: %s",
                    self._op.facade,
                    self._depth + 1,
                    reason,
                )

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._op.facade}, items={len(self._items())}, has_next_page={self.has_next_page()})"


class SyncPage(_PageBase[T]):
    """One page of results; iterate it for every item across all pages."""

    _client: Novu

    def next_page(self) -> SyncPage[T]:
        """The following page; raises StopIteration when there is none (check `has_next_page()`)."""
        return self._following(None)

    def _following(self, stream: _Stream | None) -> SyncPage[T]:
        parts = self._next_parts()
        if parts is None:
            raise StopIteration("no next page")
        if stream is not None:
            self._release()
        response = self._client._request(self._op, parts, stream or self._parse, **self._options)
        return SyncPage(
            self._client,
            self._op,
            parts,
            self._parse,
            self._options,
            response,
            self._trail,
            self._depth + 1,
            stream,
        )

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        """This page and every following one, fetched one at a time (a repeated page is not yielded)."""
        return self._pages(None)

    def _pages(self, stream: _Stream | None) -> Iterator[SyncPage[T]]:
        page = self
        yield page
        while page.has_next_page():
            following = page._following(stream)
            if following._repeat() is not None:
                following._log_stop()
                return
            page = following
            yield page
        page._log_stop()

    def __iter__(self) -> Iterator[T]:
        for page in self._pages(_Stream.of(self)):
            yield from page.data if page._wire is None else page._shells()


class AsyncPage(_PageBase[T]):
    """One page of results; `async for` over it yields every item across all pages."""

    _client: AsyncNovu

    async def next_page(self) -> AsyncPage[T]:
        """The following page; raises StopAsyncIteration when there is none (check `has_next_page()`)."""
        return await self._following(None)

    async def _following(self, stream: _Stream | None) -> AsyncPage[T]:
        parts = self._next_parts()
        if parts is None:
            raise StopAsyncIteration("no next page")
        if stream is not None:
            self._release()
        response = await self._client._request(self._op, parts, stream or self._parse, **self._options)
        return AsyncPage(
            self._client,
            self._op,
            parts,
            self._parse,
            self._options,
            response,
            self._trail,
            self._depth + 1,
            stream,
        )

    def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        """This page and every following one, fetched one at a time (a repeated page is not yielded)."""
        return self._pages(None)

    async def _pages(self, stream: _Stream | None) -> AsyncIterator[AsyncPage[T]]:
        page = self
        yield page
        while page.has_next_page():
            following = await page._following(stream)
            if following._repeat() is not None:
                following._log_stop()
                return
            page = following
            yield page
        page._log_stop()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self._pages(_Stream.of(self)):
            for item in page.data if page._wire is None else page._shells():
                yield item

    if not TYPE_CHECKING:  # seen only at run time, so type checkers still reject a plain `for`

        def __iter__(self):
            raise TypeError(
                "an AsyncPage is iterated with `async for item in page` (or `page.data` for this page's items)"
            )
