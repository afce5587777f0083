# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Delete a route: `DELETE /v1/domains/{domain}/routes/{address}` (DomainsController_deleteDomainRoute).

Standalone function module; the same call is `novu.domains.routes.delete(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .... import _codec as _c
from ...._operation import Operation, RequestParts
from ...._types import Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ...._client import AsyncNovu, Novu
    from ...._options import RequestOptions

OPERATION = Operation(
    operation_id="DomainsController_deleteDomainRoute",
    method="DELETE",
    path="/v1/domains/{domain}/routes/{address}",
    facade="domains.routes.delete",
    returns_json=False,
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
) -> RequestParts:
    return RequestParts(
        method="DELETE",
        url=f"/v1/domains/{_c.path_param('domain', domain)}/routes/{_c.path_param('address', address)}",
    )


def _parse(data: Any, strict: bool = False) -> None:
    return None


def sync_detailed(
    *,
    client: Novu,
    domain: str,
    address: str,
    **options: Unpack[RequestOptions],
) -> Response[None]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(domain=domain, address=address), _parse, **options)


def sync(
    *,
    client: Novu,
    domain: str,
    address: str,
    **options: Unpack[RequestOptions],
) -> None:
    """Delete a route

    Removes the route bound to `<address>@<domain>`. Inbound mail for that address will no longer be
    processed.

    `DELETE /v1/domains/{domain}/routes/{address}` (DomainsController_deleteDomainRoute). On a
    client: `novu.domains.routes.delete(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        domain (str; path):
        address (str; path):
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        None: the call has no response body.

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
        delete.sync(client=novu, domain="DOMAIN", address="ADDRESS")
    """
    return client._request(OPERATION, _parts(domain=domain, address=address), _parse, **options).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    domain: str,
    address: str,
    **options: Unpack[RequestOptions],
) -> Response[None]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(OPERATION, _parts(domain=domain, address=address), _parse, **options)


async def asyncio(
    *,
    client: AsyncNovu,
    domain: str,
    address: str,
    **options: Unpack[RequestOptions],
) -> None:
    """The async form of `sync`: the same arguments, awaited."""
    return (
        await client._request(OPERATION, _parts(domain=domain, address=address), _parse, **options)
    ).parsed


asyncio.__doc__ = sync.__doc__
