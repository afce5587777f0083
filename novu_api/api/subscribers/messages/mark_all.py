# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Update all notifications state: `POST /v1/subscribers/{subscriberId}/messages/mark-all` (SubscribersV1Controller_markAllUnreadAsRead).

Standalone function module; the same call is `novu.subscribers.messages.mark_all(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.mark_all_message_as_request_dto import MarkAllMessageAsRequestDto

from .... import _codec as _c
from ...._operation import Operation, RequestParts
from ...._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="SubscribersV1Controller_markAllUnreadAsRead",
    method="POST",
    path="/v1/subscribers/{subscriberId}/messages/mark-all",
    facade="subscribers.messages.mark_all",
    envelope=True,
    bare_keys=(),
    pagination=None,
    errors={
        "400": "ErrorDto",
        "401": "ErrorDto",
        "403": "ErrorDto",
        "404": "ErrorDto",
        "405": "ErrorDto",
        "409": "ErrorDto",
        "413": "ErrorDto",
        "414": "ErrorDto",
        "415": "ErrorDto",
        "422": "ValidationErrorDto",
        "500": "ErrorDto",
    },
    has_body=True,
    returns_json=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "subscriberId": "subscriber_id",
}


def _parts(
    *,
    subscriber_id: str,
    body: MarkAllMessageAsRequestDto | dict[str, Any],
) -> RequestParts:
    return RequestParts(
        method="POST",
        url=f"/v1/subscribers/{_c.path_param('subscriber_id', subscriber_id)}/messages/mark-all",
        json=_c.json_body(body, ("model", MarkAllMessageAsRequestDto)) if body is not UNSET else None,
    )


def _parse(data: Any, strict: bool = False) -> float:
    parsed: float = _c.root(OPERATION.facade, strict, data, ("num",))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    subscriber_id: str,
    body: MarkAllMessageAsRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[float]:
    """Update all notifications state

    `POST /v1/subscribers/{subscriberId}/messages/mark-all`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(subscriber_id=subscriber_id, body=body),
        _parse,
        timeout=timeout,
        max_retries=max_retries,
        retry=retry,
        idempotency_key=idempotency_key,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )


def sync(
    *,
    client: Novu,
    subscriber_id: str,
    body: MarkAllMessageAsRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> float:
    """Update all notifications state

    This API is deprecated, use v2 API instead. Update all subscriber in-app notifications state such as
    read, unread, seen or unseen by **subscriberId**.

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(subscriber_id=subscriber_id, body=body),
        _parse,
        timeout=timeout,
        max_retries=max_retries,
        retry=retry,
        idempotency_key=idempotency_key,
        extra_headers=extra_headers,
        extra_query=extra_query,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    subscriber_id: str,
    body: MarkAllMessageAsRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[float]:
    """Update all notifications state (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(subscriber_id=subscriber_id, body=body),
        _parse,
        timeout=timeout,
        max_retries=max_retries,
        retry=retry,
        idempotency_key=idempotency_key,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )


async def asyncio(
    *,
    client: AsyncNovu,
    subscriber_id: str,
    body: MarkAllMessageAsRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> float:
    """Update all notifications state (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(subscriber_id=subscriber_id, body=body),
            _parse,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
    ).parsed
