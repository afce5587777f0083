# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Configure a chat integration webhook: `POST /v1/integrations/{integrationIdentifier}/webhook/configure` (IntegrationsController_configureIntegrationWebhook).

Standalone function module; the same call is `novu.integrations.configure_integration_webhook(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.configure_telegram_webhook_response_dto import ConfigureTelegramWebhookResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="IntegrationsController_configureIntegrationWebhook",
    method="POST",
    path="/v1/integrations/{integrationIdentifier}/webhook/configure",
    facade="integrations.configure_integration_webhook",
    envelope=True,
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
    **options: Unpack[RequestOptions],
) -> Response[ConfigureTelegramWebhookResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(
        OPERATION, _parts(integration_identifier=integration_identifier), _parse, **options
    )


def sync(
    *,
    client: Novu,
    integration_identifier: str,
    **options: Unpack[RequestOptions],
) -> ConfigureTelegramWebhookResponseDto:
    """Configure a chat integration webhook

    Registers the Novu webhook URL with the chat provider for the specified integration. Telegram is
    the only supported provider initially.

    `POST /v1/integrations/{integrationIdentifier}/webhook/configure`
    (IntegrationsController_configureIntegrationWebhook). On a client:
    `novu.integrations.configure_integration_webhook(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        integration_identifier (str; path):
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        ConfigureTelegramWebhookResponseDto: the decoded response.

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
        result = configure_integration_webhook.sync(client=novu, integration_identifier="INTEGRATION_IDENTIFIER")
    """
    return client._request(
        OPERATION, _parts(integration_identifier=integration_identifier), _parse, **options
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    integration_identifier: str,
    **options: Unpack[RequestOptions],
) -> Response[ConfigureTelegramWebhookResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(
        OPERATION, _parts(integration_identifier=integration_identifier), _parse, **options
    )


async def asyncio(
    *,
    client: AsyncNovu,
    integration_identifier: str,
    **options: Unpack[RequestOptions],
) -> ConfigureTelegramWebhookResponseDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (
        await client._request(
            OPERATION, _parts(integration_identifier=integration_identifier), _parse, **options
        )
    ).parsed


asyncio.__doc__ = sync.__doc__
