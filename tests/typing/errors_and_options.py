"""Errors as a handler sees them, and settings per client, per copy and per call."""

from __future__ import annotations

import httpx
from typing_extensions import assert_type

from novu_api import (
    APIStatusError,
    AsyncNovu,
    Hooks,
    Limits,
    NotFoundError,
    Novu,
    NovuError,
    RateLimitError,
    ResponseValidationError,
    RetryEvent,
    RetryPolicy,
)


def handled(novu: Novu) -> None:
    try:
        novu.subscribers.retrieve(subscriber_id="nobody")
    except NotFoundError as exc:
        assert_type(exc.status_code, int)
        assert_type(exc.error_id, str | None)
        assert_type(exc.details, dict[str, list[str]])
        assert_type(exc.headers, httpx.Headers)
        assert_type(exc.raw_response, httpx.Response)
        assert_type(exc.request_id, str | None)
    except RateLimitError as exc:
        assert_type(exc, RateLimitError)
    except APIStatusError as exc:
        assert_type(exc.status_code, int)
    except ResponseValidationError as exc:
        assert_type(exc, ResponseValidationError)
    except NovuError as exc:
        assert_type(str(exc), str)


def options(novu: Novu, async_novu: AsyncNovu) -> None:
    assert_type(novu.with_options(max_retries=1, initial_delay=0.1), Novu)
    assert_type(novu.with_options(server="eu"), Novu)
    assert_type(async_novu.with_options(timeout=5), AsyncNovu)
    patient = RetryPolicy(max_retries=5, initial_delay=1.0, max_delay=30.0)
    Novu(secret_key="...", retry=patient, limits=Limits(max_pages=500), timeout=20)
    Novu(secret_key="...", http_client=httpx.Client())
    Novu(secret_key="...", http_client=httpx.AsyncClient())  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
    Novu(secret_key="...", server=1)  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
    Novu(secret_key="...", retry=3)  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
    RetryPolicy(max_retries="5")  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
    Limits(max_pages=500, max_page=3)  # type: ignore[call-arg]  # pyright: ignore[reportCallIssue]

    # Per call.
    novu.subscribers.search(timeout=5, extra_headers={"X-Request": "1"}, extra_query={"debug": "1"})
    novu.trigger(workflow_id="w", to="s", max_retries=0, idempotency_key="order-42", retry=patient)
    novu.trigger(workflow_id="w", to="s", retry=3)  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
    novu.trigger(workflow_id="w", to="s", timeout="5")  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
    novu.trigger(workflow_id="w", to="s", idempotency_key=42)  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
    novu.trigger(workflow_id="w", to="s", extra_headers={"X": 1})  # type: ignore[dict-item]  # pyright: ignore[reportArgumentType]


def hooks() -> None:
    def on_retry(event: RetryEvent) -> None:
        assert_type(event.attempt, int)
        assert_type(event.delay, float)

    Hooks(on_retry=[on_retry], after_response=[lambda response: print(response.status_code)])
