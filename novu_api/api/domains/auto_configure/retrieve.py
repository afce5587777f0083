# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Retrieve auto-configuration availability: `GET /v1/domains/{domain}/auto-configure` (DomainsController_getDomainAutoConfigure).

Standalone function module; the same call is `novu.domains.auto_configure.retrieve(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.domain_connect_status_response_dto import DomainConnectStatusResponseDto

from .... import _codec as _c
from ...._operation import Operation, RequestParts
from ...._types import Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ...._client import AsyncNovu, Novu
    from ...._options import RequestOptions

OPERATION = Operation(
    operation_id="DomainsController_getDomainAutoConfigure",
    method="GET",
    path="/v1/domains/{domain}/auto-configure",
    facade="domains.auto_configure.retrieve",
    envelope=True,
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
    **options: Unpack[RequestOptions],
) -> Response[DomainConnectStatusResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(domain=domain), _parse, **options)


def sync(
    *,
    client: Novu,
    domain: str,
    **options: Unpack[RequestOptions],
) -> DomainConnectStatusResponseDto:
    """Retrieve auto-configuration availability

    Returns whether DNS auto-configuration (Domain Connect) is available for this domain. When
    `available` is `false`, `manualRecords` lists the DNS records the customer must add manually.

    `GET /v1/domains/{domain}/auto-configure` (DomainsController_getDomainAutoConfigure). On a
    client: `novu.domains.auto_configure.retrieve(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        domain (str; path):
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        DomainConnectStatusResponseDto: the decoded response.

    Raises:
        BadRequestError: 400; `.body`: `ErrorDto`.
        AuthenticationError: 401; `.body`: `ErrorDto`.
        PermissionDeniedError: 403; `.body`: `ErrorDto`.
        NotFoundError: 404; `.body`: `ErrorDto`.
        MethodNotAllowedError: 405; `.body`: `ErrorDto`.
        ConflictError: 409; `.body`: `ErrorDto`.
        PayloadTooLargeError: 413; `.body`: `ErrorDto`.
        URITooLongError: 414; `.body`: `ErrorDto`.
        UnsupportedMediaTypeError: 415; `.body`: `ErrorDto`.
        UnprocessableEntityError: 422; `.body`: `ValidationErrorDto`.
        RateLimitError: 429; `.body`: `ErrorDto`.
        InternalServerError: 500; `.body`: `ErrorDto`.
        ServiceUnavailableError: 503; `.body`: `ErrorDto`.
        APIConnectionError: no response arrived (APITimeoutError when it timed out).
        ResponseValidationError: the response does not fit its declared type.

    Example:
        result = retrieve.sync(client=novu, domain="DOMAIN")
    """
    return client._request(OPERATION, _parts(domain=domain), _parse, **options).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    domain: str,
    **options: Unpack[RequestOptions],
) -> Response[DomainConnectStatusResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(OPERATION, _parts(domain=domain), _parse, **options)


async def asyncio(
    *,
    client: AsyncNovu,
    domain: str,
    **options: Unpack[RequestOptions],
) -> DomainConnectStatusResponseDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (await client._request(OPERATION, _parts(domain=domain), _parse, **options)).parsed


asyncio.__doc__ = sync.__doc__
