"""novu_api: a typed Python SDK for the Novu notification API.

    from novu_api import Novu
    novu = Novu(secret_key="...")          # or set NOVU_SECRET_KEY
    novu.trigger(workflow_id="welcome", to="subscriber-1", payload={"name": "Ada"})

Operations are also importable one by one, e.g. `from novu_api.api.subscribers import search`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._client import AsyncNovu, Hooks, Novu, RetryEvent, RetryPolicy
from ._types import UNSET, File, Response, Unset
from ._version import __version__
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

if TYPE_CHECKING:
    from . import models as models
    from .pagination import AsyncPage, SyncPage

__all__ = [
    "Novu",
    "AsyncNovu",
    "Hooks",
    "RetryEvent",
    "RetryPolicy",
    "Response",
    "File",
    "UNSET",
    "Unset",
    "SyncPage",
    "AsyncPage",
    "models",
    "__version__",
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


def __getattr__(name: str) -> Any:
    # Loaded on first use so `import novu_api` stays cheap.
    if name in ("SyncPage", "AsyncPage"):
        from . import pagination

        return getattr(pagination, name)
    if name == "models":
        import importlib

        return importlib.import_module(".models", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
