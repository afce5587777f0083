# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""List all channel endpoints: `GET /v1/channel-endpoints` (ChannelEndpointsController_listChannelEndpoints).

Standalone function module; the same call is `novu.channel_endpoints.list(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.channel_endpoints_controller_list_channel_endpoints_channel import (
    ChannelEndpointsControllerListChannelEndpointsChannel,
)
from novu_api.models.channel_endpoints_controller_list_channel_endpoints_order_direction import (
    ChannelEndpointsControllerListChannelEndpointsOrderDirection,
)
from novu_api.models.list_channel_endpoints_response_dto import ListChannelEndpointsResponseDto
from novu_api.models.providers_id_enum import ProvidersIdEnum

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    from novu_api.models.get_channel_endpoint_response_dto import GetChannelEndpointResponseDto

if TYPE_CHECKING:
    from collections.abc import Sequence

    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy
    from ...pagination import AsyncPage, SyncPage

OPERATION = Operation(
    operation_id="ChannelEndpointsController_listChannelEndpoints",
    method="GET",
    path="/v1/channel-endpoints",
    facade="channel_endpoints.list",
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
    "contextKeys": "context_keys",
    "channel": "channel",
    "providerId": "provider_id",
    "integrationIdentifier": "integration_identifier",
    "connectionIdentifier": "connection_identifier",
}


def _parts(
    *,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    order_direction: ChannelEndpointsControllerListChannelEndpointsOrderDirection | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    include_cursor: bool | Unset = UNSET,
    subscriber_id: str | Unset = UNSET,
    context_keys: Sequence[str] | Unset = UNSET,
    channel: ChannelEndpointsControllerListChannelEndpointsChannel | str | Unset = UNSET,
    provider_id: ProvidersIdEnum | str | Unset = UNSET,
    integration_identifier: str | Unset = UNSET,
    connection_identifier: str | Unset = UNSET,
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
            ("enum", ChannelEndpointsControllerListChannelEndpointsOrderDirection),
        )
    if order_by is not UNSET:
        params["orderBy"] = _c.query_value("order_by", order_by, ("str",))
    if include_cursor is not UNSET:
        params["includeCursor"] = _c.query_value("include_cursor", include_cursor, ("bool",))
    if subscriber_id is not UNSET:
        params["subscriberId"] = _c.query_value("subscriber_id", subscriber_id, ("str",))
    if context_keys is not UNSET:
        params["contextKeys"] = _c.query_value("context_keys", context_keys, ("list", ("str",)))
    if channel is not UNSET:
        params["channel"] = _c.query_value(
            "channel", channel, ("enum", ChannelEndpointsControllerListChannelEndpointsChannel)
        )
    if provider_id is not UNSET:
        params["providerId"] = _c.query_value("provider_id", provider_id, ("enum", ProvidersIdEnum))
    if integration_identifier is not UNSET:
        params["integrationIdentifier"] = _c.query_value(
            "integration_identifier", integration_identifier, ("str",)
        )
    if connection_identifier is not UNSET:
        params["connectionIdentifier"] = _c.query_value(
            "connection_identifier", connection_identifier, ("str",)
        )
    return RequestParts(
        method="GET",
        url="/v1/channel-endpoints",
        params=params,
    )


def _parse(data: Any, strict: bool = False) -> ListChannelEndpointsResponseDto:
    parsed: ListChannelEndpointsResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", ListChannelEndpointsResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    order_direction: ChannelEndpointsControllerListChannelEndpointsOrderDirection | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    include_cursor: bool | Unset = UNSET,
    subscriber_id: str | Unset = UNSET,
    context_keys: Sequence[str] | Unset = UNSET,
    channel: ChannelEndpointsControllerListChannelEndpointsChannel | str | Unset = UNSET,
    provider_id: ProvidersIdEnum | str | Unset = UNSET,
    integration_identifier: str | Unset = UNSET,
    connection_identifier: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[ListChannelEndpointsResponseDto]:
    """List all channel endpoints

    `GET /v1/channel-endpoints`; returns the parsed value with status and headers.
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
            context_keys=context_keys,
            channel=channel,
            provider_id=provider_id,
            integration_identifier=integration_identifier,
            connection_identifier=connection_identifier,
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
    order_direction: ChannelEndpointsControllerListChannelEndpointsOrderDirection | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    include_cursor: bool | Unset = UNSET,
    subscriber_id: str | Unset = UNSET,
    context_keys: Sequence[str] | Unset = UNSET,
    channel: ChannelEndpointsControllerListChannelEndpointsChannel | str | Unset = UNSET,
    provider_id: ProvidersIdEnum | str | Unset = UNSET,
    integration_identifier: str | Unset = UNSET,
    connection_identifier: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> SyncPage[GetChannelEndpointResponseDto]:
    """List all channel endpoints

    List all channel endpoints for a resource based on query filters.

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
            context_keys=context_keys,
            channel=channel,
            provider_id=provider_id,
            integration_identifier=integration_identifier,
            connection_identifier=connection_identifier,
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
    order_direction: ChannelEndpointsControllerListChannelEndpointsOrderDirection | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    include_cursor: bool | Unset = UNSET,
    subscriber_id: str | Unset = UNSET,
    context_keys: Sequence[str] | Unset = UNSET,
    channel: ChannelEndpointsControllerListChannelEndpointsChannel | str | Unset = UNSET,
    provider_id: ProvidersIdEnum | str | Unset = UNSET,
    integration_identifier: str | Unset = UNSET,
    connection_identifier: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[ListChannelEndpointsResponseDto]:
    """List all channel endpoints (async); returns the parsed value with status and headers."""
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
            context_keys=context_keys,
            channel=channel,
            provider_id=provider_id,
            integration_identifier=integration_identifier,
            connection_identifier=connection_identifier,
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
    order_direction: ChannelEndpointsControllerListChannelEndpointsOrderDirection | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    include_cursor: bool | Unset = UNSET,
    subscriber_id: str | Unset = UNSET,
    context_keys: Sequence[str] | Unset = UNSET,
    channel: ChannelEndpointsControllerListChannelEndpointsChannel | str | Unset = UNSET,
    provider_id: ProvidersIdEnum | str | Unset = UNSET,
    integration_identifier: str | Unset = UNSET,
    connection_identifier: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> AsyncPage[GetChannelEndpointResponseDto]:
    """List all channel endpoints (async)."""
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
            context_keys=context_keys,
            channel=channel,
            provider_id=provider_id,
            integration_identifier=integration_identifier,
            connection_identifier=connection_identifier,
        ),
        _parse,
        timeout=timeout,
        max_retries=max_retries,
        retry=retry,
        idempotency_key=idempotency_key,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
