# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Start DNS auto-configuration: `POST /v1/domains/{domain}/auto-configure/start` (DomainsController_startDomainAutoConfigure).

Standalone function module; the same call is `novu.domains.auto_configure.start(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.create_domain_connect_apply_url_dto import CreateDomainConnectApplyUrlDto
from novu_api.models.domain_connect_apply_url_response_dto import DomainConnectApplyUrlResponseDto

from .... import _codec as _c
from ...._operation import Operation, RequestParts
from ...._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="DomainsController_startDomainAutoConfigure",
    method="POST",
    path="/v1/domains/{domain}/auto-configure/start",
    facade="domains.auto_configure.start",
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
}


def _parts(
    *,
    domain: str,
    body: CreateDomainConnectApplyUrlDto | dict[str, Any],
) -> RequestParts:
    return RequestParts(
        method="POST",
        url=f"/v1/domains/{_c.path_param('domain', domain)}/auto-configure/start",
        json=_c.json_body(body, ("model", CreateDomainConnectApplyUrlDto)) if body is not UNSET else None,
    )


def _parse(data: Any, strict: bool = False) -> DomainConnectApplyUrlResponseDto:
    parsed: DomainConnectApplyUrlResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", DomainConnectApplyUrlResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    domain: str,
    body: CreateDomainConnectApplyUrlDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[DomainConnectApplyUrlResponseDto]:
    """Start DNS auto-configuration

    `POST /v1/domains/{domain}/auto-configure/start`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(domain=domain, body=body),
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
    body: CreateDomainConnectApplyUrlDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> DomainConnectApplyUrlResponseDto:
    """Start DNS auto-configuration

    Generates a signed redirect URL the customer can follow to apply Novu DNS records at their DNS
    provider. After the provider completes the flow, it redirects back to `redirectUri`.

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(domain=domain, body=body),
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
    body: CreateDomainConnectApplyUrlDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[DomainConnectApplyUrlResponseDto]:
    """Start DNS auto-configuration (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(domain=domain, body=body),
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
    body: CreateDomainConnectApplyUrlDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> DomainConnectApplyUrlResponseDto:
    """Start DNS auto-configuration (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(domain=domain, body=body),
            _parse,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
    ).parsed
