"""Hooks around each attempt (`Hooks`), what an `on_retry` hook is given (`RetryEvent`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx


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
HOOK_NAMES = ("before_request", "after_response", "on_error", "on_retry")


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
            out = cls(**{name: list(getattr(hooks, name)) for name in HOOK_NAMES})
        elif isinstance(hooks, Mapping):
            unknown = set(hooks) - set(HOOK_NAMES)
            if unknown:
                raise TypeError(f"unknown hook names: {sorted(unknown)}; expected some of {list(HOOK_NAMES)}")
            out = cls(**{k: list(v) if isinstance(v, (list, tuple)) else [v] for k, v in hooks.items()})
        else:
            raise TypeError(
                f"hooks must be a Hooks or a mapping of hook name to callables, got {type(hooks).__name__}"
            )
        for name in HOOK_NAMES:
            for hook in getattr(out, name):
                if not callable(hook):
                    raise TypeError(f"{name} hook {hook!r} is not callable")
        return out


def keep_context(name: str, exc: BaseException, arg: Any) -> None:
    """An on_error hook that raises: its exception keeps the API error as its context."""
    if name == "on_error" and exc.__context__ is None and exc is not arg:
        exc.__context__ = arg
