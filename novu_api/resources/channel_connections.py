# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Resource classes behind `novu.channel_connections`: each method calls one standalone operation module."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._raw import async_raw, raw
from .._resource import RawResource, Resource
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from typing_extensions import Unpack

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

    from .._client import AsyncNovu, Novu  # noqa: F401 (named in the base classes)
    from .._options import RequestOptions
    from ..pagination import AsyncPage, SyncPage


class ChannelConnectionsResource(Resource["Novu"]):
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
        **options: Unpack[RequestOptions],
    ) -> GetChannelConnectionResponseDto:
        """Create a channel connection

        Create a new channel connection for a resource for given integration. Only one channel
        connection is allowed per resource and integration.

        `POST /v1/channel-connections` (ChannelConnectionsController_createChannelConnection).
        Standalone: `from novu_api.api.channel_connections import create`.

        Args:
            integration_identifier (str; body `integrationIdentifier`): The identifier of the
                integration to use for this channel connection.
            workspace (WorkspaceDto | Mapping[str, Any]; body `workspace`):
            auth (AuthDto | Mapping[str, Any]; body `auth`):
            identifier (str, optional; body `identifier`): The unique identifier for the channel
                connection. If not provided, one will be generated automatically.
            subscriber_id (str, optional; body `subscriberId`): The subscriber ID to link the
                channel connection to
            context (CreateChannelConnectionRequestDtoContext | Mapping[str, Any], optional; body
                `context`):
            connection_mode (CreateChannelConnectionRequestDtoConnectionMode | str, optional; body
                `connectionMode`): Connection mode that determines how the channel connection is
                scoped. Use "subscriber" (default) to associate the connection with a specific
                subscriber. Use "shared" to associate the connection with a context instead of a
                subscriber — subscriberId will not be stored on the connection. Constraints: one of
                "subscriber", "shared".
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            GetChannelConnectionResponseDto: the decoded response.

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
            result = novu.channel_connections.create(integration_identifier="slack-prod", workspace={...}, auth={...})
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
        return _op.sync(
            client=self._client,
            body=body,
            **options,
        )

    def delete(
        self,
        *,
        identifier: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a channel connection

        Delete a specific channel connection by its unique identifier.

        `DELETE /v1/channel-connections/{identifier}`
        (ChannelConnectionsController_deleteChannelConnection). Standalone: `from
        novu_api.api.channel_connections import delete`.

        Args:
            identifier (str; path): The unique identifier of the channel connection
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            None: the call has no response body.

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
            novu.channel_connections.delete(identifier="IDENTIFIER")
        """
        from novu_api.api.channel_connections import delete as _op

        return _op.sync(
            client=self._client,
            identifier=identifier,
            **options,
        )

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
        **options: Unpack[RequestOptions],
    ) -> SyncPage[GetChannelConnectionResponseDto]:
        """List all channel connections

        List all channel connections for a resource.

        `GET /v1/channel-connections` (ChannelConnectionsController_listChannelConnections).
        Standalone: `from novu_api.api.channel_connections import list`.

        Args:
            after (str, optional; query): Cursor for pagination indicating the starting point after
                which to fetch results.
            before (str, optional; query): Cursor for pagination indicating the ending point before
                which to fetch results.
            limit (float, optional; query): Limit the number of items to return (max 100).
                Constraints: <= 100.
            order_direction (ChannelConnectionsControllerListChannelConnectionsOrderDirection | str,
                optional; query): Direction of sorting. Constraints: one of "ASC", "DESC".
            order_by (str, optional; query): Field to order by
            include_cursor (bool, optional; query): Include cursor item in response
            subscriber_id (str, optional; query): The subscriber ID to filter results by
            channel (ChannelConnectionsControllerListChannelConnectionsChannel | str, optional;
                query): Filter by channel type (email, sms, push, chat, etc.). Constraints: one of
                "in_app", "email", "sms", "chat", "push".
            provider_id (ProvidersIdEnum | str, optional; query): Filter by provider identifier
                (e.g., sendgrid, twilio, slack, etc.). Constraints: one of "anypost", "emailjs",
                "mailgun", "mailjet", "mandrill", "nodemailer", "postmark", "sendgrid",
                "sendinblue", "ses", "netcore", "infobip-email" (and 76 more).
            integration_identifier (str, optional; query): Filter by integration identifier.
            context_keys (Sequence[str], optional; query): Filter by exact context keys, order
                insensitive (format: "type:id")
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            SyncPage[GetChannelConnectionResponseDto]: the first page of
                `ListChannelConnectionsResponseDto`; iterating gives every item, following cursor
                pagination.

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
            for item in novu.channel_connections.list():
                print(item)
        """
        from novu_api.api.channel_connections import list as _op

        return _op.sync(
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
            **options,
        )

    def retrieve(
        self,
        *,
        identifier: str,
        **options: Unpack[RequestOptions],
    ) -> GetChannelConnectionResponseDto:
        """Retrieve a channel connection

        Retrieve a specific channel connection by its unique identifier.

        `GET /v1/channel-connections/{identifier}`
        (ChannelConnectionsController_getChannelConnectionByIdentifier). Standalone: `from
        novu_api.api.channel_connections import retrieve`.

        Args:
            identifier (str; path): The unique identifier of the channel connection
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            GetChannelConnectionResponseDto: the decoded response.

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
            result = novu.channel_connections.retrieve(identifier="IDENTIFIER")
        """
        from novu_api.api.channel_connections import retrieve as _op

        return _op.sync(
            client=self._client,
            identifier=identifier,
            **options,
        )

    def update(
        self,
        *,
        identifier: str,
        workspace: WorkspaceDto | Mapping[str, Any],
        auth: AuthDto | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> GetChannelConnectionResponseDto:
        """Update a channel connection

        Update an existing channel connection by its unique identifier.

        `PATCH /v1/channel-connections/{identifier}`
        (ChannelConnectionsController_updateChannelConnection). Standalone: `from
        novu_api.api.channel_connections import update`.

        Args:
            identifier (str; path): The unique identifier of the channel connection
            workspace (WorkspaceDto | Mapping[str, Any]; body `workspace`):
            auth (AuthDto | Mapping[str, Any]; body `auth`):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            GetChannelConnectionResponseDto: the decoded response.

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
            result = novu.channel_connections.update(identifier="IDENTIFIER", workspace={...}, auth={...})
        """
        from novu_api.api.channel_connections import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "workspace": workspace,
            "auth": auth,
        }
        return _op.sync(
            client=self._client,
            identifier=identifier,
            body=body,
            **options,
        )


