# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Resource classes behind `novu.channel_endpoints`: each method calls one standalone operation module."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._resource import AsyncResource, SyncResource
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    import httpx

    from novu_api.models.channel_endpoints_controller_list_channel_endpoints_channel import (
        ChannelEndpointsControllerListChannelEndpointsChannel,
    )
    from novu_api.models.channel_endpoints_controller_list_channel_endpoints_order_direction import (
        ChannelEndpointsControllerListChannelEndpointsOrderDirection,
    )
    from novu_api.models.create_line_user_endpoint_dto import CreateLineUserEndpointDto
    from novu_api.models.create_ms_teams_channel_endpoint_dto import CreateMsTeamsChannelEndpointDto
    from novu_api.models.create_ms_teams_user_endpoint_dto import CreateMsTeamsUserEndpointDto
    from novu_api.models.create_phone_endpoint_dto import CreatePhoneEndpointDto
    from novu_api.models.create_slack_channel_endpoint_dto import CreateSlackChannelEndpointDto
    from novu_api.models.create_slack_user_endpoint_dto import CreateSlackUserEndpointDto
    from novu_api.models.create_telegram_chat_endpoint_dto import CreateTelegramChatEndpointDto
    from novu_api.models.create_webex_person_endpoint_dto import CreateWebexPersonEndpointDto
    from novu_api.models.create_webex_room_endpoint_dto import CreateWebexRoomEndpointDto
    from novu_api.models.create_webhook_endpoint_dto import CreateWebhookEndpointDto
    from novu_api.models.get_channel_endpoint_response_dto import GetChannelEndpointResponseDto
    from novu_api.models.phone_endpoint_dto import PhoneEndpointDto
    from novu_api.models.providers_id_enum import ProvidersIdEnum
    from novu_api.models.slack_channel_endpoint_dto import SlackChannelEndpointDto
    from novu_api.models.slack_user_endpoint_dto import SlackUserEndpointDto
    from novu_api.models.webex_person_endpoint_dto import WebexPersonEndpointDto
    from novu_api.models.webex_room_endpoint_dto import WebexRoomEndpointDto
    from novu_api.models.webhook_endpoint_dto import WebhookEndpointDto

    from .._client import RetryPolicy
    from ..pagination import AsyncPage, SyncPage


