"""The per-call options: one typed definition, read by every call site and by the generator.

Each standalone operation function and each facade method takes them as
`**options: Unpack[RequestOptions]`, so a type checker knows every option's name and type and
refuses a misspelled one (`Unpack` is imported from typing_extensions for type checkers
only: the annotations are never evaluated at run time); the client's request pipeline receives them unchanged. The generator
reads `OPTIONS` (names and one-line descriptions, in the order the docs list them) for the
reference pages and for the names a generated argument must not take.

Adding an option is one entry in `RequestOptions` and one in `OPTIONS`, then `make generate`
(the pipeline in `novu_api._client` reads it by name).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict

if TYPE_CHECKING:
    import httpx

    from ._client import RetryPolicy

__all__ = ["BULK_OPTIONS", "OPTIONS", "BulkOptions", "RequestOptions"]


class RequestOptions(TypedDict, total=False):
    """Options every operation call accepts (`novu.subscribers.retrieve(..., timeout=5)`)."""

    timeout: float | httpx.Timeout | None
    max_retries: int
    retry: RetryPolicy
    idempotency_key: str
    extra_headers: dict[str, str] | None
    extra_query: dict[str, Any] | None
    strict_responses: bool


class BulkOptions(TypedDict, total=False):
    """The per-call options a bulk helper (`..._many`) passes to each request it sends."""

    timeout: float | httpx.Timeout | None
    max_retries: int
    extra_headers: dict[str, str] | None


# Name -> what it does, for docstrings and the reference pages; the same keys as RequestOptions.
OPTIONS: dict[str, str] = {
    "timeout": "seconds (or an `httpx.Timeout`) for this call instead of the client's; None waits without limit",
    "max_retries": "retries for this call instead of the client's (0 sends once)",
    "retry": "a `RetryPolicy` for this call instead of the client's",
    "idempotency_key": "the Idempotency-Key of a non-GET call (default: a new UUID per call, kept across its retries)",
    "extra_headers": "headers added to this request (a None value removes one the client sends)",
    "extra_query": "query parameters added to this request (a None value removes one the operation sends)",
    "strict_responses": "raise `ResponseValidationError` for any deviation of the response from its schema (default: the client's)",
}
BULK_OPTIONS: tuple[str, ...] = tuple(BulkOptions.__annotations__)
