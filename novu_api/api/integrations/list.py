# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""List all integrations: `GET /v1/integrations` (IntegrationsController_listIntegrations).

Standalone function module; the same call is `novu.integrations.list(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.integration_response_dto import IntegrationResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="IntegrationsController_listIntegrations",
    method="GET",
    path="/v1/integrations",
    facade="integrations.list",
    envelope=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {}


def _parts() -> RequestParts:
    return RequestParts(
        method="GET",
        url="/v1/integrations",
    )


def _parse(data: Any, strict: bool = False) -> list[IntegrationResponseDto]:
    parsed: list[IntegrationResponseDto] = _c.root(
        OPERATION.facade, strict, data, ("list", ("model", IntegrationResponseDto))
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    **options: Unpack[RequestOptions],
) -> Response[list[IntegrationResponseDto]]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(), _parse, **options)


def sync(
    *,
    client: Novu,
    **options: Unpack[RequestOptions],
) -> list[IntegrationResponseDto]:
    """List all integrations

    List all the channels integrations created in the organization. Only integration metadata is
    returned, credentials field is returned as an empty object.

    `GET /v1/integrations` (IntegrationsController_listIntegrations). On a client:
    `novu.integrations.list(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        list[IntegrationResponseDto]: the decoded response.

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
        result = list.sync(client=novu)
    """
    return client._request(OPERATION, _parts(), _parse, **options).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    **options: Unpack[RequestOptions],
) -> Response[list[IntegrationResponseDto]]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(OPERATION, _parts(), _parse, **options)


async def asyncio(
    *,
    client: AsyncNovu,
    **options: Unpack[RequestOptions],
) -> list[IntegrationResponseDto]:
    """The async form of `sync`: the same arguments, awaited."""
    return (await client._request(OPERATION, _parts(), _parse, **options)).parsed


asyncio.__doc__ = sync.__doc__
