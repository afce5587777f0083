"""Every error the SDK raises. One hierarchy, rooted at `NovuError`:

    NovuError
    ├── APIError                      something went wrong talking to the API
    │   ├── APIConnectionError        no response: DNS, refused, reset, closed early
    │   │   └── APITimeoutError       connect, read, write or pool timeout
    │   ├── ResponseValidationError   a response that cannot be decoded (HTML page, truncated
    │   │                             JSON, a value of the wrong shape); carries the raw text
    │   │                             and the JSON path of the bad value
    │   ├── ResponseTooLargeError     a response over a size limit (`Limits`); names the limit
    │   └── APIStatusError            the API answered with a 3xx/4xx/5xx status
    │       ├── RedirectError                 3xx: a redirect the SDK did not follow; names the target
    │       ├── BadRequestError               400
    │       ├── AuthenticationError           401
    │       ├── PermissionDeniedError         403
    │       ├── NotFoundError                 404
    │       ├── MethodNotAllowedError         405
    │       ├── ConflictError                 409
    │       ├── PayloadTooLargeError          413
    │       ├── URITooLongError               414
    │       ├── UnsupportedMediaTypeError     415
    │       ├── UnprocessableEntityError      422
    │       │   └── IdempotencyKeyReuseError  422: the Idempotency-Key was used with other parameters
    │       ├── RateLimitError                429
    │       └── InternalServerError           5xx
    │           └── ServiceUnavailableError   503
    ├── InvalidRequestError           the SDK refused to send what it was asked to (also a ValueError):
    │                                 arguments too deep or too long to encode, an unreadable upload,
    │                                 a hook or header that drops or changes the Idempotency-Key
    ├── ClientStateError              the client cannot be used here (also a RuntimeError): it is
    │                                 closed, or an AsyncNovu is used from a second event loop
    ├── NovuConfigError               the client was configured wrongly (e.g. no secret key)
    │   └── EventLoopError            a blocking `Novu` call inside a running event loop
    └── WebhookVerificationError      a webhook delivery is not authentic, fresh or well-formed;
                                      `reason` says which check failed (novu_api.webhooks)

Caller mistakes caught before any request are plain `ValueError` / `TypeError` naming the
argument (or an `InvalidRequestError`, which is a ValueError too). An undocumented status still gets the nearest class (e.g. 418 -> APIStatusError,
507 -> InternalServerError); any status outside 2xx is an APIStatusError. httpx's own
exceptions never escape: they are the `__cause__` of an APIConnectionError / APITimeoutError.

Errors pickle (for multiprocessing, task queues, caches) and copy without the secret key: the
pickled copy of `request` / `raw_response` has its Authorization header replaced by `***`, and
the key is cut out of every text the error carries. The error you hold is left as it was.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from . import operations as _bodies  # the body type of each error class, from the document

__all__ = [
    "NovuError",
    "NovuConfigError",
    "InvalidRequestError",
    "ClientStateError",
    "ResponseDecodeError",
    "WebhookVerificationError",
    "EventLoopError",
    "APIError",
    "APIConnectionError",
    "APITimeoutError",
    "ResponseValidationError",
    "ResponseTooLargeError",
    "APIStatusError",
    "RedirectError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "MethodNotAllowedError",
    "ConflictError",
    "PayloadTooLargeError",
    "URITooLongError",
    "UnsupportedMediaTypeError",
    "UnprocessableEntityError",
    "IdempotencyKeyReuseError",
    "RateLimitError",
    "InternalServerError",
    "ServiceUnavailableError",
]


class NovuError(Exception):
    """Root of every error raised by novu_api."""


class NovuConfigError(NovuError, ValueError):
    """The client cannot be built as configured."""


class InvalidRequestError(NovuError, ValueError):
    """The SDK refused to send the request: it cannot be built from the arguments given (too
    deep or too long to encode, an upload that cannot be read), or a hook or header would drop
    or change the call's Idempotency-Key. The underlying error, if any, is the `__cause__`."""


