# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Update a route: `PATCH /v1/domains/{domain}/routes/{address}` (DomainsController_updateDomainRoute).

Standalone function module; the same call is `novu.domains.routes.update(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.domain_route_response_dto import DomainRouteResponseDto
from novu_api.models.update_domain_route_dto import UpdateDomainRouteDto

from .... import _codec as _c
from ...._operation import Operation, RequestParts
from ...._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="DomainsController_updateDomainRoute",
    method="PATCH",
    path="/v1/domains/{domain}/routes/{address}",
    facade="domains.routes.update",
    envelope=True,
    bare_keys=(
        "_domainId",
        "_environmentId",
        "_id",
        "_organizationId",
        "address",
        "agentId",
        "createdAt",
        "type",
        "updatedAt",
    ),
    pagination=None,
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
    has_body=True,
    returns_json=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "domain": "domain",
    "address": "address",
}


def _parts(
    *,
    domain: str,
    address: str,
    body: UpdateDomainRouteDto | dict[str, Any],
) -> RequestParts:
    return RequestParts(
        method="PATCH",
        url=f"/v1/domains/{_c.path_param('domain', domain)}/routes/{_c.path_param('address', address)}",
        json=_c.json_body(body, ("model", UpdateDomainRouteDto)) if body is not UNSET else None,
    )


def _parse(data: Any, strict: bool = False) -> DomainRouteResponseDto:
    parsed: DomainRouteResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", DomainRouteResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    domain: str,
    address: str,
    body: UpdateDomainRouteDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[DomainRouteResponseDto]:
    """Update a route

    `PATCH /v1/domains/{domain}/routes/{address}`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(domain=domain, address=address, body=body),
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
    address: str,
    body: UpdateDomainRouteDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> DomainRouteResponseDto:
    """Update a route

    Updates the destination of the route bound to `<address>@<domain>`. The address itself is the
    resource identity and cannot be changed; delete and recreate the route to rename it.

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(domain=domain, address=address, body=body),
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
    domain: str,
    address: str,
    body: UpdateDomainRouteDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[DomainRouteResponseDto]:
    """Update a route (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(domain=domain, address=address, body=body),
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
    address: str,
    body: UpdateDomainRouteDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> DomainRouteResponseDto:
    """Update a route (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(domain=domain, address=address, body=body),
            _parse,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
    ).parsed
