"""Client options, defined once: their names and types (`ClientOptions`), their defaults, and the
checks that turn what a caller gives into a client's settings (secret key, server, timeout, retry
policy). `Novu`, `AsyncNovu`, their `with_options` copies and their repr all read from here.
"""

from __future__ import annotations

import inspect
import logging
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

import httpx

from . import _limits
from . import errors as _errors
from ._limits import Limits
from ._types import UNSET

if TYPE_CHECKING:
    from ._hooks import Hooks

_F = TypeVar("_F", bound=Callable[..., Any])

SERVERS: dict[str, str] = {"us": "https://api.novu.co", "eu": "https://eu.api.novu.co"}
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
_API_KEY_PREFIX = re.compile(r"^\s*apikey(?:\s+|$)", re.IGNORECASE)


def check_bool(name: str, value: object) -> bool:
    """A flag option (`strict_responses`, ...): exactly True or False, not a truthy value."""
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be a bool, got {type(value).__name__}")
    return value


def check_max_retries(value: object) -> int:
    """The one check of `max_retries`, wherever it is given (client, copy, call, RetryPolicy)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _errors.NovuConfigError(f"max_retries must be an int >= 0, got {value!r}")
    return value


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
        check_max_retries(self.max_retries)
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


POLICY_FIELDS = frozenset(f.name for f in fields(RetryPolicy))


class Secret:
    """Holds the key; its repr never shows it."""

    __slots__ = ("value", "header")

    def __init__(self, value: str) -> None:
        self.value = value
        self.header = f"ApiKey {value}"  # made once: no request-building frame holds it in a local

    def __repr__(self) -> str:
        return "'***'"

    def __reduce__(self) -> Any:
        raise TypeError("a Novu secret key cannot be pickled")


def secret_key(given: str | Secret | None) -> Secret:
    if isinstance(given, Secret):  # a with_options copy: the key never sits in a plain local
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
    return Secret(key)


def server_url(server: str | None, server_url: str | None) -> str:
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


def timeout(value: Any, name: str = "timeout") -> httpx.Timeout:
    if isinstance(value, httpx.Timeout):
        return value
    if value is None:
        return httpx.Timeout(None)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise ValueError(f"{name} must be an httpx.Timeout, a number of seconds > 0 or None, got {value!r}")
    return httpx.Timeout(float(value))


# -- the options, once ------------------------------------------------------------------------
class ClientOptions(TypedDict, total=False):
    """The keyword arguments `Novu(...)` and `AsyncNovu(...)` take (and `with_options` copies).

    - `secret_key`: the API key; default: the NOVU_SECRET_KEY environment variable;
    - `server`: a region, "us" (the default) or "eu"; `server_url`: any other base URL (default:
      NOVU_SERVER_URL); pass one of the two;
    - `timeout`: seconds or an `httpx.Timeout` (None: no timeout); default 60 s, 10 s to connect,
      or `http_client`'s own when one is given;
    - `max_retries`: retries after the first attempt, default 2; `retry`: the whole `RetryPolicy`;
    - `headers`: sent with every request; `hooks`: a `Hooks` or a mapping of hook name to callables;
    - `logger`: where the DEBUG log goes (default: the "novu_api" logger);
    - `limits`: `Limits()` bounds (response sizes, attempt deadline, pages per iteration);
    - `allow_plain_http`: silences the warning for an `http://` server_url that is not this machine;
    - `strict_responses`: a response that deviates from its schema (a missing required field, a
      value of another type, an unknown enum value) raises `ResponseValidationError` instead of
      being kept and recorded (`novu_api.deviations`); per call: `strict_responses=`.
    """

    secret_key: str | None
    server: str | None
    server_url: str | None
    timeout: float | httpx.Timeout | None
    max_retries: int
    retry: RetryPolicy | None
    headers: Mapping[str, str] | None
    hooks: Hooks | Mapping[str, Any] | None
    logger: logging.Logger | None
    limits: Limits | None
    allow_plain_http: bool
    strict_responses: bool


class NovuOptions(ClientOptions, total=False):
    """`Novu`'s options: the common ones, its own `httpx.Client`, and `allow_in_event_loop`
    (allow blocking calls inside a running asyncio loop)."""

    http_client: httpx.Client | None
    allow_in_event_loop: bool


class AsyncNovuOptions(ClientOptions, total=False):
    """`AsyncNovu`'s options: the common ones and its own `httpx.AsyncClient`."""

    http_client: httpx.AsyncClient | None


