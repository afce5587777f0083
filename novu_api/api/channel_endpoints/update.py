# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Update a channel endpoint: `PATCH /v1/channel-endpoints/{identifier}` (ChannelEndpointsController_updateChannelEndpoint).

Standalone function module; the same call is `novu.channel_endpoints.update(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.get_channel_endpoint_response_dto import GetChannelEndpointResponseDto
from novu_api.models.update_channel_endpoint_request_dto import UpdateChannelEndpointRequestDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="ChannelEndpointsController_updateChannelEndpoint",
    method="PATCH",
    path="/v1/channel-endpoints/{identifier}",
    facade="channel_endpoints.update",
    envelope=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "identifier": "identifier",
}


def _parts(
    *,
    identifier: str,
    body: UpdateChannelEndpointRequestDto | dict[str, Any],
) -> RequestParts:
    return RequestParts(
        method="PATCH",
        url=f"/v1/channel-endpoints/{_c.path_param('identifier', identifier)}",
        json=_c.json_body(body, ("model", UpdateChannelEndpointRequestDto)) if body is not UNSET else None,
    )


def _parse(data: Any, strict: bool = False) -> GetChannelEndpointResponseDto:
    parsed: GetChannelEndpointResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", GetChannelEndpointResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    identifier: str,
    body: UpdateChannelEndpointRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[GetChannelEndpointResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(identifier=identifier, body=body), _parse, **options)


def sync(
    *,
    client: Novu,
    identifier: str,
    body: UpdateChannelEndpointRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> GetChannelEndpointResponseDto:
    """Update a channel endpoint

    Update an existing channel endpoint by its unique identifier.

    `PATCH /v1/channel-endpoints/{identifier}` (ChannelEndpointsController_updateChannelEndpoint).
    On a client: `novu.channel_endpoints.update(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        identifier (str; path): The unique identifier of the channel endpoint
        body (UpdateChannelEndpointRequestDto | dict[str, Any]; JSON body): the request: a
            `UpdateChannelEndpointRequestDto`, or a dict of its fields
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
        result = update.sync(client=novu, identifier="IDENTIFIER", body={...})
    """
    return client._request(OPERATION, _parts(identifier=identifier, body=body), _parse, **options).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    identifier: str,
    body: UpdateChannelEndpointRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[GetChannelEndpointResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(OPERATION, _parts(identifier=identifier, body=body), _parse, **options)


async def asyncio(
    *,
    client: AsyncNovu,
    identifier: str,
    body: UpdateChannelEndpointRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> GetChannelEndpointResponseDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (
        await client._request(OPERATION, _parts(identifier=identifier, body=body), _parse, **options)
    ).parsed


asyncio.__doc__ = sync.__doc__
