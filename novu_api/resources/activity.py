# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Resource classes behind `novu.activity`: each method calls one standalone operation module."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._resource import AsyncResource, SyncResource
from .._types import UNSET, Unset

if TYPE_CHECKING:
    import builtins

    import httpx

    from novu_api.models.inbound_webhooks_controller_handle_webhook_body import (
        InboundWebhooksControllerHandleWebhookBody,
    )
    from novu_api.models.webhook_result_dto import WebhookResultDto

    from .._client import RetryPolicy


class ActivityResource(SyncResource):
    """`novu.activity`."""

    def track(
        self,
        *,
        environment_id: str,
        integration_id: str,
        body: InboundWebhooksControllerHandleWebhookBody | dict[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> builtins.list[WebhookResultDto]:
        """Track provider activity and engagement events: `POST /v2/inbound-webhooks/delivery-providers/{environmentId}/{integrationId}`.

        Standalone: `from novu_api.api.activity import track`.
        """
        from novu_api.api.activity import track as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: builtins.list[WebhookResultDto] = call(
            client=self._client,
            environment_id=environment_id,
            integration_id=integration_id,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result


class AsyncActivityResource(AsyncResource):
    """`novu.activity` (async)."""

    async def track(
        self,
        *,
        environment_id: str,
        integration_id: str,
        body: InboundWebhooksControllerHandleWebhookBody | dict[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> builtins.list[WebhookResultDto]:
        """Track provider activity and engagement events: `POST /v2/inbound-webhooks/delivery-providers/{environmentId}/{integrationId}`.

        Standalone: `from novu_api.api.activity import track`.
        """
        from novu_api.api.activity import track as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: builtins.list[WebhookResultDto] = await call(
            client=self._client,
            environment_id=environment_id,
            integration_id=integration_id,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result