class _CopyFields(TypedDict, total=False):
    """What `with_options` takes on top of the options: single fields of the retry policy and
    of the limits (checked against `RetryPolicy` and `Limits` at import, see below)."""

    initial_delay: float
    max_delay: float
    max_retry_after: float
    jitter: float
    max_response_bytes: int
    max_decoded_bytes: int
    attempt_deadline: float | None
    max_pages: int


class NovuCopyOptions(NovuOptions, _CopyFields, total=False):
    """What `Novu.with_options` takes."""


class AsyncNovuCopyOptions(AsyncNovuOptions, _CopyFields, total=False):
    """What `AsyncNovu.with_options` takes."""


# What an option is when not given (UNSET: worked out from the others, see the checks); the signature `help(Novu)` shows is made from this.
DEFAULTS: dict[str, Any] = {
    "secret_key": None,
    "server": None,
    "server_url": None,
    "timeout": UNSET,
    "max_retries": UNSET,
    "retry": None,
    "http_client": None,
    "headers": None,
    "hooks": None,
    "logger": None,
    "limits": None,
    "allow_plain_http": False,
    "strict_responses": False,
    "allow_in_event_loop": False,
}

_COPY_FIELDS = frozenset(_CopyFields.__annotations__)
if _COPY_FIELDS != (POLICY_FIELDS - {"max_retries"}) | _limits.LIMIT_FIELDS:  # pragma: no cover
    raise AssertionError("with_options' single fields must be RetryPolicy's and Limits' fields")


def option_names(options: type[Any]) -> frozenset[str]:
    return frozenset(options.__annotations__)


def check_names(options: Mapping[str, Any], allowed: frozenset[str], owner: str) -> None:
    unknown = set(options) - allowed
    if unknown:
        raise TypeError(
            f"{owner}() got unexpected keyword argument(s) {sorted(unknown)}; it takes {sorted(allowed)}"
        )


def given(options: Mapping[str, Any], allowed: frozenset[str], owner: str) -> dict[str, Any]:
    """The options with their defaults filled in; an unknown name is a TypeError naming it."""
    unknown = set(options) - allowed
    if unknown:
        raise TypeError(
            f"{owner}() got unexpected keyword argument(s) {sorted(unknown)}; it takes {sorted(allowed)}"
        )
    return {**{name: DEFAULTS[name] for name in allowed if name in DEFAULTS}, **options}


def signature(options: type[Any], *, first: str = "self", copy: bool = False) -> inspect.Signature:
    """A keyword-only signature listing `options`, for `help()` and `inspect.signature`; for a
    copy (`copy=True`) every default is UNSET: what is not given stays as it is."""
    hints = options.__annotations__
    params = [inspect.Parameter(first, inspect.Parameter.POSITIONAL_OR_KEYWORD)]
    for name, hint in hints.items():
        annotation = hint if isinstance(hint, str) else getattr(hint, "__forward_arg__", hint)
        params.append(
            inspect.Parameter(
                name,
                inspect.Parameter.KEYWORD_ONLY,
                default=UNSET if copy else DEFAULTS.get(name, UNSET),
                annotation=annotation,
            )
        )
    return inspect.Signature(params)


def with_signature(options: type[Any], **kwargs: Any) -> Callable[[_F], _F]:
    """Give a `**options: Unpack[...]` function the keyword-only signature of `options`."""

    def apply(function: _F) -> _F:
        function.__signature__ = signature(options, **kwargs)  # type: ignore[attr-defined]
        return function

    return apply


def copy_options(
    settings: Mapping[str, Any], changes: Mapping[str, Any], allowed: frozenset[str]
) -> dict[str, Any]:
    """A copy's constructor arguments: a client's `settings` with `changes` (options, or single
    fields of its RetryPolicy and Limits) applied."""
    check_names(changes, allowed, "with_options")
    kwargs = dict(settings)
    policy = {k: v for k, v in changes.items() if k in POLICY_FIELDS}
    bounds = {k: v for k, v in changes.items() if k in _limits.LIMIT_FIELDS}
    if "server" in changes:
        kwargs.pop("server_url")
    kwargs.update((k, v) for k, v in changes.items() if k not in policy and k not in bounds)
    if policy:
        kwargs["retry"] = replace(kwargs["retry"] or RetryPolicy(), **policy)
    if bounds:
        kwargs["limits"] = replace(kwargs["limits"] or Limits(), **bounds)
    return kwargs
