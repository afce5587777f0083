# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Create an agent: `POST /v1/agents` (AgentsController_createAgent).

Standalone function module; the same call is `novu.agents.create(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.agent_response_dto import AgentResponseDto
from novu_api.models.create_agent_request_dto import CreateAgentRequestDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts, plain_json
from ..._types import UNSET, Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="AgentsController_createAgent",
    method="POST",
    path="/v1/agents",
    facade="agents.create",
    envelope=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "Novu-Analytics-Source": "novu_analytics_source",
}

# Body field (wire name) -> the exact types its value is sent as given in (None: any value JSON
# can carry). A body of such values skips the per-field checks; any other goes through `_c.json_body`.
_PLAIN_BODY: dict[str, tuple[type, ...] | None] = {
    "name": (str,),
    "identifier": (str,),
    "description": (str,),
    "active": (bool,),
    "runtime": (str,),
}


def _parts(
    *,
    novu_analytics_source: str,
    body: CreateAgentRequestDto | dict[str, Any],
) -> RequestParts:
    headers: dict[str, str] = {}
    if novu_analytics_source is not UNSET:
        headers["Novu-Analytics-Source"] = str(
            _c.query_value("novu_analytics_source", novu_analytics_source, ("str",))
        )
    wire, content = plain_json(body, _PLAIN_BODY) or (
        _c.json_body(body, ("model", CreateAgentRequestDto)) if body is not UNSET else None,
        None,
    )
    return RequestParts(
        method="POST",
        url="/v1/agents",
        headers=headers,
        json=wire,
        content=content,
    )


def _parse(data: Any, strict: bool = False) -> AgentResponseDto:
    parsed: AgentResponseDto = _c.root(OPERATION.facade, strict, data, ("model", AgentResponseDto))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    novu_analytics_source: str,
    body: CreateAgentRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[AgentResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(
        OPERATION, _parts(novu_analytics_source=novu_analytics_source, body=body), _parse, **options
    )


def sync(
    *,
    client: Novu,
    novu_analytics_source: str,
    body: CreateAgentRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> AgentResponseDto:
    """Create an agent

    Create an agent scoped to the current environment. The identifier must be unique per
    environment. Set `runtime` to `managed` and supply `managedRuntime` to provision a
    provider-hosted agent brain.

    `POST /v1/agents` (AgentsController_createAgent). On a client: `novu.agents.create(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        novu_analytics_source (str; header):
        body (CreateAgentRequestDto | dict[str, Any]; JSON body): the request: a
            `CreateAgentRequestDto`, or a dict of its fields
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
        result = create.sync(client=novu, novu_analytics_source="NOVU_ANALYTICS_SOURCE", body={...})
    """
    return client._request(
        OPERATION, _parts(novu_analytics_source=novu_analytics_source, body=body), _parse, **options
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    novu_analytics_source: str,
    body: CreateAgentRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[AgentResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(
        OPERATION, _parts(novu_analytics_source=novu_analytics_source, body=body), _parse, **options
    )


async def asyncio(
    *,
    client: AsyncNovu,
    novu_analytics_source: str,
    body: CreateAgentRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> AgentResponseDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (
        await client._request(
            OPERATION, _parts(novu_analytics_source=novu_analytics_source, body=body), _parse, **options
        )
    ).parsed


asyncio.__doc__ = sync.__doc__
