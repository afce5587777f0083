"""`Novu` and `AsyncNovu`: configuration and the one request pipeline every operation uses.

The pipeline, in order, for each logical call (`_BaseClient._flow`, shared by both clients):
1. build the request once: auth header, and for non-GET an Idempotency-Key made once per call;
2. for each attempt: run `before_request` hooks (they may replace the request; a non-GET one
   must keep the call's Idempotency-Key), send it without following redirects unless it is a
   GET, read the body within `Limits` (`_limits`), run `after_response` hooks;
3. on a retryable failure (connection error, timeout, 408/429/5xx, 409 with Retry-After) run
   `on_retry` hooks, wait (Retry-After / RateLimit-Reset, else backoff with jitter) and go to 2
   with the same request, hence the same Idempotency-Key;
4. otherwise run `on_error` hooks and raise a typed error, or decode the JSON, unwrap Novu's
   `{"data": ...}` envelope and parse it into the declared model.

`_flow` is a generator that yields the I/O it needs (send, sleep, run hooks) and never does
any itself; `Novu` and `AsyncNovu` drive it with blocking and awaiting I/O respectively, so
the policy exists once.
"""

from __future__ import annotations

import datetime
import json
import logging
import math
import os
import re
import sys
import threading
import time
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass, field, fields, replace
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

import httpx

from . import _codec, _limits
from . import errors as _errors
from ._codec import DecodeError
from ._limits import Limits
from ._operation import Operation, Parser, RequestParts
from ._types import UNSET, Response, Unset
from ._version import __version__
from .resources.root import AsyncNovuResources, NovuResources

if TYPE_CHECKING:
    from .pagination import AsyncPage, SyncPage

_T = TypeVar("_T")

SERVERS: dict[str, str] = {"us": "https://api.novu.co", "eu": "https://eu.api.novu.co"}
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
_LOGGER = logging.getLogger("novu_api")
_API_KEY_PREFIX = re.compile(r"^\s*apikey(?:\s+|$)", re.IGNORECASE)

# Module-level so that tests can replace the clock without touching the `time` module.
_sleep = time.sleep


async def _async_sleep(seconds: float) -> None:
    import asyncio  # only async clients pay for asyncio

    await asyncio.sleep(seconds)


