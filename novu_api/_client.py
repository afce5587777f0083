"""`Novu` and `AsyncNovu`: the two clients, and the drivers of the one request flow.

The pipeline, in order, for each logical call (`_flow.run`, shared by both clients):
1. build the request once: auth header, and for non-GET an Idempotency-Key made once per call.
   What every request of a client sends (Host, Accept..., the client's and the pool's headers,
   the key, the timeout) is merged once per client (`_BaseClient._prepared`) and copied into each
   request; a call with its own headers or query, or a pool with defaults of its own to add
   (base URL, params, cookies), is merged layer by layer instead (`_build_merged`);
2. for each attempt: run `before_request` hooks (they may replace the request; a non-GET one
   must keep the call's Idempotency-Key), send it without following redirects unless it is a
   GET, read the body within `Limits` (`_limits`), run `after_response` hooks;
3. on a retryable failure (connection error, timeout, 408/429/5xx, 409 with Retry-After) run
   `on_retry` hooks, wait (Retry-After / RateLimit-Reset, else backoff with jitter) and go to 2
   with the same request, hence the same Idempotency-Key;
4. otherwise run `on_error` hooks and raise a typed error (`_error_bodies`), or decode the JSON,
   unwrap Novu's `{"data": ...}` envelope and parse it into the declared model.

`_flow.run` is a generator that yields the I/O it needs (send, sleep, run hooks) and never does
any itself; `Novu` and `AsyncNovu` drive it with blocking and awaiting I/O respectively, so
the policy exists once. The rest lives by concern: `_config` (the options, defined once, and
their checks), `_headers`, `_hooks`, `_logging`, `_error_bodies`, `_limits`.
"""

from __future__ import annotations

import contextvars
import json
import logging
import sys
import threading
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

import httpx

