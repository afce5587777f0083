# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Send an agent reply: `POST /v1/agents/{agentId}/reply` (AgentReplyController_handleAgentReplyHandler).

Standalone function module; the same call is `novu.agents.send_reply(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.agent_reply_payload_dto import AgentReplyPayloadDto
from novu_api.models.sent_message_info_dto import SentMessageInfoDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="AgentReplyController_handleAgentReplyHandler",
    method="POST",
    path="/v1/agents/{agentId}/reply",
    facade="agents.send_reply",
    envelope=True,
    bare_keys=(),
    pagination=None,
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
    has_body=True,
    returns_json=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "agentId": "agent_id",
}


def _parts(
    *,
    agent_id: str,
    body: AgentReplyPayloadDto | dict[str, Any],
) -> RequestParts:
    return RequestParts(
        method="POST",
        url=f"/v1/agents/{_c.path_param('agent_id', agent_id)}/reply",
        json=_c.json_body(body, ("model", AgentReplyPayloadDto)) if body is not UNSET else None,
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
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[None | SentMessageInfoDto]:
    """Send an agent reply

    `POST /v1/agents/{agentId}/reply`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(agent_id=agent_id, body=body),
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
    agent_id: str,
    body: AgentReplyPayloadDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> None | SentMessageInfoDto:
    """Send an agent reply

    Send a message or side-effect into an existing agent conversation from your backend.

    Use this endpoint when you are not using `@novu/framework` (for example Python, Go, PHP, .NET, or
    Java SDKs),
    or when a server process outside the bridge needs to post into a live conversation.

    **Message actions**
    - `reply` — markdown, interactive card, or tool-approval card (optional `files`)
    - `edit` — update a previously delivered message in place
    - `deleteMessages` — remove rendered platform messages (history is kept)
    - `addReactions` — add emoji reactions to existing messages

    **Turn control**
    - `typing` — `{ status?: string }` to set status, or `"stop"` to clear
    - `resolve` — mark the conversation resolved (optionally with a final reply)
    - `error: true` — report a customer-runtime failure (cannot combine with other actions)

    **Signals & tools**
    - `signals` — metadata set/delete/clear, or trigger a Novu workflow
    - `toolResults` — persist tool outputs into conversation history
    - `toolApprovalRequest` — ledger a gated tool call (pair with an approval card reply)

    Returns `{ data: { messageId, platformThreadId } }` when a reply or edit is delivered;
    otherwise `{ data: null }`.

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(agent_id=agent_id, body=body),
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
    agent_id: str,
    body: AgentReplyPayloadDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[None | SentMessageInfoDto]:
    """Send an agent reply (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(agent_id=agent_id, body=body),
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
    agent_id: str,
    body: AgentReplyPayloadDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> None | SentMessageInfoDto:
    """Send an agent reply (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(agent_id=agent_id, body=body),
            _parse,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
    ).parsed
