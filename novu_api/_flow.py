"""The sans-IO request flow: one logical call as a generator of steps, and the retry timing.

The flow yields the I/O it needs (`Send`, `Sleep`, `RunHooks`) and never does any itself;
`Novu` and `AsyncNovu` drive it with blocking and awaiting I/O respectively (`_client`), so the
retry policy exists once. Also here: how long a response asks us to wait (Retry-After,
Retry-After-Ms, RateLimit-Reset) and whether it is retried at all.
"""

from __future__ import annotations

import datetime
import math
import time
from collections.abc import Generator
from typing import TYPE_CHECKING, Any, NamedTuple

import httpx

from . import _error_bodies, _limits
from . import errors as _errors
from ._hooks import Hook, RetryEvent
from ._operation import Operation, Parser
from ._types import Response

if TYPE_CHECKING:
    from ._client import _BaseClient
    from ._config import RetryPolicy

RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})


# -- server-requested waits ----------------------------------------------------------------
def header_seconds(value: str | None) -> float | None:
    if not value:
        return None
    try:
        seconds = float(value.strip())
    except ValueError:
        return None
    return max(0.0, seconds) if math.isfinite(seconds) else None


def retry_after(headers: httpx.Headers, now: float) -> float | None:
    """Retry-After in seconds (delta-seconds or HTTP date), or Retry-After-Ms."""
    ms = header_seconds(headers.get("retry-after-ms"))
    if ms is not None:
        return ms / 1000
    value = headers.get("retry-after")
    if not value:
        return None
    seconds = header_seconds(value)
    if seconds is not None:
        return seconds
    try:
        import email.utils

        when = email.utils.parsedate_to_datetime(value)
        if when.tzinfo is None:  # an HTTP date is always GMT
            return None
        return max(0.0, when.timestamp() - now)
    except (TypeError, ValueError, IndexError, OverflowError):  # OverflowError: a year like 99999999
        return None


def rate_limit_reset(headers: httpx.Headers, now: float) -> float | None:
    """RateLimit-Reset: delta-seconds per Novu's spec; a Unix time is accepted too."""
    seconds = header_seconds(headers.get("ratelimit-reset"))
    if seconds is None:
        return None
    return max(0.0, seconds - now) if seconds > 1_000_000_000 else seconds


def requested_wait(response: httpx.Response, now: float) -> float | None:
    """How long this error response asks us to wait, if it says so.

    Novu sends RateLimit-Reset on every response; it only describes the wait for a 429.
    """
    wait = retry_after(response.headers, now)
    if wait is None and response.status_code == 429:
        wait = rate_limit_reset(response.headers, now)
    return wait


def ensure_elapsed(response: httpx.Response, seconds: float) -> None:
    """httpx sets `elapsed` when it reads the body off the wire; a preloaded body (a mock, a
    transport that buffers) leaves it unset, and the log wants it."""
    if "_elapsed" not in response.__dict__:  # no exception raised and caught on every call
        response.elapsed = datetime.timedelta(seconds=seconds)


# -- the steps `_flow` asks its driver to perform --------------------------------------------
class Send(NamedTuple):
    request: httpx.Request
    deadline: float | None  # seconds the attempt may take (Limits.attempt_deadline)
    # False for non-GET requests, whatever the caller's httpx client does: a redirect would
    # send the body and the Idempotency-Key elsewhere, or turn the call into a bodiless GET.
    follow_redirects: bool | httpx._client.UseClientDefault


class Sleep(NamedTuple):
    seconds: float


class RunHooks(NamedTuple):
    name: str  # one of _hooks.HOOK_NAMES
    arg: Any
    hooks: list[Hook]


Step = Send | Sleep | RunHooks
Flow = Generator[Step, Any, Response[Any]]


def retry_decision(retry: RetryPolicy, attempt: int, response: httpx.Response) -> tuple[float | None, str]:
    """(delay, reason) if this error response should be retried, else (None, note for the error)."""
    status = response.status_code
    if status == 409:
        # Novu's "a request with this key is still in flight" carries Retry-After; a real conflict does not.
        requested = retry_after(response.headers, time.time())
        if requested is None:
            return None, ""
        reason = "409 in flight"
    elif status in RETRY_STATUSES:
        requested = requested_wait(response, time.time())
        reason = _error_bodies.reason(response)
    else:
        return None, ""
    if attempt > retry.max_retries:
        return None, f"gave up after {attempt} attempts" if attempt > 1 else ""
    if requested is None:
        return retry.backoff(attempt), reason
    if requested > retry.max_retry_after:
        return None, (
            f"server asked to wait {requested:.0f}s before retrying, "
            f"over the {retry.max_retry_after:g}s limit (RetryPolicy.max_retry_after)"
        )
    return requested, reason


