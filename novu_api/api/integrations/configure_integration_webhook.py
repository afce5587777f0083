# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Configure a chat integration webhook: `POST /v1/integrations/{integrationIdentifier}/webhook/configure` (IntegrationsController_configureIntegrationWebhook).

Standalone function module; the same call is `novu.integrations.configure_integration_webhook(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.configure_telegram_webhook_response_dto import ConfigureTelegramWebhookResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="IntegrationsController_configureIntegrationWebhook",
    method="POST",
    path="/v1/integrations/{integrationIdentifier}/webhook/configure",
    facade="integrations.configure_integration_webhook",
    envelope=True,
    bare_keys=(),
    pagination=None,
    errors={
        "400": "ErrorDto",
        "401": "ErrorDto",
        "403": "ErrorDto",
        "404": "ErrorDto",
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
    "integrationIdentifier": "integration_identifier",
}


def _parts(
    *,
    integration_identifier: str,
) -> RequestParts:
    return RequestParts(
        method="POST",
        url=f"/v1/integrations/{_c.path_param('integration_identifier', integration_identifier)}/webhook/configure",
    )


def _parse(data: Any, strict: bool = False) -> ConfigureTelegramWebhookResponseDto:
    parsed: ConfigureTelegramWebhookResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", ConfigureTelegramWebhookResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    integration_identifier: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[ConfigureTelegramWebhookResponseDto]:
    """Configure a chat integration webhook

    `POST /v1/integrations/{integrationIdentifier}/webhook/configure`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(
            integration_identifier=integration_identifier,
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
    integration_identifier: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> ConfigureTelegramWebhookResponseDto:
    """Configure a chat integration webhook

    Registers the Novu webhook URL with the chat provider for the specified integration. Telegram is the
    only supported provider initially.

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(
            integration_identifier=integration_identifier,
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
    integration_identifier: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[ConfigureTelegramWebhookResponseDto]:
    """Configure a chat integration webhook (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(
            integration_identifier=integration_identifier,
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
    integration_identifier: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> ConfigureTelegramWebhookResponseDto:
    """Configure a chat integration webhook (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(
                integration_identifier=integration_identifier,
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
