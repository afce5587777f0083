# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Auto-configure an integration for inbound webhooks: `POST /v1/integrations/{integrationId}/auto-configure` (IntegrationsController_autoConfigureIntegration).

Standalone function module; the same call is `novu.integrations.auto_configure(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.auto_configure_integration_response_dto import AutoConfigureIntegrationResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="IntegrationsController_autoConfigureIntegration",
    method="POST",
    path="/v1/integrations/{integrationId}/auto-configure",
    facade="integrations.auto_configure",
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
        url=f"/v1/integrations/{_c.path_param('integration_id', integration_id)}/auto-configure",
    )


def _parse(data: Any, strict: bool = False) -> AutoConfigureIntegrationResponseDto:
    parsed: AutoConfigureIntegrationResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", AutoConfigureIntegrationResponseDto)
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
) -> Response[AutoConfigureIntegrationResponseDto]:
    """Auto-configure an integration for inbound webhooks

    `POST /v1/integrations/{integrationId}/auto-configure`; returns the parsed value with status and headers.
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
) -> AutoConfigureIntegrationResponseDto:
    """Auto-configure an integration for inbound webhooks

    Auto-configure an integration by its unique key identifier **integrationId** for inbound webhook
    support.
        This will automatically generate required webhook signing keys and configure webhook endpoints.
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
) -> Response[AutoConfigureIntegrationResponseDto]:
    """Auto-configure an integration for inbound webhooks (async); returns the parsed value with status and headers."""
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
) -> AutoConfigureIntegrationResponseDto:
    """Auto-configure an integration for inbound webhooks (async)."""
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
