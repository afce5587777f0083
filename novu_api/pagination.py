"""Page objects for every paginated operation, sync and async.

A paginated call returns the first page. `page.data` holds its items, `page.response` the
page DTO; iterating the page yields the items of this page and every following one, fetched
lazily (`async for` on the async client), keeping one page in memory at a time.

Styles, as the generator detects them from the spec (see the registry's `pagination`):
- cursor: request `after`/`before`, response `next`/`previous`  (e.g. /v2/subscribers)
- page:   request `page`, response `hasMore`                    (e.g. /v1/messages)
- offset: request `offset`, response `totalCount` or `hasMore`  (e.g. /v2/workflows)
Iteration stops at the last page, on an empty page, and on a cursor already seen, so a
misbehaving server cannot make it loop forever.
"""

from __future__ import annotations

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
        self._seen = seen

    @property
    def style(self) -> str:
        return str(self._spec.get("style"))

    def _field(self, role: str) -> Any:
        name = self._spec.get("response", {}).get(role)
        if name is None:
            return None
        value = getattr(self.response, _attr(name), None)
        return None if value is UNSET else value

    @property
    def data(self) -> list[T]:
        items = getattr(self.response, _attr(self._spec.get("items", "data")), None)
        return list(items) if isinstance(items, list) else []

    @property
    def total_count(self) -> int | None:
        total = self._field("total")
        return int(total) if isinstance(total, (int, float)) and not isinstance(total, bool) else None

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

    def _current_number(self, role: str) -> int:
        value = (self._parts.params or {}).get(self._param(role))
        try:
            return int(value) if value is not None else 0
        except (TypeError, ValueError):
            return 0

    def _next_parts(self) -> RequestParts | None:
        """The request for the next page, or None at the end."""
        items = self.data
        if not items:
            return None
        style = self.style
        if style == "cursor":
            cursor = self.next_cursor
            if cursor is None or cursor in self._seen:
                return None
            return self._parts.with_params(**{self._param("after"): cursor, self._param("before"): None})
        has_more = self._field("has_more")
        if style == "page":
            if has_more is not True:
                return None
            return self._parts.with_params(**{self._param("page"): self._current_number("page") + 1})
        if style == "offset":
            offset = self._current_number("offset") + len(items)
            total = self.total_count
            if has_more is False or (has_more is None and (total is None or offset >= total)):
                return None
            return self._parts.with_params(**{self._param("offset"): offset})
        return None

    def has_next_page(self) -> bool:
        return self._next_parts() is not None

    def _seen_after(self) -> frozenset[str]:
        cursor = self.next_cursor
        return self._seen | {cursor} if cursor else self._seen

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._op.facade}, items={len(self.data)}, has_next_page={self.has_next_page()})"


class SyncPage(_PageBase[T]):
    """One page of results; iterate it for every item across all pages."""

    _client: Novu

    def next_page(self) -> SyncPage[T]:
        parts = self._next_parts()
        if parts is None:
            raise StopIteration("no next page")
        response = self._client._request(self._op, parts, self._parse, **self._options)
        return SyncPage(self._client, self._op, parts, self._parse, self._options, response, self._seen_after())

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        page: SyncPage[T] | None = self
        while page is not None:
            yield page
            page = page.next_page() if page.has_next_page() else None

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.data


class AsyncPage(_PageBase[T]):
    """One page of results; `async for` over it yields every item across all pages."""

    _client: AsyncNovu

    async def next_page(self) -> AsyncPage[T]:
        parts = self._next_parts()
        if parts is None:
            raise StopAsyncIteration("no next page")
        response = await self._client._request(self._op, parts, self._parse, **self._options)
        return AsyncPage(self._client, self._op, parts, self._parse, self._options, response, self._seen_after())

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        page: AsyncPage[T] | None = self
        while page is not None:
            yield page
            page = (await page.next_page()) if page.has_next_page() else None

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item
