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

    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions
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
        "response": {
            "has_more": "has_more",
            "total": "total_count",
            "page": "page",
            "page_size": "page_size",
        },
    },
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
    **options: Unpack[RequestOptions],
) -> Response[MessagesResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
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
        **options,
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
    **options: Unpack[RequestOptions],
) -> SyncPage[MessageResponseDto]:
    """List all messages

    List all messages for the current environment. This API supports filtering by **channel**,
    **subscriberId**, and **transactionId**. This API returns a paginated list of messages.

    `GET /v1/messages` (MessagesController_getMessages). On a client: `novu.messages.retrieve(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        channel (ChannelTypeEnum | str, optional; query): Channel type through which the message is
            sent. Constraints: one of "in_app", "email", "sms", "chat", "push".
        subscriber_id (str, optional; query):
        transaction_id (Sequence[str], optional; query):
        context_keys (Sequence[str], optional; query): Filter by exact context keys, order
            insensitive (format: "type:id")
        page (float, optional; query): Constraints: default 0.
        limit (float, optional; query): Constraints: default 10.
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        SyncPage[MessageResponseDto]: the first page of `MessagesResponseDto`; iterating gives every
            item, following page pagination.

    Raises:
        BadRequestError: 400; `.body`: `ErrorDto`.
        AuthenticationError: 401; `.body`: `ErrorDto`.
        PermissionDeniedError: 403; `.body`: `ErrorDto`.
        NotFoundError: 404; `.body`: `ErrorDto`.
        MethodNotAllowedError: 405; `.body`: `ErrorDto`.
        ConflictError: 409; `.body`: `ErrorDto`.
        PayloadTooLargeError: 413; `.body`: `ErrorDto`.
        URITooLongError: 414; `.body`: `ErrorDto`.
        UnsupportedMediaTypeError: 415; `.body`: `ErrorDto`.
        UnprocessableEntityError: 422; `.body`: `ValidationErrorDto`.
        RateLimitError: 429; `.body`: `ErrorDto`.
        InternalServerError: 500; `.body`: `ErrorDto`.
        ServiceUnavailableError: 503; `.body`: `ErrorDto`.
        APIConnectionError: no response arrived (APITimeoutError when it timed out).
        ResponseValidationError: the response does not fit its declared type.

    Example:
        for item in retrieve.sync(client=novu):
            print(item)
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
        **options,
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
    **options: Unpack[RequestOptions],
) -> Response[MessagesResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
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
        **options,
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
    **options: Unpack[RequestOptions],
) -> AsyncPage[MessageResponseDto]:
    """The async form of `sync`: the same arguments, awaited."""
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
        **options,
    )


asyncio.__doc__ = sync.__doc__
