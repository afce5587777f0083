"""Page objects for every paginated operation, sync and async.

A paginated call returns the first page. `page.data` holds its items, `page.response` the
page DTO, `page.total_count` the total when the API gives one; iterating the page yields the
items of this page and every following one, fetched lazily (`async for` on the async client),
keeping one page in memory at a time. `iter_pages()` yields the pages themselves.

Styles, as the generator detects them from the spec (see the registry's `pagination`):
- cursor: request `after`/`before`, response `next`/`previous`  (e.g. /v2/subscribers, /v2/topics)
- page:   request `page`, response `hasMore`                    (e.g. /v1/messages, subscriber feed)
- offset: request `offset`, response `totalCount` or `hasMore`  (e.g. /v2/workflows, /v2/layouts)
Mixed operations take more than one of these. /v1/notifications pages by number; its
`after`/`before` are date filters, kept as given on every page. /v2/subscribers/{id}/notifications
pages by offset, or, when the caller passes `after`, by cursor: the next `after` is the id of the
last item (the response carries no cursor).

Iteration stops at the last page, on an empty page, on a cursor already used and on a page
identical to the one before, so a misbehaving server cannot make it loop forever.
"""

from __future__ import annotations

import math
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._operation import Operation, Parser, RequestParts
from ._types import UNSET, Response

if TYPE_CHECKING:
    from ._client import AsyncNovu, Novu

T = TypeVar("T")

__all__ = ["SyncPage", "AsyncPage"]


def _attr(name: str) -> str:
    """Python attribute of a wire field name (`totalCount` -> `total_count`)."""
    return "".join("_" + c.lower() if c.isupper() else c for c in name).lstrip("_")


def _read(obj: Any, name: str) -> Any:
    """A page DTO's field by attribute or wire name (`next` is the attribute `next_`); None if absent."""
    for candidate in (name, _attr(name), _attr(name) + "_"):
        value = getattr(obj, candidate, None)
        if value is not None and value is not UNSET:
            return value
    return None


def _number(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return int(number) if math.isfinite(number) else None


class _PageBase(Generic[T]):
    def __init__(
        self,
        client: Any,
        op: Operation,
        parts: RequestParts,
        parse: Parser,
        options: dict[str, Any],
        response: Response[Any],
        seen: frozenset[str] = frozenset(),
    ) -> None:
        self._client = client
        self._op = op
        self._parts = parts
        self._parse = parse
        self._options = options
        self.raw_response = response
        self.response = response.parsed
        self._spec: dict[str, Any] = dict(op.pagination or {})
        # Cursors already requested, including the caller's own starting `after`.
        start = (parts.params or {}).get(self._param("after"))
        self._seen = seen | {start} if isinstance(start, str) and start else seen

    @property
    def style(self) -> str:
        return str(self._spec.get("style"))

    def _field(self, role: str) -> Any:
        name = self._spec.get("response", {}).get(role)
        return None if name is None else _read(self.response, name)

    @property
    def data(self) -> list[T]:
        items = _read(self.response, self._spec.get("items", "data"))
        return list(items) if isinstance(items, list) else []

    @property
    def total_count(self) -> int | None:
        return _number(self._field("total"))

    @property
    def has_more(self) -> bool | None:
        value = self._field("has_more")
        if value is None:
            value = _read(self.response, "hasMore")
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

    def _next_parts(self) -> RequestParts | None:
        """The request for the next page, or None at the end."""
        items = self.data
        if not items:
            return None
        style = self.style
        has_more = self.has_more
        if style == "cursor":
            return self._after(self.next_cursor)
        if style == "page":
            page = self._current("page")
            if page is None:
                page = _number(_read(self.response, "page")) or 0
            if has_more is None:  # no flag: compare what has been seen with the total
                total, size = self.total_count, _number(_read(self.response, "pageSize")) or len(items)
                has_more = total is not None and (page + 1) * size < total
            if not has_more:
                return None
            return self._parts.with_params(**{self._param("page"): page + 1})
        if style == "offset":
            if has_more is False:
                return None
            if (self._parts.params or {}).get(self._param("after")) and self._field("next") is None:
                # Mixed (the subscriber inbox): the caller pages by cursor, the id of the last item.
                last = getattr(items[-1], "id", None)
                return self._after(last if isinstance(last, str) else None) if has_more else None
            offset = (self._current("offset") or 0) + len(items)
            total = self.total_count
            if has_more is None and (total is None or offset >= total):
                return None
            return self._parts.with_params(**{self._param("offset"): offset})
        return None

    def _after(self, cursor: str | None) -> RequestParts | None:
        if cursor is None or cursor in self._seen:
            return None
        return self._parts.with_params(**{self._param("after"): cursor, self._param("before"): None})

    def has_next_page(self) -> bool:
        return self._next_parts() is not None

    def _same_as(self, other: _PageBase[Any]) -> bool:
        """A server that ignores the page parameter sends the same page again."""
        return self.raw_response.content == other.raw_response.content

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._op.facade}, items={len(self.data)}, has_next_page={self.has_next_page()})"


class SyncPage(_PageBase[T]):
    """One page of results; iterate it for every item across all pages."""

    _client: Novu

    def next_page(self) -> SyncPage[T]:
        """The following page; raises StopIteration when there is none (check `has_next_page()`)."""
        parts = self._next_parts()
        if parts is None:
            raise StopIteration("no next page")
        response = self._client._request(self._op, parts, self._parse, **self._options)
        return SyncPage(self._client, self._op, parts, self._parse, self._options, response, self._seen)

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        """This page and every following one, fetched one at a time."""
        page = self
        yield page
        while page.has_next_page():
            following = page.next_page()
            if following._same_as(page):
                return
            page = following
            yield page

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.data


class AsyncPage(_PageBase[T]):
    """One page of results; `async for` over it yields every item across all pages."""

    _client: AsyncNovu

    async def next_page(self) -> AsyncPage[T]:
        """The following page; raises StopAsyncIteration when there is none (check `has_next_page()`)."""
        parts = self._next_parts()
        if parts is None:
            raise StopAsyncIteration("no next page")
        response = await self._client._request(self._op, parts, self._parse, **self._options)
        return AsyncPage(self._client, self._op, parts, self._parse, self._options, response, self._seen)

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        """This page and every following one, fetched one at a time."""
        page = self
        yield page
        while page.has_next_page():
            following = await page.next_page()
            if following._same_as(page):
                return
            page = following
            yield page

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item

    if not TYPE_CHECKING:  # seen only at run time, so type checkers still reject a plain `for`

        def __iter__(self):
            raise TypeError(
                "an AsyncPage is iterated with `async for item in page` (or `page.data` for this page's items)"
            )
