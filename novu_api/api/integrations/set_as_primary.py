# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Update integration as primary: `POST /v1/integrations/{integrationId}/set-primary` (IntegrationsController_setIntegrationAsPrimary).

Standalone function module; the same call is `novu.integrations.set_as_primary(...)` on a client.
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
    operation_id="IntegrationsController_setIntegrationAsPrimary",
    method="POST",
    path="/v1/integrations/{integrationId}/set-primary",
    facade="integrations.set_as_primary",
    envelope=True,
    errors={
        "400": "ErrorDto",
        "401": "ErrorDto",
        "403": "ErrorDto",
        "405": "ErrorDto",
        "409": "ErrorDto",
        "413": "ErrorDto",
        "414": "ErrorDto",
        "415": "ErrorDto",
        "422": "ValidationErrorDto",
        "500": "ErrorDto",
    },
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "integrationId": "integration_id",
}


def _parts(
    *,
    integration_id: str,
) -> RequestParts:
    return RequestParts(
        method="POST",
        url=f"/v1/integrations/{_c.path_param('integration_id', integration_id)}/set-primary",
    )


def _parse(data: Any, strict: bool = False) -> IntegrationResponseDto:
    parsed: IntegrationResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", IntegrationResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    integration_id: str,
    **options: Unpack[RequestOptions],
) -> Response[IntegrationResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(integration_id=integration_id), _parse, **options)


def sync(
    *,
    client: Novu,
    integration_id: str,
    **options: Unpack[RequestOptions],
) -> IntegrationResponseDto:
    """Update integration as primary

    Update an integration as **primary** by its unique key identifier **integrationId**. This API
    will set the integration as primary for that channel in the current environment. Primary
    integration is used to deliver notification for sms and email channels in the workflow. Only
    integration metadata is returned, credentials field is returned as an empty object.

    `POST /v1/integrations/{integrationId}/set-primary`
    (IntegrationsController_setIntegrationAsPrimary). On a client:
    `novu.integrations.set_as_primary(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        integration_id (str; path):
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        IntegrationResponseDto: the decoded response.

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
        result = set_as_primary.sync(client=novu, integration_id="INTEGRATION_ID")
    """
    return client._request(OPERATION, _parts(integration_id=integration_id), _parse, **options).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    integration_id: str,
    **options: Unpack[RequestOptions],
) -> Response[IntegrationResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(OPERATION, _parts(integration_id=integration_id), _parse, **options)


async def asyncio(
    *,
    client: AsyncNovu,
    integration_id: str,
    **options: Unpack[RequestOptions],
) -> IntegrationResponseDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (await client._request(OPERATION, _parts(integration_id=integration_id), _parse, **options)).parsed


asyncio.__doc__ = sync.__doc__
