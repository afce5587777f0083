# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Resource classes behind `novu.integrations`: each method calls one standalone operation module."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._resource import AsyncResource, SyncResource
from .._types import UNSET, Unset

if TYPE_CHECKING:
    import builtins
    from collections.abc import Mapping, Sequence
    from uuid import UUID

    import httpx

    from novu_api.models.auto_configure_integration_response_dto import AutoConfigureIntegrationResponseDto
    from novu_api.models.configure_telegram_webhook_response_dto import ConfigureTelegramWebhookResponseDto
    from novu_api.models.create_integration_request_dto_channel import CreateIntegrationRequestDtoChannel
    from novu_api.models.create_integration_request_dto_configurations import (
        CreateIntegrationRequestDtoConfigurations,
    )
    from novu_api.models.create_integration_request_dto_kind import CreateIntegrationRequestDtoKind
    from novu_api.models.credentials_dto import CredentialsDto
    from novu_api.models.generate_chat_o_auth_url_response_dto import GenerateChatOAuthUrlResponseDto
    from novu_api.models.generate_chat_oauth_url_request_dto_connection_mode import (
        GenerateChatOauthUrlRequestDtoConnectionMode,
    )
    from novu_api.models.generate_chat_oauth_url_request_dto_context import (
        GenerateChatOauthUrlRequestDtoContext,
    )
    from novu_api.models.generate_chat_oauth_url_request_dto_mode import GenerateChatOauthUrlRequestDtoMode
    from novu_api.models.generate_connect_oauth_url_request_dto_connection_mode import (
        GenerateConnectOauthUrlRequestDtoConnectionMode,
    )
    from novu_api.models.generate_connect_oauth_url_request_dto_context import (
        GenerateConnectOauthUrlRequestDtoContext,
    )
    from novu_api.models.generate_link_user_oauth_url_request_dto_context import (
        GenerateLinkUserOauthUrlRequestDtoContext,
    )
    from novu_api.models.integration_response_dto import IntegrationResponseDto
    from novu_api.models.issue_telegram_mobile_link_response_dto import IssueTelegramMobileLinkResponseDto
    from novu_api.models.link_channel_endpoint_response_dto import LinkChannelEndpointResponseDto
    from novu_api.models.step_filter_dto import StepFilterDto
    from novu_api.models.update_integration_request_dto_configurations import (
        UpdateIntegrationRequestDtoConfigurations,
    )

    from .._client import RetryPolicy


