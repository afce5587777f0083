"""Every error the SDK raises. One hierarchy, rooted at `NovuError`:

    NovuError
    ├── APIError                      something went wrong talking to the API
    │   ├── APIConnectionError        no response: DNS, refused, reset, closed early
    │   │   └── APITimeoutError       connect, read, write or pool timeout
    │   ├── ResponseValidationError   a response that cannot be decoded (HTML page, truncated
    │   │                             JSON, a value of the wrong shape); carries the raw text
    │   │                             and the JSON path of the bad value
    │   └── APIStatusError            the API answered with a 4xx/5xx status
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
    └── NovuConfigError               the client was configured wrongly (e.g. no secret key)

Caller mistakes caught before any request are plain `ValueError` / `TypeError` naming the
argument. An undocumented status still gets the nearest class (e.g. 418 -> APIStatusError,
507 -> InternalServerError); any status outside 2xx is an APIStatusError. httpx's own
exceptions never escape: they are the `__cause__` of an APIConnectionError / APITimeoutError.
"""

from __future__ import annotations

from typing import Any

import httpx

__all__ = [
    "NovuError",
    "NovuConfigError",
    "APIError",
    "APIConnectionError",
    "APITimeoutError",
    "ResponseValidationError",
    "APIStatusError",
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


class APIError(NovuError):
    """A request to the Novu API failed."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


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


class APIStatusError(APIError):
    """The API answered with an error status.

    Attributes: `status_code`, `headers`, `body` (the decoded ErrorDto / ValidationErrorDto /
    PayloadValidationExceptionDto, or the raw JSON / text when it is something else),
    `raw_response`, `error_id` (Novu's errorId, when sent) and `details`
    (field -> messages, for validation errors).
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: Any = None,
        error_id: str | None = None,
        details: dict[str, list[str]] | None = None,
    ) -> None:
        super().__init__(message, request=response.request if _has_request(response) else None)
        self.raw_response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.body = body
        self.error_id = error_id
        self.details = details or {}

    @property
    def request_id(self) -> str | None:
        value = self.headers.get("x-request-id")
        return str(value) if value is not None else None


class BadRequestError(APIStatusError):
    """400"""


class AuthenticationError(APIStatusError):
    """401: the secret key is missing, wrong or revoked."""


class PermissionDeniedError(APIStatusError):
    """403"""


class NotFoundError(APIStatusError):
    """404"""


class MethodNotAllowedError(APIStatusError):
    """405"""


class ConflictError(APIStatusError):
    """409: a real conflict (e.g. the subscriber already exists); never retried."""


class PayloadTooLargeError(APIStatusError):
    """413"""


class URITooLongError(APIStatusError):
    """414"""


class UnsupportedMediaTypeError(APIStatusError):
    """415"""


class UnprocessableEntityError(APIStatusError):
    """422: validation failed; `details` maps fields to messages."""


class IdempotencyKeyReuseError(UnprocessableEntityError):
    """422: this Idempotency-Key was already used for a request with different parameters."""


class RateLimitError(APIStatusError):
    """429, after the retry budget (or when the server asks to wait longer than allowed)."""


class InternalServerError(APIStatusError):
    """5xx"""


class ServiceUnavailableError(InternalServerError):
    """503"""


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
    return InternalServerError if status >= 500 else APIStatusError


def _has_request(response: httpx.Response) -> bool:
    try:
        response.request  # noqa: B018 - raises when the response was built without one
    except RuntimeError:
        return False
    return True
