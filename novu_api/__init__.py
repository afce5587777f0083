"""novu_api: a typed Python SDK for the Novu notification API.

    from novu_api import Novu
    novu = Novu(secret_key="...")          # or set NOVU_SECRET_KEY
    novu.trigger(workflow_id="welcome", to="subscriber-1", payload={"name": "Ada"})

`__version__` is this SDK's version; `__api_version__` the Novu API release it is generated from.
Operations are also importable one by one, e.g. `from novu_api.api.subscribers import search`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._version import __version__

# Public names and the module that defines each: loaded on first use (PEP 562), so importing
# one standalone operation module does not pay for the client, httpx or asyncio.
_EXPORTS: dict[str, str] = {
    "AsyncNovu": "._client",
    "Hooks": "._client",
    "Novu": "._client",
    "RetryEvent": "._client",
    "RetryPolicy": "._client",
    "Limits": "._limits",
    "InsecureServerWarning": "._limits",
    "UNSET": "._types",
    "File": "._types",
    "Response": "._types",
    "RawResponse": "._raw",
    "RequestOptions": "._options",
    "Unset": "._types",
    "Deviation": "._codec",
    "deviations": "._codec",
    "SyncPage": ".pagination",
    "AsyncPage": ".pagination",
    "BulkItemError": "._bulk",
    "BulkProgress": "._bulk",
    "BulkResult": "._bulk",
    "APIConnectionError": ".errors",
    "APIError": ".errors",
    "APIStatusError": ".errors",
    "APITimeoutError": ".errors",
    "AuthenticationError": ".errors",
    "BadRequestError": ".errors",
    "ConflictError": ".errors",
    "EventLoopError": ".errors",
    "IdempotencyKeyReuseError": ".errors",
    "InternalServerError": ".errors",
    "MethodNotAllowedError": ".errors",
    "NotFoundError": ".errors",
    "NovuConfigError": ".errors",
    "NovuError": ".errors",
    "PayloadTooLargeError": ".errors",
    "PermissionDeniedError": ".errors",
    "RateLimitError": ".errors",
    "ResponseValidationError": ".errors",
    "ResponseTooLargeError": ".errors",
    "RedirectError": ".errors",
    "InvalidRequestError": ".errors",
    "ClientStateError": ".errors",
    "ResponseDecodeError": ".errors",
    "ServiceUnavailableError": ".errors",
    "UnprocessableEntityError": ".errors",
    "UnsupportedMediaTypeError": ".errors",
    "URITooLongError": ".errors",
    "WebhookVerificationError": ".errors",
}

# Spelled out (not derived from _EXPORTS) so type checkers see the public names.
__all__ = [
    "__version__",
    "__api_version__",
    "models",
    "webhooks",
    "AsyncNovu",
    "Hooks",
    "Novu",
    "RetryEvent",
    "RetryPolicy",
    "Limits",
    "InsecureServerWarning",
    "UNSET",
    "File",
    "Response",
    "RawResponse",
    "RequestOptions",
    "Unset",
    "Deviation",
    "deviations",
    "SyncPage",
    "AsyncPage",
    "BulkItemError",
    "BulkProgress",
    "BulkResult",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "EventLoopError",
    "IdempotencyKeyReuseError",
    "InternalServerError",
    "MethodNotAllowedError",
    "NotFoundError",
    "NovuConfigError",
    "NovuError",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "ResponseTooLargeError",
    "RedirectError",
    "InvalidRequestError",
    "ClientStateError",
    "ResponseDecodeError",
    "ServiceUnavailableError",
    "UnprocessableEntityError",
    "UnsupportedMediaTypeError",
    "URITooLongError",
    "WebhookVerificationError",
]


def __getattr__(name: str) -> Any:
    import importlib

    if name in ("models", "webhooks"):
        return importlib.import_module("." + name, __name__)
    if name == "__api_version__":  # the Novu API release the package is generated from
        return importlib.import_module(".operations", __name__).API_VERSION
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


if TYPE_CHECKING:
    from . import models, webhooks
    from ._bulk import BulkItemError, BulkProgress, BulkResult
    from ._client import AsyncNovu, Hooks, Novu, RetryEvent, RetryPolicy
    from ._codec import Deviation, deviations
    from ._limits import InsecureServerWarning, Limits
    from ._options import RequestOptions
    from ._raw import RawResponse
    from ._types import UNSET, File, Response, Unset
    from .errors import (
        APIConnectionError,
        APIError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ClientStateError,
        ConflictError,
        EventLoopError,
        IdempotencyKeyReuseError,
        InternalServerError,
        InvalidRequestError,
        MethodNotAllowedError,
        NotFoundError,
        NovuConfigError,
        NovuError,
        PayloadTooLargeError,
        PermissionDeniedError,
        RateLimitError,
        RedirectError,
        ResponseDecodeError,
        ResponseTooLargeError,
        ResponseValidationError,
        ServiceUnavailableError,
        UnprocessableEntityError,
        UnsupportedMediaTypeError,
        URITooLongError,
        WebhookVerificationError,
    )
    from .operations import API_VERSION as __api_version__
    from .pagination import AsyncPage, SyncPage