class AsyncChannelConnectionsResource(Resource["AsyncNovu"]):
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
        **options: Unpack[RequestOptions],
    ) -> GetChannelConnectionResponseDto:
        """Create a channel connection

        Create a new channel connection for a resource for given integration. Only one channel
        connection is allowed per resource and integration.

        `POST /v1/channel-connections` (ChannelConnectionsController_createChannelConnection).
        Standalone: `from novu_api.api.channel_connections import create`.

        Args:
            integration_identifier (str; body `integrationIdentifier`): The identifier of the
                integration to use for this channel connection.
            workspace (WorkspaceDto | Mapping[str, Any]; body `workspace`):
            auth (AuthDto | Mapping[str, Any]; body `auth`):
            identifier (str, optional; body `identifier`): The unique identifier for the channel
                connection. If not provided, one will be generated automatically.
            subscriber_id (str, optional; body `subscriberId`): The subscriber ID to link the
                channel connection to
            context (CreateChannelConnectionRequestDtoContext | Mapping[str, Any], optional; body
                `context`):
            connection_mode (CreateChannelConnectionRequestDtoConnectionMode | str, optional; body
                `connectionMode`): Connection mode that determines how the channel connection is
                scoped. Use "subscriber" (default) to associate the connection with a specific
                subscriber. Use "shared" to associate the connection with a context instead of a
                subscriber — subscriberId will not be stored on the connection. Constraints: one of
                "subscriber", "shared".
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            GetChannelConnectionResponseDto: the decoded response.

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
            result = await novu.channel_connections.create(integration_identifier="slack-prod", workspace={...}, auth={...})
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
        return await _op.asyncio(
            client=self._client,
            body=body,
            **options,
        )

    async def delete(
        self,
        *,
        identifier: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a channel connection

        Delete a specific channel connection by its unique identifier.

        `DELETE /v1/channel-connections/{identifier}`
        (ChannelConnectionsController_deleteChannelConnection). Standalone: `from
        novu_api.api.channel_connections import delete`.

        Args:
            identifier (str; path): The unique identifier of the channel connection
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            None: the call has no response body.

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
            await novu.channel_connections.delete(identifier="IDENTIFIER")
        """
        from novu_api.api.channel_connections import delete as _op

        return await _op.asyncio(
            client=self._client,
            identifier=identifier,
            **options,
        )

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
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[GetChannelConnectionResponseDto]:
        """List all channel connections

        List all channel connections for a resource.

        `GET /v1/channel-connections` (ChannelConnectionsController_listChannelConnections).
        Standalone: `from novu_api.api.channel_connections import list`.

        Args:
            after (str, optional; query): Cursor for pagination indicating the starting point after
                which to fetch results.
            before (str, optional; query): Cursor for pagination indicating the ending point before
                which to fetch results.
            limit (float, optional; query): Limit the number of items to return (max 100).
                Constraints: <= 100.
            order_direction (ChannelConnectionsControllerListChannelConnectionsOrderDirection | str,
                optional; query): Direction of sorting. Constraints: one of "ASC", "DESC".
            order_by (str, optional; query): Field to order by
            include_cursor (bool, optional; query): Include cursor item in response
            subscriber_id (str, optional; query): The subscriber ID to filter results by
            channel (ChannelConnectionsControllerListChannelConnectionsChannel | str, optional;
                query): Filter by channel type (email, sms, push, chat, etc.). Constraints: one of
                "in_app", "email", "sms", "chat", "push".
            provider_id (ProvidersIdEnum | str, optional; query): Filter by provider identifier
                (e.g., sendgrid, twilio, slack, etc.). Constraints: one of "anypost", "emailjs",
                "mailgun", "mailjet", "mandrill", "nodemailer", "postmark", "sendgrid",
                "sendinblue", "ses", "netcore", "infobip-email" (and 76 more).
            integration_identifier (str, optional; query): Filter by integration identifier.
            context_keys (Sequence[str], optional; query): Filter by exact context keys, order
                insensitive (format: "type:id")
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            AsyncPage[GetChannelConnectionResponseDto]: the first page of
                `ListChannelConnectionsResponseDto`; iterating gives every item, following cursor
                pagination.

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
            async for item in await novu.channel_connections.list():
                print(item)
        """
        from novu_api.api.channel_connections import list as _op

        return await _op.asyncio(
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
            **options,
        )

    async def retrieve(
        self,
        *,
        identifier: str,
        **options: Unpack[RequestOptions],
    ) -> GetChannelConnectionResponseDto:
        """Retrieve a channel connection

        Retrieve a specific channel connection by its unique identifier.

        `GET /v1/channel-connections/{identifier}`
        (ChannelConnectionsController_getChannelConnectionByIdentifier). Standalone: `from
        novu_api.api.channel_connections import retrieve`.

        Args:
            identifier (str; path): The unique identifier of the channel connection
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            GetChannelConnectionResponseDto: the decoded response.

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
            result = await novu.channel_connections.retrieve(identifier="IDENTIFIER")
        """
        from novu_api.api.channel_connections import retrieve as _op

        return await _op.asyncio(
            client=self._client,
            identifier=identifier,
            **options,
        )

    async def update(
        self,
        *,
        identifier: str,
        workspace: WorkspaceDto | Mapping[str, Any],
        auth: AuthDto | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> GetChannelConnectionResponseDto:
        """Update a channel connection

        Update an existing channel connection by its unique identifier.

        `PATCH /v1/channel-connections/{identifier}`
        (ChannelConnectionsController_updateChannelConnection). Standalone: `from
        novu_api.api.channel_connections import update`.

        Args:
            identifier (str; path): The unique identifier of the channel connection
            workspace (WorkspaceDto | Mapping[str, Any]; body `workspace`):
            auth (AuthDto | Mapping[str, Any]; body `auth`):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            GetChannelConnectionResponseDto: the decoded response.

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
            result = await novu.channel_connections.update(identifier="IDENTIFIER", workspace={...}, auth={...})
        """
        from novu_api.api.channel_connections import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "workspace": workspace,
            "auth": auth,
        }
        return await _op.asyncio(
            client=self._client,
            identifier=identifier,
            body=body,
            **options,
        )


class ChannelConnectionsResourceWithRawResponse(RawResource["ChannelConnectionsResource"]):
    """`novu.with_raw_response.channel_connections`: each call returns a `RawResponse`."""

    def __init__(self, resource: ChannelConnectionsResource) -> None:
        super().__init__(resource)
        self.create = raw(resource.create)
        self.delete = raw(resource.delete)
        self.list = raw(resource.list)
        self.retrieve = raw(resource.retrieve)
        self.update = raw(resource.update)


class AsyncChannelConnectionsResourceWithRawResponse(RawResource["AsyncChannelConnectionsResource"]):
    """`novu.with_raw_response.channel_connections`: each call returns a `RawResponse`."""

    def __init__(self, resource: AsyncChannelConnectionsResource) -> None:
        super().__init__(resource)
        self.create = async_raw(resource.create)
        self.delete = async_raw(resource.delete)
        self.list = async_raw(resource.list)
        self.retrieve = async_raw(resource.retrieve)
        self.update = async_raw(resource.update)
