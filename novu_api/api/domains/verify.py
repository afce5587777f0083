# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Verify a domain: `POST /v1/domains/{domain}/verify` (DomainsController_verifyDomain).

Standalone function module; the same call is `novu.domains.verify(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.domain_response_dto import DomainResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="DomainsController_verifyDomain",
    method="POST",
    path="/v1/domains/{domain}/verify",
    facade="domains.verify",
    envelope=True,
    bare_keys=(
        "_environmentId",
        "_id",
        "_organizationId",
        "createdAt",
        "dnsProvider",
        "expectedDnsRecords",
        "mxRecordConfigured",
        "name",
        "status",
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
    has_body=False,
    returns_json=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "domain": "domain",
}


def _parts(
    *,
    domain: str,
) -> RequestParts:
    return RequestParts(
        method="POST",
        url=f"/v1/domains/{_c.path_param('domain', domain)}/verify",
    )


def _parse(data: Any, strict: bool = False) -> DomainResponseDto:
    parsed: DomainResponseDto = _c.root(OPERATION.facade, strict, data, ("model", DomainResponseDto))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    domain: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[DomainResponseDto]:
    """Verify a domain

    `POST /v1/domains/{domain}/verify`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(
            domain=domain,
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
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> DomainResponseDto:
    """Verify a domain

    Performs a live DNS lookup to refresh the MX record status of the domain and updates the
    verification status accordingly. Returns the latest domain configuration.

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(
            domain=domain,
        ),
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
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[DomainResponseDto]:
    """Verify a domain (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(
            domain=domain,
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
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> DomainResponseDto:
    """Verify a domain (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(
                domain=domain,
            ),
            _parse,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
    ).parsed
