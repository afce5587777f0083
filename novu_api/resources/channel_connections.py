# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Resource classes behind `novu.channel_connections`: each method calls one standalone operation module."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._resource import AsyncResource, SyncResource
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    import httpx

    from novu_api.models.auth_dto import AuthDto
    from novu_api.models.channel_connections_controller_list_channel_connections_channel import (
        ChannelConnectionsControllerListChannelConnectionsChannel,
    )
    from novu_api.models.channel_connections_controller_list_channel_connections_order_direction import (
        ChannelConnectionsControllerListChannelConnectionsOrderDirection,
    )
    from novu_api.models.create_channel_connection_request_dto_connection_mode import (
        CreateChannelConnectionRequestDtoConnectionMode,
    )
    from novu_api.models.create_channel_connection_request_dto_context import (
        CreateChannelConnectionRequestDtoContext,
    )
    from novu_api.models.get_channel_connection_response_dto import GetChannelConnectionResponseDto
    from novu_api.models.providers_id_enum import ProvidersIdEnum
    from novu_api.models.workspace_dto import WorkspaceDto

    from .._client import RetryPolicy
    from ..pagination import AsyncPage, SyncPage


class ChannelConnectionsResource(SyncResource):
    """`novu.channel_connections`."""

    def create(
        self,
        *,
        integration_identifier: str,
        workspace: WorkspaceDto | Mapping[str, Any],
        auth: AuthDto | Mapping[str, Any],
        identifier: str | Unset = UNSET,
        subscriber_id: str | Unset = UNSET,
        context: CreateChannelConnectionRequestDtoContext | Mapping[str, Any] | Unset = UNSET,
        connection_mode: CreateChannelConnectionRequestDtoConnectionMode | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> GetChannelConnectionResponseDto:
        """Create a channel connection: `POST /v1/channel-connections`.

        Standalone: `from novu_api.api.channel_connections import create`.
        """
        from novu_api.api.channel_connections import create as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "integrationIdentifier": integration_identifier,
            "workspace": workspace,
            "auth": auth,
            "identifier": identifier,
            "subscriberId": subscriber_id,
            "context": context,
            "connectionMode": connection_mode,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: GetChannelConnectionResponseDto = call(
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
        """Delete a channel connection: `DELETE /v1/channel-connections/{identifier}`.

        Standalone: `from novu_api.api.channel_connections import delete`.
        """
        from novu_api.api.channel_connections import delete as _op

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
        order_direction: ChannelConnectionsControllerListChannelConnectionsOrderDirection
        | str
        | Unset = UNSET,
        order_by: str | Unset = UNSET,
        include_cursor: bool | Unset = UNSET,
        subscriber_id: str | Unset = UNSET,
        channel: ChannelConnectionsControllerListChannelConnectionsChannel | str | Unset = UNSET,
        provider_id: ProvidersIdEnum | str | Unset = UNSET,
        integration_identifier: str | Unset = UNSET,
        context_keys: Sequence[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> SyncPage[GetChannelConnectionResponseDto]:
        """List all channel connections: `GET /v1/channel-connections`.

        Standalone: `from novu_api.api.channel_connections import list`.
        """
        from novu_api.api.channel_connections import list as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: SyncPage[GetChannelConnectionResponseDto] = call(
            client=self._client,
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            subscriber_id=subscriber_id,
            channel=channel,
            provider_id=provider_id,
            integration_identifier=integration_identifier,
            context_keys=context_keys,
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
    ) -> GetChannelConnectionResponseDto:
        """Retrieve a channel connection: `GET /v1/channel-connections/{identifier}`.

        Standalone: `from novu_api.api.channel_connections import retrieve`.
        """
        from novu_api.api.channel_connections import retrieve as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: GetChannelConnectionResponseDto = call(
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
        workspace: WorkspaceDto | Mapping[str, Any],
        auth: AuthDto | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> GetChannelConnectionResponseDto:
        """Update a channel connection: `PATCH /v1/channel-connections/{identifier}`.

        Standalone: `from novu_api.api.channel_connections import update`.
        """
        from novu_api.api.channel_connections import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "workspace": workspace,
            "auth": auth,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: GetChannelConnectionResponseDto = call(
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


class AsyncChannelConnectionsResource(AsyncResource):
    """`novu.channel_connections` (async)."""

    async def create(
        self,
        *,
        integration_identifier: str,
        workspace: WorkspaceDto | Mapping[str, Any],
        auth: AuthDto | Mapping[str, Any],
        identifier: str | Unset = UNSET,
        subscriber_id: str | Unset = UNSET,
        context: CreateChannelConnectionRequestDtoContext | Mapping[str, Any] | Unset = UNSET,
        connection_mode: CreateChannelConnectionRequestDtoConnectionMode | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> GetChannelConnectionResponseDto:
        """Create a channel connection: `POST /v1/channel-connections`.

        Standalone: `from novu_api.api.channel_connections import create`.
        """
        from novu_api.api.channel_connections import create as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "integrationIdentifier": integration_identifier,
            "workspace": workspace,
            "auth": auth,
            "identifier": identifier,
            "subscriberId": subscriber_id,
            "context": context,
            "connectionMode": connection_mode,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: GetChannelConnectionResponseDto = await call(
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
        """Delete a channel connection: `DELETE /v1/channel-connections/{identifier}`.

        Standalone: `from novu_api.api.channel_connections import delete`.
        """
        from novu_api.api.channel_connections import delete as _op

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
        order_direction: ChannelConnectionsControllerListChannelConnectionsOrderDirection
        | str
        | Unset = UNSET,
        order_by: str | Unset = UNSET,
        include_cursor: bool | Unset = UNSET,
        subscriber_id: str | Unset = UNSET,
        channel: ChannelConnectionsControllerListChannelConnectionsChannel | str | Unset = UNSET,
        provider_id: ProvidersIdEnum | str | Unset = UNSET,
        integration_identifier: str | Unset = UNSET,
        context_keys: Sequence[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncPage[GetChannelConnectionResponseDto]:
        """List all channel connections: `GET /v1/channel-connections`.

        Standalone: `from novu_api.api.channel_connections import list`.
        """
        from novu_api.api.channel_connections import list as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: AsyncPage[GetChannelConnectionResponseDto] = await call(
            client=self._client,
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            subscriber_id=subscriber_id,
            channel=channel,
            provider_id=provider_id,
            integration_identifier=integration_identifier,
            context_keys=context_keys,
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
    ) -> GetChannelConnectionResponseDto:
        """Retrieve a channel connection: `GET /v1/channel-connections/{identifier}`.

        Standalone: `from novu_api.api.channel_connections import retrieve`.
        """
        from novu_api.api.channel_connections import retrieve as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: GetChannelConnectionResponseDto = await call(
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
        workspace: WorkspaceDto | Mapping[str, Any],
        auth: AuthDto | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> GetChannelConnectionResponseDto:
        """Update a channel connection: `PATCH /v1/channel-connections/{identifier}`.

        Standalone: `from novu_api.api.channel_connections import update`.
        """
        from novu_api.api.channel_connections import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "workspace": workspace,
            "auth": auth,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: GetChannelConnectionResponseDto = await call(
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
