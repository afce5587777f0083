# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Send an agent reply: `POST /v1/agents/{agentId}/reply` (AgentReplyController_handleAgentReplyHandler).

Standalone function module; the same call is `novu.agents.send_reply(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.agent_reply_payload_dto import AgentReplyPayloadDto
from novu_api.models.sent_message_info_dto import SentMessageInfoDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts, plain_json
from ..._types import UNSET, Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="AgentReplyController_handleAgentReplyHandler",
    method="POST",
    path="/v1/agents/{agentId}/reply",
    facade="agents.send_reply",
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
    "agentId": "agent_id",
}

# Body field (wire name) -> the exact types its value is sent as given in (None: any value JSON
# can carry). A body of such values skips the per-field checks; any other goes through `_c.json_body`.
_PLAIN_BODY: dict[str, tuple[type, ...] | None] = {
    "conversationId": (str,),
    "integrationIdentifier": (str,),
    "error": (bool,),
}


def _parts(
    *,
    agent_id: str,
    body: AgentReplyPayloadDto | dict[str, Any],
) -> RequestParts:
    wire, content = plain_json(body, _PLAIN_BODY) or (
        _c.json_body(body, ("model", AgentReplyPayloadDto)) if body is not UNSET else None,
        None,
    )
    return RequestParts(
        method="POST",
        url=f"/v1/agents/{_c.path_param('agent_id', agent_id)}/reply",
        json=wire,
        content=content,
    )


def _parse(data: Any, strict: bool = False) -> None | SentMessageInfoDto:
    parsed: None | SentMessageInfoDto = _c.root(
        OPERATION.facade,
        strict,
        data,
        (
            "union",
            (
                ("model", SentMessageInfoDto),
                ("null",),
            ),
        ),
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    agent_id: str,
    body: AgentReplyPayloadDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[None | SentMessageInfoDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(agent_id=agent_id, body=body), _parse, **options)


def sync(
    *,
    client: Novu,
    agent_id: str,
    body: AgentReplyPayloadDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> None | SentMessageInfoDto:
    """Send an agent reply

    Send a message or side-effect into an existing agent conversation from your backend.

    Use this endpoint when you are not using `@novu/framework` (for example Python, Go, PHP, .NET,
    or Java SDKs), or when a server process outside the bridge needs to post into a live
    conversation.

    **Message actions** - `reply` — markdown, interactive card, or tool-approval card (optional
    `files`) - `edit` — update a previously delivered message in place - `deleteMessages` — remove
    rendered platform messages (history is kept) - `addReactions` — add emoji reactions to existing
    messages

    **Turn control** - `typing` — `{ status?: string }` to set status, or `"stop"` to clear -
    `resolve` — mark the conversation resolved (optionally with a final reply) - `error: true` —
    report a customer-runtime failure (cannot combine with other actions)

    **Signals & tools** - `signals` — metadata set/delete/clear, or trigger a Novu workflow -
    `toolResults` — persist tool outputs into conversation history - `toolApprovalRequest` — ledger
    a gated tool call (pair with an approval card reply)

    Returns `{ data: { messageId, platformThreadId } }` when a reply or edit is delivered; otherwise
    `{ data: null }`.

    `POST /v1/agents/{agentId}/reply` (AgentReplyController_handleAgentReplyHandler). On a client:
    `novu.agents.send_reply(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        agent_id (str; path): Agent identifier (slug) for the agent that owns the conversation.
        body (AgentReplyPayloadDto | dict[str, Any]; JSON body): the request: a
            `AgentReplyPayloadDto`, or a dict of its fields
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        None | SentMessageInfoDto: the decoded response.

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
        result = send_reply.sync(client=novu, agent_id="support-agent", body={...})
    """
    return client._request(OPERATION, _parts(agent_id=agent_id, body=body), _parse, **options).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    agent_id: str,
    body: AgentReplyPayloadDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[None | SentMessageInfoDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(OPERATION, _parts(agent_id=agent_id, body=body), _parse, **options)


async def asyncio(
    *,
    client: AsyncNovu,
    agent_id: str,
    body: AgentReplyPayloadDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> None | SentMessageInfoDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (await client._request(OPERATION, _parts(agent_id=agent_id, body=body), _parse, **options)).parsed


asyncio.__doc__ = sync.__doc__
