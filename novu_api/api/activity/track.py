# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Track provider activity and engagement events: `POST /v2/inbound-webhooks/delivery-providers/{environmentId}/{integrationId}` (InboundWebhooksController_handleWebhook).

Standalone function module; the same call is `novu.activity.track(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.inbound_webhooks_controller_handle_webhook_body import (
    InboundWebhooksControllerHandleWebhookBody,
)
from novu_api.models.webhook_result_dto import WebhookResultDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="InboundWebhooksController_handleWebhook",
    method="POST",
    path="/v2/inbound-webhooks/delivery-providers/{environmentId}/{integrationId}",
    facade="activity.track",
    envelope=True,
    bare_keys=(),
    pagination=None,
    errors={},
    has_body=True,
    returns_json=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "environmentId": "environment_id",
    "integrationId": "integration_id",
}


def _parts(
    *,
    environment_id: str,
    integration_id: str,
    body: InboundWebhooksControllerHandleWebhookBody | dict[str, Any],
) -> RequestParts:
    return RequestParts(
        method="POST",
        url=f"/v2/inbound-webhooks/delivery-providers/{_c.path_param('environment_id', environment_id)}/{_c.path_param('integration_id', integration_id)}",
        json=_c.json_body(body, ("model", InboundWebhooksControllerHandleWebhookBody))
        if body is not UNSET
        else None,
    )


def _parse(data: Any, strict: bool = False) -> list[WebhookResultDto]:
    parsed: list[WebhookResultDto] = _c.root(
        OPERATION.facade, strict, data, ("list", ("model", WebhookResultDto))
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    environment_id: str,
    integration_id: str,
    body: InboundWebhooksControllerHandleWebhookBody | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[list[WebhookResultDto]]:
    """Track provider activity and engagement events

    `POST /v2/inbound-webhooks/delivery-providers/{environmentId}/{integrationId}`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(environment_id=environment_id, integration_id=integration_id, body=body),
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
    environment_id: str,
    integration_id: str,
    body: InboundWebhooksControllerHandleWebhookBody | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> list[WebhookResultDto]:
    """Track provider activity and engagement events

    Track activity and engagement events for a specific delivery provider

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(environment_id=environment_id, integration_id=integration_id, body=body),
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
    environment_id: str,
    integration_id: str,
    body: InboundWebhooksControllerHandleWebhookBody | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[list[WebhookResultDto]]:
    """Track provider activity and engagement events (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(environment_id=environment_id, integration_id=integration_id, body=body),
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
    environment_id: str,
    integration_id: str,
    body: InboundWebhooksControllerHandleWebhookBody | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> list[WebhookResultDto]:
    """Track provider activity and engagement events (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(environment_id=environment_id, integration_id=integration_id, body=body),
            _parse,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
    ).parsed
