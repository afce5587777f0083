# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Resource classes behind `novu.integrations`: each method calls one standalone operation module."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._raw import async_raw, raw
from .._resource import RawResource, Resource
from .._types import UNSET, Unset

if TYPE_CHECKING:
    import builtins
    from collections.abc import Mapping, Sequence
    from uuid import UUID

    from typing_extensions import Unpack

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

    from .._client import AsyncNovu, Novu  # noqa: F401 (named in the base classes)
    from .._options import RequestOptions


class IntegrationsResource(Resource["Novu"]):
    """`novu.integrations`."""

    def auto_configure(
        self,
        *,
        integration_id: str,
        **options: Unpack[RequestOptions],
    ) -> AutoConfigureIntegrationResponseDto:
        """Auto-configure an integration for inbound webhooks

        Auto-configure an integration by its unique key identifier **integrationId** for inbound
        webhook support. This will automatically generate required webhook signing keys and
        configure webhook endpoints. Only integration metadata is returned, credentials field is
        returned as an empty object.

        `POST /v1/integrations/{integrationId}/auto-configure`
        (IntegrationsController_autoConfigureIntegration). Standalone: `from
        novu_api.api.integrations import auto_configure`.

        Args:
            integration_id (str; path):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            AutoConfigureIntegrationResponseDto: the decoded response.

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
            result = novu.integrations.auto_configure(integration_id="INTEGRATION_ID")
        """
        from novu_api.api.integrations import auto_configure as _op

        return _op.sync(
            client=self._client,
            integration_id=integration_id,
            **options,
        )

    def configure_integration_webhook(
        self,
        *,
        integration_identifier: str,
        **options: Unpack[RequestOptions],
    ) -> ConfigureTelegramWebhookResponseDto:
        """Configure a chat integration webhook

        Registers the Novu webhook URL with the chat provider for the specified integration.
        Telegram is the only supported provider initially.

        `POST /v1/integrations/{integrationIdentifier}/webhook/configure`
        (IntegrationsController_configureIntegrationWebhook). Standalone: `from
        novu_api.api.integrations import configure_integration_webhook`.

        Args:
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
            result = novu.integrations.configure_integration_webhook(integration_identifier="INTEGRATION_IDENTIFIER")
        """
        from novu_api.api.integrations import configure_integration_webhook as _op

        return _op.sync(
            client=self._client,
            integration_identifier=integration_identifier,
            **options,
        )

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
        **options: Unpack[RequestOptions],
    ) -> IntegrationResponseDto:
        """Create an integration

        Create an integration for the current environment the user is based on the API key provided.
        Each provider supports different credentials, check the provider documentation for more
        details. Only integration metadata is returned, credentials field is returned as an empty
        object.

        `POST /v1/integrations` (IntegrationsController_createIntegration). Standalone: `from
        novu_api.api.integrations import create`.

        Args:
            name (str, optional; body `name`): The name of the integration
            identifier (str, optional; body `identifier`): The unique identifier for the integration
            environment_id (UUID, optional; body `_environmentId`): The ID of the associated
                environment. Constraints: format uuid.
            provider_id (str, optional; body `providerId`): The provider ID for the integration
            channel (CreateIntegrationRequestDtoChannel | str, optional; body `channel`): The
                channel type for the integration. Not required for agent-kind integrations.
                Constraints: one of "in_app", "email", "sms", "chat", "push".
            kind (CreateIntegrationRequestDtoKind | str, optional; body `kind`): Distinguishes
                delivery integrations from agent-runtime integrations. Defaults to "delivery". Agent
                integrations do not require a channel. Constraints: one of "delivery", "agent".
            credentials (CredentialsDto | Mapping[str, Any], optional; body `credentials`): The
                credentials for the integration
            active (bool, optional; body `active`): If the integration is active, the validation on
                the credentials field will run
            check (bool, optional; body `check`): Flag to check the integration status
            conditions (Sequence[StepFilterDto] | Sequence[Mapping[str, Any]], optional; body
                `conditions`): Conditions for the integration
            configurations (CreateIntegrationRequestDtoConfigurations | Mapping[str, Any], optional;
                body `configurations`): Configurations for the integration
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            IntegrationResponseDto: the decoded response.

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
            result = novu.integrations.create()
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
        return _op.sync(
            client=self._client,
            body=body,
            **options,
        )

    def create_mobile_link(
        self,
        *,
        integration_identifier: str,
        subscriber_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> IssueTelegramMobileLinkResponseDto:
        """Issue a short-lived mobile setup link for an existing integration

        Returns an opaque, single-use setup token plus a mobile URL for configuring an existing chat
        integration. Telegram is the only supported provider initially.

        `POST /v1/integrations/{integrationIdentifier}/mobile-link`
        (IntegrationsController_createIntegrationMobileLink). Standalone: `from
        novu_api.api.integrations import create_mobile_link`.

        Args:
            integration_identifier (str; path):
            subscriber_id (str, optional; body `subscriberId`): Optional subscriber to link via
                `/start` deep link after mobile setup completes. When provided, the consume response
                may include a ready-to-open Telegram deep link.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            IssueTelegramMobileLinkResponseDto: the decoded response.

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
            result = novu.integrations.create_mobile_link(integration_identifier="INTEGRATION_IDENTIFIER")
        """
        from novu_api.api.integrations import create_mobile_link as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "subscriberId": subscriber_id,
        }
        return _op.sync(
            client=self._client,
            integration_identifier=integration_identifier,
            body=body,
            **options,
        )

    def delete(
        self,
        *,
        integration_id: str,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[IntegrationResponseDto]:
        """Delete an integration

        Delete an integration by its unique key identifier **integrationId**. This action is
        irreversible. Only integration metadata is returned, credentials field is returned as empty
        object.

        `DELETE /v1/integrations/{integrationId}` (IntegrationsController_removeIntegration).
        Standalone: `from novu_api.api.integrations import delete`.

        Args:
            integration_id (str; path):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            list[IntegrationResponseDto]: the decoded response.

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
            result = novu.integrations.delete(integration_id="INTEGRATION_ID")
        """
        from novu_api.api.integrations import delete as _op

        return _op.sync(
            client=self._client,
            integration_id=integration_id,
            **options,
        )

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
        **options: Unpack[RequestOptions],
    ) -> GenerateChatOAuthUrlResponseDto:
        """Generate chat OAuth URL

        **Deprecated** — use `POST /integrations/channel-connections/oauth` (connect) or `POST
        /integrations/channel-endpoints/oauth` (link_user) instead. Generate an OAuth URL for chat
        integrations like Slack, MS Teams, and Webex. This URL allows subscribers to authorize the
        integration, enabling the system to send messages through their chat workspace. The
        generated URL expires after 5 minutes.

        `POST /v1/integrations/chat/oauth` (IntegrationsController_getChatOAuthUrl). Standalone:
        `from novu_api.api.integrations import generate_chat_o_auth_url`.

        Args:
            integration_identifier (str; body `integrationIdentifier`): Integration identifier
            subscriber_id (str, optional; body `subscriberId`): The subscriber ID to link the
                channel connection to. For Slack: Required for incoming webhook endpoints, optional
                for workspace connections. For MS Teams: Optional. Admin consent is tenant-wide and
                can be associated with a subscriber for organizational purposes.
            connection_identifier (str, optional; body `connectionIdentifier`): Identifier of the
                channel connection that will be created. It is generated automatically if not
                provided.
            context (GenerateChatOauthUrlRequestDtoContext | Mapping[str, Any], optional; body
                `context`):
            scope (Sequence[str], optional; body `scope`): **Slack only**: OAuth scopes to request
                during authorization. These define the permissions your Slack integration will have.
                If not specified, default scopes will be used: chat:write, chat:write.public,
                channels:read, groups:read, users:read, users:read.email. **Webex**: OAuth scopes to
                request during authorization. Defaults to: spark:messages_write, spark:rooms_read,
                spark:people_read, spark:memberships_read, spark:kms. **MS Teams**: This parameter
                is ignored. MS Teams uses admin consent with pre-configured permissions in Azure AD.
                Note: The generated OAuth URL expires after 5 minutes.
            user_scope (Sequence[str], optional; body `userScope`): **Slack only, link_user mode**:
                User-level OAuth scopes to request during authorization. Used when mode is
                "link_user" to identify the Slack user via "Sign in with Slack". If not specified,
                defaults to: identity.basic.
            mode (GenerateChatOauthUrlRequestDtoMode | str, optional; body `mode`): OAuth flow mode.
                Use "connect" (default) to create a workspace channel connection, or "link_user" to
                identify the subscriber's Slack user ID without creating a connection. Constraints:
                one of "connect", "link_user".
            connection_mode (GenerateChatOauthUrlRequestDtoConnectionMode | str, optional; body
                `connectionMode`): Connection mode that determines how the channel connection is
                scoped. Use "subscriber" (default) to associate the connection with a specific
                subscriber. Use "shared" to associate the connection with a context instead of a
                subscriber — subscriberId will not be stored on the connection. Constraints: one of
                "subscriber", "shared".
            auto_link_user (bool, optional; body `autoLinkUser`): When true, after the
                workspace/tenant connection is created the OAuth flow also links the subscriber who
                clicked "Connect" as a personal endpoint. For Slack, this uses the authed_user.id
                already returned by oauth.v2.access — no extra redirect. For Webex, this uses the
                authenticated Webex person returned by people/me — no extra redirect. For MS Teams,
                this triggers a second OAuth redirect for delegated user-identity consent. Defaults
                to false when omitted; the SlackConnectButton and MsTeamsConnectButton SDK
                components default this to true.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            GenerateChatOAuthUrlResponseDto: the decoded response.

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
            result = novu.integrations.generate_chat_o_auth_url(integration_identifier="INTEGRATION_IDENTIFIER")
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
        return _op.sync(
            client=self._client,
            body=body,
            **options,
        )

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
        **options: Unpack[RequestOptions],
    ) -> GenerateChatOAuthUrlResponseDto:
        """Generate OAuth URL for a workspace/tenant connection

        Generate an OAuth URL that creates a workspace or tenant-level channel connection (Slack
        workspace install, MS Teams admin consent, or Webex integration authorization). The
        generated URL expires after 5 minutes.

        `POST /v1/integrations/channel-connections/oauth`
        (IntegrationsController_generateConnectOAuthUrl). Standalone: `from
        novu_api.api.integrations import generate_connect_o_auth_url`.

        Args:
            integration_identifier (str; body `integrationIdentifier`): Integration identifier
            subscriber_id (str, optional; body `subscriberId`): The subscriber ID to associate with
                the channel connection. For Slack: optional for workspace connections (required only
                for incoming-webhook scope). For Webex: optional for workspace connections. For MS
                Teams: optional. Admin consent is tenant-wide.
            connection_identifier (str, optional; body `connectionIdentifier`): Identifier of the
                channel connection that will be created. Generated automatically if not provided.
            context (GenerateConnectOauthUrlRequestDtoContext | Mapping[str, Any], optional; body
                `context`):
            scope (Sequence[str], optional; body `scope`): **Slack only**: OAuth scopes to request
                during authorization. If not specified, default scopes will be used: chat:write,
                chat:write.public, channels:read, groups:read, users:read, users:read.email.
                **Webex**: OAuth scopes to request during authorization. Defaults to:
                spark:messages_write, spark:rooms_read, spark:people_read, spark:memberships_read,
                spark:kms. **MS Teams**: ignored — uses admin consent with pre-configured Azure AD
                permissions.
            connection_mode (GenerateConnectOauthUrlRequestDtoConnectionMode | str, optional; body
                `connectionMode`): Connection mode that determines how the channel connection is
                scoped. "subscriber" (default) associates the connection with a specific subscriber.
                "shared" associates the connection with a context instead of a subscriber.
                Constraints: one of "subscriber", "shared".
            auto_link_user (bool, optional; body `autoLinkUser`): When true (default when
                connectionMode is "subscriber"), after the workspace/tenant connection is created
                the OAuth flow also links the subscriber who clicked "Connect" as a personal
                endpoint. For Slack, uses the authed_user.id returned by oauth.v2.access — no extra
                redirect. For Webex, uses the authenticated Webex person returned by people/me — no
                extra redirect. For MS Teams, triggers a second OAuth redirect for delegated
                user-identity consent. Set to false to only create the workspace connection without
                linking the individual user.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            GenerateChatOAuthUrlResponseDto: the decoded response.

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
            result = novu.integrations.generate_connect_o_auth_url(integration_identifier="INTEGRATION_IDENTIFIER")
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
        return _op.sync(
            client=self._client,
            body=body,
            **options,
        )

    def generate_link_user_o_auth_url(
        self,
        *,
        subscriber_id: str,
        integration_identifier: str,
        connection_identifier: str | Unset = UNSET,
        context: GenerateLinkUserOauthUrlRequestDtoContext | Mapping[str, Any] | Unset = UNSET,
        user_scope: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GenerateChatOAuthUrlResponseDto:
        """Generate OAuth URL to link a subscriber user identity

        Generate an OAuth URL that links a specific subscriber to their chat identity (Slack user
        ID, MS Teams user OID, or Webex person). The generated URL expires after 5 minutes.

        `POST /v1/integrations/channel-endpoints/oauth`
        (IntegrationsController_generateLinkUserOAuthUrl). Standalone: `from
        novu_api.api.integrations import generate_link_user_o_auth_url`.

        Args:
            subscriber_id (str; body `subscriberId`): The subscriber ID to link to their chat
                identity. Required — this operation always binds a specific subscriber to a user
                identity in the chat provider.
            integration_identifier (str; body `integrationIdentifier`): Integration identifier
            connection_identifier (str, optional; body `connectionIdentifier`): Identifier of the
                existing channel connection to associate this user endpoint with. Generated
                automatically if not provided for providers that support standalone user linking.
                Required for Webex.
            context (GenerateLinkUserOauthUrlRequestDtoContext | Mapping[str, Any], optional; body
                `context`):
            user_scope (Sequence[str], optional; body `userScope`): **Slack only**: User-level OAuth
                scopes for "Sign in with Slack". Defaults to: identity.basic. **Webex**: Optional
                Webex scopes for people/me; defaults to spark:people_read. **MS Teams**: ignored —
                uses delegated OpenID scopes (openid, profile, User.Read).
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            GenerateChatOAuthUrlResponseDto: the decoded response.

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
            result = novu.integrations.generate_link_user_o_auth_url(subscriber_id="subscriber-123", integration_identifier="INTEGRATION_IDENTIFIER")
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
        return _op.sync(
            client=self._client,
            body=body,
            **options,
        )

    def link_channel_endpoint(
        self,
        *,
        integration_identifier: str,
        subscriber_id: str,
        **options: Unpack[RequestOptions],
    ) -> LinkChannelEndpointResponseDto:
        """Issue a URL to link a subscriber chat identity

        Returns a provider-specific URL the subscriber opens to link their chat identity. The
        integration provider is resolved from integrationIdentifier; Telegram returns a deep link.

        `POST /v1/integrations/channel-endpoints/link` (IntegrationsController_linkChannelEndpoint).
        Standalone: `from novu_api.api.integrations import link_channel_endpoint`.

        Args:
            integration_identifier (str; body `integrationIdentifier`): Integration identifier for
                the chat provider integration
            subscriber_id (str; body `subscriberId`): External subscriber identifier to link to
                their chat identity
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            LinkChannelEndpointResponseDto: the decoded response.

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
            result = novu.integrations.link_channel_endpoint(integration_identifier="telegram-bot", subscriber_id="subscriber-123")
        """
        from novu_api.api.integrations import link_channel_endpoint as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "integrationIdentifier": integration_identifier,
            "subscriberId": subscriber_id,
        }
        return _op.sync(
            client=self._client,
            body=body,
            **options,
        )

    def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[IntegrationResponseDto]:
        """List all integrations

        List all the channels integrations created in the organization. Only integration metadata is
        returned, credentials field is returned as an empty object.

        `GET /v1/integrations` (IntegrationsController_listIntegrations). Standalone: `from
        novu_api.api.integrations import list`.

        Args:
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            list[IntegrationResponseDto]: the decoded response.

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
            result = novu.integrations.list()
        """
        from novu_api.api.integrations import list as _op

        return _op.sync(
            client=self._client,
            **options,
        )

    def list_active(
        self,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[IntegrationResponseDto]:
        """List active integrations

        List all the active integrations created in the organization. Only integration metadata is
        returned, credentials field is returned as an empty object.

        `GET /v1/integrations/active` (IntegrationsController_getActiveIntegrations). Standalone:
        `from novu_api.api.integrations import list_active`.

        Args:
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            list[IntegrationResponseDto]: the decoded response.

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
            result = novu.integrations.list_active()
        """
        from novu_api.api.integrations import list_active as _op

        return _op.sync(
            client=self._client,
            **options,
        )

    def set_as_primary(
        self,
        *,
        integration_id: str,
        **options: Unpack[RequestOptions],
    ) -> IntegrationResponseDto:
        """Update integration as primary

        Update an integration as **primary** by its unique key identifier **integrationId**. This
        API will set the integration as primary for that channel in the current environment. Primary
        integration is used to deliver notification for sms and email channels in the workflow. Only
        integration metadata is returned, credentials field is returned as an empty object.

        `POST /v1/integrations/{integrationId}/set-primary`
        (IntegrationsController_setIntegrationAsPrimary). Standalone: `from
        novu_api.api.integrations import set_as_primary`.

        Args:
            integration_id (str; path):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            IntegrationResponseDto: the decoded response.

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
            result = novu.integrations.set_as_primary(integration_id="INTEGRATION_ID")
        """
        from novu_api.api.integrations import set_as_primary as _op

        return _op.sync(
            client=self._client,
            integration_id=integration_id,
            **options,
        )

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
        **options: Unpack[RequestOptions],
    ) -> IntegrationResponseDto:
        """Update an integration

        Update an integration by its unique key identifier **integrationId**. Each provider supports
        different credentials, check the provider documentation for more details. Only integration
        metadata is returned, credentials field is returned as an empty object.

        `PUT /v1/integrations/{integrationId}` (IntegrationsController_updateIntegrationById).
        Standalone: `from novu_api.api.integrations import update`.

        Args:
            integration_id (str; path):
            name (str, optional; body `name`):
            identifier (str, optional; body `identifier`):
            environment_id (str, optional; body `_environmentId`):
            active (bool, optional; body `active`): If the integration is active the validation on
                the credentials field will run
            credentials (CredentialsDto | Mapping[str, Any], optional; body `credentials`):
            check (bool, optional; body `check`):
            conditions (Sequence[StepFilterDto] | Sequence[Mapping[str, Any]], optional; body
                `conditions`):
            configurations (UpdateIntegrationRequestDtoConfigurations | Mapping[str, Any], optional;
                body `configurations`): Configurations for the integration
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            IntegrationResponseDto: the decoded response.

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
            result = novu.integrations.update(integration_id="INTEGRATION_ID")
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
        return _op.sync(
            client=self._client,
            integration_id=integration_id,
            body=body,
            **options,
        )


class AsyncIntegrationsResource(Resource["AsyncNovu"]):
    """`novu.integrations` (async)."""

    async def auto_configure(
        self,
        *,
        integration_id: str,
        **options: Unpack[RequestOptions],
    ) -> AutoConfigureIntegrationResponseDto:
        """Auto-configure an integration for inbound webhooks

        Auto-configure an integration by its unique key identifier **integrationId** for inbound
        webhook support. This will automatically generate required webhook signing keys and
        configure webhook endpoints. Only integration metadata is returned, credentials field is
        returned as an empty object.

        `POST /v1/integrations/{integrationId}/auto-configure`
        (IntegrationsController_autoConfigureIntegration). Standalone: `from
        novu_api.api.integrations import auto_configure`.

        Args:
            integration_id (str; path):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            AutoConfigureIntegrationResponseDto: the decoded response.

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
            result = await novu.integrations.auto_configure(integration_id="INTEGRATION_ID")
        """
        from novu_api.api.integrations import auto_configure as _op

        return await _op.asyncio(
            client=self._client,
            integration_id=integration_id,
            **options,
        )

    async def configure_integration_webhook(
        self,
        *,
        integration_identifier: str,
        **options: Unpack[RequestOptions],
    ) -> ConfigureTelegramWebhookResponseDto:
        """Configure a chat integration webhook

        Registers the Novu webhook URL with the chat provider for the specified integration.
        Telegram is the only supported provider initially.

        `POST /v1/integrations/{integrationIdentifier}/webhook/configure`
        (IntegrationsController_configureIntegrationWebhook). Standalone: `from
        novu_api.api.integrations import configure_integration_webhook`.

        Args:
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
            result = await novu.integrations.configure_integration_webhook(integration_identifier="INTEGRATION_IDENTIFIER")
        """
        from novu_api.api.integrations import configure_integration_webhook as _op

        return await _op.asyncio(
            client=self._client,
            integration_identifier=integration_identifier,
            **options,
        )

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
        **options: Unpack[RequestOptions],
    ) -> IntegrationResponseDto:
        """Create an integration

        Create an integration for the current environment the user is based on the API key provided.
        Each provider supports different credentials, check the provider documentation for more
        details. Only integration metadata is returned, credentials field is returned as an empty
        object.

        `POST /v1/integrations` (IntegrationsController_createIntegration). Standalone: `from
        novu_api.api.integrations import create`.

        Args:
            name (str, optional; body `name`): The name of the integration
            identifier (str, optional; body `identifier`): The unique identifier for the integration
            environment_id (UUID, optional; body `_environmentId`): The ID of the associated
                environment. Constraints: format uuid.
            provider_id (str, optional; body `providerId`): The provider ID for the integration
            channel (CreateIntegrationRequestDtoChannel | str, optional; body `channel`): The
                channel type for the integration. Not required for agent-kind integrations.
                Constraints: one of "in_app", "email", "sms", "chat", "push".
            kind (CreateIntegrationRequestDtoKind | str, optional; body `kind`): Distinguishes
                delivery integrations from agent-runtime integrations. Defaults to "delivery". Agent
                integrations do not require a channel. Constraints: one of "delivery", "agent".
            credentials (CredentialsDto | Mapping[str, Any], optional; body `credentials`): The
                credentials for the integration
            active (bool, optional; body `active`): If the integration is active, the validation on
                the credentials field will run
            check (bool, optional; body `check`): Flag to check the integration status
            conditions (Sequence[StepFilterDto] | Sequence[Mapping[str, Any]], optional; body
                `conditions`): Conditions for the integration
            configurations (CreateIntegrationRequestDtoConfigurations | Mapping[str, Any], optional;
                body `configurations`): Configurations for the integration
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            IntegrationResponseDto: the decoded response.

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
            result = await novu.integrations.create()
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
        return await _op.asyncio(
            client=self._client,
            body=body,
            **options,
        )

    async def create_mobile_link(
        self,
        *,
        integration_identifier: str,
        subscriber_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> IssueTelegramMobileLinkResponseDto:
        """Issue a short-lived mobile setup link for an existing integration

        Returns an opaque, single-use setup token plus a mobile URL for configuring an existing chat
        integration. Telegram is the only supported provider initially.

        `POST /v1/integrations/{integrationIdentifier}/mobile-link`
        (IntegrationsController_createIntegrationMobileLink). Standalone: `from
        novu_api.api.integrations import create_mobile_link`.

        Args:
            integration_identifier (str; path):
            subscriber_id (str, optional; body `subscriberId`): Optional subscriber to link via
                `/start` deep link after mobile setup completes. When provided, the consume response
                may include a ready-to-open Telegram deep link.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            IssueTelegramMobileLinkResponseDto: the decoded response.

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
            result = await novu.integrations.create_mobile_link(integration_identifier="INTEGRATION_IDENTIFIER")
        """
        from novu_api.api.integrations import create_mobile_link as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "subscriberId": subscriber_id,
        }
        return await _op.asyncio(
            client=self._client,
            integration_identifier=integration_identifier,
            body=body,
            **options,
        )

    async def delete(
        self,
        *,
        integration_id: str,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[IntegrationResponseDto]:
        """Delete an integration

        Delete an integration by its unique key identifier **integrationId**. This action is
        irreversible. Only integration metadata is returned, credentials field is returned as empty
        object.

        `DELETE /v1/integrations/{integrationId}` (IntegrationsController_removeIntegration).
        Standalone: `from novu_api.api.integrations import delete`.

        Args:
            integration_id (str; path):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            list[IntegrationResponseDto]: the decoded response.

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
            result = await novu.integrations.delete(integration_id="INTEGRATION_ID")
        """
        from novu_api.api.integrations import delete as _op

        return await _op.asyncio(
            client=self._client,
            integration_id=integration_id,
            **options,
        )

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
        **options: Unpack[RequestOptions],
    ) -> GenerateChatOAuthUrlResponseDto:
        """Generate chat OAuth URL

        **Deprecated** — use `POST /integrations/channel-connections/oauth` (connect) or `POST
        /integrations/channel-endpoints/oauth` (link_user) instead. Generate an OAuth URL for chat
        integrations like Slack, MS Teams, and Webex. This URL allows subscribers to authorize the
        integration, enabling the system to send messages through their chat workspace. The
        generated URL expires after 5 minutes.

        `POST /v1/integrations/chat/oauth` (IntegrationsController_getChatOAuthUrl). Standalone:
        `from novu_api.api.integrations import generate_chat_o_auth_url`.

        Args:
            integration_identifier (str; body `integrationIdentifier`): Integration identifier
            subscriber_id (str, optional; body `subscriberId`): The subscriber ID to link the
                channel connection to. For Slack: Required for incoming webhook endpoints, optional
                for workspace connections. For MS Teams: Optional. Admin consent is tenant-wide and
                can be associated with a subscriber for organizational purposes.
            connection_identifier (str, optional; body `connectionIdentifier`): Identifier of the
                channel connection that will be created. It is generated automatically if not
                provided.
            context (GenerateChatOauthUrlRequestDtoContext | Mapping[str, Any], optional; body
                `context`):
            scope (Sequence[str], optional; body `scope`): **Slack only**: OAuth scopes to request
                during authorization. These define the permissions your Slack integration will have.
                If not specified, default scopes will be used: chat:write, chat:write.public,
                channels:read, groups:read, users:read, users:read.email. **Webex**: OAuth scopes to
                request during authorization. Defaults to: spark:messages_write, spark:rooms_read,
                spark:people_read, spark:memberships_read, spark:kms. **MS Teams**: This parameter
                is ignored. MS Teams uses admin consent with pre-configured permissions in Azure AD.
                Note: The generated OAuth URL expires after 5 minutes.
            user_scope (Sequence[str], optional; body `userScope`): **Slack only, link_user mode**:
                User-level OAuth scopes to request during authorization. Used when mode is
                "link_user" to identify the Slack user via "Sign in with Slack". If not specified,
                defaults to: identity.basic.
            mode (GenerateChatOauthUrlRequestDtoMode | str, optional; body `mode`): OAuth flow mode.
                Use "connect" (default) to create a workspace channel connection, or "link_user" to
                identify the subscriber's Slack user ID without creating a connection. Constraints:
                one of "connect", "link_user".
            connection_mode (GenerateChatOauthUrlRequestDtoConnectionMode | str, optional; body
                `connectionMode`): Connection mode that determines how the channel connection is
                scoped. Use "subscriber" (default) to associate the connection with a specific
                subscriber. Use "shared" to associate the connection with a context instead of a
                subscriber — subscriberId will not be stored on the connection. Constraints: one of
                "subscriber", "shared".
            auto_link_user (bool, optional; body `autoLinkUser`): When true, after the
                workspace/tenant connection is created the OAuth flow also links the subscriber who
                clicked "Connect" as a personal endpoint. For Slack, this uses the authed_user.id
                already returned by oauth.v2.access — no extra redirect. For Webex, this uses the
                authenticated Webex person returned by people/me — no extra redirect. For MS Teams,
                this triggers a second OAuth redirect for delegated user-identity consent. Defaults
                to false when omitted; the SlackConnectButton and MsTeamsConnectButton SDK
                components default this to true.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            GenerateChatOAuthUrlResponseDto: the decoded response.

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
            result = await novu.integrations.generate_chat_o_auth_url(integration_identifier="INTEGRATION_IDENTIFIER")
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
        return await _op.asyncio(
            client=self._client,
            body=body,
            **options,
        )

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
        **options: Unpack[RequestOptions],
    ) -> GenerateChatOAuthUrlResponseDto:
        """Generate OAuth URL for a workspace/tenant connection

        Generate an OAuth URL that creates a workspace or tenant-level channel connection (Slack
        workspace install, MS Teams admin consent, or Webex integration authorization). The
        generated URL expires after 5 minutes.

        `POST /v1/integrations/channel-connections/oauth`
        (IntegrationsController_generateConnectOAuthUrl). Standalone: `from
        novu_api.api.integrations import generate_connect_o_auth_url`.

        Args:
            integration_identifier (str; body `integrationIdentifier`): Integration identifier
            subscriber_id (str, optional; body `subscriberId`): The subscriber ID to associate with
                the channel connection. For Slack: optional for workspace connections (required only
                for incoming-webhook scope). For Webex: optional for workspace connections. For MS
                Teams: optional. Admin consent is tenant-wide.
            connection_identifier (str, optional; body `connectionIdentifier`): Identifier of the
                channel connection that will be created. Generated automatically if not provided.
            context (GenerateConnectOauthUrlRequestDtoContext | Mapping[str, Any], optional; body
                `context`):
            scope (Sequence[str], optional; body `scope`): **Slack only**: OAuth scopes to request
                during authorization. If not specified, default scopes will be used: chat:write,
                chat:write.public, channels:read, groups:read, users:read, users:read.email.
                **Webex**: OAuth scopes to request during authorization. Defaults to:
                spark:messages_write, spark:rooms_read, spark:people_read, spark:memberships_read,
                spark:kms. **MS Teams**: ignored — uses admin consent with pre-configured Azure AD
                permissions.
            connection_mode (GenerateConnectOauthUrlRequestDtoConnectionMode | str, optional; body
                `connectionMode`): Connection mode that determines how the channel connection is
                scoped. "subscriber" (default) associates the connection with a specific subscriber.
                "shared" associates the connection with a context instead of a subscriber.
                Constraints: one of "subscriber", "shared".
            auto_link_user (bool, optional; body `autoLinkUser`): When true (default when
                connectionMode is "subscriber"), after the workspace/tenant connection is created
                the OAuth flow also links the subscriber who clicked "Connect" as a personal
                endpoint. For Slack, uses the authed_user.id returned by oauth.v2.access — no extra
                redirect. For Webex, uses the authenticated Webex person returned by people/me — no
                extra redirect. For MS Teams, triggers a second OAuth redirect for delegated
                user-identity consent. Set to false to only create the workspace connection without
                linking the individual user.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            GenerateChatOAuthUrlResponseDto: the decoded response.

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
            result = await novu.integrations.generate_connect_o_auth_url(integration_identifier="INTEGRATION_IDENTIFIER")
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
        return await _op.asyncio(
            client=self._client,
            body=body,
            **options,
        )

    async def generate_link_user_o_auth_url(
        self,
        *,
        subscriber_id: str,
        integration_identifier: str,
        connection_identifier: str | Unset = UNSET,
        context: GenerateLinkUserOauthUrlRequestDtoContext | Mapping[str, Any] | Unset = UNSET,
        user_scope: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GenerateChatOAuthUrlResponseDto:
        """Generate OAuth URL to link a subscriber user identity

        Generate an OAuth URL that links a specific subscriber to their chat identity (Slack user
        ID, MS Teams user OID, or Webex person). The generated URL expires after 5 minutes.

        `POST /v1/integrations/channel-endpoints/oauth`
        (IntegrationsController_generateLinkUserOAuthUrl). Standalone: `from
        novu_api.api.integrations import generate_link_user_o_auth_url`.

        Args:
            subscriber_id (str; body `subscriberId`): The subscriber ID to link to their chat
                identity. Required — this operation always binds a specific subscriber to a user
                identity in the chat provider.
            integration_identifier (str; body `integrationIdentifier`): Integration identifier
            connection_identifier (str, optional; body `connectionIdentifier`): Identifier of the
                existing channel connection to associate this user endpoint with. Generated
                automatically if not provided for providers that support standalone user linking.
                Required for Webex.
            context (GenerateLinkUserOauthUrlRequestDtoContext | Mapping[str, Any], optional; body
                `context`):
            user_scope (Sequence[str], optional; body `userScope`): **Slack only**: User-level OAuth
                scopes for "Sign in with Slack". Defaults to: identity.basic. **Webex**: Optional
                Webex scopes for people/me; defaults to spark:people_read. **MS Teams**: ignored —
                uses delegated OpenID scopes (openid, profile, User.Read).
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            GenerateChatOAuthUrlResponseDto: the decoded response.

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
            result = await novu.integrations.generate_link_user_o_auth_url(subscriber_id="subscriber-123", integration_identifier="INTEGRATION_IDENTIFIER")
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
        return await _op.asyncio(
            client=self._client,
            body=body,
            **options,
        )

    async def link_channel_endpoint(
        self,
        *,
        integration_identifier: str,
        subscriber_id: str,
        **options: Unpack[RequestOptions],
    ) -> LinkChannelEndpointResponseDto:
        """Issue a URL to link a subscriber chat identity

        Returns a provider-specific URL the subscriber opens to link their chat identity. The
        integration provider is resolved from integrationIdentifier; Telegram returns a deep link.

        `POST /v1/integrations/channel-endpoints/link` (IntegrationsController_linkChannelEndpoint).
        Standalone: `from novu_api.api.integrations import link_channel_endpoint`.

        Args:
            integration_identifier (str; body `integrationIdentifier`): Integration identifier for
                the chat provider integration
            subscriber_id (str; body `subscriberId`): External subscriber identifier to link to
                their chat identity
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            LinkChannelEndpointResponseDto: the decoded response.

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
            result = await novu.integrations.link_channel_endpoint(integration_identifier="telegram-bot", subscriber_id="subscriber-123")
        """
        from novu_api.api.integrations import link_channel_endpoint as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "integrationIdentifier": integration_identifier,
            "subscriberId": subscriber_id,
        }
        return await _op.asyncio(
            client=self._client,
            body=body,
            **options,
        )

    async def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[IntegrationResponseDto]:
        """List all integrations

        List all the channels integrations created in the organization. Only integration metadata is
        returned, credentials field is returned as an empty object.

        `GET /v1/integrations` (IntegrationsController_listIntegrations). Standalone: `from
        novu_api.api.integrations import list`.

        Args:
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            list[IntegrationResponseDto]: the decoded response.

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
            result = await novu.integrations.list()
        """
        from novu_api.api.integrations import list as _op

        return await _op.asyncio(
            client=self._client,
            **options,
        )

    async def list_active(
        self,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[IntegrationResponseDto]:
        """List active integrations

        List all the active integrations created in the organization. Only integration metadata is
        returned, credentials field is returned as an empty object.

        `GET /v1/integrations/active` (IntegrationsController_getActiveIntegrations). Standalone:
        `from novu_api.api.integrations import list_active`.

        Args:
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            list[IntegrationResponseDto]: the decoded response.

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
            result = await novu.integrations.list_active()
        """
        from novu_api.api.integrations import list_active as _op

        return await _op.asyncio(
            client=self._client,
            **options,
        )

    async def set_as_primary(
        self,
        *,
        integration_id: str,
        **options: Unpack[RequestOptions],
    ) -> IntegrationResponseDto:
        """Update integration as primary

        Update an integration as **primary** by its unique key identifier **integrationId**. This
        API will set the integration as primary for that channel in the current environment. Primary
        integration is used to deliver notification for sms and email channels in the workflow. Only
        integration metadata is returned, credentials field is returned as an empty object.

        `POST /v1/integrations/{integrationId}/set-primary`
        (IntegrationsController_setIntegrationAsPrimary). Standalone: `from
        novu_api.api.integrations import set_as_primary`.

        Args:
            integration_id (str; path):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            IntegrationResponseDto: the decoded response.

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
            result = await novu.integrations.set_as_primary(integration_id="INTEGRATION_ID")
        """
        from novu_api.api.integrations import set_as_primary as _op

        return await _op.asyncio(
            client=self._client,
            integration_id=integration_id,
            **options,
        )

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
        **options: Unpack[RequestOptions],
    ) -> IntegrationResponseDto:
        """Update an integration

        Update an integration by its unique key identifier **integrationId**. Each provider supports
        different credentials, check the provider documentation for more details. Only integration
        metadata is returned, credentials field is returned as an empty object.

        `PUT /v1/integrations/{integrationId}` (IntegrationsController_updateIntegrationById).
        Standalone: `from novu_api.api.integrations import update`.

        Args:
            integration_id (str; path):
            name (str, optional; body `name`):
            identifier (str, optional; body `identifier`):
            environment_id (str, optional; body `_environmentId`):
            active (bool, optional; body `active`): If the integration is active the validation on
                the credentials field will run
            credentials (CredentialsDto | Mapping[str, Any], optional; body `credentials`):
            check (bool, optional; body `check`):
            conditions (Sequence[StepFilterDto] | Sequence[Mapping[str, Any]], optional; body
                `conditions`):
            configurations (UpdateIntegrationRequestDtoConfigurations | Mapping[str, Any], optional;
                body `configurations`): Configurations for the integration
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            IntegrationResponseDto: the decoded response.

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
            result = await novu.integrations.update(integration_id="INTEGRATION_ID")
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
        return await _op.asyncio(
            client=self._client,
            integration_id=integration_id,
            body=body,
            **options,
        )


class IntegrationsResourceWithRawResponse(RawResource["IntegrationsResource"]):
    """`novu.with_raw_response.integrations`: each call returns a `RawResponse`."""

    def __init__(self, resource: IntegrationsResource) -> None:
        super().__init__(resource)
        self.auto_configure = raw(resource.auto_configure)
        self.configure_integration_webhook = raw(resource.configure_integration_webhook)
        self.create = raw(resource.create)
        self.create_mobile_link = raw(resource.create_mobile_link)
        self.delete = raw(resource.delete)
        self.generate_chat_o_auth_url = raw(resource.generate_chat_o_auth_url)
        self.generate_connect_o_auth_url = raw(resource.generate_connect_o_auth_url)
        self.generate_link_user_o_auth_url = raw(resource.generate_link_user_o_auth_url)
        self.link_channel_endpoint = raw(resource.link_channel_endpoint)
        self.list = raw(resource.list)
        self.list_active = raw(resource.list_active)
        self.set_as_primary = raw(resource.set_as_primary)
        self.update = raw(resource.update)


class AsyncIntegrationsResourceWithRawResponse(RawResource["AsyncIntegrationsResource"]):
    """`novu.with_raw_response.integrations`: each call returns a `RawResponse`."""

    def __init__(self, resource: AsyncIntegrationsResource) -> None:
        super().__init__(resource)
        self.auto_configure = async_raw(resource.auto_configure)
        self.configure_integration_webhook = async_raw(resource.configure_integration_webhook)
        self.create = async_raw(resource.create)
        self.create_mobile_link = async_raw(resource.create_mobile_link)
        self.delete = async_raw(resource.delete)
        self.generate_chat_o_auth_url = async_raw(resource.generate_chat_o_auth_url)
        self.generate_connect_o_auth_url = async_raw(resource.generate_connect_o_auth_url)
        self.generate_link_user_o_auth_url = async_raw(resource.generate_link_user_o_auth_url)
        self.link_channel_endpoint = async_raw(resource.link_channel_endpoint)
        self.list = async_raw(resource.list)
        self.list_active = async_raw(resource.list_active)
        self.set_as_primary = async_raw(resource.set_as_primary)
        self.update = async_raw(resource.update)
