"""Errors and error bodies: what a failed call raises, built from the response or the exception.

Reading an error body (Novu's message, errorId and per-field messages; an HTML page summarised),
the status error for a response, the connection or timeout error for a transport failure, and
the error for a send that failed otherwise. Every message passes through the client's `redact`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx

from . import _limits
from . import errors as _errors
from ._operation import Operation

one_line = _limits.one_line
text_summary = _limits.summary


def reason(response: httpx.Response) -> str:
    return f"{response.status_code} {response.reason_phrase}".strip()


def describe_exception(exc: BaseException) -> str:
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


def describe_error(raw: Any, text: str) -> tuple[str | None, str | None, dict[str, list[str]]]:
    """Novu's message, errorId and per-field validation messages from an error body."""
    if raw.__class__ is not dict:
        return (text_summary(text) if text.strip() else None), None, {}
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


def status_error(
    op: Operation, response: httpx.Response, note: str, redact: Callable[[str], str]
) -> _errors.APIStatusError:
    """The typed error for an error response: its class by status, Novu's message, errorId and
    per-field messages in the text, the body decoded onto the error (best effort)."""
    text = response.text
    try:
        raw = json.loads(response.content) if response.content else None
    except (ValueError, RecursionError):
        raw = None
    body: Any = raw if raw is not None else (text or None)
    status = response.status_code
    model_name = op.error_model(status)
    if raw.__class__ is dict:
        from . import models

        # Every Novu error has ErrorDto's shape, documented for this status or not.
        model_name = model_name or "ErrorDto"

        try:
            body = getattr(models, model_name).from_dict(raw)
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError):
            body = raw  # the error body is best effort: the status error is what matters
    message, error_id, details = describe_error(raw, text)
    line = f"{reason(response)} from {op.facade}"
    if 300 <= status < 400:
        target = redact(one_line(response.headers.get("location", "") or "(no Location)", 500))
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
        redact(one_line(line, 2000)),
        response=response,
        body=body,
        error_id=error_id,
        # Messages for people to read, like the message itself: an echoed key is cut out.
        details={redact(k): [redact(m) for m in v] for k, v in details.items()},
    )


def exc_detail(exc: Exception, redact: Callable[[str], str]) -> str:
    return one_line(redact(describe_exception(exc)), 300)


def where(op: Operation, request: httpx.Request, redact: Callable[[str], str]) -> str:
    return f"{request.method} {redact(str(request.url))} ({op.facade})"


def transport_error(
    op: Operation,
    exc: Exception,
    request: httpx.Request,
    attempt: int,
    note: str = "",
    deadline: float | None = None,
    *,
    redact: Callable[[str], str],
) -> _errors.APIConnectionError:
    detail = exc_detail(exc, redact)
    tries = f"{attempt} attempt{'' if attempt == 1 else 's'}"
    bounds = _limits.describe_timeout(request.extensions)
    if deadline is not None:
        bounds += f", attempt deadline {deadline:g}s"
    text = f"{where(op, request, redact)} after {tries} ({bounds}): {detail}{f'; {note}' if note else ''}"
    if isinstance(exc, httpx.TimeoutException):
        return _errors.APITimeoutError(f"request timed out: {text}", request=request)
    return _errors.APIConnectionError(f"connection error: {text}", request=request)


def send_failure(
    op: Operation, exc: Exception, request: httpx.Request, redact: Callable[[str], str], closed: bool
) -> _errors.NovuError:
    """The error for what a driver's send raised that is not an httpx transport error."""
    if isinstance(exc, _limits.BodyLimit):
        return _errors.ResponseTooLargeError(
            f"the {exc.status_code} response to {where(op, request, redact)} is over "
            f"Limits.{exc.limit} ({exc.limit_bytes} bytes): {exc.seen}",
            request=request,
            limit=exc.limit,
            limit_bytes=exc.limit_bytes,
            status_code=exc.status_code,
        )
    detail = exc_detail(exc, redact)
    if isinstance(exc, RuntimeError) and not isinstance(exc, RecursionError):
        if closed:
            why = "the client is closed (or the client it was copied from is); make a new one"
        elif "loop" in detail.lower():
            why = (
                "the client's connections belong to another event loop (an AsyncNovu reused "
                "across asyncio.run() calls); make one AsyncNovu per event loop"
            )
        else:
            why = "the HTTP client cannot send"
        return _errors.ClientStateError(f"cannot send {where(op, request, redact)}: {why} ({detail})")
    # e.g. an upload from a pipe (cannot be rewound), a file closed before the call
    return _errors.InvalidRequestError(f"cannot send {where(op, request, redact)}: {detail}")
