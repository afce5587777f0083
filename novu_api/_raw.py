"""Typed raw responses: `novu.with_raw_response.<path>(...)` is the plain call, with its HTTP response.

A raw method is the facade method wrapped once (`raw(method)`), typed with a ParamSpec: it takes
exactly the plain method's arguments, so a type checker checks them the same way, and returns
`RawResponse[T]` where the plain method returns `T`. `.parsed` is the value the plain call
returns (the page, for a paginated operation); status, headers and body are those of the response
that value came from (the first page's, for a paginated call).

The wrapper runs the plain call with a capture slot set in a context variable; the client's
request pipeline puts each call's `Response` into the slot, and the first one is kept. Context
variables follow a call into its `await`s, so the async clients work the same way.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import Any, ParamSpec, TypeVar

from ._types import Response

P = ParamSpec("P")
T = TypeVar("T")

RawResponse = Response
"""What a raw call returns: `status_code`, `headers`, `content`, `http_response`, and `parsed`."""

_SLOT: ContextVar[list[Response[Any]] | None] = ContextVar("novu_api_raw_response", default=None)


def record(response: Response[T]) -> Response[T]:
    """Called by the request pipeline with every call's response; keeps the first of a raw call."""
    slot = _SLOT.get()
    if slot is not None and not slot:
        slot.append(response)
    return response


def _raw_of(value: T, slot: list[Response[Any]], name: str) -> Response[T]:
    if not slot:  # every facade method sends through the pipeline; this is a wiring slip
        raise RuntimeError(f"{name} returned without sending a request: no raw response to give")
    first = slot[0]
    return Response(first.status_code, first.headers, first.content, value, first.http_response)


def raw(method: Callable[P, T]) -> Callable[P, Response[T]]:
    """The raw form of a sync facade method."""

    @functools.wraps(method)
    def call(*args: P.args, **kwargs: P.kwargs) -> Response[T]:
        slot: list[Response[Any]] = []
        token = _SLOT.set(slot)
        try:
            value = method(*args, **kwargs)
        finally:
            _SLOT.reset(token)
        return _raw_of(value, slot, method.__qualname__)

    return call


def async_raw(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[Response[T]]]:
    """The raw form of an async facade method."""

    @functools.wraps(method)
    async def call(*args: P.args, **kwargs: P.kwargs) -> Response[T]:
        slot: list[Response[Any]] = []
        token = _SLOT.set(slot)
        try:
            value = await method(*args, **kwargs)
        finally:
            _SLOT.reset(token)
        return _raw_of(value, slot, method.__qualname__)

    return call