def run(
    client: _BaseClient,
    op: Operation,
    built: httpx.Request,
    parse: Parser,
    retry: RetryPolicy,
    deadline: float | None,
    strict: bool = False,
) -> Flow:
    """One logical call of `built`, as a generator of steps for a driver (see the module docstring).

    A `Send` step resumes with the httpx.Response (body read within the limits), or with the
    exception the send raised.
    """
    redact = client._redact
    once = built.method != "GET"  # carries an Idempotency-Key, never redirected
    follow: bool | httpx._client.UseClientDefault = False if once else httpx.USE_CLIENT_DEFAULT
    call_key: str | None = None  # the call's Idempotency-Key, read when a hook could change it
    key_known = not once
    max_attempts = retry.max_retries + 1
    attempt = 1
    previous: tuple[Any, httpx.Request] | None = None  # the failed attempt being retried
    while True:
        hooks = client._hooks("before_request")
        request = built
        if hooks:
            if not key_known:
                call_key, key_known = built.headers.get("idempotency-key"), True
            request = yield RunHooks("before_request", built, hooks)
            if once and request.headers.get("idempotency-key") != call_key:
                sent = request.headers.get("idempotency-key")
                if previous is None and sent is not None:
                    call_key = sent  # a hook chose the key on the first attempt: it is the call's
                else:
                    what = "removed" if sent is None else "changed"
                    note = (
                        f"a before_request hook {what} the Idempotency-Key; a non-GET request is "
                        "never sent without the call's one key"
                    )
                    if previous is None:
                        stop: _errors.NovuError = _errors.InvalidRequestError(
                            f"{_error_bodies.where(op, request, redact)} not sent: {note}"
                        )
                        yield RunHooks("on_error", stop, client._hooks("on_error"))
                        raise stop
                    failed, failed_request = previous
                    if isinstance(failed, httpx.Response):
                        stop = _error_bodies.status_error(op, failed, f"retry stopped: {note}", redact)
                    else:
                        stop = _error_bodies.transport_error(
                            op,
                            failed,
                            failed_request,
                            attempt - 1,
                            f"retry stopped: {note}",
                            deadline,
                            redact=redact,
                        )
                    yield RunHooks("on_error", stop, client._hooks("on_error"))
                    raise stop from (None if isinstance(failed, httpx.Response) else failed)
        started = time.perf_counter()
        outcome = yield Send(request, deadline, follow)
        if isinstance(outcome, httpx.Response):
            ensure_elapsed(outcome, time.perf_counter() - started)
            hooks = client._hooks("after_response")
            if hooks:
                yield RunHooks("after_response", outcome, hooks)
            if 200 <= outcome.status_code < 300:
                try:
                    parsed = client._decode(op, outcome, parse, strict)
                except _errors.ResponseValidationError as invalid:
                    yield RunHooks("on_error", invalid, client._hooks("on_error"))
                    raise invalid from None
                return Response(outcome.status_code, outcome.headers, outcome.content, parsed, outcome)
            delay, reason = retry_decision(retry, attempt, outcome)
            if delay is None:
                status_error = _error_bodies.status_error(op, outcome, reason, redact)
                yield RunHooks("on_error", status_error, client._hooks("on_error"))
                raise status_error
            event = RetryEvent(attempt + 1, max_attempts, delay, reason, request, response=outcome)
        elif isinstance(outcome, httpx.HTTPError):
            error = _error_bodies.transport_error(
                op, outcome, request, attempt, deadline=deadline, redact=redact
            )
            if attempt >= max_attempts:
                yield RunHooks("on_error", error, client._hooks("on_error"))
                raise error from outcome
            reason = _error_bodies.exc_detail(outcome, redact)
            event = RetryEvent(
                attempt + 1, max_attempts, retry.backoff(attempt), reason, request, error=error
            )
        else:  # over a size limit, a closed client, an upload that cannot be read: not retried
            failure = _error_bodies.send_failure(op, outcome, request, redact, client._http.is_closed)
            yield RunHooks("on_error", failure, client._hooks("on_error"))
            raise failure from (None if isinstance(outcome, _limits.BodyLimit) else outcome)
        previous = (outcome, request)
        yield RunHooks("on_retry", event, client._hooks("on_retry"))
        yield Sleep(event.delay)
        attempt += 1
