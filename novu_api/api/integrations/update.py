# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Update an integration: `PUT /v1/integrations/{integrationId}` (IntegrationsController_updateIntegrationById).

Standalone function module; the same call is `novu.integrations.update(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.integration_response_dto import IntegrationResponseDto
from novu_api.models.update_integration_request_dto import UpdateIntegrationRequestDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts, plain_json
from ..._types import UNSET, Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="IntegrationsController_updateIntegrationById",
    method="PUT",
    path="/v1/integrations/{integrationId}",
    facade="integrations.update",
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

# Body field (wire name) -> the exact types its value is sent as given in (None: any value JSON
# can carry). A body of such values skips the per-field checks; any other goes through `_c.json_body`.
_PLAIN_BODY: dict[str, tuple[type, ...] | None] = {
    "name": (str,),
    "identifier": (str,),
    "_environmentId": (str,),
    "active": (bool,),
    "check": (bool,),
    "configurations": (dict,),
}


def _parts(
    *,
    integration_id: str,
    body: UpdateIntegrationRequestDto | dict[str, Any],
) -> RequestParts:
    wire, content = plain_json(body, _PLAIN_BODY) or (
        _c.json_body(body, ("model", UpdateIntegrationRequestDto)) if body is not UNSET else None,
        None,
    )
    return RequestParts(
        method="PUT",
        url=f"/v1/integrations/{_c.path_param('integration_id', integration_id)}",
        json=wire,
        content=content,
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
    body: UpdateIntegrationRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[IntegrationResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(integration_id=integration_id, body=body), _parse, **options)


def sync(
    *,
    client: Novu,
    integration_id: str,
    body: UpdateIntegrationRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> IntegrationResponseDto:
    """Update an integration

    Update an integration by its unique key identifier **integrationId**. Each provider supports
    different credentials, check the provider documentation for more details. Only integration
    metadata is returned, credentials field is returned as an empty object.

    `PUT /v1/integrations/{integrationId}` (IntegrationsController_updateIntegrationById). On a
    client: `novu.integrations.update(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        integration_id (str; path):
        body (UpdateIntegrationRequestDto | dict[str, Any]; JSON body): the request: a
            `UpdateIntegrationRequestDto`, or a dict of its fields
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
        result = update.sync(client=novu, integration_id="INTEGRATION_ID", body={...})
    """
    return client._request(
        OPERATION, _parts(integration_id=integration_id, body=body), _parse, **options
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    integration_id: str,
    body: UpdateIntegrationRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[IntegrationResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(
        OPERATION, _parts(integration_id=integration_id, body=body), _parse, **options
    )


async def asyncio(
    *,
    client: AsyncNovu,
    integration_id: str,
    body: UpdateIntegrationRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> IntegrationResponseDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (
        await client._request(OPERATION, _parts(integration_id=integration_id, body=body), _parse, **options)
    ).parsed


asyncio.__doc__ = sync.__doc__
