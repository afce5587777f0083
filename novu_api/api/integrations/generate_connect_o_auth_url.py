# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Generate OAuth URL for a workspace/tenant connection: `POST /v1/integrations/channel-connections/oauth` (IntegrationsController_generateConnectOAuthUrl).

Standalone function module; the same call is `novu.integrations.generate_connect_o_auth_url(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.generate_chat_o_auth_url_response_dto import GenerateChatOAuthUrlResponseDto
from novu_api.models.generate_connect_oauth_url_request_dto import GenerateConnectOauthUrlRequestDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts, plain_json
from ..._types import UNSET, Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="IntegrationsController_generateConnectOAuthUrl",
    method="POST",
    path="/v1/integrations/channel-connections/oauth",
    facade="integrations.generate_connect_o_auth_url",
    envelope=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {}

# Body field (wire name) -> the exact types its value is sent as given in (None: any value JSON
# can carry). A body of such values skips the per-field checks; any other goes through `_c.json_body`.
_PLAIN_BODY: dict[str, tuple[type, ...] | None] = {
    "integrationIdentifier": (str,),
    "subscriberId": (str,),
    "connectionIdentifier": (str,),
    "context": (dict,),
    "connectionMode": (str,),
    "autoLinkUser": (bool,),
}


def _parts(
    *,
    body: GenerateConnectOauthUrlRequestDto | dict[str, Any],
) -> RequestParts:
    wire, content = plain_json(body, _PLAIN_BODY) or (
        _c.json_body(body, ("model", GenerateConnectOauthUrlRequestDto)) if body is not UNSET else None,
        None,
    )
    return RequestParts(
        method="POST",
        url="/v1/integrations/channel-connections/oauth",
        json=wire,
        content=content,
    )


def _parse(data: Any, strict: bool = False) -> GenerateChatOAuthUrlResponseDto:
    parsed: GenerateChatOAuthUrlResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", GenerateChatOAuthUrlResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    body: GenerateConnectOauthUrlRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[GenerateChatOAuthUrlResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(body=body), _parse, **options)


def sync(
    *,
    client: Novu,
    body: GenerateConnectOauthUrlRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> GenerateChatOAuthUrlResponseDto:
    """Generate OAuth URL for a workspace/tenant connection

    Generate an OAuth URL that creates a workspace or tenant-level channel connection (Slack
    workspace install, MS Teams admin consent, or Webex integration authorization). The generated
    URL expires after 5 minutes.

    `POST /v1/integrations/channel-connections/oauth`
    (IntegrationsController_generateConnectOAuthUrl). On a client:
    `novu.integrations.generate_connect_o_auth_url(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        body (GenerateConnectOauthUrlRequestDto | dict[str, Any]; JSON body): the request: a
            `GenerateConnectOauthUrlRequestDto`, or a dict of its fields
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        GenerateChatOAuthUrlResponseDto: the decoded response.

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
        result = generate_connect_o_auth_url.sync(client=novu, body={...})
    """
    return client._request(OPERATION, _parts(body=body), _parse, **options).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    body: GenerateConnectOauthUrlRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[GenerateChatOAuthUrlResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(OPERATION, _parts(body=body), _parse, **options)


async def asyncio(
    *,
    client: AsyncNovu,
    body: GenerateConnectOauthUrlRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> GenerateChatOAuthUrlResponseDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (await client._request(OPERATION, _parts(body=body), _parse, **options)).parsed


asyncio.__doc__ = sync.__doc__
