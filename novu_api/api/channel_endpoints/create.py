# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Create a channel endpoint: `POST /v1/channel-endpoints` (ChannelEndpointsController_createChannelEndpoint).

Standalone function module; the same call is `novu.channel_endpoints.create(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.create_line_user_endpoint_dto import CreateLineUserEndpointDto
from novu_api.models.create_ms_teams_channel_endpoint_dto import CreateMsTeamsChannelEndpointDto
from novu_api.models.create_ms_teams_user_endpoint_dto import CreateMsTeamsUserEndpointDto
from novu_api.models.create_phone_endpoint_dto import CreatePhoneEndpointDto
from novu_api.models.create_slack_channel_endpoint_dto import CreateSlackChannelEndpointDto
from novu_api.models.create_slack_user_endpoint_dto import CreateSlackUserEndpointDto
from novu_api.models.create_telegram_chat_endpoint_dto import CreateTelegramChatEndpointDto
from novu_api.models.create_webex_person_endpoint_dto import CreateWebexPersonEndpointDto
from novu_api.models.create_webex_room_endpoint_dto import CreateWebexRoomEndpointDto
from novu_api.models.create_webhook_endpoint_dto import CreateWebhookEndpointDto
from novu_api.models.get_channel_endpoint_response_dto import GetChannelEndpointResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="ChannelEndpointsController_createChannelEndpoint",
    method="POST",
    path="/v1/channel-endpoints",
    facade="channel_endpoints.create",
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
_PARAMETERS: dict[str, str] = {}


def _parts(
    *,
    body: CreateLineUserEndpointDto
    | CreateMsTeamsChannelEndpointDto
    | CreateMsTeamsUserEndpointDto
    | CreatePhoneEndpointDto
    | CreateSlackChannelEndpointDto
    | CreateSlackUserEndpointDto
    | CreateTelegramChatEndpointDto
    | CreateWebexPersonEndpointDto
    | CreateWebexRoomEndpointDto
    | CreateWebhookEndpointDto,
) -> RequestParts:
    return RequestParts(
        method="POST",
        url="/v1/channel-endpoints",
        json=_c.json_body(
            body,
            (
                "union",
                (
                    ("model", CreateSlackChannelEndpointDto),
                    ("model", CreateSlackUserEndpointDto),
                    ("model", CreateWebhookEndpointDto),
                    ("model", CreatePhoneEndpointDto),
                    ("model", CreateMsTeamsChannelEndpointDto),
                    ("model", CreateMsTeamsUserEndpointDto),
                    ("model", CreateTelegramChatEndpointDto),
                    ("model", CreateWebexRoomEndpointDto),
                    ("model", CreateWebexPersonEndpointDto),
                    ("model", CreateLineUserEndpointDto),
                ),
            ),
        )
        if body is not UNSET
        else None,
    )


def _parse(data: Any, strict: bool = False) -> GetChannelEndpointResponseDto:
    parsed: GetChannelEndpointResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", GetChannelEndpointResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    body: CreateLineUserEndpointDto
    | CreateMsTeamsChannelEndpointDto
    | CreateMsTeamsUserEndpointDto
    | CreatePhoneEndpointDto
    | CreateSlackChannelEndpointDto
    | CreateSlackUserEndpointDto
    | CreateTelegramChatEndpointDto
    | CreateWebexPersonEndpointDto
    | CreateWebexRoomEndpointDto
    | CreateWebhookEndpointDto,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[GetChannelEndpointResponseDto]:
    """Create a channel endpoint

    `POST /v1/channel-endpoints`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(body=body),
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
    body: CreateLineUserEndpointDto
    | CreateMsTeamsChannelEndpointDto
    | CreateMsTeamsUserEndpointDto
    | CreatePhoneEndpointDto
    | CreateSlackChannelEndpointDto
    | CreateSlackUserEndpointDto
    | CreateTelegramChatEndpointDto
    | CreateWebexPersonEndpointDto
    | CreateWebexRoomEndpointDto
    | CreateWebhookEndpointDto,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> GetChannelEndpointResponseDto:
    """Create a channel endpoint

    Create a new channel endpoint for a resource.

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(body=body),
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
    body: CreateLineUserEndpointDto
    | CreateMsTeamsChannelEndpointDto
    | CreateMsTeamsUserEndpointDto
    | CreatePhoneEndpointDto
    | CreateSlackChannelEndpointDto
    | CreateSlackUserEndpointDto
    | CreateTelegramChatEndpointDto
    | CreateWebexPersonEndpointDto
    | CreateWebexRoomEndpointDto
    | CreateWebhookEndpointDto,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[GetChannelEndpointResponseDto]:
    """Create a channel endpoint (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(body=body),
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
    body: CreateLineUserEndpointDto
    | CreateMsTeamsChannelEndpointDto
    | CreateMsTeamsUserEndpointDto
    | CreatePhoneEndpointDto
    | CreateSlackChannelEndpointDto
    | CreateSlackUserEndpointDto
    | CreateTelegramChatEndpointDto
    | CreateWebexPersonEndpointDto
    | CreateWebexRoomEndpointDto
    | CreateWebhookEndpointDto,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> GetChannelEndpointResponseDto:
    """Create a channel endpoint (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(body=body),
            _parse,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
    ).parsed
