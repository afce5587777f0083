# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Update integration as primary: `POST /v1/integrations/{integrationId}/set-primary` (IntegrationsController_setIntegrationAsPrimary).

Standalone function module; the same call is `novu.integrations.set_as_primary(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.integration_response_dto import IntegrationResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="IntegrationsController_setIntegrationAsPrimary",
    method="POST",
    path="/v1/integrations/{integrationId}/set-primary",
    facade="integrations.set_as_primary",
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
    has_body=False,
    returns_json=True,
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
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[IntegrationResponseDto]:
    """Update integration as primary

    `POST /v1/integrations/{integrationId}/set-primary`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(
            integration_id=integration_id,
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
    integration_id: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> IntegrationResponseDto:
    """Update integration as primary

    Update an integration as **primary** by its unique key identifier **integrationId**.
        This API will set the integration as primary for that channel in the current environment.
        Primary integration is used to deliver notification for sms and email channels in the workflow.
        Only integration metadata is returned, credentials field is returned as an empty object.

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(
            integration_id=integration_id,
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
    integration_id: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[IntegrationResponseDto]:
    """Update integration as primary (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(
            integration_id=integration_id,
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
    integration_id: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> IntegrationResponseDto:
    """Update integration as primary (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(
                integration_id=integration_id,
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
