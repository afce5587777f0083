# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Start DNS auto-configuration: `POST /v1/domains/{domain}/auto-configure/start` (DomainsController_startDomainAutoConfigure).

Standalone function module; the same call is `novu.domains.auto_configure.start(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.create_domain_connect_apply_url_dto import CreateDomainConnectApplyUrlDto
from novu_api.models.domain_connect_apply_url_response_dto import DomainConnectApplyUrlResponseDto

from .... import _codec as _c
from ...._operation import Operation, RequestParts, plain_json
from ...._types import UNSET, Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ...._client import AsyncNovu, Novu
    from ...._options import RequestOptions

OPERATION = Operation(
    operation_id="DomainsController_startDomainAutoConfigure",
    method="POST",
    path="/v1/domains/{domain}/auto-configure/start",
    facade="domains.auto_configure.start",
    envelope=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "domain": "domain",
}

# Body field (wire name) -> the exact types its value is sent as given in (None: any value JSON
# can carry). A body of such values skips the per-field checks; any other goes through `_c.json_body`.
_PLAIN_BODY: dict[str, tuple[type, ...] | None] = {
    "redirectUri": (str,),
}


def _parts(
    *,
    domain: str,
    body: CreateDomainConnectApplyUrlDto | dict[str, Any],
) -> RequestParts:
    wire, content = plain_json(body, _PLAIN_BODY) or (
        _c.json_body(body, ("model", CreateDomainConnectApplyUrlDto)) if body is not UNSET else None,
        None,
    )
    return RequestParts(
        method="POST",
        url=f"/v1/domains/{_c.path_param('domain', domain)}/auto-configure/start",
        json=wire,
        content=content,
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
    **options: Unpack[RequestOptions],
) -> Response[DomainConnectApplyUrlResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(domain=domain, body=body), _parse, **options)


def sync(
    *,
    client: Novu,
    domain: str,
    body: CreateDomainConnectApplyUrlDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> DomainConnectApplyUrlResponseDto:
    """Start DNS auto-configuration

    Generates a signed redirect URL the customer can follow to apply Novu DNS records at their DNS
    provider. After the provider completes the flow, it redirects back to `redirectUri`.

    `POST /v1/domains/{domain}/auto-configure/start` (DomainsController_startDomainAutoConfigure).
    On a client: `novu.domains.auto_configure.start(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        domain (str; path):
        body (CreateDomainConnectApplyUrlDto | dict[str, Any]; JSON body): the request: a
            `CreateDomainConnectApplyUrlDto`, or a dict of its fields
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        DomainConnectApplyUrlResponseDto: the decoded response.

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
        result = start.sync(client=novu, domain="DOMAIN", body={...})
    """
    return client._request(OPERATION, _parts(domain=domain, body=body), _parse, **options).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    domain: str,
    body: CreateDomainConnectApplyUrlDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[DomainConnectApplyUrlResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(OPERATION, _parts(domain=domain, body=body), _parse, **options)


async def asyncio(
    *,
    client: AsyncNovu,
    domain: str,
    body: CreateDomainConnectApplyUrlDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> DomainConnectApplyUrlResponseDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (await client._request(OPERATION, _parts(domain=domain, body=body), _parse, **options)).parsed


asyncio.__doc__ = sync.__doc__
