"""Checked by mypy (`make typecheck`), never run: the client options, one typed definition.

`Novu(...)`, `AsyncNovu(...)` and their `with_options(...)` take the options of
`novu_api._config` by name and type; a misspelled or mistyped one is a type error. A rejected
line carries `# type: ignore[code]`, and mypy --strict warns about an unused ignore, so a case
that stops being rejected fails the check.
"""

from __future__ import annotations

import httpx
from typing_extensions import assert_type

from novu_api import AsyncNovu, Limits, Novu, RetryPolicy


def constructors() -> None:
    novu = Novu(
        secret_key="sk",
        server="eu",
        timeout=httpx.Timeout(5.0),
        max_retries=3,
        retry=RetryPolicy(initial_delay=0.1),
        http_client=httpx.Client(),
        headers={"X-App": "shop"},
        hooks={"on_retry": print},
        limits=Limits(max_pages=5),
        allow_plain_http=True,
        allow_in_event_loop=True,
    )
    assert_type(novu, Novu)
    assert_type(AsyncNovu(secret_key="sk", http_client=httpx.AsyncClient(), timeout=None), AsyncNovu)
    Novu(secret_key="sk", timout=5)  # type: ignore[call-arg]
    Novu(secret_key="sk", max_retries="2")  # type: ignore[arg-type]
    # Each client takes its own kind of httpx client; only the blocking one can allow the loop.
    Novu(http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    AsyncNovu(http_client=httpx.Client())  # type: ignore[arg-type]
    AsyncNovu(allow_in_event_loop=True)  # type: ignore[call-arg]


def copies(novu: Novu, anovu: AsyncNovu) -> None:
    assert_type(novu.with_options(timeout=3, max_retries=0), Novu)
    assert_type(novu.with_options(initial_delay=0.1, jitter=0.0, max_pages=3, server="us"), Novu)
    assert_type(anovu.with_options(attempt_deadline=None, max_response_bytes=1024), AsyncNovu)
    novu.with_options(max_retrys=1)  # type: ignore[call-arg]
    novu.with_options(initial_delay="soon")  # type: ignore[arg-type]
    anovu.with_options(allow_in_event_loop=True)  # type: ignore[call-arg]
