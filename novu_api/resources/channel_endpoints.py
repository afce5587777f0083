# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Resource classes behind `novu.channel_endpoints`: each method calls one standalone operation module."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._raw import async_raw, raw
from .._resource import RawResource, Resource
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from typing_extensions import Unpack

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

    from .._client import AsyncNovu, Novu  # noqa: F401 (named in the base classes)
    from .._options import RequestOptions
    from ..pagination import AsyncPage, SyncPage


class ChannelEndpointsResource(Resource["Novu"]):
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
        **options: Unpack[RequestOptions],
    ) -> GetChannelEndpointResponseDto:
        """Create a channel endpoint

        Create a new channel endpoint for a resource.

        `POST /v1/channel-endpoints` (ChannelEndpointsController_createChannelEndpoint). Standalone:
        `from novu_api.api.channel_endpoints import create`.

        Args:
            body (CreateLineUserEndpointDto | CreateMsTeamsChannelEndpointDto |
                CreateMsTeamsUserEndpointDto | CreatePhoneEndpointDto |
                CreateSlackChannelEndpointDto | CreateSlackUserEndpointDto |
                CreateTelegramChatEndpointDto | CreateWebexPersonEndpointDto |
                CreateWebexRoomEndpointDto | CreateWebhookEndpointDto; JSON body): the request body
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            GetChannelEndpointResponseDto: the decoded response.

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
            result = novu.channel_endpoints.create(body={...})
        """
        from novu_api.api.channel_endpoints import create as _op

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
        """Delete a channel endpoint

        Delete a specific channel endpoint by its unique identifier.

        `DELETE /v1/channel-endpoints/{identifier}`
        (ChannelEndpointsController_deleteChannelEndpoint). Standalone: `from
        novu_api.api.channel_endpoints import delete`.

        Args:
            identifier (str; path): The unique identifier of the channel endpoint
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
            novu.channel_endpoints.delete(identifier="IDENTIFIER")
        """
        from novu_api.api.channel_endpoints import delete as _op

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
        order_direction: ChannelEndpointsControllerListChannelEndpointsOrderDirection | str | Unset = UNSET,
        order_by: str | Unset = UNSET,
        include_cursor: bool | Unset = UNSET,
        subscriber_id: str | Unset = UNSET,
        context_keys: Sequence[str] | Unset = UNSET,
        channel: ChannelEndpointsControllerListChannelEndpointsChannel | str | Unset = UNSET,
        provider_id: ProvidersIdEnum | str | Unset = UNSET,
        integration_identifier: str | Unset = UNSET,
        connection_identifier: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[GetChannelEndpointResponseDto]:
        """List all channel endpoints

        List all channel endpoints for a resource based on query filters.

        `GET /v1/channel-endpoints` (ChannelEndpointsController_listChannelEndpoints). Standalone:
        `from novu_api.api.channel_endpoints import list`.

        Args:
            after (str, optional; query): Cursor for pagination indicating the starting point after
                which to fetch results.
            before (str, optional; query): Cursor for pagination indicating the ending point before
                which to fetch results.
            limit (float, optional; query): Limit the number of items to return (max 100).
                Constraints: <= 100.
            order_direction (ChannelEndpointsControllerListChannelEndpointsOrderDirection | str,
                optional; query): Direction of sorting. Constraints: one of "ASC", "DESC".
            order_by (str, optional; query): Field to order by
            include_cursor (bool, optional; query): Include cursor item in response
            subscriber_id (str, optional; query): The subscriber ID to filter results by
            context_keys (Sequence[str], optional; query): Filter by exact context keys, order
                insensitive (format: "type:id")
            channel (ChannelEndpointsControllerListChannelEndpointsChannel | str, optional; query):
                Channel type to filter results. Constraints: one of "in_app", "email", "sms",
                "chat", "push".
            provider_id (ProvidersIdEnum | str, optional; query): Filter by provider identifier
                (e.g., sendgrid, twilio, slack, etc.). Constraints: one of "anypost", "emailjs",
                "mailgun", "mailjet", "mandrill", "nodemailer", "postmark", "sendgrid",
                "sendinblue", "ses", "netcore", "infobip-email" (and 76 more).
            integration_identifier (str, optional; query): Integration identifier to filter results.
            connection_identifier (str, optional; query): Connection identifier to filter results.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            SyncPage[GetChannelEndpointResponseDto]: the first page of
                `ListChannelEndpointsResponseDto`; iterating gives every item, following cursor
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
            for item in novu.channel_endpoints.list():
                print(item)
        """
        from novu_api.api.channel_endpoints import list as _op

        return _op.sync(
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
            **options,
        )

    def retrieve(
        self,
        *,
        identifier: str,
        **options: Unpack[RequestOptions],
    ) -> GetChannelEndpointResponseDto:
        """Retrieve a channel endpoint

        Retrieve a specific channel endpoint by its unique identifier.

        `GET /v1/channel-endpoints/{identifier}` (ChannelEndpointsController_getChannelEndpoint).
        Standalone: `from novu_api.api.channel_endpoints import retrieve`.

        Args:
            identifier (str; path): The unique identifier of the channel endpoint
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            GetChannelEndpointResponseDto: the decoded response.

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
            result = novu.channel_endpoints.retrieve(identifier="IDENTIFIER")
        """
        from novu_api.api.channel_endpoints import retrieve as _op

        return _op.sync(
            client=self._client,
            identifier=identifier,
            **options,
        )

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
        **options: Unpack[RequestOptions],
    ) -> GetChannelEndpointResponseDto:
        """Update a channel endpoint

        Update an existing channel endpoint by its unique identifier.

        `PATCH /v1/channel-endpoints/{identifier}`
        (ChannelEndpointsController_updateChannelEndpoint). Standalone: `from
        novu_api.api.channel_endpoints import update`.

        Args:
            identifier (str; path): The unique identifier of the channel endpoint
            endpoint (SlackChannelEndpointDto | SlackUserEndpointDto | WebhookEndpointDto |
                PhoneEndpointDto | WebexRoomEndpointDto | WebexPersonEndpointDto | Mapping[str,
                Any]; body `endpoint`): Updated endpoint data. The structure must match the existing
                channel endpoint type.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            GetChannelEndpointResponseDto: the decoded response.

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
            result = novu.channel_endpoints.update(identifier="IDENTIFIER", endpoint={...})
        """
        from novu_api.api.channel_endpoints import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "endpoint": endpoint,
        }
        return _op.sync(
            client=self._client,
            identifier=identifier,
            body=body,
            **options,
        )


