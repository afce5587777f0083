# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Test an inbound route: `POST /v1/domains/{domain}/routes/{address}/test` (DomainsController_testDomainRoute).

Standalone function module; the same call is `novu.domains.routes.test(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.test_domain_route_dto import TestDomainRouteDto
from novu_api.models.test_domain_route_response_dto import TestDomainRouteResponseDto

from .... import _codec as _c
from ...._operation import Operation, RequestParts
from ...._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="DomainsController_testDomainRoute",
    method="POST",
    path="/v1/domains/{domain}/routes/{address}/test",
    facade="domains.routes.test",
    envelope=True,
    bare_keys=(),
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
    body: TestDomainRouteDto | dict[str, Any],
) -> RequestParts:
    return RequestParts(
        method="POST",
        url=f"/v1/domains/{_c.path_param('domain', domain)}/routes/{_c.path_param('address', address)}/test",
        json=_c.json_body(body, ("model", TestDomainRouteDto)) if body is not UNSET else None,
    )


def _parse(data: Any, strict: bool = False) -> TestDomainRouteResponseDto:
    parsed: TestDomainRouteResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", TestDomainRouteResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    domain: str,
    address: str,
    body: TestDomainRouteDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[TestDomainRouteResponseDto]:
    """Test an inbound route

    `POST /v1/domains/{domain}/routes/{address}/test`; returns the parsed value with status and headers.
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
    body: TestDomainRouteDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> TestDomainRouteResponseDto:
    """Test an inbound route

    Sends a synthetic inbound email through the same delivery path as production (outbound webhooks for
    webhook routes, signed HTTP to the agent for agent routes). Use `dryRun: true` to preview the
    payload without delivering.

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
    body: TestDomainRouteDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[TestDomainRouteResponseDto]:
    """Test an inbound route (async); returns the parsed value with status and headers."""
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
    body: TestDomainRouteDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> TestDomainRouteResponseDto:
    """Test an inbound route (async)."""
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
