# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Retrieve auto-configuration availability: `GET /v1/domains/{domain}/auto-configure` (DomainsController_getDomainAutoConfigure).

Standalone function module; the same call is `novu.domains.auto_configure.retrieve(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.domain_connect_status_response_dto import DomainConnectStatusResponseDto

from .... import _codec as _c
from ...._operation import Operation, RequestParts
from ...._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="DomainsController_getDomainAutoConfigure",
    method="GET",
    path="/v1/domains/{domain}/auto-configure",
    facade="domains.auto_configure.retrieve",
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
        method="GET",
        url=f"/v1/domains/{_c.path_param('domain', domain)}/auto-configure",
    )


def _parse(data: Any, strict: bool = False) -> DomainConnectStatusResponseDto:
    parsed: DomainConnectStatusResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", DomainConnectStatusResponseDto)
    )
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
) -> Response[DomainConnectStatusResponseDto]:
    """Retrieve auto-configuration availability

    `GET /v1/domains/{domain}/auto-configure`; returns the parsed value with status and headers.
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
) -> DomainConnectStatusResponseDto:
    """Retrieve auto-configuration availability

    Returns whether DNS auto-configuration (Domain Connect) is available for this domain. When
    `available` is `false`, `manualRecords` lists the DNS records the customer must add manually.

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
) -> Response[DomainConnectStatusResponseDto]:
    """Retrieve auto-configuration availability (async); returns the parsed value with status and headers."""
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
) -> DomainConnectStatusResponseDto:
    """Retrieve auto-configuration availability (async)."""
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
