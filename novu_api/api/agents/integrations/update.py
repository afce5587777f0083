# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Update an agent integration: `PATCH /v1/agents/{identifier}/integrations/{agentIntegrationId}` (AgentIntegrationsController_updateAgentIntegration).

Standalone function module; the same call is `novu.agents.integrations.update(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.agent_integration_response_dto import AgentIntegrationResponseDto
from novu_api.models.update_agent_integration_request_dto import UpdateAgentIntegrationRequestDto

from .... import _codec as _c
from ...._operation import Operation, RequestParts
from ...._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="AgentIntegrationsController_updateAgentIntegration",
    method="PATCH",
    path="/v1/agents/{identifier}/integrations/{agentIntegrationId}",
    facade="agents.integrations.update",
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
    "agentIntegrationId": "agent_integration_id",
}


def _parts(
    *,
    identifier: str,
    agent_integration_id: str,
    body: UpdateAgentIntegrationRequestDto | dict[str, Any],
) -> RequestParts:
    return RequestParts(
        method="PATCH",
        url=f"/v1/agents/{_c.path_param('identifier', identifier)}/integrations/{_c.path_param('agent_integration_id', agent_integration_id)}",
        json=_c.json_body(body, ("model", UpdateAgentIntegrationRequestDto)) if body is not UNSET else None,
    )


def _parse(data: Any, strict: bool = False) -> AgentIntegrationResponseDto:
    parsed: AgentIntegrationResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", AgentIntegrationResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    identifier: str,
    agent_integration_id: str,
    body: UpdateAgentIntegrationRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[AgentIntegrationResponseDto]:
    """Update an agent integration

    `PATCH /v1/agents/{identifier}/integrations/{agentIntegrationId}`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(identifier=identifier, agent_integration_id=agent_integration_id, body=body),
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
    agent_integration_id: str,
    body: UpdateAgentIntegrationRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> AgentIntegrationResponseDto:
    """Update an agent integration

    Update which integration a link points to (by integration **identifier**, not the internal _id).

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(identifier=identifier, agent_integration_id=agent_integration_id, body=body),
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
    agent_integration_id: str,
    body: UpdateAgentIntegrationRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[AgentIntegrationResponseDto]:
    """Update an agent integration (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(identifier=identifier, agent_integration_id=agent_integration_id, body=body),
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
    agent_integration_id: str,
    body: UpdateAgentIntegrationRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> AgentIntegrationResponseDto:
    """Update an agent integration (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(identifier=identifier, agent_integration_id=agent_integration_id, body=body),
            _parse,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
    ).parsed
