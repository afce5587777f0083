"""`Novu` and `AsyncNovu`: configuration and the one request pipeline every operation uses.

The pipeline, in order, for each logical call:
1. build the request (auth header, Idempotency-Key for non-GET, made once per call);
2. run `before_request` hooks (they may replace the request);
3. send; on a retryable failure wait (Retry-After / RateLimit-Reset, else backoff with
   jitter) and resend the same request with the same Idempotency-Key;
4. run `after_response` hooks; raise a typed error for an error status; otherwise decode
   the JSON, unwrap Novu's `{"data": ...}` envelope, and parse into the declared model.
"""

from __future__ import annotations

import asyncio
import email.utils
import inspect
import json
import logging
import os
import random
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from . import errors as _errors
from ._codec import DecodeError
from ._operation import Operation, Parser, RequestParts
from ._types import UNSET, Response, Unset
from ._version import __version__
from .resources.root import AsyncNovuResources, NovuResources

if TYPE_CHECKING:
    from .pagination import AsyncPage, SyncPage

T = TypeVar("T")

SERVERS: dict[str, str] = {"us": "https://api.novu.co", "eu": "https://eu.api.novu.co"}
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
logger = logging.getLogger("novu_api")


@dataclass(frozen=True)
class RetryPolicy:
    """How failed attempts are retried. Every field can be set on the client; `max_retries` per call too."""

    max_retries: int = 2
    initial_delay: float = 0.5  # first backoff, doubled per attempt
    max_delay: float = 8.0  # backoff cap
    max_retry_after: float = 60.0  # longest server-requested wait we honour; beyond it we raise
    jitter: float = 0.25  # each backoff is shortened by up to this fraction, at random


@dataclass(frozen=True)
class RetryEvent:
    """Passed to `on_retry` hooks before the SDK waits and resends."""

    attempt: int  # the attempt about to be made (2 = first retry)
    delay: float  # seconds the SDK will wait
    reason: str  # e.g. "503 Service Unavailable", "ConnectError", "409 in flight"
    request: httpx.Request
    response: httpx.Response | None = None
    error: BaseException | None = None


Hook = Callable[..., Any]


@dataclass
class Hooks:
    """Callbacks around each attempt; on `AsyncNovu` they may also be coroutine functions.

    - `before_request(request) -> request | None`: may return a replacement request;
    - `after_response(response)`: every response, any status;
    - `on_error(error)`: each NovuError just before it is raised;
    - `on_retry(event: RetryEvent)`: before each wait-and-resend.
    """

    before_request: list[Hook] = field(default_factory=list)
    after_response: list[Hook] = field(default_factory=list)
    on_error: list[Hook] = field(default_factory=list)
    on_retry: list[Hook] = field(default_factory=list)

    @classmethod
    def coerce(cls, hooks: Hooks | Mapping[str, Hook | list[Hook]] | None) -> Hooks:
        if hooks is None:
            return cls()
        if isinstance(hooks, Hooks):
            return hooks
        unknown = set(hooks) - {"before_request", "after_response", "on_error", "on_retry"}
        if unknown:
            raise TypeError(f"unknown hook names: {sorted(unknown)}")
        return cls(**{k: list(v) if isinstance(v, (list, tuple)) else [v] for k, v in hooks.items()})


class _Secret:
    """Holds the key; its repr never shows it."""

    __slots__ = ("value",)

    def __init__(self, value: str) -> None:
        self.value = value

    def __repr__(self) -> str:
        return "'***'"

    def __reduce__(self) -> Any:
        raise TypeError("a Novu secret key cannot be pickled")


def _configure_env_logging() -> None:
    if os.environ.get("NOVU_LOG", "").lower() == "debug" and not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)


