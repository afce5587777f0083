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
from ..._types import UNSET, Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="ChannelEndpointsController_createChannelEndpoint",
    method="POST",
    path="/v1/channel-endpoints",
    facade="channel_endpoints.create",
    envelope=True,
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
    **options: Unpack[RequestOptions],
) -> Response[GetChannelEndpointResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(body=body), _parse, **options)


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
    **options: Unpack[RequestOptions],
) -> GetChannelEndpointResponseDto:
    """Create a channel endpoint

    Create a new channel endpoint for a resource.

    `POST /v1/channel-endpoints` (ChannelEndpointsController_createChannelEndpoint). On a client:
    `novu.channel_endpoints.create(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        body (CreateLineUserEndpointDto | CreateMsTeamsChannelEndpointDto |
            CreateMsTeamsUserEndpointDto | CreatePhoneEndpointDto | CreateSlackChannelEndpointDto |
            CreateSlackUserEndpointDto | CreateTelegramChatEndpointDto |
            CreateWebexPersonEndpointDto | CreateWebexRoomEndpointDto | CreateWebhookEndpointDto;
            JSON body): the request body
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        GetChannelEndpointResponseDto: the decoded response.

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
        result = create.sync(client=novu, body={...})
    """
    return client._request(OPERATION, _parts(body=body), _parse, **options).parsed


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
    **options: Unpack[RequestOptions],
) -> Response[GetChannelEndpointResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(OPERATION, _parts(body=body), _parse, **options)


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
    **options: Unpack[RequestOptions],
) -> GetChannelEndpointResponseDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (await client._request(OPERATION, _parts(body=body), _parse, **options)).parsed


asyncio.__doc__ = sync.__doc__
