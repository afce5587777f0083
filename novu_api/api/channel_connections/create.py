# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Create a channel connection: `POST /v1/channel-connections` (ChannelConnectionsController_createChannelConnection).

Standalone function module; the same call is `novu.channel_connections.create(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.create_channel_connection_request_dto import CreateChannelConnectionRequestDto
from novu_api.models.get_channel_connection_response_dto import GetChannelConnectionResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts, plain_json
from ..._types import UNSET, Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="ChannelConnectionsController_createChannelConnection",
    method="POST",
    path="/v1/channel-connections",
    facade="channel_connections.create",
    envelope=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {}

# Body field (wire name) -> the exact types its value is sent as given in (None: any value JSON
# can carry). A body of such values skips the per-field checks; any other goes through `_c.json_body`.
_PLAIN_BODY: dict[str, tuple[type, ...] | None] = {
    "integrationIdentifier": (str,),
    "identifier": (str,),
    "subscriberId": (str,),
    "context": (dict,),
    "connectionMode": (str,),
}


def _parts(
    *,
    body: CreateChannelConnectionRequestDto | dict[str, Any],
) -> RequestParts:
    wire, content = plain_json(body, _PLAIN_BODY) or (
        _c.json_body(body, ("model", CreateChannelConnectionRequestDto)) if body is not UNSET else None,
        None,
    )
    return RequestParts(
        method="POST",
        url="/v1/channel-connections",
        json=wire,
        content=content,
    )


def _parse(data: Any, strict: bool = False) -> GetChannelConnectionResponseDto:
    parsed: GetChannelConnectionResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", GetChannelConnectionResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    body: CreateChannelConnectionRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[GetChannelConnectionResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(body=body), _parse, **options)


def sync(
    *,
    client: Novu,
    body: CreateChannelConnectionRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> GetChannelConnectionResponseDto:
    """Create a channel connection

    Create a new channel connection for a resource for given integration. Only one channel
    connection is allowed per resource and integration.

    `POST /v1/channel-connections` (ChannelConnectionsController_createChannelConnection). On a
    client: `novu.channel_connections.create(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        body (CreateChannelConnectionRequestDto | dict[str, Any]; JSON body): the request: a
            `CreateChannelConnectionRequestDto`, or a dict of its fields
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        GetChannelConnectionResponseDto: the decoded response.

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
    body: CreateChannelConnectionRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[GetChannelConnectionResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(OPERATION, _parts(body=body), _parse, **options)


async def asyncio(
    *,
    client: AsyncNovu,
    body: CreateChannelConnectionRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> GetChannelConnectionResponseDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (await client._request(OPERATION, _parts(body=body), _parse, **options)).parsed


asyncio.__doc__ = sync.__doc__
