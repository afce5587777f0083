# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Update an agent bridge: `PUT /v1/agents/{identifier}/bridge` (AgentsController_updateAgentBridge).

Standalone function module; the same call is `novu.agents.update_bridge(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.agent_response_dto import AgentResponseDto
from novu_api.models.update_agent_bridge_request_dto import UpdateAgentBridgeRequestDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts, plain_json
from ..._types import UNSET, Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="AgentsController_updateAgentBridge",
    method="PUT",
    path="/v1/agents/{identifier}/bridge",
    facade="agents.update_bridge",
    envelope=True,
    errors={
        "400": "ErrorDto",
        "401": "ErrorDto",
        "403": "ErrorDto",
        "405": "ErrorDto",
        "409": "ErrorDto",
        "413": "ErrorDto",
        "414": "ErrorDto",
        "415": "ErrorDto",
        "422": "ValidationErrorDto",
        "500": "ErrorDto",
    },
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "identifier": "identifier",
}

# Body field (wire name) -> the exact types its value is sent as given in (None: any value JSON
# can carry). A body of such values skips the per-field checks; any other goes through `_c.json_body`.
_PLAIN_BODY: dict[str, tuple[type, ...] | None] = {
    "bridgeUrl": (str,),
    "devBridgeUrl": (str,),
    "devBridgeActive": (bool,),
}


def _parts(
    *,
    identifier: str,
    body: UpdateAgentBridgeRequestDto | dict[str, Any],
) -> RequestParts:
    wire, content = plain_json(body, _PLAIN_BODY) or (
        _c.json_body(body, ("model", UpdateAgentBridgeRequestDto)) if body is not UNSET else None,
        None,
    )
    return RequestParts(
        method="PUT",
        url=f"/v1/agents/{_c.path_param('identifier', identifier)}/bridge",
        json=wire,
        content=content,
    )


def _parse(data: Any, strict: bool = False) -> AgentResponseDto:
    parsed: AgentResponseDto = _c.root(OPERATION.facade, strict, data, ("model", AgentResponseDto))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    identifier: str,
    body: UpdateAgentBridgeRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[AgentResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(identifier=identifier, body=body), _parse, **options)


def sync(
    *,
    client: Novu,
    identifier: str,
    body: UpdateAgentBridgeRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> AgentResponseDto:
    """Update an agent bridge

    Update the bridge URL configuration for an agent. Used by the CLI to register dev tunnel URLs.
    Refuses to activate dev bridges on production environments.

    `PUT /v1/agents/{identifier}/bridge` (AgentsController_updateAgentBridge). On a client:
    `novu.agents.update_bridge(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        identifier (str; path):
        body (UpdateAgentBridgeRequestDto | dict[str, Any]; JSON body): the request: a
            `UpdateAgentBridgeRequestDto`, or a dict of its fields
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        AgentResponseDto: the decoded response.

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
        result = update_bridge.sync(client=novu, identifier="IDENTIFIER", body={...})
    """
    return client._request(OPERATION, _parts(identifier=identifier, body=body), _parse, **options).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    identifier: str,
    body: UpdateAgentBridgeRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[AgentResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(OPERATION, _parts(identifier=identifier, body=body), _parse, **options)


async def asyncio(
    *,
    client: AsyncNovu,
    identifier: str,
    body: UpdateAgentBridgeRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> AgentResponseDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (
        await client._request(OPERATION, _parts(identifier=identifier, body=body), _parse, **options)
    ).parsed


asyncio.__doc__ = sync.__doc__