class ChannelEndpointsResource(SyncResource):
    """`novu.channel_endpoints`."""

    def create(
        self,
        *,
        body: CreateLineUserEndpointDto
        | CreateMsTeamsChannelEndpointDto
        | CreateMsTeamsUserEndpointDto
        | CreatePhoneEndpointDto
        | CreateSlackChannelEndpointDto
        | CreateSlackUserEndpointDto
        | CreateTelegramChatEndpointDto
        | CreateWebexPersonEndpointDto
        | CreateWebexRoomEndpointDto
        | CreateWebhookEndpointDto,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> GetChannelEndpointResponseDto:
        """Create a channel endpoint: `POST /v1/channel-endpoints`.

        Standalone: `from novu_api.api.channel_endpoints import create`.
        """
        from novu_api.api.channel_endpoints import create as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: GetChannelEndpointResponseDto = call(
            client=self._client,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def delete(
        self,
        *,
        identifier: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> None:
        """Delete a channel endpoint: `DELETE /v1/channel-endpoints/{identifier}`.

        Standalone: `from novu_api.api.channel_endpoints import delete`.
        """
        from novu_api.api.channel_endpoints import delete as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: None = call(
            client=self._client,
            identifier=identifier,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def list(
        self,
        *,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        limit: float | Unset = UNSET,
        order_direction: ChannelEndpointsControllerListChannelEndpointsOrderDirection | str | Unset = UNSET,
        order_by: str | Unset = UNSET,
        include_cursor: bool | Unset = UNSET,
        subscriber_id: str | Unset = UNSET,
        context_keys: Sequence[str] | Unset = UNSET,
        channel: ChannelEndpointsControllerListChannelEndpointsChannel | str | Unset = UNSET,
        provider_id: ProvidersIdEnum | str | Unset = UNSET,
        integration_identifier: str | Unset = UNSET,
        connection_identifier: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> SyncPage[GetChannelEndpointResponseDto]:
        """List all channel endpoints: `GET /v1/channel-endpoints`.

        Standalone: `from novu_api.api.channel_endpoints import list`.
        """
        from novu_api.api.channel_endpoints import list as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: SyncPage[GetChannelEndpointResponseDto] = call(
            client=self._client,
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            subscriber_id=subscriber_id,
            context_keys=context_keys,
            channel=channel,
            provider_id=provider_id,
            integration_identifier=integration_identifier,
            connection_identifier=connection_identifier,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def retrieve(
        self,
        *,
        identifier: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> GetChannelEndpointResponseDto:
        """Retrieve a channel endpoint: `GET /v1/channel-endpoints/{identifier}`.

        Standalone: `from novu_api.api.channel_endpoints import retrieve`.
        """
        from novu_api.api.channel_endpoints import retrieve as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: GetChannelEndpointResponseDto = call(
            client=self._client,
            identifier=identifier,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def update(
        self,
        *,
        identifier: str,
        endpoint: SlackChannelEndpointDto
        | SlackUserEndpointDto
        | WebhookEndpointDto
        | PhoneEndpointDto
        | WebexRoomEndpointDto
        | WebexPersonEndpointDto
        | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> GetChannelEndpointResponseDto:
        """Update a channel endpoint: `PATCH /v1/channel-endpoints/{identifier}`.

        Standalone: `from novu_api.api.channel_endpoints import update`.
        """
        from novu_api.api.channel_endpoints import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "endpoint": endpoint,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: GetChannelEndpointResponseDto = call(
            client=self._client,
            identifier=identifier,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result


class AsyncChannelEndpointsResource(AsyncResource):
    """`novu.channel_endpoints` (async)."""

    async def create(
        self,
        *,
        body: CreateLineUserEndpointDto
        | CreateMsTeamsChannelEndpointDto
        | CreateMsTeamsUserEndpointDto
        | CreatePhoneEndpointDto
        | CreateSlackChannelEndpointDto
        | CreateSlackUserEndpointDto
        | CreateTelegramChatEndpointDto
        | CreateWebexPersonEndpointDto
        | CreateWebexRoomEndpointDto
        | CreateWebhookEndpointDto,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> GetChannelEndpointResponseDto:
        """Create a channel endpoint: `POST /v1/channel-endpoints`.

        Standalone: `from novu_api.api.channel_endpoints import create`.
        """
        from novu_api.api.channel_endpoints import create as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: GetChannelEndpointResponseDto = await call(
            client=self._client,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def delete(
        self,
        *,
        identifier: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> None:
        """Delete a channel endpoint: `DELETE /v1/channel-endpoints/{identifier}`.

        Standalone: `from novu_api.api.channel_endpoints import delete`.
        """
        from novu_api.api.channel_endpoints import delete as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: None = await call(
            client=self._client,
            identifier=identifier,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def list(
        self,
        *,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        limit: float | Unset = UNSET,
        order_direction: ChannelEndpointsControllerListChannelEndpointsOrderDirection | str | Unset = UNSET,
        order_by: str | Unset = UNSET,
        include_cursor: bool | Unset = UNSET,
        subscriber_id: str | Unset = UNSET,
        context_keys: Sequence[str] | Unset = UNSET,
        channel: ChannelEndpointsControllerListChannelEndpointsChannel | str | Unset = UNSET,
        provider_id: ProvidersIdEnum | str | Unset = UNSET,
        integration_identifier: str | Unset = UNSET,
        connection_identifier: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncPage[GetChannelEndpointResponseDto]:
        """List all channel endpoints: `GET /v1/channel-endpoints`.

        Standalone: `from novu_api.api.channel_endpoints import list`.
        """
        from novu_api.api.channel_endpoints import list as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: AsyncPage[GetChannelEndpointResponseDto] = await call(
            client=self._client,
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            subscriber_id=subscriber_id,
            context_keys=context_keys,
            channel=channel,
            provider_id=provider_id,
            integration_identifier=integration_identifier,
            connection_identifier=connection_identifier,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def retrieve(
        self,
        *,
        identifier: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> GetChannelEndpointResponseDto:
        """Retrieve a channel endpoint: `GET /v1/channel-endpoints/{identifier}`.

        Standalone: `from novu_api.api.channel_endpoints import retrieve`.
        """
        from novu_api.api.channel_endpoints import retrieve as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: GetChannelEndpointResponseDto = await call(
            client=self._client,
            identifier=identifier,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def update(
        self,
        *,
        identifier: str,
        endpoint: SlackChannelEndpointDto
        | SlackUserEndpointDto
        | WebhookEndpointDto
        | PhoneEndpointDto
        | WebexRoomEndpointDto
        | WebexPersonEndpointDto
        | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> GetChannelEndpointResponseDto:
        """Update a channel endpoint: `PATCH /v1/channel-endpoints/{identifier}`.

        Standalone: `from novu_api.api.channel_endpoints import update`.
        """
        from novu_api.api.channel_endpoints import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "endpoint": endpoint,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: GetChannelEndpointResponseDto = await call(
            client=self._client,
            identifier=identifier,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result
