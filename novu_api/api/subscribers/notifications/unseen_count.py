# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Retrieve unseen notifications count: `GET /v1/subscribers/{subscriberId}/notifications/unseen` (SubscribersV1Controller_getUnseenCount).

Standalone function module; the same call is `novu.subscribers.notifications.unseen_count(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.unseen_count_response import UnseenCountResponse

from .... import _codec as _c
from ...._operation import Operation, RequestParts
from ...._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="SubscribersV1Controller_getUnseenCount",
    method="GET",
    path="/v1/subscribers/{subscriberId}/notifications/unseen",
    facade="subscribers.notifications.unseen_count",
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
    has_body=False,
    returns_json=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "subscriberId": "subscriber_id",
    "seen": "seen",
    "limit": "limit",
}


def _parts(
    *,
    subscriber_id: str,
    seen: bool | Unset = UNSET,
    limit: float | Unset = UNSET,
) -> RequestParts:
    params: dict[str, Any] = {}
    if seen is not UNSET:
        params["seen"] = _c.query_value("seen", seen, ("bool",))
    if limit is not UNSET:
        params["limit"] = _c.query_value("limit", limit, ("num",))
    return RequestParts(
        method="GET",
        url=f"/v1/subscribers/{_c.path_param('subscriber_id', subscriber_id)}/notifications/unseen",
        params=params,
    )


def _parse(data: Any, strict: bool = False) -> UnseenCountResponse:
    parsed: UnseenCountResponse = _c.root(OPERATION.facade, strict, data, ("model", UnseenCountResponse))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    subscriber_id: str,
    seen: bool | Unset = UNSET,
    limit: float | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[UnseenCountResponse]:
    """Retrieve unseen notifications count

    `GET /v1/subscribers/{subscriberId}/notifications/unseen`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(
            subscriber_id=subscriber_id,
            seen=seen,
            limit=limit,
        ),
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
    seen: bool | Unset = UNSET,
    limit: float | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> UnseenCountResponse:
    """Retrieve unseen notifications count

    This API is deprecated, use v2 API instead. Retrieve unseen in-app notifications count for a
    subscriber by its unique key identifier **subscriberId**.

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(
            subscriber_id=subscriber_id,
            seen=seen,
            limit=limit,
        ),
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
    seen: bool | Unset = UNSET,
    limit: float | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[UnseenCountResponse]:
    """Retrieve unseen notifications count (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(
            subscriber_id=subscriber_id,
            seen=seen,
            limit=limit,
        ),
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
    seen: bool | Unset = UNSET,
    limit: float | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> UnseenCountResponse:
    """Retrieve unseen notifications count (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(
                subscriber_id=subscriber_id,
                seen=seen,
                limit=limit,
            ),
            _parse,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
    ).parsed