class ClientStateError(NovuError, RuntimeError):
    """The client cannot make the call: it is closed (or the client it was copied from is), or
    an AsyncNovu is used from another event loop than the one it first ran in."""


class ResponseDecodeError(NovuError, ValueError):
    """An item of a response, decoded when first read (see the errors guide, "When the checks
    run"), cannot be decoded at all: nested deeper than Python can recurse. The call itself
    returned; reading the item raises this instead of a bare RecursionError."""


class WebhookVerificationError(NovuError):
    """A webhook delivery failed verification (`novu_api.webhooks.verify`).

    `reason` is a stable code for the check that failed (`missing_header`, `timestamp_too_old`,
    `no_matching_signature`, ...; the full list is `novu_api.webhooks.REASONS`). The message says
    what was wrong; it never contains the signing secret or the expected signature.
    """

    def __init__(self, message: str, *, reason: str) -> None:
        super().__init__(message)
        self.message = message
        self.reason = reason

    def __reduce__(self) -> Any:
        # Exception's own pickling would call __init__(*args) without the keyword-only reason.
        return _webhook_error, (type(self), self.message, self.reason)


def _webhook_error(
    cls: type[WebhookVerificationError], message: str, reason: str
) -> WebhookVerificationError:
    return cls(message, reason=reason)


class EventLoopError(NovuConfigError):
    """A blocking `Novu` call was made from inside a running asyncio event loop.

    Raised before anything is sent: the call would block the loop (and every task on it) for
    the whole request. Use `AsyncNovu` and `await`, or run the blocking call in a thread.
    """


class APIError(NovuError):
    """A request to the Novu API failed."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request

    def __reduce__(self) -> Any:
        # Exception's own pickling would call __init__(*args) (these take keyword-only
        # arguments) and would carry the request's Authorization header.
        response = self.__dict__.get("raw_response")
        secrets = _secrets_of(self.request) or _secrets_of(_request_of(response))
        state = {name: _scrubbed(value, secrets) for name, value in self.__dict__.items()}
        return _restore, (type(self), tuple(_scrubbed(arg, secrets) for arg in self.args)), state


class APIConnectionError(APIError):
    """The request got no response (connection refused, reset, closed, DNS...)."""

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """The request timed out."""

    def __init__(self, message: str = "Request timed out.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


class ResponseValidationError(APIError):
    """The response body cannot be decoded as the operation declares.

    `raw_text` is the body as received, `json_path` where decoding failed ("$" for the
    whole body), `raw_response` the httpx response.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        raw_text: str,
        json_path: str = "$",
    ) -> None:
        super().__init__(message, request=response.request if _has_request(response) else None)
        self.raw_response = response
        self.status_code = response.status_code
        self.raw_text = raw_text
        self.json_path = json_path


class ResponseTooLargeError(APIError):
    """A response over one of the client's size limits; nothing more of it was read.

    `limit` is the `Limits` field that was exceeded (`max_response_bytes` for bytes on the
    wire, `max_decoded_bytes` after decompression), `limit_bytes` its value, `status_code`
    the response's status.
    """

    def __init__(
        self, message: str, *, request: httpx.Request | None, limit: str, limit_bytes: int, status_code: int
    ) -> None:
        super().__init__(message, request=request)
        self.limit = limit
        self.limit_bytes = limit_bytes
        self.status_code = status_code