def _retry_after(headers: httpx.Headers, now: float) -> float | None:
    """Seconds the server asks us to wait: Retry-After (seconds or HTTP date) or RateLimit-Reset."""
    value = headers.get("retry-after-ms")
    if value:
        try:
            return max(0.0, float(value) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value:
        try:
            return max(0.0, float(value))
        except ValueError:
            try:
                parsed = email.utils.parsedate_to_datetime(value)
            except (TypeError, ValueError):
                parsed = None
            if parsed is not None:
                return max(0.0, parsed.timestamp() - now)
    value = headers.get("ratelimit-reset")
    if value:
        try:
            seconds = float(value)
        except ValueError:
            return None
        # delta-seconds per the RateLimit header draft; a Unix time is accepted too.
        return max(0.0, seconds - now) if seconds > 1_000_000_000 else max(0.0, seconds)
    return None


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


class _BaseClient:
    _http: Any

    def __init__(
        self,
        *,
        secret_key: str | None = None,
        server: str | None = None,
        server_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        retry: RetryPolicy | None = None,
        headers: Mapping[str, str] | None = None,
        hooks: Hooks | Mapping[str, Any] | None = None,
        logger: logging.Logger | None = None,
    ) -> None:
        key = secret_key if secret_key is not None else os.environ.get("NOVU_SECRET_KEY")
        if key is None or not str(key).strip():
            raise _errors.NovuConfigError(
                "no secret key: pass Novu(secret_key=...) or set the NOVU_SECRET_KEY environment variable"
            )
        if not isinstance(key, str):
            raise TypeError(f"secret_key must be a str, got {type(key).__name__}")
        key = key.strip()
        self._secret = _Secret(key[len("ApiKey ") :] if key.startswith("ApiKey ") else key)
        if server_url is not None and server is not None:
            raise _errors.NovuConfigError("pass either server or server_url, not both")
        if server_url is None:
            name = server or "us"
            if name not in SERVERS:
                raise _errors.NovuConfigError(f"unknown server {name!r}; choose one of {sorted(SERVERS)} or pass server_url")
            server_url = SERVERS[name]
        self.server_url = server_url.rstrip("/")
        self.timeout = timeout if isinstance(timeout, httpx.Timeout) or timeout is None else httpx.Timeout(timeout)
        if retry is None:
            retry = RetryPolicy(max_retries=max_retries)
        elif max_retries != 2:
            retry = replace(retry, max_retries=max_retries)
        if retry.max_retries < 0:
            raise _errors.NovuConfigError("max_retries must be >= 0")
        self.retry = retry
        self.headers = dict(headers or {})
        self.hooks = Hooks.coerce(hooks)
        self.logger = logger or globals()["logger"]
        _configure_env_logging()

    # -- shared pieces of the pipeline ---------------------------------------------------
    def __repr__(self) -> str:
        return f"{type(self).__name__}(server_url={self.server_url!r}, secret_key='***')"

    def __reduce__(self) -> Any:
        raise TypeError(f"{type(self).__name__} cannot be pickled (it holds a secret key and open connections)")

    def _redact(self, text: str) -> str:
        return text.replace(self._secret.value, "***") if self._secret.value else text

    def _build_request(
        self,
        op: Operation,
        parts: RequestParts,
        *,
        timeout: Any,
        idempotency_key: str | Unset,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, Any] | None,
    ) -> httpx.Request:
        headers = {
            "Authorization": f"ApiKey {self._secret.value}",
            "Accept": "application/json",
            "User-Agent": f"novu-api-python/{__version__}",
            **self.headers,
        }
        if parts.method != "GET":
            key = idempotency_key if idempotency_key is not UNSET else str(uuid.uuid4())
            if not isinstance(key, str) or not key.strip():
                raise ValueError("idempotency_key must be a non-empty str")
            headers["Idempotency-Key"] = key
        if extra_headers:
            headers.update(extra_headers)
        params = dict(parts.params or {})
        if extra_query:
            params.update(extra_query)
        content: bytes | None = None
        if parts.json is not None:
            content = json.dumps(parts.json, separators=(",", ":"), ensure_ascii=False).encode()
            headers["Content-Type"] = "application/json"
        request = httpx.Request(
            parts.method,
            self.server_url + parts.url,
            params=params or None,
            headers=headers,
            content=content,
            data=parts.data if parts.files is not None else None,
            files=parts.files,
        )
        t = self.timeout if timeout is UNSET else timeout
        t = t if isinstance(t, httpx.Timeout) or t is None else httpx.Timeout(t)
        request.extensions["timeout"] = (t if t is not None else httpx.Timeout(None)).as_dict()
        return request

    def _backoff(self, retry: RetryPolicy, attempt: int) -> float:
        delay = min(retry.max_delay, retry.initial_delay * (2 ** (attempt - 1)))
        return delay * (1 - retry.jitter * random.random())

    def _retry_decision(
        self, retry: RetryPolicy, attempt: int, retries_left: int, response: httpx.Response
    ) -> tuple[float | None, str]:
        """(delay, reason) if this response should be retried, else (None, why not)."""
        status = response.status_code
        requested = _retry_after(response.headers, time.time())
        if status == 409:
            # Novu's "request with this key still in flight" carries Retry-After; a real conflict does not.
            if requested is None:
                return None, "conflict"
            reason = "409 in flight"
        elif status in RETRY_STATUSES:
            reason = _reason(response)
        else:
            return None, "not retryable"
        if retries_left <= 0:
            return None, "retries exhausted"
        if requested is not None:
            if requested > retry.max_retry_after:
                return None, f"server asked to wait {requested:.0f}s, over the {retry.max_retry_after:.0f}s limit"
            return requested, reason
        return self._backoff(retry, attempt), reason

    def _status_error(self, op: Operation, response: httpx.Response, note: str | None = None) -> _errors.APIStatusError:
        text = response.text
        body: Any = None
        raw: Any = None
        try:
            raw = json.loads(response.content) if response.content else None
        except ValueError:
            raw = None
        body = raw if raw is not None else (text or None)
        model_name = op.errors.get(str(response.status_code)) or op.errors.get(f"{response.status_code // 100}XX")
        model_name = model_name or op.errors.get("default")
        if raw.__class__ is dict and model_name:
            from . import models

            try:
                body = getattr(models, model_name).from_dict(raw)
            except (DecodeError, AttributeError):
                body = raw
        message, error_id, details = _describe_error(raw, text)
        line = f"{_reason(response)}"
        if message:
            line += f": {message}"
        if details:
            line += " (" + "; ".join(f"{k}: {', '.join(v)}" for k, v in details.items()) + ")"
        if error_id:
            line += f" [errorId {error_id}]"
        if note:
            line += f"; {note}"
        cls = _errors.error_class(response.status_code)
        if (
            response.status_code == 422
            and "idempotency-key" in {k.lower() for k in response.request.headers}
            and "idempot" in (message or "").lower()
        ):
            cls = _errors.IdempotencyKeyReuseError
        return cls(self._redact(line), response=response, body=body, error_id=error_id, details=details)

    def _decode(self, op: Operation, response: httpx.Response, parse: Parser) -> Any:
        if not op.returns_json:
            return parse(None)
        content = response.content
        ctype = response.headers.get("content-type", "")
        if not content:
            raise _errors.ResponseValidationError(
                f"{_reason(response)}: empty body where {op.facade} declares JSON", response=response, raw_text=""
            )
        if ctype and "json" not in ctype:
            raise _errors.ResponseValidationError(
                f"{_reason(response)}: expected JSON from {op.facade}, got {ctype.split(';')[0]}: {_snippet(response.text)}",
                response=response,
                raw_text=response.text,
            )
        try:
            body = json.loads(content)
        except ValueError as exc:
            raise _errors.ResponseValidationError(
                f"{_reason(response)}: invalid JSON from {op.facade} ({exc}): {_snippet(response.text)}",
                response=response,
                raw_text=response.text,
            ) from None
        try:
            return parse(_unwrap(op, body))
        except DecodeError as exc:
            raise _errors.ResponseValidationError(
                f"response of {op.facade} does not fit its declared type at {exc}",
                response=response,
                raw_text=response.text,
                json_path=exc.json_path(),
            ) from None

    def _log_request(self, request: httpx.Request, attempt: int) -> None:
        if self.logger.isEnabledFor(logging.DEBUG):
            key = request.headers.get("idempotency-key")
            self.logger.debug(
                "%s %s attempt=%d%s",
                request.method,
                self._redact(str(request.url)),
                attempt,
                f" idempotency_key={key}" if key else "",
            )

    def _log_response(self, request: httpx.Request, response: httpx.Response, started: float) -> None:
        if self.logger.isEnabledFor(logging.DEBUG):
            replay = " replayed" if response.headers.get("idempotency-replay") == "true" else ""
            self.logger.debug(
                "%s %s -> %s in %.1f ms%s",
                request.method,
                self._redact(str(request.url)),
                response.status_code,
                (time.perf_counter() - started) * 1000,
                replay,
            )

    def _log_retry(self, event: RetryEvent, total: int) -> None:
        self.logger.debug(
            "retrying %s %s in %.2fs (attempt %d of %d): %s; same idempotency_key=%s",
            event.request.method,
            self._redact(str(event.request.url)),
            event.delay,
            event.attempt,
            total,
            event.reason,
            event.request.headers.get("idempotency-key", "-"),
        )

    def _options(self, max_retries: int | Unset) -> RetryPolicy:
        if max_retries is UNSET:
            return self.retry
        if not isinstance(max_retries, int) or max_retries < 0:
            raise ValueError("max_retries must be an int >= 0")
        return replace(self.retry, max_retries=max_retries)

    def _transport_error(self, exc: httpx.HTTPError, request: httpx.Request) -> _errors.APIConnectionError:
        detail = self._redact(f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__)
        if isinstance(exc, httpx.TimeoutException):
            return _errors.APITimeoutError(f"request timed out ({detail})", request=request)
        return _errors.APIConnectionError(f"connection error ({detail})", request=request)

    def _init_kwargs(self) -> dict[str, Any]:
        return {
            "secret_key": self._secret.value,
            "server_url": self.server_url,
            "timeout": self.timeout,
            "retry": self.retry,
            "headers": self.headers,
            "hooks": self.hooks,
            "logger": self.logger,
        }


