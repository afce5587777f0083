"""The SDK's DEBUG log (`DebugLog`, attached as the first hook of each kind when DEBUG is on) and
`NOVU_LOG=debug`."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable

import httpx

from . import errors as _errors
from ._error_bodies import reason as _reason
from ._hooks import Hooks, RetryEvent

LOGGER = logging.getLogger("novu_api")


def configure_env_logging() -> None:
    """`NOVU_LOG=debug` turns on the SDK's DEBUG log without any logging setup in the app."""
    if os.environ.get("NOVU_LOG", "").strip().lower() != "debug":
        return
    LOGGER.setLevel(logging.DEBUG)
    if not LOGGER.hasHandlers():
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        LOGGER.addHandler(handler)


class DebugLog:
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
