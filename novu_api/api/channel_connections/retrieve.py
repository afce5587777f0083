# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Retrieve a channel connection: `GET /v1/channel-connections/{identifier}` (ChannelConnectionsController_getChannelConnectionByIdentifier).

Standalone function module; the same call is `novu.channel_connections.retrieve(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.get_channel_connection_response_dto import GetChannelConnectionResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="ChannelConnectionsController_getChannelConnectionByIdentifier",
    method="GET",
    path="/v1/channel-connections/{identifier}",
    facade="channel_connections.retrieve",
    envelope=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "identifier": "identifier",
}


def _parts(
    *,
    identifier: str,
) -> RequestParts:
    return RequestParts(
        method="GET",
        url=f"/v1/channel-connections/{_c.path_param('identifier', identifier)}",
    )


def _parse(data: Any, strict: bool = False) -> GetChannelConnectionResponseDto:
    parsed: GetChannelConnectionResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", GetChannelConnectionResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    identifier: str,
    **options: Unpack[RequestOptions],
) -> Response[GetChannelConnectionResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(identifier=identifier), _parse, **options)


def sync(
    *,
    client: Novu,
    identifier: str,
    **options: Unpack[RequestOptions],
) -> GetChannelConnectionResponseDto:
    """Retrieve a channel connection

    Retrieve a specific channel connection by its unique identifier.

    `GET /v1/channel-connections/{identifier}`
    (ChannelConnectionsController_getChannelConnectionByIdentifier). On a client:
    `novu.channel_connections.retrieve(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        identifier (str; path): The unique identifier of the channel connection
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
        result = retrieve.sync(client=novu, identifier="IDENTIFIER")
    """
    return client._request(OPERATION, _parts(identifier=identifier), _parse, **options).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    identifier: str,
    **options: Unpack[RequestOptions],
) -> Response[GetChannelConnectionResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(OPERATION, _parts(identifier=identifier), _parse, **options)


async def asyncio(
    *,
    client: AsyncNovu,
    identifier: str,
    **options: Unpack[RequestOptions],
) -> GetChannelConnectionResponseDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (await client._request(OPERATION, _parts(identifier=identifier), _parse, **options)).parsed


asyncio.__doc__ = sync.__doc__
