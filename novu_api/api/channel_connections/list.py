# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""List all channel connections: `GET /v1/channel-connections` (ChannelConnectionsController_listChannelConnections).

Standalone function module; the same call is `novu.channel_connections.list(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.channel_connections_controller_list_channel_connections_channel import (
    ChannelConnectionsControllerListChannelConnectionsChannel,
)
from novu_api.models.channel_connections_controller_list_channel_connections_order_direction import (
    ChannelConnectionsControllerListChannelConnectionsOrderDirection,
)
from novu_api.models.list_channel_connections_response_dto import ListChannelConnectionsResponseDto
from novu_api.models.providers_id_enum import ProvidersIdEnum

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    from novu_api.models.get_channel_connection_response_dto import GetChannelConnectionResponseDto

if TYPE_CHECKING:
    from collections.abc import Sequence

    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy
    from ...pagination import AsyncPage, SyncPage

OPERATION = Operation(
    operation_id="ChannelConnectionsController_listChannelConnections",
    method="GET",
    path="/v1/channel-connections",
    facade="channel_connections.list",
    envelope=True,
    bare_keys=(
        "next",
        "previous",
        "totalCount",
        "totalCountCapped",
    ),
    pagination={
        "style": "cursor",
        "items": "data",
        "request": {"after": "after", "before": "before", "limit": "limit"},
        "response": {"next": "next_", "previous": "previous", "total": "total_count"},
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
    "after": "after",
    "before": "before",
    "limit": "limit",
    "orderDirection": "order_direction",
    "orderBy": "order_by",
    "includeCursor": "include_cursor",
    "subscriberId": "subscriber_id",
    "channel": "channel",
    "providerId": "provider_id",
    "integrationIdentifier": "integration_identifier",
    "contextKeys": "context_keys",
}


def _parts(
    *,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    order_direction: ChannelConnectionsControllerListChannelConnectionsOrderDirection | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    include_cursor: bool | Unset = UNSET,
    subscriber_id: str | Unset = UNSET,
    channel: ChannelConnectionsControllerListChannelConnectionsChannel | str | Unset = UNSET,
    provider_id: ProvidersIdEnum | str | Unset = UNSET,
    integration_identifier: str | Unset = UNSET,
    context_keys: Sequence[str] | Unset = UNSET,
) -> RequestParts:
    params: dict[str, Any] = {}
    if after is not UNSET:
        params["after"] = _c.query_value("after", after, ("str",))
    if before is not UNSET:
        params["before"] = _c.query_value("before", before, ("str",))
    if limit is not UNSET:
        params["limit"] = _c.query_value("limit", limit, ("num",))
    if order_direction is not UNSET:
        params["orderDirection"] = _c.query_value(
            "order_direction",
            order_direction,
            ("enum", ChannelConnectionsControllerListChannelConnectionsOrderDirection),
        )
    if order_by is not UNSET:
        params["orderBy"] = _c.query_value("order_by", order_by, ("str",))
    if include_cursor is not UNSET:
        params["includeCursor"] = _c.query_value("include_cursor", include_cursor, ("bool",))
    if subscriber_id is not UNSET:
        params["subscriberId"] = _c.query_value("subscriber_id", subscriber_id, ("str",))
    if channel is not UNSET:
        params["channel"] = _c.query_value(
            "channel", channel, ("enum", ChannelConnectionsControllerListChannelConnectionsChannel)
        )
    if provider_id is not UNSET:
        params["providerId"] = _c.query_value("provider_id", provider_id, ("enum", ProvidersIdEnum))
    if integration_identifier is not UNSET:
        params["integrationIdentifier"] = _c.query_value(
            "integration_identifier", integration_identifier, ("str",)
        )
    if context_keys is not UNSET:
        params["contextKeys"] = _c.query_value("context_keys", context_keys, ("list", ("str",)))
    return RequestParts(
        method="GET",
        url="/v1/channel-connections",
        params=params,
    )


def _parse(data: Any, strict: bool = False) -> ListChannelConnectionsResponseDto:
    parsed: ListChannelConnectionsResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", ListChannelConnectionsResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    order_direction: ChannelConnectionsControllerListChannelConnectionsOrderDirection | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    include_cursor: bool | Unset = UNSET,
    subscriber_id: str | Unset = UNSET,
    channel: ChannelConnectionsControllerListChannelConnectionsChannel | str | Unset = UNSET,
    provider_id: ProvidersIdEnum | str | Unset = UNSET,
    integration_identifier: str | Unset = UNSET,
    context_keys: Sequence[str] | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[ListChannelConnectionsResponseDto]:
    """List all channel connections

    `GET /v1/channel-connections`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            subscriber_id=subscriber_id,
            channel=channel,
            provider_id=provider_id,
            integration_identifier=integration_identifier,
            context_keys=context_keys,
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
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    order_direction: ChannelConnectionsControllerListChannelConnectionsOrderDirection | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    include_cursor: bool | Unset = UNSET,
    subscriber_id: str | Unset = UNSET,
    channel: ChannelConnectionsControllerListChannelConnectionsChannel | str | Unset = UNSET,
    provider_id: ProvidersIdEnum | str | Unset = UNSET,
    integration_identifier: str | Unset = UNSET,
    context_keys: Sequence[str] | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> SyncPage[GetChannelConnectionResponseDto]:
    """List all channel connections

    List all channel connections for a resource.

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request_page(
        OPERATION,
        _parts(
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            subscriber_id=subscriber_id,
            channel=channel,
            provider_id=provider_id,
            integration_identifier=integration_identifier,
            context_keys=context_keys,
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
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    order_direction: ChannelConnectionsControllerListChannelConnectionsOrderDirection | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    include_cursor: bool | Unset = UNSET,
    subscriber_id: str | Unset = UNSET,
    channel: ChannelConnectionsControllerListChannelConnectionsChannel | str | Unset = UNSET,
    provider_id: ProvidersIdEnum | str | Unset = UNSET,
    integration_identifier: str | Unset = UNSET,
    context_keys: Sequence[str] | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[ListChannelConnectionsResponseDto]:
    """List all channel connections (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            subscriber_id=subscriber_id,
            channel=channel,
            provider_id=provider_id,
            integration_identifier=integration_identifier,
            context_keys=context_keys,
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
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    order_direction: ChannelConnectionsControllerListChannelConnectionsOrderDirection | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    include_cursor: bool | Unset = UNSET,
    subscriber_id: str | Unset = UNSET,
    channel: ChannelConnectionsControllerListChannelConnectionsChannel | str | Unset = UNSET,
    provider_id: ProvidersIdEnum | str | Unset = UNSET,
    integration_identifier: str | Unset = UNSET,
    context_keys: Sequence[str] | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> AsyncPage[GetChannelConnectionResponseDto]:
    """List all channel connections (async)."""
    return await client._request_page(
        OPERATION,
        _parts(
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            subscriber_id=subscriber_id,
            channel=channel,
            provider_id=provider_id,
            integration_identifier=integration_identifier,
            context_keys=context_keys,
        ),
        _parse,
        timeout=timeout,
        max_retries=max_retries,
        retry=retry,
        idempotency_key=idempotency_key,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
