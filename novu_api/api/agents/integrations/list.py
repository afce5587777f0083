# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""List agent integrations: `GET /v1/agents/{identifier}/integrations` (AgentIntegrationsController_listAgentIntegrations).

Standalone function module; the same call is `novu.agents.integrations.list(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.agent_integrations_controller_list_agent_integrations_order_direction import (
    AgentIntegrationsControllerListAgentIntegrationsOrderDirection,
)
from novu_api.models.list_agent_integrations_response_dto import ListAgentIntegrationsResponseDto

from .... import _codec as _c
from ...._operation import Operation, RequestParts
from ...._types import UNSET, Response, Unset

if TYPE_CHECKING:
    from novu_api.models.agent_integration_response_dto import AgentIntegrationResponseDto

if TYPE_CHECKING:
    import httpx

    from ...._client import AsyncNovu, Novu, RetryPolicy
    from ....pagination import AsyncPage, SyncPage

OPERATION = Operation(
    operation_id="AgentIntegrationsController_listAgentIntegrations",
    method="GET",
    path="/v1/agents/{identifier}/integrations",
    facade="agents.integrations.list",
    envelope=True,
    bare_keys=(
        "next",
        "planUsage",
        "previous",
        "totalCount",
        "totalCountCapped",
    ),
    pagination={
        "style": "cursor",
        "items": "data",
        "request": {"after": "after", "before": "before", "limit": "limit"},
        "response": {"next": "next_", "previous": "previous", "total": "total_count"},
    },
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
    has_body=False,
    returns_json=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "identifier": "identifier",
    "after": "after",
    "before": "before",
    "limit": "limit",
    "orderDirection": "order_direction",
    "orderBy": "order_by",
    "includeCursor": "include_cursor",
    "integrationIdentifier": "integration_identifier",
}


def _parts(
    *,
    identifier: str,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    order_direction: AgentIntegrationsControllerListAgentIntegrationsOrderDirection | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    include_cursor: bool | Unset = UNSET,
    integration_identifier: str | Unset = UNSET,
) -> RequestParts:
    params: dict[str, Any] = {}
    if after is not UNSET:
        params["after"] = _c.query_value("after", after, ("str",))
    if before is not UNSET:
        params["before"] = _c.query_value("before", before, ("str",))
    if limit is not UNSET:
        params["limit"] = _c.query_value("limit", limit, ("num",))
    if order_direction is not UNSET:
        params["orderDirection"] = _c.query_value(
            "order_direction",
            order_direction,
            ("enum", AgentIntegrationsControllerListAgentIntegrationsOrderDirection),
        )
    if order_by is not UNSET:
        params["orderBy"] = _c.query_value("order_by", order_by, ("str",))
    if include_cursor is not UNSET:
        params["includeCursor"] = _c.query_value("include_cursor", include_cursor, ("bool",))
    if integration_identifier is not UNSET:
        params["integrationIdentifier"] = _c.query_value(
            "integration_identifier", integration_identifier, ("str",)
        )
    return RequestParts(
        method="GET",
        url=f"/v1/agents/{_c.path_param('identifier', identifier)}/integrations",
        params=params,
    )


def _parse(data: Any, strict: bool = False) -> ListAgentIntegrationsResponseDto:
    parsed: ListAgentIntegrationsResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", ListAgentIntegrationsResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    identifier: str,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    order_direction: AgentIntegrationsControllerListAgentIntegrationsOrderDirection | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    include_cursor: bool | Unset = UNSET,
    integration_identifier: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[ListAgentIntegrationsResponseDto]:
    """List agent integrations

    `GET /v1/agents/{identifier}/integrations`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(
            identifier=identifier,
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            integration_identifier=integration_identifier,
        ),
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
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    order_direction: AgentIntegrationsControllerListAgentIntegrationsOrderDirection | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    include_cursor: bool | Unset = UNSET,
    integration_identifier: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> SyncPage[AgentIntegrationResponseDto]:
    """List agent integrations

    Retrieve integration links for an agent identified by its external identifier. Supports cursor
    pagination via **after**, **before**, **limit**, **orderBy**, and **orderDirection**.

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request_page(
        OPERATION,
        _parts(
            identifier=identifier,
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            integration_identifier=integration_identifier,
        ),
        _parse,
        timeout=timeout,
        max_retries=max_retries,
        retry=retry,
        idempotency_key=idempotency_key,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    identifier: str,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    order_direction: AgentIntegrationsControllerListAgentIntegrationsOrderDirection | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    include_cursor: bool | Unset = UNSET,
    integration_identifier: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[ListAgentIntegrationsResponseDto]:
    """List agent integrations (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(
            identifier=identifier,
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            integration_identifier=integration_identifier,
        ),
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
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    order_direction: AgentIntegrationsControllerListAgentIntegrationsOrderDirection | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    include_cursor: bool | Unset = UNSET,
    integration_identifier: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> AsyncPage[AgentIntegrationResponseDto]:
    """List agent integrations (async)."""
    return await client._request_page(
        OPERATION,
        _parts(
            identifier=identifier,
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            integration_identifier=integration_identifier,
        ),
        _parse,
        timeout=timeout,
        max_retries=max_retries,
        retry=retry,
        idempotency_key=idempotency_key,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
