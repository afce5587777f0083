"""Every public entry point, with hostile inputs and answers: each failure is the documented NovuError.

For every operation of the registry (valid arguments built from the pinned spec, as in
tests/test_facade_wire.py), through `Novu` and `AsyncNovu`:
- a closed client                                  -> ClientStateError
- a 70 KB query value (and path value, where the operation has a path parameter)
                                                   -> InvalidRequestError, nothing sent
- a 503 whose Retry-After date has an enormous year -> ServiceUnavailableError
- a 1 MB hostile HTML page on a 502                -> InternalServerError, a short message
- a gzip bomb (32 MB decoded from ~32 KB)          -> ResponseTooLargeError at max_decoded_bytes (2 MB here)
"""

from __future__ import annotations

import asyncio
import gzip
import inspect
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from novu_api import AsyncNovu, Limits, Novu, errors
from novu_api.operations import OPERATIONS, OperationEntry
from tests import spec_values
from tests.conftest import SECRET
from tests.test_facade_wire import build_call, python_name, resolve

HOSTILE_PAGE = "<!DOCTYPE html><html><head>" + ("<title>" + "<" * 20) * 37_000  # about 1 MB
BOMB = gzip.compress(b"0" * 32_000_000, compresslevel=6)
SMALL = Limits(max_decoded_bytes=2_000_000)


def answers(kind: str, sent: list[httpx.Request]) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        if kind == "retry-after":
            return httpx.Response(
                503, json={"message": "busy"}, headers={"Retry-After": "Fri, 31 Dec 99999999 23:59:59 GMT"}
            )
        if kind == "html":
            return httpx.Response(502, text=HOSTILE_PAGE, headers={"Content-Type": "text/html"})
        # A stream, not content: httpx would otherwise decompress the bomb itself, unbounded.
        headers = {"Content-Encoding": "gzip", "Content-Type": "application/json"}
        return httpx.Response(200, headers=headers, stream=httpx.ByteStream(BOMB))

    return handler


def long_path_kwargs(
    spec: dict[str, Any], entry: OperationEntry, kwargs: dict[str, Any]
) -> dict[str, Any] | None:
    path = spec_values.operation_inputs(spec, entry.method, entry.path, full=True)["path"]
    if not path:
        return None
    name = python_name(next(iter(path)))
    return {**kwargs, name: "x" * 70_000}


EXPECTED: dict[str, type[errors.NovuError]] = {
    "retry-after": errors.ServiceUnavailableError,
    "html": errors.InternalServerError,
    "bomb": errors.ResponseTooLargeError,
}


@pytest.mark.parametrize("entry", OPERATIONS, ids=lambda e: e.facade)
def test_every_entry_point_fails_typed(entry: OperationEntry, overlaid_spec: dict[str, Any]) -> None:
    spec = overlaid_spec  # valid arguments are what the SDK is generated from: the overlay's fixes apply
    signature = set(inspect.signature(resolve(Novu(secret_key=SECRET), entry.facade)).parameters)
    kwargs = build_call(spec, entry, signature).kwargs
    outcomes: list[str] = []

    def expect(cls: type[errors.NovuError], call: Callable[[], Any], what: str) -> errors.NovuError:
        try:
            call()
        except errors.NovuError as error:
            assert type(error) is cls, (what, type(error), error)
            assert len(str(error)) < 3000 and SECRET not in str(error)
            outcomes.append(what)
            return error
        raise AssertionError(f"{entry.facade} {what}: no error")

    for kind, cls in EXPECTED.items():
        sent: list[httpx.Request] = []
        transport = httpx.MockTransport(answers(kind, sent))
        novu = Novu(secret_key=SECRET, server_url="https://api.test", max_retries=0, limits=SMALL,
                    http_client=httpx.Client(transport=transport))  # fmt: skip
        expect(cls, lambda novu=novu: resolve(novu, entry.facade)(**kwargs), kind)
        assert len(sent) == 1

        async def go(transport: httpx.MockTransport = transport) -> Any:
            client = AsyncNovu(secret_key=SECRET, server_url="https://api.test", max_retries=0, limits=SMALL,
                               http_client=httpx.AsyncClient(transport=transport))  # fmt: skip
            return await resolve(client, entry.facade)(**kwargs)

        expect(cls, lambda: asyncio.run(go()), f"async {kind}")

    sent = []
    novu = Novu(secret_key=SECRET, server_url="https://api.test", http_client=httpx.Client(
        transport=httpx.MockTransport(answers("html", sent))))  # fmt: skip
    method = resolve(novu, entry.facade)
    expect(
        errors.InvalidRequestError, lambda: method(**kwargs, extra_query={"q": "x" * 70_000}), "long query"
    )
    long_path = long_path_kwargs(spec, entry, kwargs)
    if long_path is not None:
        expect(errors.InvalidRequestError, lambda: method(**long_path), "long path")
    assert sent == []

    closed = Novu(secret_key=SECRET, server_url="https://api.test")
    closed.close()
    expect(errors.ClientStateError, lambda: resolve(closed, entry.facade)(**kwargs), "closed")

    async def closed_async() -> Any:
        client = AsyncNovu(secret_key=SECRET, server_url="https://api.test")
        await client.aclose()
        return await resolve(client, entry.facade)(**kwargs)

    expect(errors.ClientStateError, lambda: asyncio.run(closed_async()), "async closed")
    assert len(outcomes) >= 9