class AsyncChannelEndpointsResource(Resource["AsyncNovu"]):
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
        **options: Unpack[RequestOptions],
    ) -> GetChannelEndpointResponseDto:
        """Create a channel endpoint

        Create a new channel endpoint for a resource.

        `POST /v1/channel-endpoints` (ChannelEndpointsController_createChannelEndpoint). Standalone:
        `from novu_api.api.channel_endpoints import create`.

        Args:
            body (CreateLineUserEndpointDto | CreateMsTeamsChannelEndpointDto |
                CreateMsTeamsUserEndpointDto | CreatePhoneEndpointDto |
                CreateSlackChannelEndpointDto | CreateSlackUserEndpointDto |
                CreateTelegramChatEndpointDto | CreateWebexPersonEndpointDto |
                CreateWebexRoomEndpointDto | CreateWebhookEndpointDto; JSON body): the request body
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            GetChannelEndpointResponseDto: the decoded response.

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
            result = await novu.channel_endpoints.create(body={...})
        """
        from novu_api.api.channel_endpoints import create as _op

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
        """Delete a channel endpoint

        Delete a specific channel endpoint by its unique identifier.

        `DELETE /v1/channel-endpoints/{identifier}`
        (ChannelEndpointsController_deleteChannelEndpoint). Standalone: `from
        novu_api.api.channel_endpoints import delete`.

        Args:
            identifier (str; path): The unique identifier of the channel endpoint
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
            await novu.channel_endpoints.delete(identifier="IDENTIFIER")
        """
        from novu_api.api.channel_endpoints import delete as _op

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
        order_direction: ChannelEndpointsControllerListChannelEndpointsOrderDirection | str | Unset = UNSET,
        order_by: str | Unset = UNSET,
        include_cursor: bool | Unset = UNSET,
        subscriber_id: str | Unset = UNSET,
        context_keys: Sequence[str] | Unset = UNSET,
        channel: ChannelEndpointsControllerListChannelEndpointsChannel | str | Unset = UNSET,
        provider_id: ProvidersIdEnum | str | Unset = UNSET,
        integration_identifier: str | Unset = UNSET,
        connection_identifier: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[GetChannelEndpointResponseDto]:
        """List all channel endpoints

        List all channel endpoints for a resource based on query filters.

        `GET /v1/channel-endpoints` (ChannelEndpointsController_listChannelEndpoints). Standalone:
        `from novu_api.api.channel_endpoints import list`.

        Args:
            after (str, optional; query): Cursor for pagination indicating the starting point after
                which to fetch results.
            before (str, optional; query): Cursor for pagination indicating the ending point before
                which to fetch results.
            limit (float, optional; query): Limit the number of items to return (max 100).
                Constraints: <= 100.
            order_direction (ChannelEndpointsControllerListChannelEndpointsOrderDirection | str,
                optional; query): Direction of sorting. Constraints: one of "ASC", "DESC".
            order_by (str, optional; query): Field to order by
            include_cursor (bool, optional; query): Include cursor item in response
            subscriber_id (str, optional; query): The subscriber ID to filter results by
            context_keys (Sequence[str], optional; query): Filter by exact context keys, order
                insensitive (format: "type:id")
            channel (ChannelEndpointsControllerListChannelEndpointsChannel | str, optional; query):
                Channel type to filter results. Constraints: one of "in_app", "email", "sms",
                "chat", "push".
            provider_id (ProvidersIdEnum | str, optional; query): Filter by provider identifier
                (e.g., sendgrid, twilio, slack, etc.). Constraints: one of "anypost", "emailjs",
                "mailgun", "mailjet", "mandrill", "nodemailer", "postmark", "sendgrid",
                "sendinblue", "ses", "netcore", "infobip-email" (and 76 more).
            integration_identifier (str, optional; query): Integration identifier to filter results.
            connection_identifier (str, optional; query): Connection identifier to filter results.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            AsyncPage[GetChannelEndpointResponseDto]: the first page of
                `ListChannelEndpointsResponseDto`; iterating gives every item, following cursor
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
            async for item in await novu.channel_endpoints.list():
                print(item)
        """
        from novu_api.api.channel_endpoints import list as _op

        return await _op.asyncio(
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
            **options,
        )

    async def retrieve(
        self,
        *,
        identifier: str,
        **options: Unpack[RequestOptions],
    ) -> GetChannelEndpointResponseDto:
        """Retrieve a channel endpoint

        Retrieve a specific channel endpoint by its unique identifier.

        `GET /v1/channel-endpoints/{identifier}` (ChannelEndpointsController_getChannelEndpoint).
        Standalone: `from novu_api.api.channel_endpoints import retrieve`.

        Args:
            identifier (str; path): The unique identifier of the channel endpoint
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            GetChannelEndpointResponseDto: the decoded response.

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
            result = await novu.channel_endpoints.retrieve(identifier="IDENTIFIER")
        """
        from novu_api.api.channel_endpoints import retrieve as _op

        return await _op.asyncio(
            client=self._client,
            identifier=identifier,
            **options,
        )

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
        **options: Unpack[RequestOptions],
    ) -> GetChannelEndpointResponseDto:
        """Update a channel endpoint

        Update an existing channel endpoint by its unique identifier.

        `PATCH /v1/channel-endpoints/{identifier}`
        (ChannelEndpointsController_updateChannelEndpoint). Standalone: `from
        novu_api.api.channel_endpoints import update`.

        Args:
            identifier (str; path): The unique identifier of the channel endpoint
            endpoint (SlackChannelEndpointDto | SlackUserEndpointDto | WebhookEndpointDto |
                PhoneEndpointDto | WebexRoomEndpointDto | WebexPersonEndpointDto | Mapping[str,
                Any]; body `endpoint`): Updated endpoint data. The structure must match the existing
                channel endpoint type.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            GetChannelEndpointResponseDto: the decoded response.

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
            result = await novu.channel_endpoints.update(identifier="IDENTIFIER", endpoint={...})
        """
        from novu_api.api.channel_endpoints import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "endpoint": endpoint,
        }
        return await _op.asyncio(
            client=self._client,
            identifier=identifier,
            body=body,
            **options,
        )


class ChannelEndpointsResourceWithRawResponse(RawResource["ChannelEndpointsResource"]):
    """`novu.with_raw_response.channel_endpoints`: each call returns a `RawResponse`."""

    def __init__(self, resource: ChannelEndpointsResource) -> None:
        super().__init__(resource)
        self.create = raw(resource.create)
        self.delete = raw(resource.delete)
        self.list = raw(resource.list)
        self.retrieve = raw(resource.retrieve)
        self.update = raw(resource.update)


class AsyncChannelEndpointsResourceWithRawResponse(RawResource["AsyncChannelEndpointsResource"]):
    """`novu.with_raw_response.channel_endpoints`: each call returns a `RawResponse`."""

    def __init__(self, resource: AsyncChannelEndpointsResource) -> None:
        super().__init__(resource)
        self.create = async_raw(resource.create)
        self.delete = async_raw(resource.delete)
        self.list = async_raw(resource.list)
        self.retrieve = async_raw(resource.retrieve)
        self.update = async_raw(resource.update)
