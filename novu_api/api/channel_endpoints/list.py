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

    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions
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
        "response": {"next": "next_", "previous": "previous", "total": "total_count"},
    },
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
    **options: Unpack[RequestOptions],
) -> Response[ListChannelEndpointsResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
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
        **options,
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
    **options: Unpack[RequestOptions],
) -> SyncPage[GetChannelEndpointResponseDto]:
    """List all channel endpoints

    List all channel endpoints for a resource based on query filters.

    `GET /v1/channel-endpoints` (ChannelEndpointsController_listChannelEndpoints). On a client:
    `novu.channel_endpoints.list(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        after (str, optional; query): Cursor for pagination indicating the starting point after
            which to fetch results.
        before (str, optional; query): Cursor for pagination indicating the ending point before
            which to fetch results.
        limit (float, optional; query): Limit the number of items to return (max 100). Constraints:
            <= 100.
        order_direction (ChannelEndpointsControllerListChannelEndpointsOrderDirection | str,
            optional; query): Direction of sorting. Constraints: one of "ASC", "DESC".
        order_by (str, optional; query): Field to order by
        include_cursor (bool, optional; query): Include cursor item in response
        subscriber_id (str, optional; query): The subscriber ID to filter results by
        context_keys (Sequence[str], optional; query): Filter by exact context keys, order
            insensitive (format: "type:id")
        channel (ChannelEndpointsControllerListChannelEndpointsChannel | str, optional; query):
            Channel type to filter results. Constraints: one of "in_app", "email", "sms", "chat",
            "push".
        provider_id (ProvidersIdEnum | str, optional; query): Filter by provider identifier (e.g.,
            sendgrid, twilio, slack, etc.). Constraints: one of "anypost", "emailjs", "mailgun",
            "mailjet", "mandrill", "nodemailer", "postmark", "sendgrid", "sendinblue", "ses",
            "netcore", "infobip-email" (and 76 more).
        integration_identifier (str, optional; query): Integration identifier to filter results.
        connection_identifier (str, optional; query): Connection identifier to filter results.
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        SyncPage[GetChannelEndpointResponseDto]: the first page of
            `ListChannelEndpointsResponseDto`; iterating gives every item, following cursor
            pagination.

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
        for item in list.sync(client=novu):
            print(item)
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
        **options,
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
    **options: Unpack[RequestOptions],
) -> Response[ListChannelEndpointsResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
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
        **options,
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
    **options: Unpack[RequestOptions],
) -> AsyncPage[GetChannelEndpointResponseDto]:
    """The async form of `sync`: the same arguments, awaited."""
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
        **options,
    )


asyncio.__doc__ = sync.__doc__
