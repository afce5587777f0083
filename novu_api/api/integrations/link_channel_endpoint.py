# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Issue a URL to link a subscriber chat identity: `POST /v1/integrations/channel-endpoints/link` (IntegrationsController_linkChannelEndpoint).

Standalone function module; the same call is `novu.integrations.link_channel_endpoint(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.link_channel_endpoint_request_dto import LinkChannelEndpointRequestDto
from novu_api.models.link_channel_endpoint_response_dto import LinkChannelEndpointResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts, plain_json
from ..._types import UNSET, Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="IntegrationsController_linkChannelEndpoint",
    method="POST",
    path="/v1/integrations/channel-endpoints/link",
    facade="integrations.link_channel_endpoint",
    envelope=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {}

# Body field (wire name) -> the exact types its value is sent as given in (None: any value JSON
# can carry). A body of such values skips the per-field checks; any other goes through `_c.json_body`.
_PLAIN_BODY: dict[str, tuple[type, ...] | None] = {
    "integrationIdentifier": (str,),
    "subscriberId": (str,),
}


def _parts(
    *,
    body: LinkChannelEndpointRequestDto | dict[str, Any],
) -> RequestParts:
    wire, content = plain_json(body, _PLAIN_BODY) or (
        _c.json_body(body, ("model", LinkChannelEndpointRequestDto)) if body is not UNSET else None,
        None,
    )
    return RequestParts(
        method="POST",
        url="/v1/integrations/channel-endpoints/link",
        json=wire,
        content=content,
    )


def _parse(data: Any, strict: bool = False) -> LinkChannelEndpointResponseDto:
    parsed: LinkChannelEndpointResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", LinkChannelEndpointResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    body: LinkChannelEndpointRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[LinkChannelEndpointResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(body=body), _parse, **options)


def sync(
    *,
    client: Novu,
    body: LinkChannelEndpointRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> LinkChannelEndpointResponseDto:
    """Issue a URL to link a subscriber chat identity

    Returns a provider-specific URL the subscriber opens to link their chat identity. The
    integration provider is resolved from integrationIdentifier; Telegram returns a deep link.

    `POST /v1/integrations/channel-endpoints/link` (IntegrationsController_linkChannelEndpoint). On
    a client: `novu.integrations.link_channel_endpoint(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        body (LinkChannelEndpointRequestDto | dict[str, Any]; JSON body): the request: a
            `LinkChannelEndpointRequestDto`, or a dict of its fields
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        LinkChannelEndpointResponseDto: the decoded response.

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
        result = link_channel_endpoint.sync(client=novu, body={...})
    """
    return client._request(OPERATION, _parts(body=body), _parse, **options).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    body: LinkChannelEndpointRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[LinkChannelEndpointResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(OPERATION, _parts(body=body), _parse, **options)


async def asyncio(
    *,
    client: AsyncNovu,
    body: LinkChannelEndpointRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> LinkChannelEndpointResponseDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (await client._request(OPERATION, _parts(body=body), _parse, **options)).parsed


asyncio.__doc__ = sync.__doc__
