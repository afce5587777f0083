# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Retrieve subscriber notifications count: `GET /v2/subscribers/{subscriberId}/notifications/count` (SubscribersController_getSubscriberNotificationsCount).

Standalone function module; the same call is `novu.subscribers.notifications.count(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.get_subscriber_notifications_count_response_dto import (
    GetSubscriberNotificationsCountResponseDto,
)

from .... import _codec as _c
from ...._operation import Operation, RequestParts
from ...._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="SubscribersController_getSubscriberNotificationsCount",
    method="GET",
    path="/v2/subscribers/{subscriberId}/notifications/count",
    facade="subscribers.notifications.count",
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
    "filters": "filters",
}


def _parts(
    *,
    subscriber_id: str,
    filters: str,
) -> RequestParts:
    params: dict[str, Any] = {}
    if filters is not UNSET:
        params["filters"] = _c.query_value("filters", filters, ("str",))
    return RequestParts(
        method="GET",
        url=f"/v2/subscribers/{_c.path_param('subscriber_id', subscriber_id)}/notifications/count",
        params=params,
    )


def _parse(data: Any, strict: bool = False) -> list[GetSubscriberNotificationsCountResponseDto]:
    parsed: list[GetSubscriberNotificationsCountResponseDto] = _c.root(
        OPERATION.facade, strict, data, ("list", ("model", GetSubscriberNotificationsCountResponseDto))
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    subscriber_id: str,
    filters: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[list[GetSubscriberNotificationsCountResponseDto]]:
    """Retrieve subscriber notifications count

    `GET /v2/subscribers/{subscriberId}/notifications/count`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(
            subscriber_id=subscriber_id,
            filters=filters,
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
    filters: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> list[GetSubscriberNotificationsCountResponseDto]:
    """Retrieve subscriber notifications count

    Retrieve count of in-app (inbox) notifications for a subscriber by its unique key identifier
    **subscriberId**.
        Supports multiple filters to count in-app (inbox) notifications by different criteria, including
    context keys.

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(
            subscriber_id=subscriber_id,
            filters=filters,
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
    filters: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[list[GetSubscriberNotificationsCountResponseDto]]:
    """Retrieve subscriber notifications count (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(
            subscriber_id=subscriber_id,
            filters=filters,
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
    filters: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> list[GetSubscriberNotificationsCountResponseDto]:
    """Retrieve subscriber notifications count (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(
                subscriber_id=subscriber_id,
                filters=filters,
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
