# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Update an integration: `PUT /v1/integrations/{integrationId}` (IntegrationsController_updateIntegrationById).

Standalone function module; the same call is `novu.integrations.update(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.integration_response_dto import IntegrationResponseDto
from novu_api.models.update_integration_request_dto import UpdateIntegrationRequestDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="IntegrationsController_updateIntegrationById",
    method="PUT",
    path="/v1/integrations/{integrationId}",
    facade="integrations.update",
    envelope=True,
    bare_keys=(),
    pagination=None,
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
    has_body=True,
    returns_json=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "integrationId": "integration_id",
}


def _parts(
    *,
    integration_id: str,
    body: UpdateIntegrationRequestDto | dict[str, Any],
) -> RequestParts:
    return RequestParts(
        method="PUT",
        url=f"/v1/integrations/{_c.path_param('integration_id', integration_id)}",
        json=_c.json_body(body, ("model", UpdateIntegrationRequestDto)) if body is not UNSET else None,
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
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[IntegrationResponseDto]:
    """Update an integration

    `PUT /v1/integrations/{integrationId}`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(integration_id=integration_id, body=body),
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
    integration_id: str,
    body: UpdateIntegrationRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> IntegrationResponseDto:
    """Update an integration

    Update an integration by its unique key identifier **integrationId**.
        Each provider supports different credentials, check the provider documentation for more details.
    Only integration metadata is returned, credentials field is returned as an empty object.

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(integration_id=integration_id, body=body),
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
    integration_id: str,
    body: UpdateIntegrationRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[IntegrationResponseDto]:
    """Update an integration (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(integration_id=integration_id, body=body),
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
    integration_id: str,
    body: UpdateIntegrationRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> IntegrationResponseDto:
    """Update an integration (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(integration_id=integration_id, body=body),
            _parse,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
    ).parsed
