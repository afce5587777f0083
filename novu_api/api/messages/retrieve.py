# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""List all messages: `GET /v1/messages` (MessagesController_getMessages).

Standalone function module; the same call is `novu.messages.retrieve(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.channel_type_enum import ChannelTypeEnum
from novu_api.models.messages_response_dto import MessagesResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    from novu_api.models.message_response_dto import MessageResponseDto

if TYPE_CHECKING:
    from collections.abc import Sequence

    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy
    from ...pagination import AsyncPage, SyncPage

OPERATION = Operation(
    operation_id="MessagesController_getMessages",
    method="GET",
    path="/v1/messages",
    facade="messages.retrieve",
    envelope=True,
    bare_keys=(
        "hasMore",
        "page",
        "pageSize",
        "totalCount",
    ),
    pagination={
        "style": "page",
        "items": "data",
        "request": {"page": "page", "limit": "limit"},
        "response": {"has_more": "has_more", "total": "total_count"},
    },
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
    "channel": "channel",
    "subscriberId": "subscriber_id",
    "transactionId": "transaction_id",
    "contextKeys": "context_keys",
    "page": "page",
    "limit": "limit",
}


def _parts(
    *,
    channel: ChannelTypeEnum | str | Unset = UNSET,
    subscriber_id: str | Unset = UNSET,
    transaction_id: Sequence[str] | Unset = UNSET,
    context_keys: Sequence[str] | Unset = UNSET,
    page: float | Unset = UNSET,
    limit: float | Unset = UNSET,
) -> RequestParts:
    params: dict[str, Any] = {}
    if channel is not UNSET:
        params["channel"] = _c.query_value("channel", channel, ("enum", ChannelTypeEnum))
    if subscriber_id is not UNSET:
        params["subscriberId"] = _c.query_value("subscriber_id", subscriber_id, ("str",))
    if transaction_id is not UNSET:
        params["transactionId"] = _c.query_value("transaction_id", transaction_id, ("list", ("str",)))
    if context_keys is not UNSET:
        params["contextKeys"] = _c.query_value("context_keys", context_keys, ("list", ("str",)))
    if page is not UNSET:
        params["page"] = _c.query_value("page", page, ("num",))
    if limit is not UNSET:
        params["limit"] = _c.query_value("limit", limit, ("num",))
    return RequestParts(
        method="GET",
        url="/v1/messages",
        params=params,
    )


def _parse(data: Any, strict: bool = False) -> MessagesResponseDto:
    parsed: MessagesResponseDto = _c.root(OPERATION.facade, strict, data, ("model", MessagesResponseDto))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    channel: ChannelTypeEnum | str | Unset = UNSET,
    subscriber_id: str | Unset = UNSET,
    transaction_id: Sequence[str] | Unset = UNSET,
    context_keys: Sequence[str] | Unset = UNSET,
    page: float | Unset = UNSET,
    limit: float | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[MessagesResponseDto]:
    """List all messages

    `GET /v1/messages`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(
            channel=channel,
            subscriber_id=subscriber_id,
            transaction_id=transaction_id,
            context_keys=context_keys,
            page=page,
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
    channel: ChannelTypeEnum | str | Unset = UNSET,
    subscriber_id: str | Unset = UNSET,
    transaction_id: Sequence[str] | Unset = UNSET,
    context_keys: Sequence[str] | Unset = UNSET,
    page: float | Unset = UNSET,
    limit: float | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> SyncPage[MessageResponseDto]:
    """List all messages

    List all messages for the current environment.
        This API supports filtering by **channel**, **subscriberId**, and **transactionId**.
        This API returns a paginated list of messages.

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request_page(
        OPERATION,
        _parts(
            channel=channel,
            subscriber_id=subscriber_id,
            transaction_id=transaction_id,
            context_keys=context_keys,
            page=page,
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


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    channel: ChannelTypeEnum | str | Unset = UNSET,
    subscriber_id: str | Unset = UNSET,
    transaction_id: Sequence[str] | Unset = UNSET,
    context_keys: Sequence[str] | Unset = UNSET,
    page: float | Unset = UNSET,
    limit: float | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[MessagesResponseDto]:
    """List all messages (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(
            channel=channel,
            subscriber_id=subscriber_id,
            transaction_id=transaction_id,
            context_keys=context_keys,
            page=page,
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
    channel: ChannelTypeEnum | str | Unset = UNSET,
    subscriber_id: str | Unset = UNSET,
    transaction_id: Sequence[str] | Unset = UNSET,
    context_keys: Sequence[str] | Unset = UNSET,
    page: float | Unset = UNSET,
    limit: float | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> AsyncPage[MessageResponseDto]:
    """List all messages (async)."""
    return await client._request_page(
        OPERATION,
        _parts(
            channel=channel,
            subscriber_id=subscriber_id,
            transaction_id=transaction_id,
            context_keys=context_keys,
            page=page,
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
