# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""List routes for a domain: `GET /v1/domains/{domain}/routes` (DomainsController_listDomainRoutes).

Standalone function module; the same call is `novu.domains.routes.list(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.domains_controller_list_domain_routes_order_direction import (
    DomainsControllerListDomainRoutesOrderDirection,
)
from novu_api.models.list_domain_routes_response_dto import ListDomainRoutesResponseDto

from .... import _codec as _c
from ...._operation import Operation, RequestParts
from ...._types import UNSET, Response, Unset

if TYPE_CHECKING:
    from novu_api.models.domain_route_response_dto import DomainRouteResponseDto

if TYPE_CHECKING:
    import httpx

    from ...._client import AsyncNovu, Novu, RetryPolicy
    from ....pagination import AsyncPage, SyncPage

OPERATION = Operation(
    operation_id="DomainsController_listDomainRoutes",
    method="GET",
    path="/v1/domains/{domain}/routes",
    facade="domains.routes.list",
    envelope=True,
    bare_keys=(
        "next",
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
        "404": "ErrorDto",
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
    "domain": "domain",
    "after": "after",
    "before": "before",
    "limit": "limit",
    "orderDirection": "order_direction",
    "orderBy": "order_by",
    "includeCursor": "include_cursor",
    "agentId": "agent_id",
}


def _parts(
    *,
    domain: str,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    order_direction: DomainsControllerListDomainRoutesOrderDirection | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    include_cursor: bool | Unset = UNSET,
    agent_id: str | Unset = UNSET,
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
            "order_direction", order_direction, ("enum", DomainsControllerListDomainRoutesOrderDirection)
        )
    if order_by is not UNSET:
        params["orderBy"] = _c.query_value("order_by", order_by, ("str",))
    if include_cursor is not UNSET:
        params["includeCursor"] = _c.query_value("include_cursor", include_cursor, ("bool",))
    if agent_id is not UNSET:
        params["agentId"] = _c.query_value("agent_id", agent_id, ("str",))
    return RequestParts(
        method="GET",
        url=f"/v1/domains/{_c.path_param('domain', domain)}/routes",
        params=params,
    )


def _parse(data: Any, strict: bool = False) -> ListDomainRoutesResponseDto:
    parsed: ListDomainRoutesResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", ListDomainRoutesResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    domain: str,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    order_direction: DomainsControllerListDomainRoutesOrderDirection | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    include_cursor: bool | Unset = UNSET,
    agent_id: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[ListDomainRoutesResponseDto]:
    """List routes for a domain

    `GET /v1/domains/{domain}/routes`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(
            domain=domain,
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            agent_id=agent_id,
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
    domain: str,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    order_direction: DomainsControllerListDomainRoutesOrderDirection | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    include_cursor: bool | Unset = UNSET,
    agent_id: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> SyncPage[DomainRouteResponseDto]:
    """List routes for a domain

    Returns a paginated list of routes attached to the domain. Optionally filter by an agent identifier
    to find routes pointing to a specific agent.

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request_page(
        OPERATION,
        _parts(
            domain=domain,
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            agent_id=agent_id,
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
    domain: str,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    order_direction: DomainsControllerListDomainRoutesOrderDirection | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    include_cursor: bool | Unset = UNSET,
    agent_id: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[ListDomainRoutesResponseDto]:
    """List routes for a domain (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(
            domain=domain,
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            agent_id=agent_id,
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
    domain: str,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    order_direction: DomainsControllerListDomainRoutesOrderDirection | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    include_cursor: bool | Unset = UNSET,
    agent_id: str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> AsyncPage[DomainRouteResponseDto]:
    """List routes for a domain (async)."""
    return await client._request_page(
        OPERATION,
        _parts(
            domain=domain,
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            agent_id=agent_id,
        ),
        _parse,
        timeout=timeout,
        max_retries=max_retries,
        retry=retry,
        idempotency_key=idempotency_key,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