def _snippet(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "..."


def _describe_error(raw: Any, text: str) -> tuple[str | None, str | None, dict[str, list[str]]]:
    """Novu's message, errorId and per-field validation messages from an error body."""
    if raw.__class__ is not dict:
        return (_snippet(text) if text else None), None, {}
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


class Novu(_BaseClient, NovuResources):
    """The Novu API client.

    >>> novu = Novu(secret_key="...")            # or NOVU_SECRET_KEY
    >>> novu.trigger(workflow_id="welcome", to="subscriber-1", payload={})
    """

    def __init__(
        self,
        *,
        secret_key: str | None = None,
        server: str | None = None,
        server_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        retry: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        headers: Mapping[str, str] | None = None,
        hooks: Hooks | Mapping[str, Any] | None = None,
        logger: logging.Logger | None = None,
    ) -> None:
        _BaseClient.__init__(
            self,
            secret_key=secret_key,
            server=server,
            server_url=server_url,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            headers=headers,
            hooks=hooks,
            logger=logger,
        )
        NovuResources.__init__(self, self)
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise TypeError("http_client must be an httpx.Client (use AsyncNovu for an httpx.AsyncClient)")
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.Client(timeout=self.timeout)

    def with_options(self, **changes: Any) -> Novu:
        """A copy with some settings changed, sharing this client's connection pool."""
        kwargs = {**self._init_kwargs(), **changes}
        if "server" in changes:
            kwargs.pop("server_url", None)
        if "max_retries" in changes and "retry" not in changes:
            kwargs["retry"] = replace(self.retry, max_retries=changes["max_retries"])
            kwargs.pop("max_retries")
        clone = type(self)(http_client=self._http, **kwargs)
        clone._owns_http = False
        return clone

    @property
    def with_raw_response(self) -> Any:
        """The same facade, returning `Response` objects (status, headers, parsed value)."""
        return NovuResources(self, raw=True)

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Novu:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the pipeline --------------------------------------------------------------------
    def _run_hooks(self, hooks: list[Hook], *args: Any) -> Any:
        result = None
        for hook in hooks:
            result = hook(*args)
        return result

    def _fail(self, error: _errors.NovuError) -> _errors.NovuError:
        self._run_hooks(self.hooks.on_error, error)
        return error

    def _request(
        self,
        op: Operation,
        parts: RequestParts,
        parse: Parser,
        *,
        timeout: Any = UNSET,
        max_retries: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any]:
        retry = self._options(max_retries)
        request = self._build_request(
            op, parts, timeout=timeout, idempotency_key=idempotency_key, extra_headers=extra_headers, extra_query=extra_query
        )
        for hook in self.hooks.before_request:
            request = hook(request) or request
        attempt = 1
        total = retry.max_retries + 1
        while True:
            self._log_request(request, attempt)
            started = time.perf_counter()
            try:
                response = self._http.send(request)
            except httpx.HTTPError as exc:
                error = self._transport_error(exc, request)
                if attempt < total:
                    event = RetryEvent(attempt + 1, self._backoff(retry, attempt), type(exc).__name__, request, error=error)
                    self._log_retry(event, total)
                    self._run_hooks(self.hooks.on_retry, event)
                    time.sleep(event.delay)
                    attempt += 1
                    continue
                raise self._fail(error) from exc
            self._log_response(request, response, started)
            self._run_hooks(self.hooks.after_response, response)
            if response.status_code >= 400:
                delay, reason = self._retry_decision(retry, attempt, total - attempt, response)
                if delay is not None:
                    event = RetryEvent(attempt + 1, delay, reason, request, response=response)
                    self._log_retry(event, total)
                    self._run_hooks(self.hooks.on_retry, event)
                    time.sleep(delay)
                    attempt += 1
                    continue
                note = reason if reason.startswith("server asked") else None
                raise self._fail(self._status_error(op, response, note))
            try:
                parsed = self._decode(op, response, parse)
            except _errors.ResponseValidationError as error:
                raise self._fail(error) from None
            return Response(response.status_code, response.headers, response.content, parsed, response)

    def _request_page(self, op: Operation, parts: RequestParts, parse: Parser, **options: Any) -> SyncPage[Any]:
        from .pagination import SyncPage

        return SyncPage(self, op, parts, parse, options, self._request(op, parts, parse, **options))


class AsyncNovu(_BaseClient, AsyncNovuResources):
    """The Novu API client for asyncio; every operation is awaitable."""

    def __init__(
        self,
        *,
        secret_key: str | None = None,
        server: str | None = None,
        server_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        retry: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        headers: Mapping[str, str] | None = None,
        hooks: Hooks | Mapping[str, Any] | None = None,
        logger: logging.Logger | None = None,
    ) -> None:
        _BaseClient.__init__(
            self,
            secret_key=secret_key,
            server=server,
            server_url=server_url,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            headers=headers,
            hooks=hooks,
            logger=logger,
        )
        AsyncNovuResources.__init__(self, self)
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise TypeError("http_client must be an httpx.AsyncClient (use Novu for an httpx.Client)")
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.AsyncClient(timeout=self.timeout)

    def with_options(self, **changes: Any) -> AsyncNovu:
        """A copy with some settings changed, sharing this client's connection pool."""
        kwargs = {**self._init_kwargs(), **changes}
        if "server" in changes:
            kwargs.pop("server_url", None)
        if "max_retries" in changes and "retry" not in changes:
            kwargs["retry"] = replace(self.retry, max_retries=changes["max_retries"])
            kwargs.pop("max_retries")
        clone = type(self)(http_client=self._http, **kwargs)
        clone._owns_http = False
        return clone

    @property
    def with_raw_response(self) -> Any:
        """The same facade, returning `Response` objects (status, headers, parsed value)."""
        return AsyncNovuResources(self, raw=True)

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def close(self) -> None:
        await self.aclose()

    async def __aenter__(self) -> AsyncNovu:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def _run_hooks(self, hooks: list[Hook], *args: Any) -> Any:
        result = None
        for hook in hooks:
            result = hook(*args)
            if inspect.isawaitable(result):
                result = await result
        return result

    async def _fail(self, error: _errors.NovuError) -> _errors.NovuError:
        await self._run_hooks(self.hooks.on_error, error)
        return error

    async def _request(
        self,
        op: Operation,
        parts: RequestParts,
        parse: Parser,
        *,
        timeout: Any = UNSET,
        max_retries: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any]:
        retry = self._options(max_retries)
        request = self._build_request(
            op, parts, timeout=timeout, idempotency_key=idempotency_key, extra_headers=extra_headers, extra_query=extra_query
        )
        for hook in self.hooks.before_request:
            replaced = hook(request)
            if inspect.isawaitable(replaced):
                replaced = await replaced
            request = replaced or request
        attempt = 1
        total = retry.max_retries + 1
        while True:
            self._log_request(request, attempt)
            started = time.perf_counter()
            try:
                response = await self._http.send(request)
            except httpx.HTTPError as exc:
                error = self._transport_error(exc, request)
                if attempt < total:
                    event = RetryEvent(attempt + 1, self._backoff(retry, attempt), type(exc).__name__, request, error=error)
                    self._log_retry(event, total)
                    await self._run_hooks(self.hooks.on_retry, event)
                    await asyncio.sleep(event.delay)
                    attempt += 1
                    continue
                raise (await self._fail(error)) from exc
            self._log_response(request, response, started)
            await self._run_hooks(self.hooks.after_response, response)
            if response.status_code >= 400:
                delay, reason = self._retry_decision(retry, attempt, total - attempt, response)
                if delay is not None:
                    event = RetryEvent(attempt + 1, delay, reason, request, response=response)
                    self._log_retry(event, total)
                    await self._run_hooks(self.hooks.on_retry, event)
                    await asyncio.sleep(delay)
                    attempt += 1
                    continue
                note = reason if reason.startswith("server asked") else None
                raise await self._fail(self._status_error(op, response, note))
            try:
                parsed = self._decode(op, response, parse)
            except _errors.ResponseValidationError as error:
                raise (await self._fail(error)) from None
            return Response(response.status_code, response.headers, response.content, parsed, response)

    async def _request_page(self, op: Operation, parts: RequestParts, parse: Parser, **options: Any) -> AsyncPage[Any]:
        from .pagination import AsyncPage

        return AsyncPage(self, op, parts, parse, options, await self._request(op, parts, parse, **options))

