"""novu_api: a typed Python SDK for the Novu notification API.

    from novu_api import Novu
    novu = Novu(secret_key="...")          # or set NOVU_SECRET_KEY
    novu.trigger(workflow_id="welcome", to="subscriber-1", payload={"name": "Ada"})

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
    "UNSET": "._types",
    "File": "._types",
    "Response": "._types",
    "Unset": "._types",
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
    "ServiceUnavailableError": ".errors",
    "UnprocessableEntityError": ".errors",
    "UnsupportedMediaTypeError": ".errors",
    "URITooLongError": ".errors",
}

# Spelled out (not derived from _EXPORTS) so type checkers see the public names.
__all__ = [
    "__version__",
    "models",
    "AsyncNovu",
    "Hooks",
    "Novu",
    "RetryEvent",
    "RetryPolicy",
    "UNSET",
    "File",
    "Response",
    "Unset",
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
    "ServiceUnavailableError",
    "UnprocessableEntityError",
    "UnsupportedMediaTypeError",
    "URITooLongError",
]


def __getattr__(name: str) -> Any:
    import importlib

    if name == "models":
        return importlib.import_module(".models", __name__)
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


if TYPE_CHECKING:
    from . import models
    from ._bulk import BulkItemError, BulkProgress, BulkResult
    from ._client import AsyncNovu, Hooks, Novu, RetryEvent, RetryPolicy
    from ._types import UNSET, File, Response, Unset
    from .errors import (
        APIConnectionError,
        APIError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ConflictError,
        IdempotencyKeyReuseError,
        InternalServerError,
        MethodNotAllowedError,
        NotFoundError,
        NovuConfigError,
        NovuError,
        PayloadTooLargeError,
        PermissionDeniedError,
        RateLimitError,
        ResponseValidationError,
        ServiceUnavailableError,
        UnprocessableEntityError,
        UnsupportedMediaTypeError,
        URITooLongError,
    )
    from .pagination import AsyncPage, SyncPage