class IntegrationsResource(SyncResource):
    """`novu.integrations`."""

    def auto_configure(
        self,
        *,
        integration_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AutoConfigureIntegrationResponseDto:
        """Auto-configure an integration for inbound webhooks: `POST /v1/integrations/{integrationId}/auto-configure`.

        Standalone: `from novu_api.api.integrations import auto_configure`.
        """
        from novu_api.api.integrations import auto_configure as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: AutoConfigureIntegrationResponseDto = call(
            client=self._client,
            integration_id=integration_id,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def configure_integration_webhook(
        self,
        *,
        integration_identifier: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> ConfigureTelegramWebhookResponseDto:
        """Configure a chat integration webhook: `POST /v1/integrations/{integrationIdentifier}/webhook/configure`.

        Standalone: `from novu_api.api.integrations import configure_integration_webhook`.
        """
        from novu_api.api.integrations import configure_integration_webhook as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: ConfigureTelegramWebhookResponseDto = call(
            client=self._client,
            integration_identifier=integration_identifier,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def create(
        self,
        *,
        name: str | Unset = UNSET,
        identifier: str | Unset = UNSET,
        environment_id: UUID | Unset = UNSET,
        provider_id: str | Unset = UNSET,
        channel: CreateIntegrationRequestDtoChannel | str | Unset = UNSET,
        kind: CreateIntegrationRequestDtoKind | str | Unset = UNSET,
        credentials: CredentialsDto | Mapping[str, Any] | Unset = UNSET,
        active: bool | Unset = UNSET,
        check: bool | Unset = UNSET,
        conditions: Sequence[StepFilterDto] | Sequence[Mapping[str, Any]] | Unset = UNSET,
        configurations: CreateIntegrationRequestDtoConfigurations | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> IntegrationResponseDto:
        """Create an integration: `POST /v1/integrations`.

        Standalone: `from novu_api.api.integrations import create`.
        """
        from novu_api.api.integrations import create as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "name": name,
            "identifier": identifier,
            "_environmentId": environment_id,
            "providerId": provider_id,
            "channel": channel,
            "kind": kind,
            "credentials": credentials,
            "active": active,
            "check": check,
            "conditions": conditions,
            "configurations": configurations,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: IntegrationResponseDto = call(
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

    def create_mobile_link(
        self,
        *,
        integration_identifier: str,
        subscriber_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> IssueTelegramMobileLinkResponseDto:
        """Issue a short-lived mobile setup link for an existing integration: `POST /v1/integrations/{integrationIdentifier}/mobile-link`.

        Standalone: `from novu_api.api.integrations import create_mobile_link`.
        """
        from novu_api.api.integrations import create_mobile_link as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "subscriberId": subscriber_id,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: IssueTelegramMobileLinkResponseDto = call(
            client=self._client,
            integration_identifier=integration_identifier,
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
        integration_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> builtins.list[IntegrationResponseDto]:
        """Delete an integration: `DELETE /v1/integrations/{integrationId}`.

        Standalone: `from novu_api.api.integrations import delete`.
        """
        from novu_api.api.integrations import delete as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: builtins.list[IntegrationResponseDto] = call(
            client=self._client,
            integration_id=integration_id,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def generate_chat_o_auth_url(
        self,
        *,
        integration_identifier: str,
        subscriber_id: str | Unset = UNSET,
        connection_identifier: str | Unset = UNSET,
        context: GenerateChatOauthUrlRequestDtoContext | Mapping[str, Any] | Unset = UNSET,
        scope: Sequence[str] | Unset = UNSET,
        user_scope: Sequence[str] | Unset = UNSET,
        mode: GenerateChatOauthUrlRequestDtoMode | str | Unset = UNSET,
        connection_mode: GenerateChatOauthUrlRequestDtoConnectionMode | str | Unset = UNSET,
        auto_link_user: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> GenerateChatOAuthUrlResponseDto:
        """Generate chat OAuth URL: `POST /v1/integrations/chat/oauth`.

        Standalone: `from novu_api.api.integrations import generate_chat_o_auth_url`.
        """
        from novu_api.api.integrations import generate_chat_o_auth_url as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "integrationIdentifier": integration_identifier,
            "subscriberId": subscriber_id,
            "connectionIdentifier": connection_identifier,
            "context": context,
            "scope": scope,
            "userScope": user_scope,
            "mode": mode,
            "connectionMode": connection_mode,
            "autoLinkUser": auto_link_user,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: GenerateChatOAuthUrlResponseDto = call(
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

    def generate_connect_o_auth_url(
        self,
        *,
        integration_identifier: str,
        subscriber_id: str | Unset = UNSET,
        connection_identifier: str | Unset = UNSET,
        context: GenerateConnectOauthUrlRequestDtoContext | Mapping[str, Any] | Unset = UNSET,
        scope: Sequence[str] | Unset = UNSET,
        connection_mode: GenerateConnectOauthUrlRequestDtoConnectionMode | str | Unset = UNSET,
        auto_link_user: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> GenerateChatOAuthUrlResponseDto:
        """Generate OAuth URL for a workspace/tenant connection: `POST /v1/integrations/channel-connections/oauth`.

        Standalone: `from novu_api.api.integrations import generate_connect_o_auth_url`.
        """
        from novu_api.api.integrations import generate_connect_o_auth_url as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "integrationIdentifier": integration_identifier,
            "subscriberId": subscriber_id,
            "connectionIdentifier": connection_identifier,
            "context": context,
            "scope": scope,
            "connectionMode": connection_mode,
            "autoLinkUser": auto_link_user,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: GenerateChatOAuthUrlResponseDto = call(
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

    def generate_link_user_o_auth_url(
        self,
        *,
        subscriber_id: str,
        integration_identifier: str,
        connection_identifier: str | Unset = UNSET,
        context: GenerateLinkUserOauthUrlRequestDtoContext | Mapping[str, Any] | Unset = UNSET,
        user_scope: Sequence[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> GenerateChatOAuthUrlResponseDto:
        """Generate OAuth URL to link a subscriber user identity: `POST /v1/integrations/channel-endpoints/oauth`.

        Standalone: `from novu_api.api.integrations import generate_link_user_o_auth_url`.
        """
        from novu_api.api.integrations import generate_link_user_o_auth_url as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "subscriberId": subscriber_id,
            "integrationIdentifier": integration_identifier,
            "connectionIdentifier": connection_identifier,
            "context": context,
            "userScope": user_scope,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: GenerateChatOAuthUrlResponseDto = call(
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

    def link_channel_endpoint(
        self,
        *,
        integration_identifier: str,
        subscriber_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> LinkChannelEndpointResponseDto:
        """Issue a URL to link a subscriber chat identity: `POST /v1/integrations/channel-endpoints/link`.

        Standalone: `from novu_api.api.integrations import link_channel_endpoint`.
        """
        from novu_api.api.integrations import link_channel_endpoint as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "integrationIdentifier": integration_identifier,
            "subscriberId": subscriber_id,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: LinkChannelEndpointResponseDto = call(
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

    def list(
        self,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> builtins.list[IntegrationResponseDto]:
        """List all integrations: `GET /v1/integrations`.

        Standalone: `from novu_api.api.integrations import list`.
        """
        from novu_api.api.integrations import list as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: builtins.list[IntegrationResponseDto] = call(
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def list_active(
        self,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> builtins.list[IntegrationResponseDto]:
        """List active integrations: `GET /v1/integrations/active`.

        Standalone: `from novu_api.api.integrations import list_active`.
        """
        from novu_api.api.integrations import list_active as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: builtins.list[IntegrationResponseDto] = call(
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def set_as_primary(
        self,
        *,
        integration_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> IntegrationResponseDto:
        """Update integration as primary: `POST /v1/integrations/{integrationId}/set-primary`.

        Standalone: `from novu_api.api.integrations import set_as_primary`.
        """
        from novu_api.api.integrations import set_as_primary as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: IntegrationResponseDto = call(
            client=self._client,
            integration_id=integration_id,
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
        integration_id: str,
        name: str | Unset = UNSET,
        identifier: str | Unset = UNSET,
        environment_id: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        credentials: CredentialsDto | Mapping[str, Any] | Unset = UNSET,
        check: bool | Unset = UNSET,
        conditions: Sequence[StepFilterDto] | Sequence[Mapping[str, Any]] | Unset = UNSET,
        configurations: UpdateIntegrationRequestDtoConfigurations | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> IntegrationResponseDto:
        """Update an integration: `PUT /v1/integrations/{integrationId}`.

        Standalone: `from novu_api.api.integrations import update`.
        """
        from novu_api.api.integrations import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "name": name,
            "identifier": identifier,
            "_environmentId": environment_id,
            "active": active,
            "credentials": credentials,
            "check": check,
            "conditions": conditions,
            "configurations": configurations,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: IntegrationResponseDto = call(
            client=self._client,
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


class AsyncIntegrationsResource(AsyncResource):
    """`novu.integrations` (async)."""

    async def auto_configure(
        self,
        *,
        integration_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AutoConfigureIntegrationResponseDto:
        """Auto-configure an integration for inbound webhooks: `POST /v1/integrations/{integrationId}/auto-configure`.

        Standalone: `from novu_api.api.integrations import auto_configure`.
        """
        from novu_api.api.integrations import auto_configure as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: AutoConfigureIntegrationResponseDto = await call(
            client=self._client,
            integration_id=integration_id,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def configure_integration_webhook(
        self,
        *,
        integration_identifier: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> ConfigureTelegramWebhookResponseDto:
        """Configure a chat integration webhook: `POST /v1/integrations/{integrationIdentifier}/webhook/configure`.

        Standalone: `from novu_api.api.integrations import configure_integration_webhook`.
        """
        from novu_api.api.integrations import configure_integration_webhook as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: ConfigureTelegramWebhookResponseDto = await call(
            client=self._client,
            integration_identifier=integration_identifier,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def create(
        self,
        *,
        name: str | Unset = UNSET,
        identifier: str | Unset = UNSET,
        environment_id: UUID | Unset = UNSET,
        provider_id: str | Unset = UNSET,
        channel: CreateIntegrationRequestDtoChannel | str | Unset = UNSET,
        kind: CreateIntegrationRequestDtoKind | str | Unset = UNSET,
        credentials: CredentialsDto | Mapping[str, Any] | Unset = UNSET,
        active: bool | Unset = UNSET,
        check: bool | Unset = UNSET,
        conditions: Sequence[StepFilterDto] | Sequence[Mapping[str, Any]] | Unset = UNSET,
        configurations: CreateIntegrationRequestDtoConfigurations | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> IntegrationResponseDto:
        """Create an integration: `POST /v1/integrations`.

        Standalone: `from novu_api.api.integrations import create`.
        """
        from novu_api.api.integrations import create as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "name": name,
            "identifier": identifier,
            "_environmentId": environment_id,
            "providerId": provider_id,
            "channel": channel,
            "kind": kind,
            "credentials": credentials,
            "active": active,
            "check": check,
            "conditions": conditions,
            "configurations": configurations,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: IntegrationResponseDto = await call(
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

    async def create_mobile_link(
        self,
        *,
        integration_identifier: str,
        subscriber_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> IssueTelegramMobileLinkResponseDto:
        """Issue a short-lived mobile setup link for an existing integration: `POST /v1/integrations/{integrationIdentifier}/mobile-link`.

        Standalone: `from novu_api.api.integrations import create_mobile_link`.
        """
        from novu_api.api.integrations import create_mobile_link as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "subscriberId": subscriber_id,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: IssueTelegramMobileLinkResponseDto = await call(
            client=self._client,
            integration_identifier=integration_identifier,
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
        integration_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> builtins.list[IntegrationResponseDto]:
        """Delete an integration: `DELETE /v1/integrations/{integrationId}`.

        Standalone: `from novu_api.api.integrations import delete`.
        """
        from novu_api.api.integrations import delete as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: builtins.list[IntegrationResponseDto] = await call(
            client=self._client,
            integration_id=integration_id,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def generate_chat_o_auth_url(
        self,
        *,
        integration_identifier: str,
        subscriber_id: str | Unset = UNSET,
        connection_identifier: str | Unset = UNSET,
        context: GenerateChatOauthUrlRequestDtoContext | Mapping[str, Any] | Unset = UNSET,
        scope: Sequence[str] | Unset = UNSET,
        user_scope: Sequence[str] | Unset = UNSET,
        mode: GenerateChatOauthUrlRequestDtoMode | str | Unset = UNSET,
        connection_mode: GenerateChatOauthUrlRequestDtoConnectionMode | str | Unset = UNSET,
        auto_link_user: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> GenerateChatOAuthUrlResponseDto:
        """Generate chat OAuth URL: `POST /v1/integrations/chat/oauth`.

        Standalone: `from novu_api.api.integrations import generate_chat_o_auth_url`.
        """
        from novu_api.api.integrations import generate_chat_o_auth_url as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "integrationIdentifier": integration_identifier,
            "subscriberId": subscriber_id,
            "connectionIdentifier": connection_identifier,
            "context": context,
            "scope": scope,
            "userScope": user_scope,
            "mode": mode,
            "connectionMode": connection_mode,
            "autoLinkUser": auto_link_user,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: GenerateChatOAuthUrlResponseDto = await call(
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

    async def generate_connect_o_auth_url(
        self,
        *,
        integration_identifier: str,
        subscriber_id: str | Unset = UNSET,
        connection_identifier: str | Unset = UNSET,
        context: GenerateConnectOauthUrlRequestDtoContext | Mapping[str, Any] | Unset = UNSET,
        scope: Sequence[str] | Unset = UNSET,
        connection_mode: GenerateConnectOauthUrlRequestDtoConnectionMode | str | Unset = UNSET,
        auto_link_user: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> GenerateChatOAuthUrlResponseDto:
        """Generate OAuth URL for a workspace/tenant connection: `POST /v1/integrations/channel-connections/oauth`.

        Standalone: `from novu_api.api.integrations import generate_connect_o_auth_url`.
        """
        from novu_api.api.integrations import generate_connect_o_auth_url as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "integrationIdentifier": integration_identifier,
            "subscriberId": subscriber_id,
            "connectionIdentifier": connection_identifier,
            "context": context,
            "scope": scope,
            "connectionMode": connection_mode,
            "autoLinkUser": auto_link_user,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: GenerateChatOAuthUrlResponseDto = await call(
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

    async def generate_link_user_o_auth_url(
        self,
        *,
        subscriber_id: str,
        integration_identifier: str,
        connection_identifier: str | Unset = UNSET,
        context: GenerateLinkUserOauthUrlRequestDtoContext | Mapping[str, Any] | Unset = UNSET,
        user_scope: Sequence[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> GenerateChatOAuthUrlResponseDto:
        """Generate OAuth URL to link a subscriber user identity: `POST /v1/integrations/channel-endpoints/oauth`.

        Standalone: `from novu_api.api.integrations import generate_link_user_o_auth_url`.
        """
        from novu_api.api.integrations import generate_link_user_o_auth_url as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "subscriberId": subscriber_id,
            "integrationIdentifier": integration_identifier,
            "connectionIdentifier": connection_identifier,
            "context": context,
            "userScope": user_scope,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: GenerateChatOAuthUrlResponseDto = await call(
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

    async def link_channel_endpoint(
        self,
        *,
        integration_identifier: str,
        subscriber_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> LinkChannelEndpointResponseDto:
        """Issue a URL to link a subscriber chat identity: `POST /v1/integrations/channel-endpoints/link`.

        Standalone: `from novu_api.api.integrations import link_channel_endpoint`.
        """
        from novu_api.api.integrations import link_channel_endpoint as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "integrationIdentifier": integration_identifier,
            "subscriberId": subscriber_id,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: LinkChannelEndpointResponseDto = await call(
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

    async def list(
        self,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> builtins.list[IntegrationResponseDto]:
        """List all integrations: `GET /v1/integrations`.

        Standalone: `from novu_api.api.integrations import list`.
        """
        from novu_api.api.integrations import list as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: builtins.list[IntegrationResponseDto] = await call(
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def list_active(
        self,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> builtins.list[IntegrationResponseDto]:
        """List active integrations: `GET /v1/integrations/active`.

        Standalone: `from novu_api.api.integrations import list_active`.
        """
        from novu_api.api.integrations import list_active as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: builtins.list[IntegrationResponseDto] = await call(
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def set_as_primary(
        self,
        *,
        integration_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> IntegrationResponseDto:
        """Update integration as primary: `POST /v1/integrations/{integrationId}/set-primary`.

        Standalone: `from novu_api.api.integrations import set_as_primary`.
        """
        from novu_api.api.integrations import set_as_primary as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: IntegrationResponseDto = await call(
            client=self._client,
            integration_id=integration_id,
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
        integration_id: str,
        name: str | Unset = UNSET,
        identifier: str | Unset = UNSET,
        environment_id: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        credentials: CredentialsDto | Mapping[str, Any] | Unset = UNSET,
        check: bool | Unset = UNSET,
        conditions: Sequence[StepFilterDto] | Sequence[Mapping[str, Any]] | Unset = UNSET,
        configurations: UpdateIntegrationRequestDtoConfigurations | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> IntegrationResponseDto:
        """Update an integration: `PUT /v1/integrations/{integrationId}`.

        Standalone: `from novu_api.api.integrations import update`.
        """
        from novu_api.api.integrations import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "name": name,
            "identifier": identifier,
            "_environmentId": environment_id,
            "active": active,
            "credentials": credentials,
            "check": check,
            "conditions": conditions,
            "configurations": configurations,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: IntegrationResponseDto = await call(
            client=self._client,
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
