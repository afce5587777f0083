# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Diagnose inbound DNS for a domain: `POST /v1/domains/{domain}/diagnose` (DomainsController_diagnoseDomain).

Standalone function module; the same call is `novu.domains.diagnose(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.diagnose_domain_response_dto import DiagnoseDomainResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="DomainsController_diagnoseDomain",
    method="POST",
    path="/v1/domains/{domain}/diagnose",
    facade="domains.diagnose",
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
        method="POST",
        url=f"/v1/domains/{_c.path_param('domain', domain)}/diagnose",
    )


def _parse(data: Any, strict: bool = False) -> DiagnoseDomainResponseDto:
    parsed: DiagnoseDomainResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", DiagnoseDomainResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    domain: str,
    **options: Unpack[RequestOptions],
) -> Response[DiagnoseDomainResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(domain=domain), _parse, **options)


def sync(
    *,
    client: Novu,
    domain: str,
    **options: Unpack[RequestOptions],
) -> DiagnoseDomainResponseDto:
    """Diagnose inbound DNS for a domain

    Runs live DNS checks for inbound email readiness (MX correctness, apex CNAME collision, and
    common DNS blocklists for the Novu mail host). Returns structured issues with plain-language
    fixes.

    `POST /v1/domains/{domain}/diagnose` (DomainsController_diagnoseDomain). On a client:
    `novu.domains.diagnose(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        domain (str; path):
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        DiagnoseDomainResponseDto: the decoded response.

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
        result = diagnose.sync(client=novu, domain="DOMAIN")
    """
    return client._request(OPERATION, _parts(domain=domain), _parse, **options).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    domain: str,
    **options: Unpack[RequestOptions],
) -> Response[DiagnoseDomainResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(OPERATION, _parts(domain=domain), _parse, **options)


async def asyncio(
    *,
    client: AsyncNovu,
    domain: str,
    **options: Unpack[RequestOptions],
) -> DiagnoseDomainResponseDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (await client._request(OPERATION, _parts(domain=domain), _parse, **options)).parsed


asyncio.__doc__ = sync.__doc__
