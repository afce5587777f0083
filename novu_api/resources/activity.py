# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Resource classes behind `novu.activity`: each method calls one standalone operation module."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._raw import async_raw, raw
from .._resource import RawResource, Resource

if TYPE_CHECKING:
    import builtins

    from typing_extensions import Unpack

    from novu_api.models.inbound_webhooks_controller_handle_webhook_body import (
        InboundWebhooksControllerHandleWebhookBody,
    )
    from novu_api.models.webhook_result_dto import WebhookResultDto

    from .._client import AsyncNovu, Novu  # noqa: F401 (named in the base classes)
    from .._options import RequestOptions


class ActivityResource(Resource["Novu"]):
    """`novu.activity`."""

    def track(
        self,
        *,
        environment_id: str,
        integration_id: str,
        body: InboundWebhooksControllerHandleWebhookBody | dict[str, Any],
        **options: Unpack[RequestOptions],
    ) -> builtins.list[WebhookResultDto]:
        """Track provider activity and engagement events

        Track activity and engagement events for a specific delivery provider

        `POST /v2/inbound-webhooks/delivery-providers/{environmentId}/{integrationId}`
        (InboundWebhooksController_handleWebhook). Standalone: `from novu_api.api.activity import
        track`.

        Args:
            environment_id (str; path): The environment identifier
            integration_id (str; path): The integration identifier for the delivery provider
            body (InboundWebhooksControllerHandleWebhookBody | dict[str, Any]; JSON body): Generic
                webhook payload from delivery providers
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            list[WebhookResultDto]: the decoded response.

        Raises:
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            result = novu.activity.track(environment_id="ENVIRONMENT_ID", integration_id="INTEGRATION_ID", body={...})
        """
        from novu_api.api.activity import track as _op

        return _op.sync(
            client=self._client,
            environment_id=environment_id,
            integration_id=integration_id,
            body=body,
            **options,
        )


class AsyncActivityResource(Resource["AsyncNovu"]):
    """`novu.activity` (async)."""

    async def track(
        self,
        *,
        environment_id: str,
        integration_id: str,
        body: InboundWebhooksControllerHandleWebhookBody | dict[str, Any],
        **options: Unpack[RequestOptions],
    ) -> builtins.list[WebhookResultDto]:
        """Track provider activity and engagement events

        Track activity and engagement events for a specific delivery provider

        `POST /v2/inbound-webhooks/delivery-providers/{environmentId}/{integrationId}`
        (InboundWebhooksController_handleWebhook). Standalone: `from novu_api.api.activity import
        track`.

        Args:
            environment_id (str; path): The environment identifier
            integration_id (str; path): The integration identifier for the delivery provider
            body (InboundWebhooksControllerHandleWebhookBody | dict[str, Any]; JSON body): Generic
                webhook payload from delivery providers
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            list[WebhookResultDto]: the decoded response.

        Raises:
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            result = await novu.activity.track(environment_id="ENVIRONMENT_ID", integration_id="INTEGRATION_ID", body={...})
        """
        from novu_api.api.activity import track as _op

        return await _op.asyncio(
            client=self._client,
            environment_id=environment_id,
            integration_id=integration_id,
            body=body,
            **options,
        )


class ActivityResourceWithRawResponse(RawResource["ActivityResource"]):
    """`novu.with_raw_response.activity`: each call returns a `RawResponse`."""

    def __init__(self, resource: ActivityResource) -> None:
        super().__init__(resource)
        self.track = raw(resource.track)


class AsyncActivityResourceWithRawResponse(RawResource["AsyncActivityResource"]):
    """`novu.with_raw_response.activity`: each call returns a `RawResponse`."""

    def __init__(self, resource: AsyncActivityResource) -> None:
        super().__init__(resource)
        self.track = async_raw(resource.track)