@dataclass(frozen=True)
class RetryPolicy:
    """How failed attempts are retried.

    Set it on the client (`Novu(retry=RetryPolicy(...))`, or `with_options(initial_delay=...)`
    for single fields); `max_retries` can also be given per call.
    """

    max_retries: int = 2
    initial_delay: float = 0.5  # first backoff, doubled per attempt
    max_delay: float = 8.0  # backoff cap
    max_retry_after: float = 60.0  # longest server-requested wait we honour; beyond it we raise
    jitter: float = 0.25  # each backoff is shortened by up to this fraction, at random

    def __post_init__(self) -> None:
        if (
            isinstance(self.max_retries, bool)
            or not isinstance(self.max_retries, int)
            or self.max_retries < 0
        ):
            raise _errors.NovuConfigError(f"max_retries must be an int >= 0, got {self.max_retries!r}")
        for name in ("initial_delay", "max_delay", "max_retry_after", "jitter"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not value >= 0:
                raise _errors.NovuConfigError(f"{name} must be a number >= 0, got {value!r}")
        if self.jitter > 1:
            raise _errors.NovuConfigError(f"jitter is a fraction between 0 and 1, got {self.jitter!r}")

    def backoff(self, attempt: int) -> float:
        """Wait before attempt `attempt + 1` when the server did not say how long."""
        delay = min(self.max_delay, self.initial_delay * (2 ** (attempt - 1)))
        import random

        return float(delay * (1 - self.jitter * random.random()))


_POLICY_FIELDS = frozenset(f.name for f in fields(RetryPolicy))


@dataclass(frozen=True)
class RetryEvent:
    """Passed to `on_retry` hooks before the SDK waits and resends."""

    attempt: int  # the attempt about to be made (2 = first retry)
    max_attempts: int  # 1 + max_retries
    delay: float  # seconds the SDK will wait
    reason: str  # e.g. "503 Service Unavailable", "ConnectError", "409 in flight"
    request: httpx.Request
    response: httpx.Response | None = None
    error: BaseException | None = None


Hook = Callable[..., Any]
_HOOK_NAMES = ("before_request", "after_response", "on_error", "on_retry")


@dataclass
class Hooks:
    """Callbacks around each attempt; on `AsyncNovu` they may also be coroutine functions.

    - `before_request(request) -> request | None`: before every attempt; may return a
      replacement request. On a non-GET call the key it carries on the first attempt is the
      call's key: removing it there refuses the call, removing or changing it later stops the
      retries (README, "The idempotency guarantee");
    - `after_response(response)`: every response, any status;
    - `on_error(error)`: the NovuError the call is about to raise;
    - `on_retry(event: RetryEvent)`: before each wait-and-resend.
    """

    before_request: list[Hook] = field(default_factory=list)
    after_response: list[Hook] = field(default_factory=list)
    on_error: list[Hook] = field(default_factory=list)
    on_retry: list[Hook] = field(default_factory=list)

    @classmethod
    def coerce(cls, hooks: Hooks | Mapping[str, Hook | list[Hook]] | None) -> Hooks:
        """A fresh Hooks (never shared with the caller's object) from a Hooks or a mapping."""
        if hooks is None:
            return cls()
        if isinstance(hooks, Hooks):
            out = cls(**{name: list(getattr(hooks, name)) for name in _HOOK_NAMES})
        elif isinstance(hooks, Mapping):
            unknown = set(hooks) - set(_HOOK_NAMES)
            if unknown:
                raise TypeError(
                    f"unknown hook names: {sorted(unknown)}; expected some of {list(_HOOK_NAMES)}"
                )
            out = cls(**{k: list(v) if isinstance(v, (list, tuple)) else [v] for k, v in hooks.items()})
        else:
            raise TypeError(
                f"hooks must be a Hooks or a mapping of hook name to callables, got {type(hooks).__name__}"
            )
        for name in _HOOK_NAMES:
            for hook in getattr(out, name):
                if not callable(hook):
                    raise TypeError(f"{name} hook {hook!r} is not callable")
        return out


class _Secret:
    """Holds the key; its repr never shows it."""

    __slots__ = ("value", "header")

    def __init__(self, value: str) -> None:
        self.value = value
        self.header = f"ApiKey {value}"  # made once: no request-building frame holds it in a local

    def __repr__(self) -> str:
        return "'***'"

    def __reduce__(self) -> Any:
        raise TypeError("a Novu secret key cannot be pickled")


def _secret_key(given: str | _Secret | None) -> _Secret:
    if isinstance(given, _Secret):  # a with_options copy: the key never sits in a plain local
        return given
    key = given if given is not None else os.environ.get("NOVU_SECRET_KEY")
    if key is None or (isinstance(key, str) and not key.strip()):
        raise _errors.NovuConfigError(
            "no secret key: pass Novu(secret_key=...) or set the NOVU_SECRET_KEY environment variable"
        )
    if not isinstance(key, str):
        raise TypeError(f"secret_key must be a str, got {type(key).__name__}")
    # The dashboard shows keys bare, but people paste the header value: never send "ApiKey ApiKey ...".
    key = _API_KEY_PREFIX.sub("", key).strip()
    # Messages below never include the key itself.
    if not key:
        raise _errors.NovuConfigError("the secret key is empty after its 'ApiKey ' prefix")
    if not key.isascii() or not key.isprintable() or any(c.isspace() for c in key):
        raise _errors.NovuConfigError(
            "the secret key contains spaces or non-printable characters; check for a copy-paste error"
        )
    return _Secret(key)


def _server_url(server: str | None, server_url: str | None) -> str:
    if server is not None and not isinstance(server, str):
        # TypeScript's SDK picks a server by index (`serverIdx: 1`); here it is a region name.
        names = ", ".join(f"{i} -> {name!r}" for i, name in enumerate(SERVERS))
        raise TypeError(
            f"server must be a region name, one of {sorted(SERVERS)}, got {type(server).__name__} "
            f"{server!r} (for a server index: {names}); pass server_url= for any other URL"
        )
    if server_url is not None and server is not None:
        raise _errors.NovuConfigError("pass either server or server_url, not both")
    if server_url is None and server is None:
        # Explicit arguments win over the environment, like NOVU_SECRET_KEY.
        server_url = os.environ.get("NOVU_SERVER_URL", "").strip() or None
    if server_url is None:
        name = (server or "us").lower()
        if name not in SERVERS:
            raise _errors.NovuConfigError(
                f"unknown server {server!r}; choose one of {sorted(SERVERS)} or pass server_url"
            )
        return SERVERS[name]
    try:
        url = httpx.URL(server_url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise _errors.NovuConfigError(f"invalid server_url {server_url!r}: {exc}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise _errors.NovuConfigError(f"server_url must be an absolute http(s) URL, got {server_url!r}")
    _limits.check_server_url(server_url, url)
    return str(server_url).rstrip("/")


def _timeout(value: Any, name: str = "timeout") -> httpx.Timeout:
    if isinstance(value, httpx.Timeout):
        return value
    if value is None:
        return httpx.Timeout(None)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise ValueError(f"{name} must be an httpx.Timeout, a number of seconds > 0 or None, got {value!r}")
    return httpx.Timeout(float(value))


def _configure_env_logging() -> None:
    """`NOVU_LOG=debug` turns on the SDK's DEBUG log without any logging setup in the app."""
    if os.environ.get("NOVU_LOG", "").strip().lower() != "debug":
        return
    _LOGGER.setLevel(logging.DEBUG)
    if not _LOGGER.hasHandlers():
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        _LOGGER.addHandler(handler)


# -- server-requested waits ----------------------------------------------------------------
def _seconds(value: str | None) -> float | None:
    if not value:
        return None
    try:
        seconds = float(value.strip())
    except ValueError:
        return None
    return max(0.0, seconds) if math.isfinite(seconds) else None


def _retry_after(headers: httpx.Headers, now: float) -> float | None:
    """Retry-After in seconds (delta-seconds or HTTP date), or Retry-After-Ms."""
    ms = _seconds(headers.get("retry-after-ms"))
    if ms is not None:
        return ms / 1000
    value = headers.get("retry-after")
    if not value:
        return None
    seconds = _seconds(value)
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


def _rate_limit_reset(headers: httpx.Headers, now: float) -> float | None:
    """RateLimit-Reset: delta-seconds per Novu's spec; a Unix time is accepted too."""
    seconds = _seconds(headers.get("ratelimit-reset"))
    if seconds is None:
        return None
    return max(0.0, seconds - now) if seconds > 1_000_000_000 else seconds


def _requested_wait(response: httpx.Response, now: float) -> float | None:
    """How long this error response asks us to wait, if it says so.

    Novu sends RateLimit-Reset on every response; it only describes the wait for a 429.
    """
    wait = _retry_after(response.headers, now)
    if wait is None and response.status_code == 429:
        wait = _rate_limit_reset(response.headers, now)
    return wait


_HEADER_NAME = re.compile(r"^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$")


def _check_headers(headers: Mapping[str, Any], where: str) -> None:
    """Caller-given headers, refused before any request when HTTP cannot carry them.

    Without this, a value with CR/LF or a bad name fails inside the HTTP layer on every attempt
    (and is retried as if the network had failed), and a non-ASCII value escapes as a bare
    UnicodeEncodeError. Messages never repeat the value: it may be a credential.
    """
    if not isinstance(headers, Mapping):
        raise TypeError(f"{where} must be a mapping of header names to str, got {type(headers).__name__}")
    for name, value in headers.items():
        if not isinstance(name, str) or not _HEADER_NAME.match(name):
            raise ValueError(f"{where}: {name!r} is not a valid HTTP header name")
        if value is None:
            continue
        if not isinstance(value, str):
            raise TypeError(f"{where}[{name!r}] must be a str, got {type(value).__name__}")
        if not (value.isascii() and value.replace("\t", " ").isprintable()):
            raise ValueError(
                f"{where}[{name!r}] must be printable ASCII on one line (no CR, LF or other control characters)"
            )


def _merge_headers(*layers: Mapping[str, str | None]) -> dict[str, str]:
    """Later layers win, whatever the case of the names; a None value removes the header."""
    merged: dict[str, tuple[str, str | None]] = {}
    for layer in layers:
        for name, value in layer.items():
            merged[name.lower()] = (name, value)
    return {name: value for name, value in merged.values() if value is not None}


def _ensure_elapsed(response: httpx.Response, seconds: float) -> None:
    """httpx sets `elapsed` when it reads the body off the wire; a preloaded body (a mock, a
    transport that buffers) leaves it unset, and the log wants it."""
    if "_elapsed" not in response.__dict__:  # no exception raised and caught on every call
        response.elapsed = datetime.timedelta(seconds=seconds)


def _reason(response: httpx.Response) -> str:
    return f"{response.status_code} {response.reason_phrase}".strip()


def _unwrap(op: Operation, body: Any) -> Any:
    """Novu's envelope as the server really sends it.

    Declared `{"data": X}`. The server sends an object unchanged when it already has a truthy
    `data` member (every paginated DTO), and wraps everything else; the spec's literal shape is
    accepted too.
    """
    if not op.envelope or body.__class__ is not dict or "data" not in body:
        return body
    inner = body["data"]
    if op.bare_keys:
        if any(key in body for key in op.bare_keys) or inner.__class__ is not dict:
            return body  # the DTO itself
    return inner


def _describe_exception(exc: BaseException) -> str:
    """Type and message of a transport error, e.g. `ReadError: [Errno 104] Connection reset by peer`.

    httpx's async errors often have an empty message, with the reason further down the chain
    (httpcore -> anyio -> the OSError): the first message found on the way is used.
    """
    text = str(exc)
    cause = exc.__cause__ or exc.__context__
    for _ in range(8):
        if text or cause is None:
            break
        text = str(cause)
        cause = cause.__cause__ or cause.__context__
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


_one_line = _limits.one_line
_text_summary = _limits.summary


def _describe_error(raw: Any, text: str) -> tuple[str | None, str | None, dict[str, list[str]]]:
    """Novu's message, errorId and per-field validation messages from an error body."""
    if raw.__class__ is not dict:
        return (_text_summary(text) if text.strip() else None), None, {}
    message = raw.get("message")
    if isinstance(message, list):
        message = "; ".join(str(m) for m in message)
    elif message is not None and not isinstance(message, str):
        message = json.dumps(message)
    error_id = raw.get("errorId")
    details: dict[str, list[str]] = {}
    errs = raw.get("errors")
    if isinstance(errs, dict):  # ValidationErrorDto: field -> {messages, value}
        for name, value in errs.items():
            msgs = value.get("messages") if isinstance(value, dict) else value
            details[str(name)] = [str(m) for m in msgs] if isinstance(msgs, list) else [str(msgs)]
    elif isinstance(errs, list):  # PayloadValidationExceptionDto: [{field, message}]
        for item in errs:
            if isinstance(item, dict):
                details.setdefault(str(item.get("field", "?")), []).append(str(item.get("message", "")))
    return message, (str(error_id) if error_id is not None else None), details


class _DebugLog:
    """The SDK's DEBUG log, attached as the first hook of each kind; never writes the secret key."""

    def __init__(self, logger: logging.Logger, redact: Callable[[str], str]) -> None:
        self.logger = logger
        self.redact = redact

    def hooks(self) -> Hooks:
        return Hooks([self.before_request], [self.after_response], [self.on_error], [self.on_retry])

    def _url(self, request: httpx.Request) -> str:
        return self.redact(str(request.url))

    def before_request(self, request: httpx.Request) -> None:
        if self.logger.isEnabledFor(logging.DEBUG):
            key = request.headers.get("idempotency-key")
            self.logger.debug(
                "request %s %s%s",
                request.method,
                self._url(request),
                f" idempotency_key={key}" if key else "",
            )

    def after_response(self, response: httpx.Response) -> None:
        if self.logger.isEnabledFor(logging.DEBUG):
            try:
                elapsed = f" in {response.elapsed.total_seconds() * 1000:.1f} ms"
            except RuntimeError:  # a response that did not come through the pipeline
                elapsed = ""
            replay = " (idempotent replay)" if response.headers.get("idempotency-replay") == "true" else ""
            self.logger.debug(
                "response %s %s -> %s%s%s",
                response.request.method,
                self._url(response.request),
                _reason(response),
                elapsed,
                replay,
            )

    def on_retry(self, event: RetryEvent) -> None:
        if self.logger.isEnabledFor(logging.DEBUG):
            key = event.request.headers.get("idempotency-key")
            self.logger.debug(
                "retry %s %s: %s; attempt %d of %d in %.2fs%s",
                event.request.method,
                self._url(event.request),
                self.redact(event.reason),
                event.attempt,
                event.max_attempts,
                event.delay,
                f" with the same idempotency_key={key}" if key else "",
            )

    def on_error(self, error: _errors.NovuError) -> None:
        if self.logger.isEnabledFor(logging.DEBUG):
            request = getattr(error, "request", None)
            where = f"{request.method} {self._url(request)} " if isinstance(request, httpx.Request) else ""
            self.logger.debug("failed %sraising %s: %s", where, type(error).__name__, self.redact(str(error)))


def _keep_context(name: str, exc: BaseException, arg: Any) -> None:
    """An on_error hook that raises: its exception keeps the API error as its context."""
    if name == "on_error" and exc.__context__ is None and exc is not arg:
        exc.__context__ = arg


# -- the steps `_flow` asks its driver to perform --------------------------------------------
class _Send(NamedTuple):
    request: httpx.Request
    deadline: float | None  # seconds the attempt may take (Limits.attempt_deadline)
    # False for non-GET requests, whatever the caller's httpx client does: a redirect would
    # send the body and the Idempotency-Key elsewhere, or turn the call into a bodiless GET.
    follow_redirects: bool | httpx._client.UseClientDefault


class _Sleep(NamedTuple):
    seconds: float


class _RunHooks(NamedTuple):
    name: str  # one of _HOOK_NAMES
    arg: Any
    hooks: list[Hook]


_Step = _Send | _Sleep | _RunHooks
_Flow = Generator[_Step, Any, Response[Any]]


class _BaseClient:
    _http_client: httpx.Client | httpx.AsyncClient | None
    _owns_http: bool  # the pool is ours (made on first use), not a caller's http_client

    @property
    def _http(self) -> httpx.Client | httpx.AsyncClient:
        raise NotImplementedError  # each client makes its own kind of pool

    def __init__(
        self,
        *,
        secret_key: str | None,
        server: str | None,
        server_url: str | None,
        timeout: float | httpx.Timeout | None | Unset,
        max_retries: int | Unset,
        retry: RetryPolicy | None,
        http_client: httpx.Client | httpx.AsyncClient | None,
        headers: Mapping[str, str] | None,
        hooks: Hooks | Mapping[str, Any] | None,
        logger: logging.Logger | None,
        limits: Limits | None = None,
        allow_plain_http: bool = False,
        strict_responses: bool = False,
    ) -> None:
        self._secret = _secret_key(secret_key)
        if not isinstance(strict_responses, bool):
            raise TypeError(f"strict_responses must be a bool, got {type(strict_responses).__name__}")
        self.strict_responses = strict_responses
        self.server_url = _server_url(server, server_url)
        if not isinstance(allow_plain_http, bool):
            raise TypeError(f"allow_plain_http must be a bool, got {type(allow_plain_http).__name__}")
        self.allow_plain_http = allow_plain_http
        _limits.warn_plain_http(self.server_url, allow_plain_http)
        if limits is not None and not isinstance(limits, Limits):
            raise TypeError(f"limits must be a Limits, got {type(limits).__name__}")
        self.limits = limits or Limits()
        self._pool_lock = threading.Lock()
        if timeout is UNSET:  # a caller's own http_client keeps its own timeout
            timeout = http_client.timeout if http_client is not None else DEFAULT_TIMEOUT
        self.timeout = _timeout(timeout)
        if retry is not None and not isinstance(retry, RetryPolicy):
            raise TypeError(f"retry must be a RetryPolicy, got {type(retry).__name__}")
        retry = retry or RetryPolicy()
        self.retry = retry if isinstance(max_retries, Unset) else replace(retry, max_retries=max_retries)
        _check_headers(headers or {}, "headers")
        self.headers = dict(headers or {})
        names = {name.lower() for name in self.headers}
        if "idempotency-key" in names:
            # One key for every call would make Novu replay the first call's result for all of them.
            raise _errors.NovuConfigError(
                "headers must not set Idempotency-Key: it is made once per call "
                "(pass idempotency_key= to a call to choose it)"
            )
        self._auth_in_headers = "authorization" in names
        self._deadline = self.limits.deadline_for(self.timeout)
        self.hooks = Hooks.coerce(hooks)
        self.logger = logger or _LOGGER
        self._log = _DebugLog(self.logger, self._redact).hooks()
        _configure_env_logging()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(server_url={self.server_url!r}, secret_key='***')"

    def __reduce__(self) -> Any:
        raise TypeError(
            f"{type(self).__name__} cannot be pickled (it holds a secret key and open connections)"
        )

    def _redact(self, text: str) -> str:
        return text.replace(self._secret.value, "***")

    def _hooks(self, name: str) -> list[Hook]:
        user: list[Hook] = getattr(self.hooks, name)
        if self.logger.isEnabledFor(logging.DEBUG):  # the logging hooks cost nothing when DEBUG is off
            return [*getattr(self._log, name), *user]
        return user

    def _copy_kwargs(self, changes: dict[str, Any]) -> dict[str, Any]:
        """Constructor arguments for `with_options`: this client's settings with `changes` applied."""
        policy = {k: changes.pop(k) for k in list(changes) if k in _POLICY_FIELDS}
        kwargs: dict[str, Any] = {
            "secret_key": self._secret,
            "server_url": self.server_url,
            "timeout": self.timeout,
            "retry": self.retry,
            "http_client": self._http,
            "headers": self.headers,
            "hooks": self.hooks,
            "logger": self.logger if self.logger is not _LOGGER else None,
            "limits": self.limits,
            "allow_plain_http": self.allow_plain_http,
            "strict_responses": self.strict_responses,
        }
        bounds = {k: changes.pop(k) for k in list(changes) if k in _limits.LIMIT_FIELDS}
        if "server" in changes:
            kwargs.pop("server_url")
        kwargs.update(changes)
        if policy:
            if kwargs["retry"] is None:
                kwargs["retry"] = RetryPolicy()
            kwargs["retry"] = replace(kwargs["retry"], **policy)
        if bounds:
            kwargs["limits"] = replace(kwargs["limits"] or Limits(), **bounds)
        return kwargs

    # -- the pipeline, shared by both clients -----------------------------------------------
    def _options(self, max_retries: int | Unset, retry: RetryPolicy | Unset = UNSET) -> RetryPolicy:
        """This call's retry policy: the client's, or `retry=`, with `max_retries=` applied on top."""
        if isinstance(retry, Unset):
            policy = self.retry
        elif isinstance(retry, RetryPolicy):
            policy = retry
        else:
            raise TypeError(f"retry must be a RetryPolicy, got {type(retry).__name__}")
        if max_retries is UNSET:
            return policy
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise ValueError(f"max_retries must be an int >= 0, got {max_retries!r}")
        return replace(policy, max_retries=max_retries)

    def _build_request(
        self,
        parts: RequestParts,
        *,
        timeout: Any,
        idempotency_key: str | Unset,
        extra_headers: Mapping[str, str | None] | None,
        extra_query: Mapping[str, Any] | None,
    ) -> httpx.Request:
        # No Authorization here: it is set on the built request, so that no frame of the SDK
        # holds the key in a local for an error reporter that captures locals to find.
        own, fixed, overridden, direct = self._fixed_headers()
        per_call: dict[str, str] = {}
        auth_given = self._auth_in_headers
        if extra_headers:
            _check_headers(extra_headers, "extra_headers")
            for name, value in extra_headers.items():
                lowered = name.lower()
                if lowered == "authorization":
                    auth_given = True
                elif lowered == "idempotency-key" and parts.method != "GET":
                    if value is None:
                        raise _errors.InvalidRequestError(
                            "extra_headers cannot remove the Idempotency-Key of a non-GET request: "
                            "without it a retry could repeat the call (pass max_retries=0 to never retry)"
                        )
                    if idempotency_key is not UNSET and idempotency_key != value:
                        raise ValueError(
                            "idempotency_key and extra_headers['Idempotency-Key'] differ; pass one"
                        )
                    idempotency_key = value
        if parts.method != "GET":
            # Once per logical call: every retry of this request carries the same key, so Novu
            # replays instead of repeating the side effect.
            if idempotency_key is UNSET:
                import uuid

                key = str(uuid.uuid4())
            else:
                if not isinstance(idempotency_key, str) or not idempotency_key.strip():
                    raise ValueError("idempotency_key must be a non-empty str")
                if not (idempotency_key.isascii() and idempotency_key.isprintable()):
                    raise ValueError("idempotency_key must be printable ASCII on one line")
                key = idempotency_key
            per_call["Idempotency-Key"] = key
        content: bytes | None = parts.content
        if content is not None:
            per_call["Content-Type"] = "application/json"
        elif parts.json is not None:
            content = _codec.json_bytes(parts.json)
            per_call["Content-Type"] = "application/json"
        if parts.headers or extra_headers or overridden:
            if parts.headers:  # the operation's declared header parameters
                _check_headers(parts.headers, "headers")
            headers = _merge_headers(own, per_call, parts.headers or {}, self.headers, extra_headers or {})
            direct = False  # the pool merges its defaults under these
        else:  # the common call: the fixed headers, merged once, plus this call's own
            headers = {**fixed, **per_call}
        params = dict(parts.params or {})
        for name, value in (extra_query or {}).items():
            if value is None:  # None removes a parameter the operation would send
                params.pop(name, None)
            else:
                params[name] = _codec.query_value(name, value)
        http = self._http
        try:
            if direct and parts.files is None and timeout is UNSET and not http.cookies:
                # Nothing of the pool's to merge (its default headers are in the fixed ones):
                # build the request directly instead of having the pool merge URL, headers
                # and cookies.
                request = httpx.Request(
                    parts.method,
                    self.server_url + parts.url,
                    params=params or None,
                    headers=headers,
                    content=content,
                    extensions=self._timeout_extension(),
                )
            else:
                request = http.build_request(
                    parts.method,
                    self.server_url + parts.url,
                    params=params or None,
                    headers=headers,
                    content=content,
                    data=parts.data if parts.files is not None else None,
                    files=parts.files,
                    timeout=self._pool_timeout() if timeout is UNSET else _timeout(timeout),
                )
        except (httpx.InvalidURL, httpx.HTTPError, TypeError, ValueError, OSError, RecursionError) as exc:
            # e.g. a 70 KB path or query value (httpx caps URLs at 64 KB), an upload that cannot be read
            raise _errors.InvalidRequestError(
                f"cannot build the {parts.method} {parts.url.split('?', 1)[0][:200]} request: "
                f"{_one_line(self._redact(_describe_exception(exc)), 300)}"
            ) from exc
        if not auth_given:
            request.headers["Authorization"] = self._secret.header
        return request

    def _timeout_extension(self) -> dict[str, Any]:
        cached = self.__dict__.get("_timeout_ext")
        if cached is None:
            cached = self._timeout_ext = {"timeout": self.timeout.as_dict()}
        return dict(cached)

    def _fixed_headers(self) -> tuple[dict[str, str], dict[str, str], bool, bool]:
        """What every request of this client sends but the key (set on each built request, see
        `_build_request`), merged once: Accept, Accept-Encoding, User-Agent and the client's
        `headers=`, without and with the pool's default headers under them (a call's
        `extra_headers` may remove ours and let the pool's show). Also: whether the client's
        headers name one a call sets itself (Idempotency-Key, Content-Type), so calls merge in
        full; and whether the pool has nothing else to merge (no base URL, no default params),
        so requests can be built directly. Made again when the client's or the pool's headers
        change."""
        http = self._http
        cached = self.__dict__.get("_fixed")
        if (
            cached is not None
            and cached[0] == self.headers
            and cached[1] is http
            and cached[2] is http.base_url
            and cached[3] == http.headers.raw
        ):
            return cached[4], cached[5], cached[6], cached[7]
        base = {
            "Accept": "application/json",
            "Accept-Encoding": "gzip, deflate",  # the codings `_limits` decodes with a bounded output
            "User-Agent": f"novu-api-python/{__version__}",
        }
        own = _merge_headers(base, self.headers)
        # The pool's Authorization, if the caller's pool has one, never goes under ours.
        pool = {k: v for k, v in http.headers.items() if k.lower() != "authorization"}
        merged = _merge_headers(pool, own)
        overridden = any(name.lower() in ("idempotency-key", "content-type") for name in self.headers)
        direct = not str(http.base_url) and not http.params
        self._fixed = (
            dict(self.headers),
            http,
            http.base_url,
            http.headers.raw,
            own,
            merged,
            overridden,
            direct,
        )
        return own, merged, overridden, direct

    def _pool_timeout(self) -> httpx.Timeout | httpx._client.UseClientDefault:
        # The pool was made with this timeout (or the caller's pool has it): let httpx use its
        # own default instead of rebuilding an equal Timeout on every request.
        return httpx.USE_CLIENT_DEFAULT if self._http.timeout == self.timeout else self.timeout

    def _retry_decision(
        self, retry: RetryPolicy, attempt: int, response: httpx.Response
    ) -> tuple[float | None, str]:
        """(delay, reason) if this error response should be retried, else (None, note for the error)."""
        status = response.status_code
        if status == 409:
            # Novu's "a request with this key is still in flight" carries Retry-After; a real conflict does not.
            requested = _retry_after(response.headers, time.time())
            if requested is None:
                return None, ""
            reason = "409 in flight"
        elif status in RETRY_STATUSES:
            requested = _requested_wait(response, time.time())
            reason = _reason(response)
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

    def _status_error(self, op: Operation, response: httpx.Response, note: str) -> _errors.APIStatusError:
        text = response.text
        try:
            raw = json.loads(response.content) if response.content else None
        except (ValueError, RecursionError):
            raw = None
        body: Any = raw if raw is not None else (text or None)
        status = response.status_code
        model_name = (
            op.errors.get(str(status)) or op.errors.get(f"{status // 100}XX") or op.errors.get("default")
        )
        if raw.__class__ is dict:
            from . import models

            # Every Novu error has ErrorDto's shape, documented for this status or not.
            model_name = model_name or "ErrorDto"

            try:
                body = getattr(models, model_name).from_dict(raw)
            except (ValueError, TypeError, KeyError, AttributeError, RecursionError):
                body = raw  # the error body is best effort: the status error is what matters
        message, error_id, details = _describe_error(raw, text)
        line = f"{_reason(response)} from {op.facade}"
        if 300 <= status < 400:
            target = self._redact(_one_line(response.headers.get("location", "") or "(no Location)", 500))
            followed = (
                "non-GET requests are never redirected: the body and the Idempotency-Key would go elsewhere"
                if response.request.method != "GET"
                else "pass an httpx client with follow_redirects=True to follow GET redirects"
            )
            note = f"redirect to {target} not followed ({followed})" + (f"; {note}" if note else "")
        if message:
            line += f": {message}"
        if details:
            line += " (" + "; ".join(f"{k}: {', '.join(v)}" for k, v in details.items()) + ")"
        if error_id:
            line += f" [errorId {error_id}]"
        if note:
            line += f"; {note}"
        cls = _errors.error_class(status)
        key = response.request.headers.get("idempotency-key")
        # Novu: "Request with key "<key>" is being reused for a different body".
        if status == 422 and key and message and (key in message or "idempot" in message.lower()):
            cls = _errors.IdempotencyKeyReuseError
        return cls(
            self._redact(_one_line(line, 2000)),
            response=response,
            body=body,
            error_id=error_id,
            # Messages for people to read, like the message itself: an echoed key is cut out.
            details={self._redact(k): [self._redact(m) for m in v] for k, v in details.items()},
        )

    def _decode(
        self, op: Operation, response: httpx.Response, parse: Parser, strict: bool | None = None
    ) -> Any:
        if not op.returns_json:
            return parse(None, False)
        content = response.content
        ctype = response.headers.get("content-type", "")

        def invalid(message: str, json_path: str = "$") -> _errors.ResponseValidationError:
            # The body is the server's text: a proxy page or an echo may quote the key back.
            where = f"{_reason(response)} from {op.facade}"  # only when there is an error to tell
            return _errors.ResponseValidationError(
                self._redact(f"{where}: {message}"),
                response=response,
                raw_text=response.text if content else "",
                json_path=json_path,
            )

        if not content.strip():
            raise invalid("empty body where JSON is declared")
        if ctype and "json" not in ctype.lower():
            raise invalid(f"expected JSON, got {ctype.split(';')[0]}: {_text_summary(response.text)}")
        try:
            body = json.loads(content)
        except ValueError as exc:
            raise invalid(f"invalid JSON ({exc}): {_one_line(response.text, 200)}") from None
        except RecursionError:  # hostile nesting depth; json raises this, not a ValueError
            raise invalid("invalid JSON (nested too deeply to decode)") from None
        try:
            # Deviations from the schema raise when strict (the client's setting or the call's).
            return parse(_unwrap(op, body), self.strict_responses if strict is None else strict)
        except DecodeError as exc:
            raise invalid(f"the response does not fit its declared type at {exc}", exc.json_path()) from None
        except (TypeError, ValueError, KeyError, AttributeError, RecursionError) as exc:
            # Never expected (the decoders raise DecodeError), but a decoder's slip must still
            # reach the caller as the documented error, with the body to look at.
            raise invalid(f"the response could not be decoded ({type(exc).__name__}: {exc})") from exc

    def _exc_detail(self, exc: Exception) -> str:
        return _one_line(self._redact(_describe_exception(exc)), 300)

    def _where(self, op: Operation, request: httpx.Request) -> str:
        return f"{request.method} {self._redact(str(request.url))} ({op.facade})"

    def _transport_error(
        self,
        op: Operation,
        exc: Exception,
        request: httpx.Request,
        attempt: int,
        note: str = "",
        deadline: float | None = None,
    ) -> _errors.APIConnectionError:
        detail = self._exc_detail(exc)
        tries = f"{attempt} attempt{'' if attempt == 1 else 's'}"
        bounds = _limits.describe_timeout(request.extensions)
        if deadline is not None:
            bounds += f", attempt deadline {deadline:g}s"
        text = f"{self._where(op, request)} after {tries} ({bounds}): {detail}{f'; {note}' if note else ''}"
        if isinstance(exc, httpx.TimeoutException):
            return _errors.APITimeoutError(f"request timed out: {text}", request=request)
        return _errors.APIConnectionError(f"connection error: {text}", request=request)

    def _send_failure(self, op: Operation, exc: Exception, request: httpx.Request) -> _errors.NovuError:
        """The error for what a driver's send raised that is not an httpx transport error."""
        if isinstance(exc, _limits.BodyLimit):
            return _errors.ResponseTooLargeError(
                f"the {exc.status_code} response to {self._where(op, request)} is over "
                f"Limits.{exc.limit} ({exc.limit_bytes} bytes): {exc.seen}",
                request=request,
                limit=exc.limit,
                limit_bytes=exc.limit_bytes,
                status_code=exc.status_code,
            )
        detail = self._exc_detail(exc)
        if isinstance(exc, RuntimeError) and not isinstance(exc, RecursionError):
            if self._http.is_closed:
                why = "the client is closed (or the client it was copied from is); make a new one"
            elif "loop" in detail.lower():
                why = (
                    "the client's connections belong to another event loop (an AsyncNovu reused "
                    "across asyncio.run() calls); make one AsyncNovu per event loop"
                )
            else:
                why = "the HTTP client cannot send"
            return _errors.ClientStateError(f"cannot send {self._where(op, request)}: {why} ({detail})")
        # e.g. an upload from a pipe (cannot be rewound), a file closed before the call
        return _errors.InvalidRequestError(f"cannot send {self._where(op, request)}: {detail}")

    def _flow(
        self,
        op: Operation,
        parts: RequestParts,
        parse: Parser,
        *,
        timeout: Any = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _Flow:
        """One logical call, as a generator of steps for a driver (see the module docstring).

        A `_Send` step resumes with the httpx.Response (body read within the limits), or with
        the exception the send raised.
        """
        retry = self._options(max_retries, retry)
        built = self._build_request(
            parts,
            timeout=timeout,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        deadline = self._deadline if timeout is UNSET else self.limits.deadline_for(_timeout(timeout))
        once = parts.method != "GET"  # carries an Idempotency-Key, never redirected
        follow: bool | httpx._client.UseClientDefault = False if once else httpx.USE_CLIENT_DEFAULT
        call_key = built.headers.get("idempotency-key") if once else None
        max_attempts = retry.max_retries + 1
        attempt = 1
        previous: tuple[Any, httpx.Request] | None = None  # the failed attempt being retried
        while True:
            hooks = self._hooks("before_request")
            request = built
            if hooks:
                request = yield _RunHooks("before_request", built, hooks)
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
                                f"{self._where(op, request)} not sent: {note}"
                            )
                            yield _RunHooks("on_error", stop, self._hooks("on_error"))
                            raise stop
                        failed, failed_request = previous
                        if isinstance(failed, httpx.Response):
                            stop = self._status_error(op, failed, f"retry stopped: {note}")
                        else:
                            stop = self._transport_error(
                                op, failed, failed_request, attempt - 1, f"retry stopped: {note}", deadline
                            )
                        yield _RunHooks("on_error", stop, self._hooks("on_error"))
                        raise stop from (None if isinstance(failed, httpx.Response) else failed)
            started = time.perf_counter()
            outcome = yield _Send(request, deadline, follow)
            if isinstance(outcome, httpx.Response):
                _ensure_elapsed(outcome, time.perf_counter() - started)
                hooks = self._hooks("after_response")
                if hooks:
                    yield _RunHooks("after_response", outcome, hooks)
                if 200 <= outcome.status_code < 300:
                    try:
                        parsed = self._decode(op, outcome, parse)
                    except _errors.ResponseValidationError as invalid:
                        yield _RunHooks("on_error", invalid, self._hooks("on_error"))
                        raise invalid from None
                    return Response(outcome.status_code, outcome.headers, outcome.content, parsed, outcome)
                delay, reason = self._retry_decision(retry, attempt, outcome)
                if delay is None:
                    status_error = self._status_error(op, outcome, reason)
                    yield _RunHooks("on_error", status_error, self._hooks("on_error"))
                    raise status_error
                event = RetryEvent(attempt + 1, max_attempts, delay, reason, request, response=outcome)
            elif isinstance(outcome, httpx.HTTPError):
                error = self._transport_error(op, outcome, request, attempt, deadline=deadline)
                if attempt >= max_attempts:
                    yield _RunHooks("on_error", error, self._hooks("on_error"))
                    raise error from outcome
                reason = self._exc_detail(outcome)
                event = RetryEvent(
                    attempt + 1, max_attempts, retry.backoff(attempt), reason, request, error=error
                )
            else:  # over a size limit, a closed client, an upload that cannot be read: not retried
                failure = self._send_failure(op, outcome, request)
                yield _RunHooks("on_error", failure, self._hooks("on_error"))
                raise failure from (None if isinstance(outcome, _limits.BodyLimit) else outcome)
            previous = (outcome, request)
            yield _RunHooks("on_retry", event, self._hooks("on_retry"))
            yield _Sleep(event.delay)
            attempt += 1


class Novu(_BaseClient, NovuResources):
    """The Novu API client.

    >>> novu = Novu(secret_key="...")            # or NOVU_SECRET_KEY
    >>> novu.trigger(workflow_id="welcome", to="subscriber-1", payload={})

    `timeout` defaults to 60 s (10 s to connect), or to `http_client`'s own when one is given;
    `max_retries` to 2 (see `RetryPolicy` for the rest of the retry settings); `limits` to
    `Limits()` (response sizes, the attempt deadline, pages per iteration). `allow_plain_http`
    silences the warning for an `http://` server_url that is not this machine.
    """

    _http_client: httpx.Client | None

    def __init__(
        self,
        *,
        secret_key: str | None = None,
        server: str | None = None,
        server_url: str | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        headers: Mapping[str, str] | None = None,
        hooks: Hooks | Mapping[str, Any] | None = None,
        logger: logging.Logger | None = None,
        limits: Limits | None = None,
        allow_plain_http: bool = False,
        allow_in_event_loop: bool = False,
        strict_responses: bool = False,
    ) -> None:
        if not isinstance(allow_in_event_loop, bool):
            raise TypeError(f"allow_in_event_loop must be a bool, got {type(allow_in_event_loop).__name__}")
        self.allow_in_event_loop = allow_in_event_loop
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise TypeError("http_client must be an httpx.Client (use AsyncNovu for an httpx.AsyncClient)")
        _BaseClient.__init__(
            self,
            secret_key=secret_key,
            server=server,
            server_url=server_url,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            http_client=http_client,
            headers=headers,
            hooks=hooks,
            logger=logger,
            limits=limits,
            allow_plain_http=allow_plain_http,
            strict_responses=strict_responses,
        )
        import inspect

        for name in _HOOK_NAMES:
            for hook in getattr(self.hooks, name):
                if inspect.iscoroutinefunction(hook):
                    raise TypeError(f"{name} hook {hook!r} is async: use AsyncNovu for async hooks")
        NovuResources.__init__(self, self)
        self._owns_http = http_client is None
        self._http_client = http_client

    @property
    def _http(self) -> httpx.Client:
        # Made on first use: building an httpx client loads TLS certificates, which costs more
        # than importing the whole SDK.
        client = self._http_client
        if client is None:
            with self._pool_lock:  # the first calls from many threads make one pool, not one each
                if self._http_client is None:
                    self._http_client = httpx.Client(timeout=self.timeout)
                client = self._http_client
        return client

    def with_options(self, **changes: Any) -> Novu:
        """A copy with some settings changed (any constructor argument, or a `RetryPolicy` field
        such as `initial_delay=`), sharing this client's connection pool unless `http_client` is given.

        Closing the copy leaves the pool open; closing this client closes it for both.
        """
        changes.setdefault("allow_in_event_loop", self.allow_in_event_loop)
        return type(self)(**self._copy_kwargs(changes))

    @property
    def with_raw_response(self) -> Any:
        """The same facade, returning `Response` objects (status, headers, parsed value)."""
        return NovuResources(self, raw=True)

    def close(self) -> None:
        """Close the connection pool, if this client created it (a caller's `http_client` is theirs to close)."""
        if self._owns_http:
            self._http.close()  # a pool never used is made closed, so later calls fail as closed

    def __enter__(self) -> Novu:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    if not TYPE_CHECKING:  # run-time only, so type checkers still reject `async with Novu()`

        async def __aenter__(self):
            raise TypeError(
                "Novu is the blocking client: use `with Novu(...)`, or `async with AsyncNovu(...)`"
            )

        async def __aexit__(self, *exc):
            return None

    # -- the blocking driver of `_flow` -------------------------------------------------------
    def _run_hooks(self, name: str, arg: Any, hooks: list[Hook]) -> Any:
        for hook in hooks:
            try:
                result = hook(arg)
            except Exception as exc:
                _keep_context(name, exc, arg)
                raise
            if hasattr(result, "__await__"):
                close = getattr(result, "close", None)
                if close is not None:
                    close()  # no "never awaited" warning on top of the error
                raise TypeError(f"{name} hook {hook!r} returned an awaitable: use AsyncNovu for async hooks")
            if name == "before_request" and result is not None:
                if not isinstance(result, httpx.Request):
                    raise TypeError(f"before_request hook {hook!r} must return an httpx.Request or None")
                arg = result
        return arg

    def _refuse_in_event_loop(self, op: Operation) -> None:
        """A blocking call would stall every task on a running loop: refuse it before sending."""
        asyncio = sys.modules.get("asyncio")  # not imported: no loop can be running
        if asyncio is None or self.allow_in_event_loop:
            return
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return
        raise _errors.EventLoopError(
            f"novu.{op.facade}() is a blocking call, made inside a running asyncio event loop; "
            "nothing was sent. Use AsyncNovu and `await novu."
            f"{op.facade}(...)`, or run it in a thread (`await asyncio.to_thread(...)`); "
            "Novu(allow_in_event_loop=True) allows it where blocking the loop is acceptable"
        )

    def _request(
        self, op: Operation, parts: RequestParts, parse: Callable[[Any, bool], _T], **options: Any
    ) -> Response[_T]:
        self._refuse_in_event_loop(op)
        flow = self._flow(op, parts, parse, **options)
        try:
            step = next(flow)
            while True:
                if isinstance(step, _Send):
                    until = None if step.deadline is None else time.monotonic() + step.deadline
                    try:
                        response = self._http.send(
                            step.request, stream=True, follow_redirects=step.follow_redirects
                        )
                        result: Any = _limits.read_sync(response, self.limits, until)
                    except Exception as exc:  # the flow makes each kind its NovuError
                        result = exc
                elif isinstance(step, _Sleep):
                    _sleep(step.seconds)
                    result = None
                else:
                    result = self._run_hooks(step.name, step.arg, step.hooks)
                try:
                    step = flow.send(result)
                except StopIteration as done:
                    return done.value  # type: ignore[no-any-return]
        finally:
            flow.close()

    def _request_page(
        self, op: Operation, parts: RequestParts, parse: Parser, **options: Any
    ) -> SyncPage[Any]:
        from .pagination import SyncPage

        return SyncPage(self, op, parts, parse, options, self._request(op, parts, parse, **options))


class AsyncNovu(_BaseClient, AsyncNovuResources):
    """The Novu API client for asyncio; every operation is awaitable. Hooks may be async."""

    _http_client: httpx.AsyncClient | None

    def __init__(
        self,
        *,
        secret_key: str | None = None,
        server: str | None = None,
        server_url: str | None = None,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        headers: Mapping[str, str] | None = None,
        hooks: Hooks | Mapping[str, Any] | None = None,
        logger: logging.Logger | None = None,
        limits: Limits | None = None,
        allow_plain_http: bool = False,
        strict_responses: bool = False,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise TypeError("http_client must be an httpx.AsyncClient (use Novu for an httpx.Client)")
        _BaseClient.__init__(
            self,
            secret_key=secret_key,
            server=server,
            server_url=server_url,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            http_client=http_client,
            headers=headers,
            hooks=hooks,
            logger=logger,
            limits=limits,
            allow_plain_http=allow_plain_http,
            strict_responses=strict_responses,
        )
        AsyncNovuResources.__init__(self, self)
        self._owns_http = http_client is None
        self._http_client = http_client

    @property
    def _http(self) -> httpx.AsyncClient:
        client = self._http_client
        if client is None:  # made on first use, once, as for Novu
            with self._pool_lock:
                if self._http_client is None:
                    self._http_client = httpx.AsyncClient(timeout=self.timeout)
                client = self._http_client
        return client

    def with_options(self, **changes: Any) -> AsyncNovu:
        """A copy with some settings changed (any constructor argument, or a `RetryPolicy` field
        such as `initial_delay=`), sharing this client's connection pool unless `http_client` is given.

        Closing the copy leaves the pool open; closing this client closes it for both.
        """
        return type(self)(**self._copy_kwargs(changes))

    @property
    def with_raw_response(self) -> Any:
        """The same facade, returning `Response` objects (status, headers, parsed value)."""
        return AsyncNovuResources(self, raw=True)

    async def aclose(self) -> None:
        """Close the connection pool, if this client created it (a caller's `http_client` is theirs to close)."""
        if self._owns_http:
            await self._http.aclose()

    async def close(self) -> None:
        await self.aclose()

    async def __aenter__(self) -> AsyncNovu:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    if not TYPE_CHECKING:  # run-time only, so type checkers still reject `with AsyncNovu()`

        def __enter__(self):
            raise TypeError("AsyncNovu is used with `async with AsyncNovu(...)`; the blocking client is Novu")

        def __exit__(self, *exc):
            return None

    # -- the awaiting driver of `_flow` -------------------------------------------------------
    async def _run_hooks(self, name: str, arg: Any, hooks: list[Hook]) -> Any:
        for hook in hooks:
            try:
                result = hook(arg)
                if hasattr(result, "__await__"):
                    result = await result
            except Exception as exc:
                _keep_context(name, exc, arg)
                raise
            if name == "before_request" and result is not None:
                if not isinstance(result, httpx.Request):
                    raise TypeError(f"before_request hook {hook!r} must return an httpx.Request or None")
                arg = result
        return arg

    async def _request(
        self, op: Operation, parts: RequestParts, parse: Callable[[Any, bool], _T], **options: Any
    ) -> Response[_T]:
        flow = self._flow(op, parts, parse, **options)
        try:
            step = next(flow)
            while True:
                if isinstance(step, _Send):
                    try:
                        if step.deadline is None:
                            result: Any = await self._send(step, None)
                        else:
                            until = time.monotonic() + step.deadline
                            result = await _limits.within(
                                self._send(step, until), step.deadline, step.request
                            )
                    except Exception as exc:  # the flow makes each kind its NovuError
                        result = exc
                elif isinstance(step, _Sleep):
                    await _async_sleep(step.seconds)
                    result = None
                else:
                    result = await self._run_hooks(step.name, step.arg, step.hooks)
                try:
                    step = flow.send(result)
                except StopIteration as done:
                    return done.value  # type: ignore[no-any-return]
        finally:
            flow.close()

    async def _send(self, step: _Send, until: float | None) -> httpx.Response:
        response = await self._http.send(step.request, stream=True, follow_redirects=step.follow_redirects)
        return await _limits.read_async(response, self.limits, until)

    async def _request_page(
        self, op: Operation, parts: RequestParts, parse: Parser, **options: Any
    ) -> AsyncPage[Any]:
        from .pagination import AsyncPage

        return AsyncPage(self, op, parts, parse, options, await self._request(op, parts, parse, **options))