class APIStatusError(APIError):
    """The API answered with an error status.

    Attributes: `status_code`, `headers`, `body` (the error model the document declares for the
    status, e.g. ErrorDto / ValidationErrorDto, or the raw JSON / text when it is something else;
    typed per class from the document, see `novu_api.operations.APIStatusErrorBody`),
    `raw_response`, `error_id` (Novu's errorId, when sent) and `details`
    (field -> messages, for validation errors).
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object = None,
        error_id: str | None = None,
        details: dict[str, list[str]] | None = None,
    ) -> None:
        super().__init__(message, request=response.request if _has_request(response) else None)
        self.raw_response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self._body = body
        self.error_id = error_id
        self.details = details or {}

    @property
    def body(self) -> _bodies.APIStatusErrorBody:
        # Each subclass narrows the type (the models declared for its statuses); the value is
        # what the client decoded for this response's status.
        return self._body  # type: ignore[return-value]  # pyright: ignore[reportReturnType]

    @property
    def request_id(self) -> str | None:
        value = self.headers.get("x-request-id")
        return str(value) if value is not None else None


class RedirectError(APIStatusError):
    """3xx: a redirect the SDK did not follow. Non-GET requests are never redirected (the body
    and the Idempotency-Key would go to another URL); a GET is redirected only when the caller's
    httpx client follows redirects. `location` is the target the server named (or None)."""

    if TYPE_CHECKING:

        @property
        def body(self) -> _bodies.RedirectErrorBody: ...

    @property
    def location(self) -> str | None:
        value = self.headers.get("location")
        return str(value) if value is not None else None


class BadRequestError(APIStatusError):
    """400"""

    if TYPE_CHECKING:

        @property
        def body(self) -> _bodies.BadRequestErrorBody: ...


class AuthenticationError(APIStatusError):
    """401: the secret key is missing, wrong or revoked."""

    if TYPE_CHECKING:

        @property
        def body(self) -> _bodies.AuthenticationErrorBody: ...


class PermissionDeniedError(APIStatusError):
    """403"""

    if TYPE_CHECKING:

        @property
        def body(self) -> _bodies.PermissionDeniedErrorBody: ...


class NotFoundError(APIStatusError):
    """404"""

    if TYPE_CHECKING:

        @property
        def body(self) -> _bodies.NotFoundErrorBody: ...


class MethodNotAllowedError(APIStatusError):
    """405"""

    if TYPE_CHECKING:

        @property
        def body(self) -> _bodies.MethodNotAllowedErrorBody: ...


class ConflictError(APIStatusError):
    """409: a real conflict (e.g. the subscriber already exists); never retried."""

    if TYPE_CHECKING:

        @property
        def body(self) -> _bodies.ConflictErrorBody: ...


class PayloadTooLargeError(APIStatusError):
    """413"""

    if TYPE_CHECKING:

        @property
        def body(self) -> _bodies.PayloadTooLargeErrorBody: ...


class URITooLongError(APIStatusError):
    """414"""

    if TYPE_CHECKING:

        @property
        def body(self) -> _bodies.URITooLongErrorBody: ...


class UnsupportedMediaTypeError(APIStatusError):
    """415"""

    if TYPE_CHECKING:

        @property
        def body(self) -> _bodies.UnsupportedMediaTypeErrorBody: ...


class UnprocessableEntityError(APIStatusError):
    """422: validation failed; `details` maps fields to messages."""

    if TYPE_CHECKING:

        @property
        def body(self) -> _bodies.UnprocessableEntityErrorBody: ...


class IdempotencyKeyReuseError(UnprocessableEntityError):
    """422: this Idempotency-Key was already used for a request with different parameters."""

    if TYPE_CHECKING:

        @property
        def body(self) -> _bodies.IdempotencyKeyReuseErrorBody: ...


class RateLimitError(APIStatusError):
    """429, after the retry budget (or when the server asks to wait longer than allowed)."""

    if TYPE_CHECKING:

        @property
        def body(self) -> _bodies.RateLimitErrorBody: ...


class InternalServerError(APIStatusError):
    """5xx"""

    if TYPE_CHECKING:

        @property
        def body(self) -> _bodies.InternalServerErrorBody: ...


class ServiceUnavailableError(InternalServerError):
    """503"""

    if TYPE_CHECKING:

        @property
        def body(self) -> _bodies.ServiceUnavailableErrorBody: ...


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    405: MethodNotAllowedError,
    409: ConflictError,
    413: PayloadTooLargeError,
    414: URITooLongError,
    415: UnsupportedMediaTypeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    503: ServiceUnavailableError,
}


def error_class(status: int) -> type[APIStatusError]:
    """The class for a status, documented or not."""
    cls = _BY_STATUS.get(status)
    if cls is not None:
        return cls
    if 300 <= status < 400:
        return RedirectError
    return InternalServerError if status >= 500 else APIStatusError


def _has_request(response: httpx.Response) -> bool:
    try:
        response.request  # noqa: B018 - raises when the response was built without one
    except RuntimeError:
        return False
    return True


# -- pickling without the secret key -----------------------------------------------------------
_CREDENTIAL_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})


def _restore(cls: type[APIError], args: tuple[Any, ...]) -> APIError:
    error = cls.__new__(cls, *args)
    error.args = args
    return error


def _request_of(response: Any) -> httpx.Request | None:
    return response.request if isinstance(response, httpx.Response) and _has_request(response) else None


def _secrets_of(request: httpx.Request | None) -> list[str]:
    """The credentials a request carried: whole header values and their tokens, longest first."""
    if request is None:
        return []
    found: set[str] = set()
    for name in ("authorization", "proxy-authorization"):
        for value in request.headers.get_list(name):
            found.add(value)
            token = value.partition(" ")[2].strip()
            if token:
                found.add(token)
    return sorted((s for s in found if len(s) >= 4), key=len, reverse=True)


def _scrub_text(text: str, secrets: list[str]) -> str:
    for secret in secrets:
        text = text.replace(secret, "***")
    return text


def _scrub_bytes(data: bytes, secrets: list[str]) -> bytes:
    for secret in secrets:
        data = data.replace(secret.encode(), b"***")
    return data


def _scrub_headers(headers: httpx.Headers, secrets: list[str]) -> httpx.Headers:
    return httpx.Headers(
        [
            (name, "***" if name.lower() in _CREDENTIAL_HEADERS else _scrub_text(value, secrets))
            for name, value in headers.multi_items()
        ]
    )


def _scrub_request(request: httpx.Request, secrets: list[str]) -> httpx.Request:
    clone = copy.copy(request)  # httpx's own pickling state: no stream, no extensions
    clone.headers = _scrub_headers(request.headers, secrets)
    clone.url = httpx.URL(_scrub_text(str(request.url), secrets))
    if "_content" in request.__dict__:
        clone._content = _scrub_bytes(request.content, secrets)
    return clone


def _scrub_response(response: httpx.Response, secrets: list[str]) -> httpx.Response:
    clone = copy.copy(response)
    clone.headers = _scrub_headers(response.headers, secrets)
    request = _request_of(response)
    if request is not None:
        clone.request = _scrub_request(request, secrets)
    if "_content" in response.__dict__:
        clone._content = _scrub_bytes(response.content, secrets)
    clone.__dict__.pop("_text", None)  # decoded again from the scrubbed content when read
    clone.history = [_scrub_response(r, secrets) for r in response.history]
    clone.next_request = None
    return clone


def _scrubbed(value: Any, secrets: list[str]) -> Any:
    """A copy of an error's attribute that is safe to pickle."""
    if isinstance(value, httpx.Request):
        return _scrub_request(value, secrets)
    if isinstance(value, httpx.Response):
        return _scrub_response(value, secrets)
    if isinstance(value, httpx.Headers):
        return _scrub_headers(value, secrets)
    if not secrets:
        return value
    if isinstance(value, str):
        return _scrub_text(value, secrets)
    if isinstance(value, bytes):
        return _scrub_bytes(value, secrets)
    if isinstance(value, (list, tuple)):
        return type(value)(_scrubbed(item, secrets) for item in value)
    if isinstance(value, dict):
        return {_scrubbed(k, secrets): _scrubbed(v, secrets) for k, v in value.items()}
    if hasattr(value, "to_dict") and hasattr(type(value), "from_dict"):  # a decoded error body
        try:
            return type(value).from_dict(_scrubbed(value.to_dict(), secrets))
        except Exception:  # not one of our models after all: leave it as it is
            return value
    return value