from . import _codec, _config, _flow, _headers, _limits, _raw
from . import errors as _errors
from ._codec import DecodeError
from ._config import DEFAULT_TIMEOUT, SERVERS, RetryPolicy
from ._config import secret_key as _secret_key
from ._config import server_url as _server_url
from ._config import timeout as _timeout
from ._error_bodies import describe_exception as _describe_exception
from ._error_bodies import one_line as _one_line
from ._error_bodies import reason as _reason
from ._error_bodies import text_summary as _text_summary
from ._headers import check_headers as _check_headers
from ._headers import merge_headers as _merge_headers
from ._hooks import HOOK_NAMES as _HOOK_NAMES
from ._hooks import Hook, Hooks, RetryEvent
from ._hooks import keep_context as _keep_context
from ._limits import Limits
from ._logging import LOGGER as _LOGGER
from ._logging import DebugLog as _DebugLog
from ._logging import configure_env_logging as _configure_env_logging
from ._operation import Operation, Parser, RequestParts
from ._operation import json_content as _json_content
from ._options import OPTIONS
from ._types import UNSET, Response, Unset
from ._version import __version__
from .resources.root import (
    AsyncNovuResources,
    AsyncNovuResourcesWithRawResponse,
    NovuResources,
    NovuResourcesWithRawResponse,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ._options import RequestOptions
    from .pagination import AsyncPage, SyncPage

__all__ = ["DEFAULT_TIMEOUT", "SERVERS", "AsyncNovu", "Hooks", "Novu", "RetryEvent", "RetryPolicy"]

_T = TypeVar("_T")

_NOVU_OPTIONS = _config.option_names(_config.NovuOptions)
_ASYNC_OPTIONS = _config.option_names(_config.AsyncNovuOptions)
_NOVU_COPY_OPTIONS = _config.option_names(_config.NovuCopyOptions)
_ASYNC_COPY_OPTIONS = _config.option_names(_config.AsyncNovuCopyOptions)
_URL_CACHE_SIZE = 512  # parsed URLs a client keeps (see `_BaseClient._url`)
# An httpcore trace callback that requests sent from this context carry (unless a hook gave the
# request its own): the async bulk driver learns from it when a chunk's body is out and its
# answer awaited, and prepares the next chunk in that wait (`_bulk._drive_async`).
AWAITING_ANSWER: contextvars.ContextVar[Callable[[str, dict[str, Any]], Awaitable[None]] | None] = (
    contextvars.ContextVar("novu_api_awaiting_answer", default=None)
)
# The options both clients read in `_BaseClient.__init__`, in the order it unpacks them.
_COMMON_SETTINGS = (
    "secret_key",
    "server",
    "server_url",
    "timeout",
    "max_retries",
    "retry",
    "http_client",
    "headers",
    "hooks",
    "logger",
)


# Headers a call sets itself: a client whose headers name one merges every call in full.
_CALL_HEADERS = frozenset({"host", "content-length", "transfer-encoding", "content-type", "idempotency-key"})
# Bodiless, these still say Content-Length: 0 (as httpx writes them).
_LENGTH_ZERO = frozenset({"POST", "PUT", "PATCH"})
_OPTION_NAMES = frozenset(OPTIONS)

# Module-level so that tests can replace the clock without touching the `time` module.
_sleep = time.sleep


class _Prepared(NamedTuple):
    """What a client's common requests send, made once (`_BaseClient._prepared`): the headers
    (Host, Accept..., the client's and the pool's, Authorization) without and with the JSON
    Content-Type, and the timeout extension."""

    bare: httpx.Headers
    json: httpx.Headers
    extensions: dict[str, Any]


def _call_key(idempotency_key: str | Unset) -> str:
    """A non-GET call's Idempotency-Key: the caller's, checked, or a new one. Once per logical
    call: every retry carries the same key, so Novu replays instead of repeating the side effect."""
    if idempotency_key is UNSET:
        return _headers.new_idempotency_key()
    if not isinstance(idempotency_key, str) or not idempotency_key.strip():
        raise ValueError("idempotency_key must be a non-empty str")
    if not (idempotency_key.isascii() and idempotency_key.isprintable()):
        raise ValueError("idempotency_key must be printable ASCII on one line")
    return idempotency_key


async def _async_sleep(seconds: float) -> None:
    import asyncio  # only async clients pay for asyncio

    await asyncio.sleep(seconds)


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
    _http_client: httpx.Client | httpx.AsyncClient | None
    _owns_http: bool  # the pool is ours (made on first use), not a caller's http_client

    @property
    def _http(self) -> httpx.Client | httpx.AsyncClient:
        raise NotImplementedError  # each client makes its own kind of pool

    def __init__(self, options: Mapping[str, Any]) -> None:
        """Settings from `options`: every option of `_config.ClientOptions`, defaults filled in."""
        secret_key, server, server_url, timeout, max_retries, retry, http_client, headers, hooks, logger = (
            options[name] for name in _COMMON_SETTINGS
        )
        limits, allow_plain_http = options["limits"], options["allow_plain_http"]
        self._secret = _secret_key(secret_key)
        self.strict_responses = _config.check_bool("strict_responses", options["strict_responses"])
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
        self._deadline = self.limits.deadline_for(self.timeout)
        self._urls: dict[str, httpx.URL] = {}
        # (what the prepared headers were made from, them): one attribute, replaced at once, so a
        # thread never pairs one state's check with another's headers.
        self._prepared_state: tuple[tuple[Any, ...], _Prepared | None] | None = None
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

    def _settings(self) -> dict[str, Any]:
        """This client's options, as its constructor takes them (for a copy)."""
        return {
            "secret_key": self._secret,  # the key never sits in a plain local
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

    # -- the pipeline, shared by both clients -----------------------------------------------
    def _options(self, max_retries: int | Unset, retry: RetryPolicy | Unset = UNSET) -> RetryPolicy:
        """This call's retry policy: the client's, or `retry=`, with `max_retries=` applied on top."""
        if retry is UNSET:
            if max_retries is UNSET:  # the common call
                return self.retry
            policy = self.retry
        elif isinstance(retry, RetryPolicy):
            policy = retry
        else:
            raise TypeError(f"retry must be a RetryPolicy, got {type(retry).__name__}")
        if isinstance(max_retries, Unset):
            return policy
        return replace(policy, max_retries=max_retries)  # checked by RetryPolicy, as everywhere

    def _build_request(
        self,
        parts: RequestParts,
        *,
        timeout: Any,
        idempotency_key: str | Unset,
        extra_headers: Mapping[str, str | None] | None,
        extra_query: Mapping[str, Any] | None,
    ) -> httpx.Request:
        # No Authorization in a local here: it is in the client's prepared headers (an
        # httpx.Headers, whose repr hides it) or set on the built request, so that no frame of
        # the SDK shows the key to an error reporter that captures locals.
        prepared = None
        if not (extra_headers or extra_query or parts.headers or parts.files is not None):
            prepared = self._prepared()
        if prepared is None:
            return self._build_merged(
                parts,
                timeout=timeout,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        # The common call: the client's headers merged once (`_prepared`), this call's own
        # appended, the body given as a stream so httpx does not encode it or merge headers again.
        method = parts.method
        # Each request gets its own extensions (a hook may change them in place).
        extensions = (
            {"timeout": prepared.extensions["timeout"].copy()}
            if timeout is UNSET
            else {"timeout": _timeout(timeout).as_dict()}
        )
        key = None if method == "GET" else _call_key(idempotency_key)
        content = parts.content
        if content is None and parts.json is not None:
            content = _json_content(parts.json)
        try:
            url = self._url(parts.url)
            if parts.params:
                url = httpx.URL(url, params=parts.params)
            request = httpx.Request(
                method,
                url,
                headers=prepared.bare if content is None else prepared.json,
                stream=httpx.ByteStream(content or b""),
                extensions=extensions,
            )
        except (httpx.InvalidURL, httpx.HTTPError, TypeError, ValueError, OSError, RecursionError) as exc:
            raise self._unbuildable(parts, exc) from exc
        request.read()  # the body is in memory: `request.content` works, as for any built request
        headers = request.headers
        if key is not None:
            _headers.append(headers, b"Idempotency-Key", key.encode())
        if content:
            _headers.append(headers, b"Content-Length", str(len(content)).encode())
        elif method in _LENGTH_ZERO:
            _headers.append(headers, b"Content-Length", b"0")
        return request

    def _unbuildable(self, parts: RequestParts, exc: BaseException) -> _errors.InvalidRequestError:
        # e.g. a 70 KB path or query value (httpx caps URLs at 64 KB), an upload that cannot be read
        return _errors.InvalidRequestError(
            f"cannot build the {parts.method} {parts.url.split('?', 1)[0][:200]} request: "
            f"{_one_line(self._redact(_describe_exception(exc)), 300)}"
        )

    def _build_merged(
        self,
        parts: RequestParts,
        *,
        timeout: Any,
        idempotency_key: str | Unset,
        extra_headers: Mapping[str, str | None] | None,
        extra_query: Mapping[str, Any] | None,
    ) -> httpx.Request:
        """A request whose headers are merged layer by layer: a call with `extra_headers`,
        `extra_query`, declared header parameters or files, or a pool with something of its own
        to merge (a base URL, default params, cookies, or headers that a call sets itself)."""
        auth_given = any(name.lower() == "authorization" for name in self.headers)
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
        per_call: dict[str, str] = {}
        if parts.method != "GET":
            per_call["Idempotency-Key"] = _call_key(idempotency_key)
        content: bytes | None = parts.content
        if content is None and parts.json is not None:
            content = _json_content(parts.json)
        if content is not None:
            per_call["Content-Type"] = "application/json"
        if parts.headers:  # the operation's declared header parameters
            _check_headers(parts.headers, "headers")
        headers = _merge_headers(
            self._own_headers(), per_call, parts.headers or {}, self.headers, extra_headers or {}
        )
        params = dict(parts.params or {})
        for name, value in (extra_query or {}).items():
            if value is None:  # None removes a parameter the operation would send
                params.pop(name, None)
            else:
                params[name] = _codec.query_value(name, value)
        http = self._http
        try:
            # The pool merges its own defaults (headers, params, cookies, base URL) under these.
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
            raise self._unbuildable(parts, exc) from exc
        if not auth_given:
            request.headers["Authorization"] = self._secret.header
        return request

    def _url(self, path: str) -> httpx.URL:
        """The parsed URL of `path` on this client's server, parsed once per URL (httpx URLs are
        immutable, so one can be shared by every request to it). The cache is bounded: paths with
        IDs in them are many."""
        text = self.server_url + path
        urls = self._urls
        url = urls.get(text)
        if url is None:
            if len(urls) >= _URL_CACHE_SIZE:
                urls.clear()
            url = urls[text] = httpx.URL(text)
        return url

    def _own_headers(self) -> dict[str, str]:
        """What the SDK sends on every request but the key, under the client's `headers=`."""
        base = {
            "Accept": "application/json",
            "Accept-Encoding": "gzip, deflate",  # the codings `_limits` decodes with a bounded output
            "User-Agent": f"novu-api-python/{__version__}",
        }
        return _merge_headers(base, self.headers)

    def _prepared(self) -> _Prepared | None:
        """The headers and timeout of this client's common requests, merged once and made again
        when what they come from changes (the server URL, the client's or the pool's headers, the
        pool itself, its base URL or params, the timeout); None when the pool has something of its
        own to merge (params, cookies), or the client's headers name one a call sets itself."""
        http = self._http
        state = self._prepared_state
        if state is None or not self._unchanged(state[0], http):
            made_from = (
                http,
                self.server_url,
                dict(self.headers),
                http.headers,
                list(_headers.raw_list(http.headers)),
                http.base_url,
                http.params,
                self.timeout,
            )
            state = self._prepared_state = (made_from, self._prepare(http))
        if _headers.has_cookies(http):
            return None  # cookies are the pool's to add (`build_request`)
        return state[1]

    def _unchanged(self, made_from: tuple[Any, ...], http: httpx.Client | httpx.AsyncClient) -> bool:
        return (
            made_from[0] is http
            and made_from[1] == self.server_url
            and made_from[2] == self.headers
            and made_from[3] is http.headers
            and made_from[4] == _headers.raw_list(http.headers)
            and made_from[5] is http.base_url
            and made_from[6] is http.params
            and made_from[7] is self.timeout
        )

    def _prepare(self, http: httpx.Client | httpx.AsyncClient) -> _Prepared | None:
        # A pool's base URL changes nothing: the SDK's URLs are absolute, which httpx leaves as
        # they are. Its params are merged into every URL: the pool's to add (`build_request`).
        if http.params:
            return None
        own = self._own_headers()
        # The pool's Authorization, if the caller's pool has one, never goes under ours.
        pool = {k: v for k, v in http.headers.items() if k.lower() != "authorization"}
        merged = _merge_headers(pool, own)
        if any(name.lower() in _CALL_HEADERS for name in merged):
            return None
        # Host first, as httpx puts it; Content-Length is each call's (`_build_request`).
        host = httpx.URL(self.server_url).netloc.decode("ascii")
        bare = httpx.Headers([("Host", host), *merged.items()])
        if not any(name.lower() == "authorization" for name in merged):
            _headers.append_key(bare, self._secret)
        json = httpx.Headers(bare)
        _headers.append(json, b"Content-Type", b"application/json")
        return _Prepared(bare, json, {"timeout": self.timeout.as_dict()})

    def _pool_timeout(self) -> httpx.Timeout | httpx._client.UseClientDefault:
        # The pool was made with this timeout (or the caller's pool has it): let httpx use its
        # own default instead of rebuilding an equal Timeout on every request.
        return httpx.USE_CLIENT_DEFAULT if self._http.timeout == self.timeout else self.timeout

    def _decode(self, op: Operation, response: httpx.Response, parse: Parser, strict: bool) -> Any:
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
            return parse(_unwrap(op, body), strict)
        except DecodeError as exc:
            raise invalid(f"the response does not fit its declared type at {exc}", exc.json_path()) from None
        except (TypeError, ValueError, KeyError, AttributeError, RecursionError) as exc:
            # Never expected (the decoders raise DecodeError), but a decoder's slip must still
            # reach the caller as the documented error, with the body to look at.
            raise invalid(f"the response could not be decoded ({type(exc).__name__}: {exc})") from exc

    def _flow(
        self, op: Operation, parts: RequestParts, parse: Parser, options: Mapping[str, Any]
    ) -> _flow.Flow:
        """One logical call: this call's options (`RequestOptions`), its request, then the flow
        (`_flow.run`)."""
        if not options:  # the common call: the client's settings throughout
            built = self._build_request(
                parts, timeout=UNSET, idempotency_key=UNSET, extra_headers=None, extra_query=None
            )
            return _flow.run(self, op, built, parse, self.retry, self._deadline, self.strict_responses)
        unknown = options.keys() - _OPTION_NAMES
        if unknown:
            raise TypeError(
                f"{op.facade}() got unexpected keyword argument(s) {sorted(unknown)}; "
                f"the per-call options are {', '.join(OPTIONS)}"
            )
        get = options.get
        timeout = get("timeout", UNSET)
        retry = self._options(get("max_retries", UNSET), get("retry", UNSET))
        built = self._build_request(
            parts,
            timeout=timeout,
            idempotency_key=get("idempotency_key", UNSET),
            extra_headers=get("extra_headers"),
            extra_query=get("extra_query"),
        )
        deadline = self._deadline if timeout is UNSET else self.limits.deadline_for(_timeout(timeout))
        strict = get("strict_responses", UNSET)
        strict = self.strict_responses if strict is UNSET else _config.check_bool("strict_responses", strict)
        return _flow.run(self, op, built, parse, retry, deadline, strict)


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

    @_config.with_signature(_config.NovuOptions)
    def __init__(self, **options: Unpack[_config.NovuOptions]) -> None:
        """Every option is keyword-only and optional; they are defined once, with their meaning, in
        `novu_api._config.ClientOptions` (and `NovuOptions`)."""
        given = _config.given(options, _NOVU_OPTIONS, "Novu")
        allow_in_event_loop, http_client = given["allow_in_event_loop"], given["http_client"]
        if not isinstance(allow_in_event_loop, bool):
            raise TypeError(f"allow_in_event_loop must be a bool, got {type(allow_in_event_loop).__name__}")
        self.allow_in_event_loop = allow_in_event_loop
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise TypeError("http_client must be an httpx.Client (use AsyncNovu for an httpx.AsyncClient)")
        _BaseClient.__init__(self, given)
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
                    self._http_client = httpx.Client(timeout=self.timeout)  # pyright: ignore[reportIncompatibleVariableOverride]
                client = self._http_client
        return client

    @_config.with_signature(_config.NovuCopyOptions, copy=True)
    def with_options(self, **changes: Unpack[_config.NovuCopyOptions]) -> Novu:
        """A copy with some options changed (any constructor argument, or a single field of
        `RetryPolicy` such as `initial_delay=` or of `Limits` such as `max_pages=`), sharing this
        client's connection pool unless `http_client` is given.

        Closing the copy leaves the pool open; closing this client closes it for both.
        """
        settings = {**self._settings(), "allow_in_event_loop": self.allow_in_event_loop}
        return type(self)(**_config.copy_options(settings, changes, _NOVU_COPY_OPTIONS))

    @property
    def with_raw_response(self) -> NovuResourcesWithRawResponse:
        """The same facade, each call returning a `RawResponse` (status, headers, `.parsed`: the plain call's value)."""
        return NovuResourcesWithRawResponse(self)

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
        if asyncio._get_running_loop() is None:  # get_running_loop() without raising when there is none
            return
        raise _errors.EventLoopError(
            f"novu.{op.facade}() is a blocking call, made inside a running asyncio event loop; "
            "nothing was sent. Use AsyncNovu and `await novu."
            f"{op.facade}(...)`, or run it in a thread (`await asyncio.to_thread(...)`); "
            "Novu(allow_in_event_loop=True) allows it where blocking the loop is acceptable"
        )

    def _request(
        self,
        op: Operation,
        parts: RequestParts,
        parse: Callable[[Any, bool], _T],
        **options: Unpack[RequestOptions],
    ) -> Response[_T]:
        self._refuse_in_event_loop(op)
        flow = self._flow(op, parts, parse, options)
        try:
            step = next(flow)
            while True:
                if isinstance(step, _flow.Send):
                    until = None if step.deadline is None else time.monotonic() + step.deadline
                    try:
                        response = self._http.send(
                            step.request, stream=True, follow_redirects=step.follow_redirects
                        )
                        result: Any = _limits.read_sync(response, self.limits, until)
                    except Exception as exc:  # the flow makes each kind its NovuError
                        result = exc
                elif isinstance(step, _flow.Sleep):
                    _sleep(step.seconds)
                    result = None
                else:
                    result = self._run_hooks(step.name, step.arg, step.hooks)
                try:
                    step = flow.send(result)
                except StopIteration as done:
                    return _raw.record(done.value)
        finally:
            flow.close()

    def _request_page(
        self, op: Operation, parts: RequestParts, parse: Parser, **options: Unpack[RequestOptions]
    ) -> SyncPage[Any]:
        from .pagination import SyncPage

        return SyncPage(self, op, parts, parse, dict(options), self._request(op, parts, parse, **options))


class AsyncNovu(_BaseClient, AsyncNovuResources):
    """The Novu API client for asyncio; every operation is awaitable. Hooks may be async."""

    _http_client: httpx.AsyncClient | None

    @_config.with_signature(_config.AsyncNovuOptions)
    def __init__(self, **options: Unpack[_config.AsyncNovuOptions]) -> None:
        """The options of `Novu`, but for `allow_in_event_loop`, with an `httpx.AsyncClient` as
        `http_client` (`novu_api._config.AsyncNovuOptions`)."""
        given = _config.given(options, _ASYNC_OPTIONS, "AsyncNovu")
        http_client = given["http_client"]
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise TypeError("http_client must be an httpx.AsyncClient (use Novu for an httpx.Client)")
        _BaseClient.__init__(self, given)
        AsyncNovuResources.__init__(self, self)
        self._owns_http = http_client is None
        self._http_client = http_client

    @property
    def _http(self) -> httpx.AsyncClient:
        client = self._http_client
        if client is None:  # made on first use, once, as for Novu
            with self._pool_lock:
                if self._http_client is None:
                    self._http_client = httpx.AsyncClient(timeout=self.timeout)  # pyright: ignore[reportIncompatibleVariableOverride]
                client = self._http_client
        return client

    @_config.with_signature(_config.AsyncNovuCopyOptions, copy=True)
    def with_options(self, **changes: Unpack[_config.AsyncNovuCopyOptions]) -> AsyncNovu:
        """A copy with some options changed (any constructor argument, or a single field of
        `RetryPolicy` such as `initial_delay=` or of `Limits` such as `max_pages=`), sharing this
        client's connection pool unless `http_client` is given.

        Closing the copy leaves the pool open; closing this client closes it for both.
        """
        return type(self)(**_config.copy_options(self._settings(), changes, _ASYNC_COPY_OPTIONS))

    @property
    def with_raw_response(self) -> AsyncNovuResourcesWithRawResponse:
        """The same facade, each call returning a `RawResponse` (status, headers, `.parsed`: the plain call's value)."""
        return AsyncNovuResourcesWithRawResponse(self)

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
        self,
        op: Operation,
        parts: RequestParts,
        parse: Callable[[Any, bool], _T],
        **options: Unpack[RequestOptions],
    ) -> Response[_T]:
        flow = self._flow(op, parts, parse, options)
        try:
            step = next(flow)
            while True:
                if isinstance(step, _flow.Send):
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
                elif isinstance(step, _flow.Sleep):
                    await _async_sleep(step.seconds)
                    result = None
                else:
                    result = await self._run_hooks(step.name, step.arg, step.hooks)
                try:
                    step = flow.send(result)
                except StopIteration as done:
                    return _raw.record(done.value)
        finally:
            flow.close()

    async def _send(self, step: _flow.Send, until: float | None) -> httpx.Response:
        trace = AWAITING_ANSWER.get()
        if trace is not None and "trace" not in step.request.extensions:
            step.request.extensions["trace"] = trace
        response = await self._http.send(step.request, stream=True, follow_redirects=step.follow_redirects)
        return await _limits.read_async(response, self.limits, until)

    async def _request_page(
        self, op: Operation, parts: RequestParts, parse: Parser, **options: Unpack[RequestOptions]
    ) -> AsyncPage[Any]:
        from .pagination import AsyncPage

        return AsyncPage(
            self, op, parts, parse, dict(options), await self._request(op, parts, parse, **options)
        )
