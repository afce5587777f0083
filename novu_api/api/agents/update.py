# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Update an agent: `PATCH /v1/agents/{identifier}` (AgentsController_updateAgent).

Standalone function module; the same call is `novu.agents.update(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.agent_response_dto import AgentResponseDto
from novu_api.models.update_agent_request_dto import UpdateAgentRequestDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="AgentsController_updateAgent",
    method="PATCH",
    path="/v1/agents/{identifier}",
    facade="agents.update",
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
    "identifier": "identifier",
}


def _parts(
    *,
    identifier: str,
    body: UpdateAgentRequestDto | dict[str, Any],
) -> RequestParts:
    return RequestParts(
        method="PATCH",
        url=f"/v1/agents/{_c.path_param('identifier', identifier)}",
        json=_c.json_body(body, ("model", UpdateAgentRequestDto)) if body is not UNSET else None,
    )


def _parse(data: Any, strict: bool = False) -> AgentResponseDto:
    parsed: AgentResponseDto = _c.root(OPERATION.facade, strict, data, ("model", AgentResponseDto))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    identifier: str,
    body: UpdateAgentRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[AgentResponseDto]:
    """Update an agent

    `PATCH /v1/agents/{identifier}`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(identifier=identifier, body=body),
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
    identifier: str,
    body: UpdateAgentRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> AgentResponseDto:
    """Update an agent

    Update an agent by its external identifier.

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(identifier=identifier, body=body),
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
    identifier: str,
    body: UpdateAgentRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[AgentResponseDto]:
    """Update an agent (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(identifier=identifier, body=body),
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
    identifier: str,
    body: UpdateAgentRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> AgentResponseDto:
    """Update an agent (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(identifier=identifier, body=body),
            _parse,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
    ).parsed
