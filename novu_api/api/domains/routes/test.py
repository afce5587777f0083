# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Test an inbound route: `POST /v1/domains/{domain}/routes/{address}/test` (DomainsController_testDomainRoute).

Standalone function module; the same call is `novu.domains.routes.test(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.test_domain_route_dto import TestDomainRouteDto
from novu_api.models.test_domain_route_response_dto import TestDomainRouteResponseDto

from .... import _codec as _c
from ...._operation import Operation, RequestParts, plain_json
from ...._types import UNSET, Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ...._client import AsyncNovu, Novu
    from ...._options import RequestOptions

OPERATION = Operation(
    operation_id="DomainsController_testDomainRoute",
    method="POST",
    path="/v1/domains/{domain}/routes/{address}/test",
    facade="domains.routes.test",
    envelope=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "domain": "domain",
    "address": "address",
}

# Body field (wire name) -> the exact types its value is sent as given in (None: any value JSON
# can carry). A body of such values skips the per-field checks; any other goes through `_c.json_body`.
_PLAIN_BODY: dict[str, tuple[type, ...] | None] = {
    "subject": (str,),
    "text": (str,),
    "html": (str,),
    "dryRun": (bool,),
}


def _parts(
    *,
    domain: str,
    address: str,
    body: TestDomainRouteDto | dict[str, Any],
) -> RequestParts:
    wire, content = plain_json(body, _PLAIN_BODY) or (
        _c.json_body(body, ("model", TestDomainRouteDto)) if body is not UNSET else None,
        None,
    )
    return RequestParts(
        method="POST",
        url=f"/v1/domains/{_c.path_param('domain', domain)}/routes/{_c.path_param('address', address)}/test",
        json=wire,
        content=content,
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
    **options: Unpack[RequestOptions],
) -> Response[TestDomainRouteResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(domain=domain, address=address, body=body), _parse, **options)


def sync(
    *,
    client: Novu,
    domain: str,
    address: str,
    body: TestDomainRouteDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> TestDomainRouteResponseDto:
    """Test an inbound route

    Sends a synthetic inbound email through the same delivery path as production (outbound webhooks
    for webhook routes, signed HTTP to the agent for agent routes). Use `dryRun: true` to preview
    the payload without delivering.

    `POST /v1/domains/{domain}/routes/{address}/test` (DomainsController_testDomainRoute). On a
    client: `novu.domains.routes.test(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        domain (str; path):
        address (str; path):
        body (TestDomainRouteDto | dict[str, Any]; JSON body): the request: a `TestDomainRouteDto`,
            or a dict of its fields
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        TestDomainRouteResponseDto: the decoded response.

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
        result = test.sync(client=novu, domain="DOMAIN", address="ADDRESS", body={...})
    """
    return client._request(
        OPERATION, _parts(domain=domain, address=address, body=body), _parse, **options
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    domain: str,
    address: str,
    body: TestDomainRouteDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[TestDomainRouteResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(
        OPERATION, _parts(domain=domain, address=address, body=body), _parse, **options
    )


async def asyncio(
    *,
    client: AsyncNovu,
    domain: str,
    address: str,
    body: TestDomainRouteDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> TestDomainRouteResponseDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (
        await client._request(OPERATION, _parts(domain=domain, address=address, body=body), _parse, **options)
    ).parsed


asyncio.__doc__ = sync.__doc__
