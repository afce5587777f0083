# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Resource classes behind `novu.subscribers`: each method calls one standalone operation module."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from .._raw import async_raw, raw
from .._resource import RawResource, Resource
from .._types import UNSET, Unset

if TYPE_CHECKING:
    import builtins
    import datetime
    from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping, Sequence

    from typing_extensions import Unpack

    from novu_api.models.bulk_create_subscriber_response_dto import BulkCreateSubscriberResponseDto
    from novu_api.models.bulk_update_subscriber_preference_item_dto import (
        BulkUpdateSubscriberPreferenceItemDto,
    )
    from novu_api.models.bulk_update_subscriber_preferences_dto_context import (
        BulkUpdateSubscriberPreferencesDtoContext,
    )
    from novu_api.models.button_type_enum import ButtonTypeEnum
    from novu_api.models.channel_credentials import ChannelCredentials
    from novu_api.models.chat_or_push_provider_enum import ChatOrPushProviderEnum
    from novu_api.models.create_subscriber_request_dto import CreateSubscriberRequestDto
    from novu_api.models.create_subscriber_request_dto_data import CreateSubscriberRequestDtoData
    from novu_api.models.get_preferences_response_dto import GetPreferencesResponseDto
    from novu_api.models.get_subscriber_notifications_count_response_dto import (
        GetSubscriberNotificationsCountResponseDto,
    )
    from novu_api.models.get_subscriber_preferences_dto import GetSubscriberPreferencesDto
    from novu_api.models.inbox_notification_dto import InboxNotificationDto
    from novu_api.models.mark_all_message_as_request_dto_mark_as import MarkAllMessageAsRequestDtoMarkAs
    from novu_api.models.mark_message_action_as_seen_dto_payload import MarkMessageActionAsSeenDtoPayload
    from novu_api.models.mark_message_action_as_seen_dto_status import MarkMessageActionAsSeenDtoStatus
    from novu_api.models.mark_subscriber_notifications_as_seen_dto_tags import (
        MarkSubscriberNotificationsAsSeenDtoTags,
    )
    from novu_api.models.message_mark_as_request_dto_mark_as import MessageMarkAsRequestDtoMarkAs
    from novu_api.models.message_response_dto import MessageResponseDto
    from novu_api.models.notification_feed_item_dto import NotificationFeedItemDto
    from novu_api.models.patch_preference_channels_dto import PatchPreferenceChannelsDto
    from novu_api.models.patch_subscriber_preferences_dto_context import PatchSubscriberPreferencesDtoContext
    from novu_api.models.patch_subscriber_request_dto_data import PatchSubscriberRequestDtoData
    from novu_api.models.remove_subscriber_response_dto import RemoveSubscriberResponseDto
    from novu_api.models.schedule_dto import ScheduleDto
    from novu_api.models.subscriber_response_dto import SubscriberResponseDto
    from novu_api.models.subscribers_controller_complete_notification_action_action_type import (
        SubscribersControllerCompleteNotificationActionActionType,
    )
    from novu_api.models.subscribers_controller_get_subscriber_notifications_severity_item import (
        SubscribersControllerGetSubscriberNotificationsSeverityItem,
    )
    from novu_api.models.subscribers_controller_get_subscriber_preferences_criticality import (
        SubscribersControllerGetSubscriberPreferencesCriticality,
    )
    from novu_api.models.subscribers_controller_list_subscriber_topics_order_direction import (
        SubscribersControllerListSubscriberTopicsOrderDirection,
    )
    from novu_api.models.subscribers_controller_revert_notification_action_action_type import (
        SubscribersControllerRevertNotificationActionActionType,
    )
    from novu_api.models.subscribers_controller_search_subscribers_order_direction import (
        SubscribersControllerSearchSubscribersOrderDirection,
    )
    from novu_api.models.topic_subscription_response_dto import TopicSubscriptionResponseDto
    from novu_api.models.unseen_count_response import UnseenCountResponse
    from novu_api.models.update_all_subscriber_notifications_dto_tags import (
        UpdateAllSubscriberNotificationsDtoTags,
    )

    from .._bulk import BulkProgress, BulkResult
    from .._client import AsyncNovu, Novu  # noqa: F401 (named in the base classes)
    from .._options import BulkOptions, RequestOptions
    from ..pagination import AsyncPage, SyncPage


class SubscribersResource(Resource["Novu"]):
    """`novu.subscribers`."""

    @cached_property
    def credentials(self) -> SubscribersCredentialsResource:
        return SubscribersCredentialsResource(self._client)

    @cached_property
    def messages(self) -> SubscribersMessagesResource:
        return SubscribersMessagesResource(self._client)

    @cached_property
    def notifications(self) -> SubscribersNotificationsResource:
        return SubscribersNotificationsResource(self._client)

    @cached_property
    def preferences(self) -> SubscribersPreferencesResource:
        return SubscribersPreferencesResource(self._client)

    @cached_property
    def properties(self) -> SubscribersPropertiesResource:
        return SubscribersPropertiesResource(self._client)

    @cached_property
    def topics(self) -> SubscribersTopicsResource:
        return SubscribersTopicsResource(self._client)

    def create(
        self,
        *,
        subscriber_id: str,
        fail_if_exists: bool | Unset = UNSET,
        first_name: str | None | Unset = UNSET,
        last_name: str | None | Unset = UNSET,
        email: str | None | Unset = UNSET,
        phone: str | None | Unset = UNSET,
        avatar: str | None | Unset = UNSET,
        locale: str | None | Unset = UNSET,
        timezone: str | None | Unset = UNSET,
        data: CreateSubscriberRequestDtoData | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SubscriberResponseDto:
        """Create a subscriber

        Create a subscriber with the subscriber attributes. **subscriberId** is a required field,
        rest other fields are optional, if the subscriber already exists, it will be updated

        `POST /v2/subscribers` (SubscribersController_createSubscriber). Standalone: `from
        novu_api.api.subscribers import create`.

        Args:
            subscriber_id (str; body `subscriberId`): Unique identifier of the subscriber
            fail_if_exists (bool, optional; query): If true, the request will fail if a subscriber
                with the same subscriberId already exists
            first_name (str | None, optional; body `firstName`): First name of the subscriber
            last_name (str | None, optional; body `lastName`): Last name of the subscriber
            email (str | None, optional; body `email`): Email address of the subscriber
            phone (str | None, optional; body `phone`): Phone number of the subscriber
            avatar (str | None, optional; body `avatar`): Avatar URL or identifier
            locale (str | None, optional; body `locale`): Locale of the subscriber
            timezone (str | None, optional; body `timezone`): Timezone of the subscriber
            data (CreateSubscriberRequestDtoData | Mapping[str, Any] | None, optional; body `data`):
                Additional custom data associated with the subscriber
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            SubscriberResponseDto: the decoded response.

        Raises:
            BadRequestError: 400; `.body`: `ErrorDto`.
            AuthenticationError: 401; `.body`: `ErrorDto`.
            PermissionDeniedError: 403; `.body`: `ErrorDto`.
            NotFoundError: 404; `.body`: `ErrorDto`.
            MethodNotAllowedError: 405; `.body`: `ErrorDto`.
            ConflictError: 409; `.body`: `SubscriberResponseDto`.
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
            result = novu.subscribers.create(subscriber_id="SUBSCRIBER_ID")
        """
        from novu_api.api.subscribers import create as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "subscriberId": subscriber_id,
            "firstName": first_name,
            "lastName": last_name,
            "email": email,
            "phone": phone,
            "avatar": avatar,
            "locale": locale,
            "timezone": timezone,
            "data": data,
        }
        return _op.sync(
            client=self._client,
            fail_if_exists=fail_if_exists,
            body=body,
            **options,
        )

    def create_bulk(
        self,
        *,
        subscribers: Sequence[CreateSubscriberRequestDto] | Sequence[Mapping[str, Any]],
        **options: Unpack[RequestOptions],
    ) -> BulkCreateSubscriberResponseDto:
        """Bulk create subscribers

        Using this endpoint multiple subscribers can be created at once. The bulk API is limited to
        500 subscribers per request.

        `POST /v1/subscribers/bulk` (SubscribersV1Controller_bulkCreateSubscribers). Standalone:
        `from novu_api.api.subscribers import create_bulk`.

        Args:
            subscribers (Sequence[CreateSubscriberRequestDto] | Sequence[Mapping[str, Any]]; body
                `subscribers`): An array of subscribers to be created in bulk.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            BulkCreateSubscriberResponseDto: the decoded response.

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
            result = novu.subscribers.create_bulk(subscribers=[...])
        """
        from novu_api.api.subscribers import create_bulk as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "subscribers": subscribers,
        }
        return _op.sync(
            client=self._client,
            body=body,
            **options,
        )

    def create_many(
        self,
        subscribers: Iterable[CreateSubscriberRequestDto | dict[str, Any]],
        *,
        run_key: str | None = None,
        concurrency: int = 4,
        on_progress: Callable[[BulkProgress], object] | None = None,
        progress: bool = False,
        **options: Unpack[BulkOptions],
    ) -> Iterator[BulkResult[Any]]:
        """Bulk create subscribers, for any number of items: `POST /v1/subscribers/bulk` in requests of 500.

        Yields one `BulkResult` per item, in input order; sending
        starts when iteration does. `run_key` names the job: the same run key over the same input
        sends the same Idempotency-Keys, so a re-run after a crash is answered from Novu's
        idempotency store for the requests already processed. See docs/sending-at-volume.md.
        """
        from novu_api.api.subscribers import create_bulk as _op

        from .._bulk import send_many

        return send_many(
            self._client,
            _op,
            subscribers,
            argument="subscribers",
            path={},
            run_key=run_key,
            concurrency=concurrency,
            on_progress=on_progress,
            progress=progress,
            options=options,
        )

    def delete(
        self,
        *,
        subscriber_id: str,
        **options: Unpack[RequestOptions],
    ) -> RemoveSubscriberResponseDto:
        """Delete a subscriber

        Deletes a subscriber entity from the Novu platform along with associated messages,
        preferences, and topic subscriptions. **subscriberId** is a required field.

        `DELETE /v2/subscribers/{subscriberId}` (SubscribersController_removeSubscriber).
        Standalone: `from novu_api.api.subscribers import delete`.

        Args:
            subscriber_id (str; path): The identifier of the subscriber
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            RemoveSubscriberResponseDto: the decoded response.

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
            result = novu.subscribers.delete(subscriber_id="SUBSCRIBER_ID")
        """
        from novu_api.api.subscribers import delete as _op

        return _op.sync(
            client=self._client,
            subscriber_id=subscriber_id,
            **options,
        )

    def patch(
        self,
        *,
        subscriber_id: str,
        first_name: str | None | Unset = UNSET,
        last_name: str | None | Unset = UNSET,
        email: str | None | Unset = UNSET,
        phone: str | None | Unset = UNSET,
        avatar: str | None | Unset = UNSET,
        locale: str | None | Unset = UNSET,
        timezone: str | None | Unset = UNSET,
        data: PatchSubscriberRequestDtoData | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SubscriberResponseDto:
        """Update a subscriber

        Update a subscriber by its unique key identifier **subscriberId**. **subscriberId** is a
        required field, rest other fields are optional

        `PATCH /v2/subscribers/{subscriberId}` (SubscribersController_patchSubscriber). Standalone:
        `from novu_api.api.subscribers import patch`.

        Args:
            subscriber_id (str; path): The identifier of the subscriber
            first_name (str | None, optional; body `firstName`): First name of the subscriber
            last_name (str | None, optional; body `lastName`): Last name of the subscriber
            email (str | None, optional; body `email`): Email address of the subscriber
            phone (str | None, optional; body `phone`): Phone number of the subscriber
            avatar (str | None, optional; body `avatar`): Avatar URL or identifier
            locale (str | None, optional; body `locale`): Locale of the subscriber
            timezone (str | None, optional; body `timezone`): Timezone of the subscriber
            data (PatchSubscriberRequestDtoData | Mapping[str, Any] | None, optional; body `data`):
                Additional custom data associated with the subscriber
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            SubscriberResponseDto: the decoded response.

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
            result = novu.subscribers.patch(subscriber_id="SUBSCRIBER_ID")
        """
        from novu_api.api.subscribers import patch as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "firstName": first_name,
            "lastName": last_name,
            "email": email,
            "phone": phone,
            "avatar": avatar,
            "locale": locale,
            "timezone": timezone,
            "data": data,
        }
        return _op.sync(
            client=self._client,
            subscriber_id=subscriber_id,
            body=body,
            **options,
        )

    def retrieve(
        self,
        *,
        subscriber_id: str,
        **options: Unpack[RequestOptions],
    ) -> SubscriberResponseDto:
        """Retrieve a subscriber

        Retrieve a subscriber by its unique key identifier **subscriberId**. **subscriberId** field
        is required.

        `GET /v2/subscribers/{subscriberId}` (SubscribersController_getSubscriber). Standalone:
        `from novu_api.api.subscribers import retrieve`.

        Args:
            subscriber_id (str; path): The identifier of the subscriber
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            SubscriberResponseDto: the decoded response.

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
            result = novu.subscribers.retrieve(subscriber_id="SUBSCRIBER_ID")
        """
        from novu_api.api.subscribers import retrieve as _op

        return _op.sync(
            client=self._client,
            subscriber_id=subscriber_id,
            **options,
        )

    def search(
        self,
        *,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        limit: float | Unset = UNSET,
        order_direction: SubscribersControllerSearchSubscribersOrderDirection | str | Unset = UNSET,
        order_by: str | Unset = UNSET,
        include_cursor: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        name: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        subscriber_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[SubscriberResponseDto]:
        """Search subscribers

        Search subscribers by their **email**, **phone**, **subscriberId** and **name**. The search
        is case sensitive and supports pagination.Checkout all available filters in the query
        section.

        `GET /v2/subscribers` (SubscribersController_searchSubscribers). Standalone: `from
        novu_api.api.subscribers import search`.

        Args:
            after (str, optional; query): Cursor for pagination indicating the starting point after
                which to fetch results.
            before (str, optional; query): Cursor for pagination indicating the ending point before
                which to fetch results.
            limit (float, optional; query): Limit the number of items to return
            order_direction (SubscribersControllerSearchSubscribersOrderDirection | str, optional;
                query): Direction of sorting. Constraints: one of "ASC", "DESC".
            order_by (str, optional; query): Field to order by
            include_cursor (bool, optional; query): Include cursor item in response
            email (str, optional; query): Email address of the subscriber to filter results.
            name (str, optional; query): Name of the subscriber to filter results.
            phone (str, optional; query): Phone number of the subscriber to filter results.
            subscriber_id (str, optional; query): Unique identifier of the subscriber to filter
                results.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            SyncPage[SubscriberResponseDto]: the first page of `ListSubscribersResponseDto`;
                iterating gives every item, following cursor pagination.

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
            for item in novu.subscribers.search():
                print(item)
        """
        from novu_api.api.subscribers import search as _op

        return _op.sync(
            client=self._client,
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            email=email,
            name=name,
            phone=phone,
            subscriber_id=subscriber_id,
            **options,
        )


class AsyncSubscribersResource(Resource["AsyncNovu"]):
    """`novu.subscribers` (async)."""

    @cached_property
    def credentials(self) -> AsyncSubscribersCredentialsResource:
        return AsyncSubscribersCredentialsResource(self._client)

    @cached_property
    def messages(self) -> AsyncSubscribersMessagesResource:
        return AsyncSubscribersMessagesResource(self._client)

    @cached_property
    def notifications(self) -> AsyncSubscribersNotificationsResource:
        return AsyncSubscribersNotificationsResource(self._client)

    @cached_property
    def preferences(self) -> AsyncSubscribersPreferencesResource:
        return AsyncSubscribersPreferencesResource(self._client)

    @cached_property
    def properties(self) -> AsyncSubscribersPropertiesResource:
        return AsyncSubscribersPropertiesResource(self._client)

    @cached_property
    def topics(self) -> AsyncSubscribersTopicsResource:
        return AsyncSubscribersTopicsResource(self._client)

    async def create(
        self,
        *,
        subscriber_id: str,
        fail_if_exists: bool | Unset = UNSET,
        first_name: str | None | Unset = UNSET,
        last_name: str | None | Unset = UNSET,
        email: str | None | Unset = UNSET,
        phone: str | None | Unset = UNSET,
        avatar: str | None | Unset = UNSET,
        locale: str | None | Unset = UNSET,
        timezone: str | None | Unset = UNSET,
        data: CreateSubscriberRequestDtoData | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SubscriberResponseDto:
        """Create a subscriber

        Create a subscriber with the subscriber attributes. **subscriberId** is a required field,
        rest other fields are optional, if the subscriber already exists, it will be updated

        `POST /v2/subscribers` (SubscribersController_createSubscriber). Standalone: `from
        novu_api.api.subscribers import create`.

        Args:
            subscriber_id (str; body `subscriberId`): Unique identifier of the subscriber
            fail_if_exists (bool, optional; query): If true, the request will fail if a subscriber
                with the same subscriberId already exists
            first_name (str | None, optional; body `firstName`): First name of the subscriber
            last_name (str | None, optional; body `lastName`): Last name of the subscriber
            email (str | None, optional; body `email`): Email address of the subscriber
            phone (str | None, optional; body `phone`): Phone number of the subscriber
            avatar (str | None, optional; body `avatar`): Avatar URL or identifier
            locale (str | None, optional; body `locale`): Locale of the subscriber
            timezone (str | None, optional; body `timezone`): Timezone of the subscriber
            data (CreateSubscriberRequestDtoData | Mapping[str, Any] | None, optional; body `data`):
                Additional custom data associated with the subscriber
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            SubscriberResponseDto: the decoded response.

        Raises:
            BadRequestError: 400; `.body`: `ErrorDto`.
            AuthenticationError: 401; `.body`: `ErrorDto`.
            PermissionDeniedError: 403; `.body`: `ErrorDto`.
            NotFoundError: 404; `.body`: `ErrorDto`.
            MethodNotAllowedError: 405; `.body`: `ErrorDto`.
            ConflictError: 409; `.body`: `SubscriberResponseDto`.
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
            result = await novu.subscribers.create(subscriber_id="SUBSCRIBER_ID")
        """
        from novu_api.api.subscribers import create as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "subscriberId": subscriber_id,
            "firstName": first_name,
            "lastName": last_name,
            "email": email,
            "phone": phone,
            "avatar": avatar,
            "locale": locale,
            "timezone": timezone,
            "data": data,
        }
        return await _op.asyncio(
            client=self._client,
            fail_if_exists=fail_if_exists,
            body=body,
            **options,
        )

    async def create_bulk(
        self,
        *,
        subscribers: Sequence[CreateSubscriberRequestDto] | Sequence[Mapping[str, Any]],
        **options: Unpack[RequestOptions],
    ) -> BulkCreateSubscriberResponseDto:
        """Bulk create subscribers

        Using this endpoint multiple subscribers can be created at once. The bulk API is limited to
        500 subscribers per request.

        `POST /v1/subscribers/bulk` (SubscribersV1Controller_bulkCreateSubscribers). Standalone:
        `from novu_api.api.subscribers import create_bulk`.

        Args:
            subscribers (Sequence[CreateSubscriberRequestDto] | Sequence[Mapping[str, Any]]; body
                `subscribers`): An array of subscribers to be created in bulk.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            BulkCreateSubscriberResponseDto: the decoded response.

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
            result = await novu.subscribers.create_bulk(subscribers=[...])
        """
        from novu_api.api.subscribers import create_bulk as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "subscribers": subscribers,
        }
        return await _op.asyncio(
            client=self._client,
            body=body,
            **options,
        )

    def create_many(
        self,
        subscribers: Iterable[CreateSubscriberRequestDto | dict[str, Any]],
        *,
        run_key: str | None = None,
        concurrency: int = 4,
        on_progress: Callable[[BulkProgress], object] | None = None,
        progress: bool = False,
        **options: Unpack[BulkOptions],
    ) -> AsyncIterator[BulkResult[Any]]:
        """Bulk create subscribers, for any number of items: `POST /v1/subscribers/bulk` in requests of 500.

        Yields one `BulkResult` per item, in input order (`async for`); sending
        starts when iteration does. `run_key` names the job: the same run key over the same input
        sends the same Idempotency-Keys, so a re-run after a crash is answered from Novu's
        idempotency store for the requests already processed. See docs/sending-at-volume.md.
        """
        from novu_api.api.subscribers import create_bulk as _op

        from .._bulk import send_many_async

        return send_many_async(
            self._client,
            _op,
            subscribers,
            argument="subscribers",
            path={},
            run_key=run_key,
            concurrency=concurrency,
            on_progress=on_progress,
            progress=progress,
            options=options,
        )

    async def delete(
        self,
        *,
        subscriber_id: str,
        **options: Unpack[RequestOptions],
    ) -> RemoveSubscriberResponseDto:
        """Delete a subscriber

        Deletes a subscriber entity from the Novu platform along with associated messages,
        preferences, and topic subscriptions. **subscriberId** is a required field.

        `DELETE /v2/subscribers/{subscriberId}` (SubscribersController_removeSubscriber).
        Standalone: `from novu_api.api.subscribers import delete`.

        Args:
            subscriber_id (str; path): The identifier of the subscriber
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            RemoveSubscriberResponseDto: the decoded response.

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
            result = await novu.subscribers.delete(subscriber_id="SUBSCRIBER_ID")
        """
        from novu_api.api.subscribers import delete as _op

        return await _op.asyncio(
            client=self._client,
            subscriber_id=subscriber_id,
            **options,
        )

    async def patch(
        self,
        *,
        subscriber_id: str,
        first_name: str | None | Unset = UNSET,
        last_name: str | None | Unset = UNSET,
        email: str | None | Unset = UNSET,
        phone: str | None | Unset = UNSET,
        avatar: str | None | Unset = UNSET,
        locale: str | None | Unset = UNSET,
        timezone: str | None | Unset = UNSET,
        data: PatchSubscriberRequestDtoData | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SubscriberResponseDto:
        """Update a subscriber

        Update a subscriber by its unique key identifier **subscriberId**. **subscriberId** is a
        required field, rest other fields are optional

        `PATCH /v2/subscribers/{subscriberId}` (SubscribersController_patchSubscriber). Standalone:
        `from novu_api.api.subscribers import patch`.

        Args:
            subscriber_id (str; path): The identifier of the subscriber
            first_name (str | None, optional; body `firstName`): First name of the subscriber
            last_name (str | None, optional; body `lastName`): Last name of the subscriber
            email (str | None, optional; body `email`): Email address of the subscriber
            phone (str | None, optional; body `phone`): Phone number of the subscriber
            avatar (str | None, optional; body `avatar`): Avatar URL or identifier
            locale (str | None, optional; body `locale`): Locale of the subscriber
            timezone (str | None, optional; body `timezone`): Timezone of the subscriber
            data (PatchSubscriberRequestDtoData | Mapping[str, Any] | None, optional; body `data`):
                Additional custom data associated with the subscriber
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            SubscriberResponseDto: the decoded response.

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
            result = await novu.subscribers.patch(subscriber_id="SUBSCRIBER_ID")
        """
        from novu_api.api.subscribers import patch as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "firstName": first_name,
            "lastName": last_name,
            "email": email,
            "phone": phone,
            "avatar": avatar,
            "locale": locale,
            "timezone": timezone,
            "data": data,
        }
        return await _op.asyncio(
            client=self._client,
            subscriber_id=subscriber_id,
            body=body,
            **options,
        )

    async def retrieve(
        self,
        *,
        subscriber_id: str,
        **options: Unpack[RequestOptions],
    ) -> SubscriberResponseDto:
        """Retrieve a subscriber

        Retrieve a subscriber by its unique key identifier **subscriberId**. **subscriberId** field
        is required.

        `GET /v2/subscribers/{subscriberId}` (SubscribersController_getSubscriber). Standalone:
        `from novu_api.api.subscribers import retrieve`.

        Args:
            subscriber_id (str; path): The identifier of the subscriber
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            SubscriberResponseDto: the decoded response.

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
            result = await novu.subscribers.retrieve(subscriber_id="SUBSCRIBER_ID")
        """
        from novu_api.api.subscribers import retrieve as _op

        return await _op.asyncio(
            client=self._client,
            subscriber_id=subscriber_id,
            **options,
        )

    async def search(
        self,
        *,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        limit: float | Unset = UNSET,
        order_direction: SubscribersControllerSearchSubscribersOrderDirection | str | Unset = UNSET,
        order_by: str | Unset = UNSET,
        include_cursor: bool | Unset = UNSET,
        email: str | Unset = UNSET,
        name: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        subscriber_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[SubscriberResponseDto]:
        """Search subscribers

        Search subscribers by their **email**, **phone**, **subscriberId** and **name**. The search
        is case sensitive and supports pagination.Checkout all available filters in the query
        section.

        `GET /v2/subscribers` (SubscribersController_searchSubscribers). Standalone: `from
        novu_api.api.subscribers import search`.

        Args:
            after (str, optional; query): Cursor for pagination indicating the starting point after
                which to fetch results.
            before (str, optional; query): Cursor for pagination indicating the ending point before
                which to fetch results.
            limit (float, optional; query): Limit the number of items to return
            order_direction (SubscribersControllerSearchSubscribersOrderDirection | str, optional;
                query): Direction of sorting. Constraints: one of "ASC", "DESC".
            order_by (str, optional; query): Field to order by
            include_cursor (bool, optional; query): Include cursor item in response
            email (str, optional; query): Email address of the subscriber to filter results.
            name (str, optional; query): Name of the subscriber to filter results.
            phone (str, optional; query): Phone number of the subscriber to filter results.
            subscriber_id (str, optional; query): Unique identifier of the subscriber to filter
                results.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            AsyncPage[SubscriberResponseDto]: the first page of `ListSubscribersResponseDto`;
                iterating gives every item, following cursor pagination.

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
            async for item in await novu.subscribers.search():
                print(item)
        """
        from novu_api.api.subscribers import search as _op

        return await _op.asyncio(
            client=self._client,
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            email=email,
            name=name,
            phone=phone,
            subscriber_id=subscriber_id,
            **options,
        )


class SubscribersCredentialsResource(Resource["Novu"]):
    """`novu.subscribers.credentials`."""

    def append(
        self,
        *,
        subscriber_id: str,
        provider_id: ChatOrPushProviderEnum | str,
        credentials: ChannelCredentials | Mapping[str, Any],
        integration_identifier: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SubscriberResponseDto:
        """Upsert provider credentials

        Upsert credentials for a provider such as **slack** and **FCM**. **providerId** is required
        field. This API creates **deviceTokens** or appends to the existing ones.

        `PATCH /v1/subscribers/{subscriberId}/credentials`
        (SubscribersV1Controller_modifySubscriberChannel). Standalone: `from
        novu_api.api.subscribers.credentials import append`.

        Args:
            subscriber_id (str; path):
            provider_id (ChatOrPushProviderEnum | str; body `providerId`): The provider identifier
                for the credentials. Constraints: one of "slack", "discord", "msteams",
                "webex-messaging", "mattermost", "ryver", "zulip", "grafana-on-call", "getstream",
                "rocket-chat", "whatsapp-business", "line" (and 12 more).
            credentials (ChannelCredentials | Mapping[str, Any]; body `credentials`): Credentials
                payload for the specified provider
            integration_identifier (str, optional; body `integrationIdentifier`): The integration
                identifier
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            SubscriberResponseDto: the decoded response.

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
            result = novu.subscribers.credentials.append(subscriber_id="SUBSCRIBER_ID", provider_id="slack", credentials={...})
        """
        from novu_api.api.subscribers.credentials import append as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "providerId": provider_id,
            "credentials": credentials,
            "integrationIdentifier": integration_identifier,
        }
        return _op.sync(
            client=self._client,
            subscriber_id=subscriber_id,
            body=body,
            **options,
        )

    def delete(
        self,
        *,
        subscriber_id: str,
        provider_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete provider credentials

        Delete subscriber credentials for a provider such as **slack** and **FCM** by
        **providerId**. This action is irreversible and will remove the credentials for the provider
        for particular **subscriberId**.

        `DELETE /v1/subscribers/{subscriberId}/credentials/{providerId}`
        (SubscribersV1Controller_deleteSubscriberCredentials). Standalone: `from
        novu_api.api.subscribers.credentials import delete`.

        Args:
            subscriber_id (str; path):
            provider_id (str; path):
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
            novu.subscribers.credentials.delete(subscriber_id="SUBSCRIBER_ID", provider_id="PROVIDER_ID")
        """
        from novu_api.api.subscribers.credentials import delete as _op

        return _op.sync(
            client=self._client,
            subscriber_id=subscriber_id,
            provider_id=provider_id,
            **options,
        )

    def update(
        self,
        *,
        subscriber_id: str,
        provider_id: ChatOrPushProviderEnum | str,
        credentials: ChannelCredentials | Mapping[str, Any],
        integration_identifier: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SubscriberResponseDto:
        """Update provider credentials

        Update credentials for a provider such as **slack** and **FCM**. **providerId** is required
        field. This API creates the **deviceTokens** or replaces the existing ones.

        `PUT /v1/subscribers/{subscriberId}/credentials`
        (SubscribersV1Controller_updateSubscriberChannel). Standalone: `from
        novu_api.api.subscribers.credentials import update`.

        Args:
            subscriber_id (str; path):
            provider_id (ChatOrPushProviderEnum | str; body `providerId`): The provider identifier
                for the credentials. Constraints: one of "slack", "discord", "msteams",
                "webex-messaging", "mattermost", "ryver", "zulip", "grafana-on-call", "getstream",
                "rocket-chat", "whatsapp-business", "line" (and 12 more).
            credentials (ChannelCredentials | Mapping[str, Any]; body `credentials`): Credentials
                payload for the specified provider
            integration_identifier (str, optional; body `integrationIdentifier`): The integration
                identifier
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            SubscriberResponseDto: the decoded response.

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
            result = novu.subscribers.credentials.update(subscriber_id="SUBSCRIBER_ID", provider_id="slack", credentials={...})
        """
        from novu_api.api.subscribers.credentials import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "providerId": provider_id,
            "credentials": credentials,
            "integrationIdentifier": integration_identifier,
        }
        return _op.sync(
            client=self._client,
            subscriber_id=subscriber_id,
            body=body,
            **options,
        )


class AsyncSubscribersCredentialsResource(Resource["AsyncNovu"]):
    """`novu.subscribers.credentials` (async)."""

    async def append(
        self,
        *,
        subscriber_id: str,
        provider_id: ChatOrPushProviderEnum | str,
        credentials: ChannelCredentials | Mapping[str, Any],
        integration_identifier: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SubscriberResponseDto:
        """Upsert provider credentials

        Upsert credentials for a provider such as **slack** and **FCM**. **providerId** is required
        field. This API creates **deviceTokens** or appends to the existing ones.

        `PATCH /v1/subscribers/{subscriberId}/credentials`
        (SubscribersV1Controller_modifySubscriberChannel). Standalone: `from
        novu_api.api.subscribers.credentials import append`.

        Args:
            subscriber_id (str; path):
            provider_id (ChatOrPushProviderEnum | str; body `providerId`): The provider identifier
                for the credentials. Constraints: one of "slack", "discord", "msteams",
                "webex-messaging", "mattermost", "ryver", "zulip", "grafana-on-call", "getstream",
                "rocket-chat", "whatsapp-business", "line" (and 12 more).
            credentials (ChannelCredentials | Mapping[str, Any]; body `credentials`): Credentials
                payload for the specified provider
            integration_identifier (str, optional; body `integrationIdentifier`): The integration
                identifier
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            SubscriberResponseDto: the decoded response.

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
            result = await novu.subscribers.credentials.append(subscriber_id="SUBSCRIBER_ID", provider_id="slack", credentials={...})
        """
        from novu_api.api.subscribers.credentials import append as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "providerId": provider_id,
            "credentials": credentials,
            "integrationIdentifier": integration_identifier,
        }
        return await _op.asyncio(
            client=self._client,
            subscriber_id=subscriber_id,
            body=body,
            **options,
        )

    async def delete(
        self,
        *,
        subscriber_id: str,
        provider_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete provider credentials

        Delete subscriber credentials for a provider such as **slack** and **FCM** by
        **providerId**. This action is irreversible and will remove the credentials for the provider
        for particular **subscriberId**.

        `DELETE /v1/subscribers/{subscriberId}/credentials/{providerId}`
        (SubscribersV1Controller_deleteSubscriberCredentials). Standalone: `from
        novu_api.api.subscribers.credentials import delete`.

        Args:
            subscriber_id (str; path):
            provider_id (str; path):
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
            await novu.subscribers.credentials.delete(subscriber_id="SUBSCRIBER_ID", provider_id="PROVIDER_ID")
        """
        from novu_api.api.subscribers.credentials import delete as _op

        return await _op.asyncio(
            client=self._client,
            subscriber_id=subscriber_id,
            provider_id=provider_id,
            **options,
        )

    async def update(
        self,
        *,
        subscriber_id: str,
        provider_id: ChatOrPushProviderEnum | str,
        credentials: ChannelCredentials | Mapping[str, Any],
        integration_identifier: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SubscriberResponseDto:
        """Update provider credentials

        Update credentials for a provider such as **slack** and **FCM**. **providerId** is required
        field. This API creates the **deviceTokens** or replaces the existing ones.

        `PUT /v1/subscribers/{subscriberId}/credentials`
        (SubscribersV1Controller_updateSubscriberChannel). Standalone: `from
        novu_api.api.subscribers.credentials import update`.

        Args:
            subscriber_id (str; path):
            provider_id (ChatOrPushProviderEnum | str; body `providerId`): The provider identifier
                for the credentials. Constraints: one of "slack", "discord", "msteams",
                "webex-messaging", "mattermost", "ryver", "zulip", "grafana-on-call", "getstream",
                "rocket-chat", "whatsapp-business", "line" (and 12 more).
            credentials (ChannelCredentials | Mapping[str, Any]; body `credentials`): Credentials
                payload for the specified provider
            integration_identifier (str, optional; body `integrationIdentifier`): The integration
                identifier
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            SubscriberResponseDto: the decoded response.

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
            result = await novu.subscribers.credentials.update(subscriber_id="SUBSCRIBER_ID", provider_id="slack", credentials={...})
        """
        from novu_api.api.subscribers.credentials import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "providerId": provider_id,
            "credentials": credentials,
            "integrationIdentifier": integration_identifier,
        }
        return await _op.asyncio(
            client=self._client,
            subscriber_id=subscriber_id,
            body=body,
            **options,
        )


class SubscribersMessagesResource(Resource["Novu"]):
    """`novu.subscribers.messages`."""

    def mark_all(
        self,
        *,
        subscriber_id: str,
        mark_as: MarkAllMessageAsRequestDtoMarkAs | str,
        feed_identifier: str | Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> float:
        """Update all notifications state

        This API is deprecated, use v2 API instead. Update all subscriber in-app notifications state
        such as read, unread, seen or unseen by **subscriberId**.

        `POST /v1/subscribers/{subscriberId}/messages/mark-all`
        (SubscribersV1Controller_markAllUnreadAsRead). Standalone: `from
        novu_api.api.subscribers.messages import mark_all`.

        Args:
            subscriber_id (str; path):
            mark_as (MarkAllMessageAsRequestDtoMarkAs | str; body `markAs`): Mark all subscriber
                messages as read, unread, seen or unseen. Constraints: one of "read", "seen",
                "unread", "unseen".
            feed_identifier (str | Sequence[str], optional; body `feedIdentifier`): Optional feed
                identifier or array of feed identifiers
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            float: the decoded response.

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
            result = novu.subscribers.messages.mark_all(subscriber_id="SUBSCRIBER_ID", mark_as="read")
        """
        from novu_api.api.subscribers.messages import mark_all as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "markAs": mark_as,
            "feedIdentifier": feed_identifier,
        }
        return _op.sync(
            client=self._client,
            subscriber_id=subscriber_id,
            body=body,
            **options,
        )

    def mark_all_as(
        self,
        *,
        subscriber_id: str,
        message_id: str | Sequence[str],
        mark_as: MessageMarkAsRequestDtoMarkAs | str,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[MessageResponseDto]:
        """Update notifications state

        This API is deprecated, use v2 API instead. Update subscriber's multiple in-app
        notifications state such as seen, read, unseen or unread by **subscriberId**. **messageId**
        is of type mongodbId of notifications.

        `POST /v1/subscribers/{subscriberId}/messages/mark-as`
        (SubscribersV1Controller_markMessagesAs). Standalone: `from
        novu_api.api.subscribers.messages import mark_all_as`.

        Args:
            subscriber_id (str; path):
            message_id (str | Sequence[str]; body `messageId`):
            mark_as (MessageMarkAsRequestDtoMarkAs | str; body `markAs`): Constraints: one of
                "read", "seen", "unread", "unseen".
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            list[MessageResponseDto]: the decoded response.

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
            result = novu.subscribers.messages.mark_all_as(subscriber_id="SUBSCRIBER_ID", message_id={...}, mark_as="read")
        """
        from novu_api.api.subscribers.messages import mark_all_as as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "messageId": message_id,
            "markAs": mark_as,
        }
        return _op.sync(
            client=self._client,
            subscriber_id=subscriber_id,
            body=body,
            **options,
        )

    def update_as_seen(
        self,
        *,
        subscriber_id: str,
        message_id: str,
        type_: ButtonTypeEnum | str,
        status: MarkMessageActionAsSeenDtoStatus | str,
        payload: MarkMessageActionAsSeenDtoPayload | Mapping[str, Any] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MessageResponseDto:
        """Update notification action status

        This API is deprecated, use v2 API instead. Update in-app notification's action status by
        its unique key identifier **messageId** and type field **type**. **type** field can be
        **primary** or **secondary**

        `POST /v1/subscribers/{subscriberId}/messages/{messageId}/actions/{type}`
        (SubscribersV1Controller_markActionAsSeen). Standalone: `from
        novu_api.api.subscribers.messages import update_as_seen`.

        Args:
            subscriber_id (str; path):
            message_id (str; path):
            type_ (ButtonTypeEnum | str; path): Type of button for the action result. Constraints:
                one of "primary", "secondary".
            status (MarkMessageActionAsSeenDtoStatus | str; body `status`): Message action status.
                Constraints: one of "pending", "done".
            payload (MarkMessageActionAsSeenDtoPayload | Mapping[str, Any], optional; body
                `payload`): Message action payload
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            MessageResponseDto: the decoded response.

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
            result = novu.subscribers.messages.update_as_seen(subscriber_id="SUBSCRIBER_ID", message_id="MESSAGE_ID", type_="primary", status="pending")
        """
        from novu_api.api.subscribers.messages import update_as_seen as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "status": status,
            "payload": payload,
        }
        return _op.sync(
            client=self._client,
            subscriber_id=subscriber_id,
            message_id=message_id,
            type_=type_,
            body=body,
            **options,
        )


class AsyncSubscribersMessagesResource(Resource["AsyncNovu"]):
    """`novu.subscribers.messages` (async)."""

    async def mark_all(
        self,
        *,
        subscriber_id: str,
        mark_as: MarkAllMessageAsRequestDtoMarkAs | str,
        feed_identifier: str | Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> float:
        """Update all notifications state

        This API is deprecated, use v2 API instead. Update all subscriber in-app notifications state
        such as read, unread, seen or unseen by **subscriberId**.

        `POST /v1/subscribers/{subscriberId}/messages/mark-all`
        (SubscribersV1Controller_markAllUnreadAsRead). Standalone: `from
        novu_api.api.subscribers.messages import mark_all`.

        Args:
            subscriber_id (str; path):
            mark_as (MarkAllMessageAsRequestDtoMarkAs | str; body `markAs`): Mark all subscriber
                messages as read, unread, seen or unseen. Constraints: one of "read", "seen",
                "unread", "unseen".
            feed_identifier (str | Sequence[str], optional; body `feedIdentifier`): Optional feed
                identifier or array of feed identifiers
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            float: the decoded response.

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
            result = await novu.subscribers.messages.mark_all(subscriber_id="SUBSCRIBER_ID", mark_as="read")
        """
        from novu_api.api.subscribers.messages import mark_all as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "markAs": mark_as,
            "feedIdentifier": feed_identifier,
        }
        return await _op.asyncio(
            client=self._client,
            subscriber_id=subscriber_id,
            body=body,
            **options,
        )

    async def mark_all_as(
        self,
        *,
        subscriber_id: str,
        message_id: str | Sequence[str],
        mark_as: MessageMarkAsRequestDtoMarkAs | str,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[MessageResponseDto]:
        """Update notifications state

        This API is deprecated, use v2 API instead. Update subscriber's multiple in-app
        notifications state such as seen, read, unseen or unread by **subscriberId**. **messageId**
        is of type mongodbId of notifications.

        `POST /v1/subscribers/{subscriberId}/messages/mark-as`
        (SubscribersV1Controller_markMessagesAs). Standalone: `from
        novu_api.api.subscribers.messages import mark_all_as`.

        Args:
            subscriber_id (str; path):
            message_id (str | Sequence[str]; body `messageId`):
            mark_as (MessageMarkAsRequestDtoMarkAs | str; body `markAs`): Constraints: one of
                "read", "seen", "unread", "unseen".
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            list[MessageResponseDto]: the decoded response.

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
            result = await novu.subscribers.messages.mark_all_as(subscriber_id="SUBSCRIBER_ID", message_id={...}, mark_as="read")
        """
        from novu_api.api.subscribers.messages import mark_all_as as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "messageId": message_id,
            "markAs": mark_as,
        }
        return await _op.asyncio(
            client=self._client,
            subscriber_id=subscriber_id,
            body=body,
            **options,
        )

    async def update_as_seen(
        self,
        *,
        subscriber_id: str,
        message_id: str,
        type_: ButtonTypeEnum | str,
        status: MarkMessageActionAsSeenDtoStatus | str,
        payload: MarkMessageActionAsSeenDtoPayload | Mapping[str, Any] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MessageResponseDto:
        """Update notification action status

        This API is deprecated, use v2 API instead. Update in-app notification's action status by
        its unique key identifier **messageId** and type field **type**. **type** field can be
        **primary** or **secondary**

        `POST /v1/subscribers/{subscriberId}/messages/{messageId}/actions/{type}`
        (SubscribersV1Controller_markActionAsSeen). Standalone: `from
        novu_api.api.subscribers.messages import update_as_seen`.

        Args:
            subscriber_id (str; path):
            message_id (str; path):
            type_ (ButtonTypeEnum | str; path): Type of button for the action result. Constraints:
                one of "primary", "secondary".
            status (MarkMessageActionAsSeenDtoStatus | str; body `status`): Message action status.
                Constraints: one of "pending", "done".
            payload (MarkMessageActionAsSeenDtoPayload | Mapping[str, Any], optional; body
                `payload`): Message action payload
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            MessageResponseDto: the decoded response.

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
            result = await novu.subscribers.messages.update_as_seen(subscriber_id="SUBSCRIBER_ID", message_id="MESSAGE_ID", type_="primary", status="pending")
        """
        from novu_api.api.subscribers.messages import update_as_seen as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "status": status,
            "payload": payload,
        }
        return await _op.asyncio(
            client=self._client,
            subscriber_id=subscriber_id,
            message_id=message_id,
            type_=type_,
            body=body,
            **options,
        )


class SubscribersNotificationsResource(Resource["Novu"]):
    """`novu.subscribers.notifications`."""

    def archive(
        self,
        *,
        subscriber_id: str,
        notification_id: str,
        context_keys: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> InboxNotificationDto:
        """Archive a notification

        Archive a specific in-app (inbox) notification by its unique identifier **notificationId**.

        `PATCH /v2/subscribers/{subscriberId}/notifications/{notificationId}/archive`
        (SubscribersController_archiveNotification). Standalone: `from
        novu_api.api.subscribers.notifications import archive`.

        Args:
            subscriber_id (str; path): The identifier of the subscriber
            notification_id (str; path): The identifier of the notification
            context_keys (Sequence[str], optional; query): Context keys for filtering
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            InboxNotificationDto: the decoded response.

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
            result = novu.subscribers.notifications.archive(subscriber_id="SUBSCRIBER_ID", notification_id="NOTIFICATION_ID")
        """
        from novu_api.api.subscribers.notifications import archive as _op

        return _op.sync(
            client=self._client,
            subscriber_id=subscriber_id,
            notification_id=notification_id,
            context_keys=context_keys,
            **options,
        )

    def archive_all(
        self,
        *,
        subscriber_id: str,
        tags: UpdateAllSubscriberNotificationsDtoTags | Mapping[str, Any] | Unset = UNSET,
        data: str | Unset = UNSET,
        context_keys: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Archive all notifications

        Archive all in-app (inbox) notifications matching the specified filters. Supports
        context-based filtering.

        `POST /v2/subscribers/{subscriberId}/notifications/archive`
        (SubscribersController_archiveAllNotifications). Standalone: `from
        novu_api.api.subscribers.notifications import archive_all`.

        Args:
            subscriber_id (str; path): The identifier of the subscriber
            tags (UpdateAllSubscriberNotificationsDtoTags | Mapping[str, Any], optional; body
                `tags`): Filter notifications by workflow tags (OR for string[], or { and: [{ or:
                string[] }, ...] } for AND of OR-groups).
            data (str, optional; body `data`): Filter notifications by data attributes (JSON string)
            context_keys (Sequence[str], optional; body `contextKeys`): Context keys for filtering
                notifications
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
            novu.subscribers.notifications.archive_all(subscriber_id="SUBSCRIBER_ID")
        """
        from novu_api.api.subscribers.notifications import archive_all as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "tags": tags,
            "data": data,
            "contextKeys": context_keys,
        }
        return _op.sync(
            client=self._client,
            subscriber_id=subscriber_id,
            body=body,
            **options,
        )

    def archive_all_read(
        self,
        *,
        subscriber_id: str,
        tags: UpdateAllSubscriberNotificationsDtoTags | Mapping[str, Any] | Unset = UNSET,
        data: str | Unset = UNSET,
        context_keys: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Archive all read notifications

        Archive all read in-app (inbox) notifications matching the specified filters. Supports
        context-based filtering.

        `POST /v2/subscribers/{subscriberId}/notifications/read-archive`
        (SubscribersController_archiveAllReadNotifications). Standalone: `from
        novu_api.api.subscribers.notifications import archive_all_read`.

        Args:
            subscriber_id (str; path): The identifier of the subscriber
            tags (UpdateAllSubscriberNotificationsDtoTags | Mapping[str, Any], optional; body
                `tags`): Filter notifications by workflow tags (OR for string[], or { and: [{ or:
                string[] }, ...] } for AND of OR-groups).
            data (str, optional; body `data`): Filter notifications by data attributes (JSON string)
            context_keys (Sequence[str], optional; body `contextKeys`): Context keys for filtering
                notifications
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
            novu.subscribers.notifications.archive_all_read(subscriber_id="SUBSCRIBER_ID")
        """
        from novu_api.api.subscribers.notifications import archive_all_read as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "tags": tags,
            "data": data,
            "contextKeys": context_keys,
        }
        return _op.sync(
            client=self._client,
            subscriber_id=subscriber_id,
            body=body,
            **options,
        )

    def complete_action(
        self,
        *,
        subscriber_id: str,
        notification_id: str,
        action_type: SubscribersControllerCompleteNotificationActionActionType | str,
        context_keys: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> InboxNotificationDto:
        """Complete a notification action

        Mark a single in-app (inbox) notification's action (primary or secondary) as completed by
        its unique identifier **notificationId** and action type **actionType**.

        `PATCH
        /v2/subscribers/{subscriberId}/notifications/{notificationId}/actions/{actionType}/complete`
        (SubscribersController_completeNotificationAction). Standalone: `from
        novu_api.api.subscribers.notifications import complete_action`.

        Args:
            subscriber_id (str; path): The identifier of the subscriber
            notification_id (str; path): The identifier of the notification
            action_type (SubscribersControllerCompleteNotificationActionActionType | str; path): The
                type of action (primary or secondary). Constraints: one of "primary", "secondary".
            context_keys (Sequence[str], optional; query): Context keys for filtering
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            InboxNotificationDto: the decoded response.

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
            result = novu.subscribers.notifications.complete_action(subscriber_id="SUBSCRIBER_ID", notification_id="NOTIFICATION_ID", action_type="primary")
        """
        from novu_api.api.subscribers.notifications import complete_action as _op

        return _op.sync(
            client=self._client,
            subscriber_id=subscriber_id,
            notification_id=notification_id,
            action_type=action_type,
            context_keys=context_keys,
            **options,
        )

    def count(
        self,
        *,
        subscriber_id: str,
        filters: str,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[GetSubscriberNotificationsCountResponseDto]:
        """Retrieve subscriber notifications count

        Retrieve count of in-app (inbox) notifications for a subscriber by its unique key identifier
        **subscriberId**. Supports multiple filters to count in-app (inbox) notifications by
        different criteria, including context keys.

        `GET /v2/subscribers/{subscriberId}/notifications/count`
        (SubscribersController_getSubscriberNotificationsCount). Standalone: `from
        novu_api.api.subscribers.notifications import count`.

        Args:
            subscriber_id (str; path): The identifier of the subscriber
            filters (str; query): Array of filter objects (max 30) to count notifications by
                different criteria
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            list[GetSubscriberNotificationsCountResponseDto]: the decoded response.

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
            result = novu.subscribers.notifications.count(subscriber_id="SUBSCRIBER_ID", filters="FILTERS")
        """
        from novu_api.api.subscribers.notifications import count as _op

        return _op.sync(
            client=self._client,
            subscriber_id=subscriber_id,
            filters=filters,
            **options,
        )

    def delete(
        self,
        *,
        subscriber_id: str,
        notification_id: str,
        context_keys: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a notification

        Delete a specific in-app (inbox) notification permanently by its unique identifier
        **notificationId**.

        `DELETE /v2/subscribers/{subscriberId}/notifications/{notificationId}`
        (SubscribersController_deleteNotification). Standalone: `from
        novu_api.api.subscribers.notifications import delete`.

        Args:
            subscriber_id (str; path): The identifier of the subscriber
            notification_id (str; path): The identifier of the notification
            context_keys (Sequence[str], optional; query): Context keys for filtering
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
            novu.subscribers.notifications.delete(subscriber_id="SUBSCRIBER_ID", notification_id="NOTIFICATION_ID")
        """
        from novu_api.api.subscribers.notifications import delete as _op

        return _op.sync(
            client=self._client,
            subscriber_id=subscriber_id,
            notification_id=notification_id,
            context_keys=context_keys,
            **options,
        )

    def delete_all(
        self,
        *,
        subscriber_id: str,
        tags: UpdateAllSubscriberNotificationsDtoTags | Mapping[str, Any] | Unset = UNSET,
        data: str | Unset = UNSET,
        context_keys: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete all notifications

        Permanently delete all in-app (inbox) notifications matching the specified filters. Supports
        context-based filtering.

        `POST /v2/subscribers/{subscriberId}/notifications/delete`
        (SubscribersController_deleteAllNotifications). Standalone: `from
        novu_api.api.subscribers.notifications import delete_all`.

        Args:
            subscriber_id (str; path): The identifier of the subscriber
            tags (UpdateAllSubscriberNotificationsDtoTags | Mapping[str, Any], optional; body
                `tags`): Filter notifications by workflow tags (OR for string[], or { and: [{ or:
                string[] }, ...] } for AND of OR-groups).
            data (str, optional; body `data`): Filter notifications by data attributes (JSON string)
            context_keys (Sequence[str], optional; body `contextKeys`): Context keys for filtering
                notifications
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
            novu.subscribers.notifications.delete_all(subscriber_id="SUBSCRIBER_ID")
        """
        from novu_api.api.subscribers.notifications import delete_all as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "tags": tags,
            "data": data,
            "contextKeys": context_keys,
        }
        return _op.sync(
            client=self._client,
            subscriber_id=subscriber_id,
            body=body,
            **options,
        )

    def feed(
        self,
        *,
        subscriber_id: str,
        page: float | Unset = UNSET,
        limit: float | Unset = UNSET,
        read: bool | Unset = UNSET,
        seen: bool | Unset = UNSET,
        payload: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[NotificationFeedItemDto]:
        """Retrieve subscriber notifications

        This API is deprecated, use v2 API instead. Retrieve subscriber in-app notifications by its
        unique key identifier **subscriberId**.

        `GET /v1/subscribers/{subscriberId}/notifications/feed`
        (SubscribersV1Controller_getNotificationsFeed). Standalone: `from
        novu_api.api.subscribers.notifications import feed`.

        Args:
            subscriber_id (str; path):
            page (float, optional; query): Constraints: >= 0.
            limit (float, optional; query): Constraints: <= 100; default 10.
            read (bool, optional; query):
            seen (bool, optional; query):
            payload (str, optional; query): Base64 encoded string of the partial payload JSON object
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            SyncPage[NotificationFeedItemDto]: the first page of `FeedResponseDto`; iterating gives
                every item, following page pagination.

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
            for item in novu.subscribers.notifications.feed(subscriber_id="SUBSCRIBER_ID"):
                print(item)
        """
        from novu_api.api.subscribers.notifications import feed as _op

        return _op.sync(
            client=self._client,
            subscriber_id=subscriber_id,
            page=page,
            limit=limit,
            read=read,
            seen=seen,
            payload=payload,
            **options,
        )

    def list(
        self,
        *,
        subscriber_id: str,
        limit: float | Unset = UNSET,
        after: str | Unset = UNSET,
        offset: float | Unset = UNSET,
        read: bool | Unset = UNSET,
        archived: bool | Unset = UNSET,
        snoozed: bool | Unset = UNSET,
        seen: bool | Unset = UNSET,
        data: str | Unset = UNSET,
        severity: Sequence[SubscribersControllerGetSubscriberNotificationsSeverityItem | str] | Unset = UNSET,
        created_gte: float | Unset = UNSET,
        created_lte: float | Unset = UNSET,
        context_keys: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[InboxNotificationDto]:
        """Retrieve subscriber notifications

        Retrieve in-app (inbox) notifications for a subscriber by its unique key identifier
        **subscriberId**. Supports filtering by tags, read/archived/snoozed/seen state, data
        attributes, severity, date range, and context keys.

        `GET /v2/subscribers/{subscriberId}/notifications`
        (SubscribersController_getSubscriberNotifications). Standalone: `from
        novu_api.api.subscribers.notifications import list`.

        Args:
            subscriber_id (str; path): The identifier of the subscriber
            limit (float, optional; query): Constraints: <= 100; default 10.
            after (str, optional; query):
            offset (float, optional; query):
            read (bool, optional; query): Filter by read/unread state
            archived (bool, optional; query): Filter by archived state
            snoozed (bool, optional; query): Filter by snoozed state
            seen (bool, optional; query): Filter by seen state
            data (str, optional; query): Filter by data attributes (JSON string)
            severity (Sequence[SubscribersControllerGetSubscriberNotificationsSeverityItem | str],
                optional; query): Filter by severity levels. Constraints: each item one of "high",
                "medium", "low", "none".
            created_gte (float, optional; query): Filter notifications created on or after this
                timestamp (Unix timestamp in milliseconds)
            created_lte (float, optional; query): Filter notifications created on or before this
                timestamp (Unix timestamp in milliseconds)
            context_keys (Sequence[str], optional; query): Context keys for filtering notifications
                in multi-context scenarios
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            SyncPage[InboxNotificationDto]: the first page of
                `GetSubscriberNotificationsResponseDto`; iterating gives every item, following
                offset pagination.

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
            for item in novu.subscribers.notifications.list(subscriber_id="SUBSCRIBER_ID"):
                print(item)
        """
        from novu_api.api.subscribers.notifications import list as _op

        return _op.sync(
            client=self._client,
            subscriber_id=subscriber_id,
            limit=limit,
            after=after,
            offset=offset,
            read=read,
            archived=archived,
            snoozed=snoozed,
            seen=seen,
            data=data,
            severity=severity,
            created_gte=created_gte,
            created_lte=created_lte,
            context_keys=context_keys,
            **options,
        )

    def mark_all_as_read(
        self,
        *,
        subscriber_id: str,
        tags: UpdateAllSubscriberNotificationsDtoTags | Mapping[str, Any] | Unset = UNSET,
        data: str | Unset = UNSET,
        context_keys: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Mark all notifications as read

        Mark all in-app (inbox) notifications matching the specified filters as read. Supports
        context-based filtering.

        `POST /v2/subscribers/{subscriberId}/notifications/read`
        (SubscribersController_markAllNotificationsAsRead). Standalone: `from
        novu_api.api.subscribers.notifications import mark_all_as_read`.

        Args:
            subscriber_id (str; path): The identifier of the subscriber
            tags (UpdateAllSubscriberNotificationsDtoTags | Mapping[str, Any], optional; body
                `tags`): Filter notifications by workflow tags (OR for string[], or { and: [{ or:
                string[] }, ...] } for AND of OR-groups).
            data (str, optional; body `data`): Filter notifications by data attributes (JSON string)
            context_keys (Sequence[str], optional; body `contextKeys`): Context keys for filtering
                notifications
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
            novu.subscribers.notifications.mark_all_as_read(subscriber_id="SUBSCRIBER_ID")
        """
        from novu_api.api.subscribers.notifications import mark_all_as_read as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "tags": tags,
            "data": data,
            "contextKeys": context_keys,
        }
        return _op.sync(
            client=self._client,
            subscriber_id=subscriber_id,
            body=body,
            **options,
        )

    def mark_as_read(
        self,
        *,
        subscriber_id: str,
        notification_id: str,
        context_keys: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> InboxNotificationDto:
        """Mark a notification as read

        Mark a specific in-app (inbox) notification as read by its unique identifier
        **notificationId**.

        `PATCH /v2/subscribers/{subscriberId}/notifications/{notificationId}/read`
        (SubscribersController_markNotificationAsRead). Standalone: `from
        novu_api.api.subscribers.notifications import mark_as_read`.

        Args:
            subscriber_id (str; path): The identifier of the subscriber
            notification_id (str; path): The identifier of the notification
            context_keys (Sequence[str], optional; query): Context keys for filtering
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            InboxNotificationDto: the decoded response.

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
            result = novu.subscribers.notifications.mark_as_read(subscriber_id="SUBSCRIBER_ID", notification_id="NOTIFICATION_ID")
        """
        from novu_api.api.subscribers.notifications import mark_as_read as _op

        return _op.sync(
            client=self._client,
            subscriber_id=subscriber_id,
            notification_id=notification_id,
            context_keys=context_keys,
            **options,
        )

    def mark_as_seen(
        self,
        *,
        subscriber_id: str,
        notification_ids: Sequence[str] | Unset = UNSET,
        tags: MarkSubscriberNotificationsAsSeenDtoTags | Mapping[str, Any] | Unset = UNSET,
        data: str | Unset = UNSET,
        context_keys: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Mark notifications as seen

        Mark specific and multiple in-app (inbox) notifications as seen. Supports context-based
        filtering.

        `POST /v2/subscribers/{subscriberId}/notifications/seen`
        (SubscribersController_markNotificationsAsSeen). Standalone: `from
        novu_api.api.subscribers.notifications import mark_as_seen`.

        Args:
            subscriber_id (str; path): The identifier of the subscriber
            notification_ids (Sequence[str], optional; body `notificationIds`): Specific
                notification IDs to mark as seen
            tags (MarkSubscriberNotificationsAsSeenDtoTags | Mapping[str, Any], optional; body
                `tags`): Filter notifications by workflow tags (OR for string[], or { and: [{ or:
                string[] }, ...] } for AND of OR-groups).
            data (str, optional; body `data`): Filter notifications by data attributes (JSON string)
            context_keys (Sequence[str], optional; body `contextKeys`): Context keys for filtering
                notifications
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
            novu.subscribers.notifications.mark_as_seen(subscriber_id="SUBSCRIBER_ID")
        """
        from novu_api.api.subscribers.notifications import mark_as_seen as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "notificationIds": notification_ids,
            "tags": tags,
            "data": data,
            "contextKeys": context_keys,
        }
        return _op.sync(
            client=self._client,
            subscriber_id=subscriber_id,
            body=body,
            **options,
        )

    def mark_as_unread(
        self,
        *,
        subscriber_id: str,
        notification_id: str,
        context_keys: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> InboxNotificationDto:
        """Mark a notification as unread

        Mark a specific in-app (inbox) notification as unread by its unique identifier
        **notificationId**.

        `PATCH /v2/subscribers/{subscriberId}/notifications/{notificationId}/unread`
        (SubscribersController_markNotificationAsUnread). Standalone: `from
        novu_api.api.subscribers.notifications import mark_as_unread`.

        Args:
            subscriber_id (str; path): The identifier of the subscriber
            notification_id (str; path): The identifier of the notification
            context_keys (Sequence[str], optional; query): Context keys for filtering
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            InboxNotificationDto: the decoded response.

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
            result = novu.subscribers.notifications.mark_as_unread(subscriber_id="SUBSCRIBER_ID", notification_id="NOTIFICATION_ID")
        """
        from novu_api.api.subscribers.notifications import mark_as_unread as _op

        return _op.sync(
            client=self._client,
            subscriber_id=subscriber_id,
            notification_id=notification_id,
            context_keys=context_keys,
            **options,
        )

    def revert_action(
        self,
        *,
        subscriber_id: str,
        notification_id: str,
        action_type: SubscribersControllerRevertNotificationActionActionType | str,
        context_keys: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> InboxNotificationDto:
        """Revert a notification action

        Revert a single in-app (inbox) notification's action (primary or secondary) to pending state
        by its unique identifier **notificationId** and action type **actionType**.

        `PATCH
        /v2/subscribers/{subscriberId}/notifications/{notificationId}/actions/{actionType}/revert`
        (SubscribersController_revertNotificationAction). Standalone: `from
        novu_api.api.subscribers.notifications import revert_action`.

        Args:
            subscriber_id (str; path): The identifier of the subscriber
            notification_id (str; path): The identifier of the notification
            action_type (SubscribersControllerRevertNotificationActionActionType | str; path): The
                type of action (primary or secondary). Constraints: one of "primary", "secondary".
            context_keys (Sequence[str], optional; query): Context keys for filtering
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            InboxNotificationDto: the decoded response.

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
            result = novu.subscribers.notifications.revert_action(subscriber_id="SUBSCRIBER_ID", notification_id="NOTIFICATION_ID", action_type="primary")
        """
        from novu_api.api.subscribers.notifications import revert_action as _op

        return _op.sync(
            client=self._client,
            subscriber_id=subscriber_id,
            notification_id=notification_id,
            action_type=action_type,
            context_keys=context_keys,
            **options,
        )

    def snooze(
        self,
        *,
        subscriber_id: str,
        notification_id: str,
        snooze_until: datetime.datetime,
        context_keys: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> InboxNotificationDto:
        """Snooze a notification

        Snooze a specific in-app (inbox) notification by its unique identifier **notificationId**
        until a specified time.

        `PATCH /v2/subscribers/{subscriberId}/notifications/{notificationId}/snooze`
        (SubscribersController_snoozeNotification). Standalone: `from
        novu_api.api.subscribers.notifications import snooze`.

        Args:
            subscriber_id (str; path): The identifier of the subscriber
            notification_id (str; path): The identifier of the notification
            snooze_until (datetime.datetime; body `snoozeUntil`): The date and time until which the
                notification should be snoozed. Constraints: format date-time.
            context_keys (Sequence[str], optional; query): Context keys for filtering
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            InboxNotificationDto: the decoded response.

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
            result = novu.subscribers.notifications.snooze(subscriber_id="SUBSCRIBER_ID", notification_id="NOTIFICATION_ID", snooze_until={...})
        """
        from novu_api.api.subscribers.notifications import snooze as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "snoozeUntil": snooze_until,
        }
        return _op.sync(
            client=self._client,
            subscriber_id=subscriber_id,
            notification_id=notification_id,
            context_keys=context_keys,
            body=body,
            **options,
        )

    def unarchive(
        self,
        *,
        subscriber_id: str,
        notification_id: str,
        context_keys: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> InboxNotificationDto:
        """Unarchive a notification

        Unarchive a specific in-app (inbox) notification by its unique identifier
        **notificationId**.

        `PATCH /v2/subscribers/{subscriberId}/notifications/{notificationId}/unarchive`
        (SubscribersController_unarchiveNotification). Standalone: `from
        novu_api.api.subscribers.notifications import unarchive`.

        Args:
            subscriber_id (str; path): The identifier of the subscriber
            notification_id (str; path): The identifier of the notification
            context_keys (Sequence[str], optional; query): Context keys for filtering
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            InboxNotificationDto: the decoded response.

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
            result = novu.subscribers.notifications.unarchive(subscriber_id="SUBSCRIBER_ID", notification_id="NOTIFICATION_ID")
        """
        from novu_api.api.subscribers.notifications import unarchive as _op

        return _op.sync(
            client=self._client,
            subscriber_id=subscriber_id,
            notification_id=notification_id,
            context_keys=context_keys,
            **options,
        )

    def unseen_count(
        self,
        *,
        subscriber_id: str,
        seen: bool | Unset = UNSET,
        limit: float | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UnseenCountResponse:
        """Retrieve unseen notifications count

        This API is deprecated, use v2 API instead. Retrieve unseen in-app notifications count for a
        subscriber by its unique key identifier **subscriberId**.

        `GET /v1/subscribers/{subscriberId}/notifications/unseen`
        (SubscribersV1Controller_getUnseenCount). Standalone: `from
        novu_api.api.subscribers.notifications import unseen_count`.

        Args:
            subscriber_id (str; path):
            seen (bool, optional; query): Indicates whether to count seen notifications.
                Constraints: default false.
            limit (float, optional; query): The maximum number of notifications to return.
                Constraints: default 100.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            UnseenCountResponse: the decoded response.

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
            result = novu.subscribers.notifications.unseen_count(subscriber_id="SUBSCRIBER_ID")
        """
        from novu_api.api.subscribers.notifications import unseen_count as _op

        return _op.sync(
            client=self._client,
            subscriber_id=subscriber_id,
            seen=seen,
            limit=limit,
            **options,
        )

    def unsnooze(
        self,
        *,
        subscriber_id: str,
        notification_id: str,
        context_keys: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> InboxNotificationDto:
        """Unsnooze a notification

        Unsnooze a specific in-app (inbox) notification by its unique identifier **notificationId**.

        `PATCH /v2/subscribers/{subscriberId}/notifications/{notificationId}/unsnooze`
        (SubscribersController_unsnoozeNotification). Standalone: `from
        novu_api.api.subscribers.notifications import unsnooze`.

        Args:
            subscriber_id (str; path): The identifier of the subscriber
            notification_id (str; path): The identifier of the notification
            context_keys (Sequence[str], optional; query): Context keys for filtering
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            InboxNotificationDto: the decoded response.

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
            result = novu.subscribers.notifications.unsnooze(subscriber_id="SUBSCRIBER_ID", notification_id="NOTIFICATION_ID")
        """
        from novu_api.api.subscribers.notifications import unsnooze as _op

        return _op.sync(
            client=self._client,
            subscriber_id=subscriber_id,
            notification_id=notification_id,
            context_keys=context_keys,
            **options,
        )


class AsyncSubscribersNotificationsResource(Resource["AsyncNovu"]):
    """`novu.subscribers.notifications` (async)."""

    async def archive(
        self,
        *,
        subscriber_id: str,
        notification_id: str,
        context_keys: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> InboxNotificationDto:
        """Archive a notification

        Archive a specific in-app (inbox) notification by its unique identifier **notificationId**.

        `PATCH /v2/subscribers/{subscriberId}/notifications/{notificationId}/archive`
        (SubscribersController_archiveNotification). Standalone: `from
        novu_api.api.subscribers.notifications import archive`.

        Args:
            subscriber_id (str; path): The identifier of the subscriber
            notification_id (str; path): The identifier of the notification
            context_keys (Sequence[str], optional; query): Context keys for filtering
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            InboxNotificationDto: the decoded response.

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
            result = await novu.subscribers.notifications.archive(subscriber_id="SUBSCRIBER_ID", notification_id="NOTIFICATION_ID")
        """
        from novu_api.api.subscribers.notifications import archive as _op

        return await _op.asyncio(
            client=self._client,
            subscriber_id=subscriber_id,
            notification_id=notification_id,
            context_keys=context_keys,
            **options,
        )

    async def archive_all(
        self,
        *,
        subscriber_id: str,
        tags: UpdateAllSubscriberNotificationsDtoTags | Mapping[str, Any] | Unset = UNSET,
        data: str | Unset = UNSET,
        context_keys: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Archive all notifications

        Archive all in-app (inbox) notifications matching the specified filters. Supports
        context-based filtering.

        `POST /v2/subscribers/{subscriberId}/notifications/archive`
        (SubscribersController_archiveAllNotifications). Standalone: `from
        novu_api.api.subscribers.notifications import archive_all`.

        Args:
            subscriber_id (str; path): The identifier of the subscriber
            tags (UpdateAllSubscriberNotificationsDtoTags | Mapping[str, Any], optional; body
                `tags`): Filter notifications by workflow tags (OR for string[], or { and: [{ or:
                string[] }, ...] } for AND of OR-groups).
            data (str, optional; body `data`): Filter notifications by data attributes (JSON string)
            context_keys (Sequence[str], optional; body `contextKeys`): Context keys for filtering
                notifications
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
            await novu.subscribers.notifications.archive_all(subscriber_id="SUBSCRIBER_ID")
        """
        from novu_api.api.subscribers.notifications import archive_all as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "tags": tags,
            "data": data,
            "contextKeys": context_keys,
        }
        return await _op.asyncio(
            client=self._client,
            subscriber_id=subscriber_id,
            body=body,
            **options,
        )

    async def archive_all_read(
        self,
        *,
        subscriber_id: str,
        tags: UpdateAllSubscriberNotificationsDtoTags | Mapping[str, Any] | Unset = UNSET,
        data: str | Unset = UNSET,
        context_keys: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Archive all read notifications

        Archive all read in-app (inbox) notifications matching the specified filters. Supports
        context-based filtering.

        `POST /v2/subscribers/{subscriberId}/notifications/read-archive`
        (SubscribersController_archiveAllReadNotifications). Standalone: `from
        novu_api.api.subscribers.notifications import archive_all_read`.

        Args:
            subscriber_id (str; path): The identifier of the subscriber
            tags (UpdateAllSubscriberNotificationsDtoTags | Mapping[str, Any], optional; body
                `tags`): Filter notifications by workflow tags (OR for string[], or { and: [{ or:
                string[] }, ...] } for AND of OR-groups).
            data (str, optional; body `data`): Filter notifications by data attributes (JSON string)
            context_keys (Sequence[str], optional; body `contextKeys`): Context keys for filtering
                notifications
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
            await novu.subscribers.notifications.archive_all_read(subscriber_id="SUBSCRIBER_ID")
        """
        from novu_api.api.subscribers.notifications import archive_all_read as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "tags": tags,
            "data": data,
            "contextKeys": context_keys,
        }
        return await _op.asyncio(
            client=self._client,
            subscriber_id=subscriber_id,
            body=body,
            **options,
        )

    async def complete_action(
        self,
        *,
        subscriber_id: str,
        notification_id: str,
        action_type: SubscribersControllerCompleteNotificationActionActionType | str,
        context_keys: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> InboxNotificationDto:
        """Complete a notification action

        Mark a single in-app (inbox) notification's action (primary or secondary) as completed by
        its unique identifier **notificationId** and action type **actionType**.

        `PATCH
        /v2/subscribers/{subscriberId}/notifications/{notificationId}/actions/{actionType}/complete`
        (SubscribersController_completeNotificationAction). Standalone: `from
        novu_api.api.subscribers.notifications import complete_action`.

        Args:
            subscriber_id (str; path): The identifier of the subscriber
            notification_id (str; path): The identifier of the notification
            action_type (SubscribersControllerCompleteNotificationActionActionType | str; path): The
                type of action (primary or secondary). Constraints: one of "primary", "secondary".
            context_keys (Sequence[str], optional; query): Context keys for filtering
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            InboxNotificationDto: the decoded response.

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
            result = await novu.subscribers.notifications.complete_action(subscriber_id="SUBSCRIBER_ID", notification_id="NOTIFICATION_ID", action_type="primary")
        """
        from novu_api.api.subscribers.notifications import complete_action as _op

        return await _op.asyncio(
            client=self._client,
            subscriber_id=subscriber_id,
            notification_id=notification_id,
            action_type=action_type,
            context_keys=context_keys,
            **options,
        )

    async def count(
        self,
        *,
        subscriber_id: str,
        filters: str,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[GetSubscriberNotificationsCountResponseDto]:
        """Retrieve subscriber notifications count

        Retrieve count of in-app (inbox) notifications for a subscriber by its unique key identifier
        **subscriberId**. Supports multiple filters to count in-app (inbox) notifications by
        different criteria, including context keys.

        `GET /v2/subscribers/{subscriberId}/notifications/count`
        (SubscribersController_getSubscriberNotificationsCount). Standalone: `from
        novu_api.api.subscribers.notifications import count`.

        Args:
            subscriber_id (str; path): The identifier of the subscriber
            filters (str; query): Array of filter objects (max 30) to count notifications by
                different criteria
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            list[GetSubscriberNotificationsCountResponseDto]: the decoded response.

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
            result = await novu.subscribers.notifications.count(subscriber_id="SUBSCRIBER_ID", filters="FILTERS")
        """
        from novu_api.api.subscribers.notifications import count as _op

        return await _op.asyncio(
            client=self._client,
            subscriber_id=subscriber_id,
            filters=filters,
            **options,
        )

    async def delete(
        self,
        *,
        subscriber_id: str,
        notification_id: str,
        context_keys: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a notification

        Delete a specific in-app (inbox) notification permanently by its unique identifier
        **notificationId**.

        `DELETE /v2/subscribers/{subscriberId}/notifications/{notificationId}`
        (SubscribersController_deleteNotification). Standalone: `from
        novu_api.api.subscribers.notifications import delete`.

        Args:
            subscriber_id (str; path): The identifier of the subscriber
            notification_id (str; path): The identifier of the notification
            context_keys (Sequence[str], optional; query): Context keys for filtering
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
            await novu.subscribers.notifications.delete(subscriber_id="SUBSCRIBER_ID", notification_id="NOTIFICATION_ID")
        """
        from novu_api.api.subscribers.notifications import delete as _op

        return await _op.asyncio(
            client=self._client,
            subscriber_id=subscriber_id,
            notification_id=notification_id,
            context_keys=context_keys,
            **options,
        )

    async def delete_all(
        self,
        *,
        subscriber_id: str,
        tags: UpdateAllSubscriberNotificationsDtoTags | Mapping[str, Any] | Unset = UNSET,
        data: str | Unset = UNSET,
        context_keys: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete all notifications

        Permanently delete all in-app (inbox) notifications matching the specified filters. Supports
        context-based filtering.

        `POST /v2/subscribers/{subscriberId}/notifications/delete`
        (SubscribersController_deleteAllNotifications). Standalone: `from
        novu_api.api.subscribers.notifications import delete_all`.

        Args:
            subscriber_id (str; path): The identifier of the subscriber
            tags (UpdateAllSubscriberNotificationsDtoTags | Mapping[str, Any], optional; body
                `tags`): Filter notifications by workflow tags (OR for string[], or { and: [{ or:
                string[] }, ...] } for AND of OR-groups).
            data (str, optional; body `data`): Filter notifications by data attributes (JSON string)
            context_keys (Sequence[str], optional; body `contextKeys`): Context keys for filtering
                notifications
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
            await novu.subscribers.notifications.delete_all(subscriber_id="SUBSCRIBER_ID")
        """
        from novu_api.api.subscribers.notifications import delete_all as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "tags": tags,
            "data": data,
            "contextKeys": context_keys,
        }
        return await _op.asyncio(
            client=self._client,
            subscriber_id=subscriber_id,
            body=body,
            **options,
        )

    async def feed(
        self,
        *,
        subscriber_id: str,
        page: float | Unset = UNSET,
        limit: float | Unset = UNSET,
        read: bool | Unset = UNSET,
        seen: bool | Unset = UNSET,
        payload: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[NotificationFeedItemDto]:
        """Retrieve subscriber notifications

        This API is deprecated, use v2 API instead. Retrieve subscriber in-app notifications by its
        unique key identifier **subscriberId**.

        `GET /v1/subscribers/{subscriberId}/notifications/feed`
        (SubscribersV1Controller_getNotificationsFeed). Standalone: `from
        novu_api.api.subscribers.notifications import feed`.

        Args:
            subscriber_id (str; path):
            page (float, optional; query): Constraints: >= 0.
            limit (float, optional; query): Constraints: <= 100; default 10.
            read (bool, optional; query):
            seen (bool, optional; query):
            payload (str, optional; query): Base64 encoded string of the partial payload JSON object
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            AsyncPage[NotificationFeedItemDto]: the first page of `FeedResponseDto`; iterating gives
                every item, following page pagination.

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
            async for item in await novu.subscribers.notifications.feed(subscriber_id="SUBSCRIBER_ID"):
                print(item)
        """
        from novu_api.api.subscribers.notifications import feed as _op

        return await _op.asyncio(
            client=self._client,
            subscriber_id=subscriber_id,
            page=page,
            limit=limit,
            read=read,
            seen=seen,
            payload=payload,
            **options,
        )

    async def list(
        self,
        *,
        subscriber_id: str,
        limit: float | Unset = UNSET,
        after: str | Unset = UNSET,
        offset: float | Unset = UNSET,
        read: bool | Unset = UNSET,
        archived: bool | Unset = UNSET,
        snoozed: bool | Unset = UNSET,
        seen: bool | Unset = UNSET,
        data: str | Unset = UNSET,
        severity: Sequence[SubscribersControllerGetSubscriberNotificationsSeverityItem | str] | Unset = UNSET,
        created_gte: float | Unset = UNSET,
        created_lte: float | Unset = UNSET,
        context_keys: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[InboxNotificationDto]:
        """Retrieve subscriber notifications

        Retrieve in-app (inbox) notifications for a subscriber by its unique key identifier
        **subscriberId**. Supports filtering by tags, read/archived/snoozed/seen state, data
        attributes, severity, date range, and context keys.

        `GET /v2/subscribers/{subscriberId}/notifications`
        (SubscribersController_getSubscriberNotifications). Standalone: `from
        novu_api.api.subscribers.notifications import list`.

        Args:
            subscriber_id (str; path): The identifier of the subscriber
            limit (float, optional; query): Constraints: <= 100; default 10.
            after (str, optional; query):
            offset (float, optional; query):
            read (bool, optional; query): Filter by read/unread state
            archived (bool, optional; query): Filter by archived state
            snoozed (bool, optional; query): Filter by snoozed state
            seen (bool, optional; query): Filter by seen state
            data (str, optional; query): Filter by data attributes (JSON string)
            severity (Sequence[SubscribersControllerGetSubscriberNotificationsSeverityItem | str],
                optional; query): Filter by severity levels. Constraints: each item one of "high",
                "medium", "low", "none".
            created_gte (float, optional; query): Filter notifications created on or after this
                timestamp (Unix timestamp in milliseconds)
            created_lte (float, optional; query): Filter notifications created on or before this
                timestamp (Unix timestamp in milliseconds)
            context_keys (Sequence[str], optional; query): Context keys for filtering notifications
                in multi-context scenarios
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            AsyncPage[InboxNotificationDto]: the first page of
                `GetSubscriberNotificationsResponseDto`; iterating gives every item, following
                offset pagination.

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
            async for item in await novu.subscribers.notifications.list(subscriber_id="SUBSCRIBER_ID"):
                print(item)
        """
        from novu_api.api.subscribers.notifications import list as _op

        return await _op.asyncio(
            client=self._client,
            subscriber_id=subscriber_id,
            limit=limit,
            after=after,
            offset=offset,
            read=read,
            archived=archived,
            snoozed=snoozed,
            seen=seen,
            data=data,
            severity=severity,
            created_gte=created_gte,
            created_lte=created_lte,
            context_keys=context_keys,
            **options,
        )

    async def mark_all_as_read(
        self,
        *,
        subscriber_id: str,
        tags: UpdateAllSubscriberNotificationsDtoTags | Mapping[str, Any] | Unset = UNSET,
        data: str | Unset = UNSET,
        context_keys: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Mark all notifications as read

        Mark all in-app (inbox) notifications matching the specified filters as read. Supports
        context-based filtering.

        `POST /v2/subscribers/{subscriberId}/notifications/read`
        (SubscribersController_markAllNotificationsAsRead). Standalone: `from
        novu_api.api.subscribers.notifications import mark_all_as_read`.

        Args:
            subscriber_id (str; path): The identifier of the subscriber
            tags (UpdateAllSubscriberNotificationsDtoTags | Mapping[str, Any], optional; body
                `tags`): Filter notifications by workflow tags (OR for string[], or { and: [{ or:
                string[] }, ...] } for AND of OR-groups).
            data (str, optional; body `data`): Filter notifications by data attributes (JSON string)
            context_keys (Sequence[str], optional; body `contextKeys`): Context keys for filtering
                notifications
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
            await novu.subscribers.notifications.mark_all_as_read(subscriber_id="SUBSCRIBER_ID")
        """
        from novu_api.api.subscribers.notifications import mark_all_as_read as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "tags": tags,
            "data": data,
            "contextKeys": context_keys,
        }
        return await _op.asyncio(
            client=self._client,
            subscriber_id=subscriber_id,
            body=body,
            **options,
        )

    async def mark_as_read(
        self,
        *,
        subscriber_id: str,
        notification_id: str,
        context_keys: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> InboxNotificationDto:
        """Mark a notification as read

        Mark a specific in-app (inbox) notification as read by its unique identifier
        **notificationId**.

        `PATCH /v2/subscribers/{subscriberId}/notifications/{notificationId}/read`
        (SubscribersController_markNotificationAsRead). Standalone: `from
        novu_api.api.subscribers.notifications import mark_as_read`.

        Args:
            subscriber_id (str; path): The identifier of the subscriber
            notification_id (str; path): The identifier of the notification
            context_keys (Sequence[str], optional; query): Context keys for filtering
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            InboxNotificationDto: the decoded response.

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
            result = await novu.subscribers.notifications.mark_as_read(subscriber_id="SUBSCRIBER_ID", notification_id="NOTIFICATION_ID")
        """
        from novu_api.api.subscribers.notifications import mark_as_read as _op

        return await _op.asyncio(
            client=self._client,
            subscriber_id=subscriber_id,
            notification_id=notification_id,
            context_keys=context_keys,
            **options,
        )

    async def mark_as_seen(
        self,
        *,
        subscriber_id: str,
        notification_ids: Sequence[str] | Unset = UNSET,
        tags: MarkSubscriberNotificationsAsSeenDtoTags | Mapping[str, Any] | Unset = UNSET,
        data: str | Unset = UNSET,
        context_keys: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Mark notifications as seen

        Mark specific and multiple in-app (inbox) notifications as seen. Supports context-based
        filtering.

        `POST /v2/subscribers/{subscriberId}/notifications/seen`
        (SubscribersController_markNotificationsAsSeen). Standalone: `from
        novu_api.api.subscribers.notifications import mark_as_seen`.

        Args:
            subscriber_id (str; path): The identifier of the subscriber
            notification_ids (Sequence[str], optional; body `notificationIds`): Specific
                notification IDs to mark as seen
            tags (MarkSubscriberNotificationsAsSeenDtoTags | Mapping[str, Any], optional; body
                `tags`): Filter notifications by workflow tags (OR for string[], or { and: [{ or:
                string[] }, ...] } for AND of OR-groups).
            data (str, optional; body `data`): Filter notifications by data attributes (JSON string)
            context_keys (Sequence[str], optional; body `contextKeys`): Context keys for filtering
                notifications
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
            await novu.subscribers.notifications.mark_as_seen(subscriber_id="SUBSCRIBER_ID")
        """
        from novu_api.api.subscribers.notifications import mark_as_seen as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "notificationIds": notification_ids,
            "tags": tags,
            "data": data,
            "contextKeys": context_keys,
        }
        return await _op.asyncio(
            client=self._client,
            subscriber_id=subscriber_id,
            body=body,
            **options,
        )

    async def mark_as_unread(
        self,
        *,
        subscriber_id: str,
        notification_id: str,
        context_keys: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> InboxNotificationDto:
        """Mark a notification as unread

        Mark a specific in-app (inbox) notification as unread by its unique identifier
        **notificationId**.

        `PATCH /v2/subscribers/{subscriberId}/notifications/{notificationId}/unread`
        (SubscribersController_markNotificationAsUnread). Standalone: `from
        novu_api.api.subscribers.notifications import mark_as_unread`.

        Args:
            subscriber_id (str; path): The identifier of the subscriber
            notification_id (str; path): The identifier of the notification
            context_keys (Sequence[str], optional; query): Context keys for filtering
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            InboxNotificationDto: the decoded response.

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
            result = await novu.subscribers.notifications.mark_as_unread(subscriber_id="SUBSCRIBER_ID", notification_id="NOTIFICATION_ID")
        """
        from novu_api.api.subscribers.notifications import mark_as_unread as _op

        return await _op.asyncio(
            client=self._client,
            subscriber_id=subscriber_id,
            notification_id=notification_id,
            context_keys=context_keys,
            **options,
        )

    async def revert_action(
        self,
        *,
        subscriber_id: str,
        notification_id: str,
        action_type: SubscribersControllerRevertNotificationActionActionType | str,
        context_keys: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> InboxNotificationDto:
        """Revert a notification action

        Revert a single in-app (inbox) notification's action (primary or secondary) to pending state
        by its unique identifier **notificationId** and action type **actionType**.

        `PATCH
        /v2/subscribers/{subscriberId}/notifications/{notificationId}/actions/{actionType}/revert`
        (SubscribersController_revertNotificationAction). Standalone: `from
        novu_api.api.subscribers.notifications import revert_action`.

        Args:
            subscriber_id (str; path): The identifier of the subscriber
            notification_id (str; path): The identifier of the notification
            action_type (SubscribersControllerRevertNotificationActionActionType | str; path): The
                type of action (primary or secondary). Constraints: one of "primary", "secondary".
            context_keys (Sequence[str], optional; query): Context keys for filtering
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            InboxNotificationDto: the decoded response.

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
            result = await novu.subscribers.notifications.revert_action(subscriber_id="SUBSCRIBER_ID", notification_id="NOTIFICATION_ID", action_type="primary")
        """
        from novu_api.api.subscribers.notifications import revert_action as _op

        return await _op.asyncio(
            client=self._client,
            subscriber_id=subscriber_id,
            notification_id=notification_id,
            action_type=action_type,
            context_keys=context_keys,
            **options,
        )

    async def snooze(
        self,
        *,
        subscriber_id: str,
        notification_id: str,
        snooze_until: datetime.datetime,
        context_keys: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> InboxNotificationDto:
        """Snooze a notification

        Snooze a specific in-app (inbox) notification by its unique identifier **notificationId**
        until a specified time.

        `PATCH /v2/subscribers/{subscriberId}/notifications/{notificationId}/snooze`
        (SubscribersController_snoozeNotification). Standalone: `from
        novu_api.api.subscribers.notifications import snooze`.

        Args:
            subscriber_id (str; path): The identifier of the subscriber
            notification_id (str; path): The identifier of the notification
            snooze_until (datetime.datetime; body `snoozeUntil`): The date and time until which the
                notification should be snoozed. Constraints: format date-time.
            context_keys (Sequence[str], optional; query): Context keys for filtering
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            InboxNotificationDto: the decoded response.

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
            result = await novu.subscribers.notifications.snooze(subscriber_id="SUBSCRIBER_ID", notification_id="NOTIFICATION_ID", snooze_until={...})
        """
        from novu_api.api.subscribers.notifications import snooze as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "snoozeUntil": snooze_until,
        }
        return await _op.asyncio(
            client=self._client,
            subscriber_id=subscriber_id,
            notification_id=notification_id,
            context_keys=context_keys,
            body=body,
            **options,
        )

    async def unarchive(
        self,
        *,
        subscriber_id: str,
        notification_id: str,
        context_keys: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> InboxNotificationDto:
        """Unarchive a notification

        Unarchive a specific in-app (inbox) notification by its unique identifier
        **notificationId**.

        `PATCH /v2/subscribers/{subscriberId}/notifications/{notificationId}/unarchive`
        (SubscribersController_unarchiveNotification). Standalone: `from
        novu_api.api.subscribers.notifications import unarchive`.

        Args:
            subscriber_id (str; path): The identifier of the subscriber
            notification_id (str; path): The identifier of the notification
            context_keys (Sequence[str], optional; query): Context keys for filtering
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            InboxNotificationDto: the decoded response.

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
            result = await novu.subscribers.notifications.unarchive(subscriber_id="SUBSCRIBER_ID", notification_id="NOTIFICATION_ID")
        """
        from novu_api.api.subscribers.notifications import unarchive as _op

        return await _op.asyncio(
            client=self._client,
            subscriber_id=subscriber_id,
            notification_id=notification_id,
            context_keys=context_keys,
            **options,
        )

    async def unseen_count(
        self,
        *,
        subscriber_id: str,
        seen: bool | Unset = UNSET,
        limit: float | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UnseenCountResponse:
        """Retrieve unseen notifications count

        This API is deprecated, use v2 API instead. Retrieve unseen in-app notifications count for a
        subscriber by its unique key identifier **subscriberId**.

        `GET /v1/subscribers/{subscriberId}/notifications/unseen`
        (SubscribersV1Controller_getUnseenCount). Standalone: `from
        novu_api.api.subscribers.notifications import unseen_count`.

        Args:
            subscriber_id (str; path):
            seen (bool, optional; query): Indicates whether to count seen notifications.
                Constraints: default false.
            limit (float, optional; query): The maximum number of notifications to return.
                Constraints: default 100.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            UnseenCountResponse: the decoded response.

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
            result = await novu.subscribers.notifications.unseen_count(subscriber_id="SUBSCRIBER_ID")
        """
        from novu_api.api.subscribers.notifications import unseen_count as _op

        return await _op.asyncio(
            client=self._client,
            subscriber_id=subscriber_id,
            seen=seen,
            limit=limit,
            **options,
        )

    async def unsnooze(
        self,
        *,
        subscriber_id: str,
        notification_id: str,
        context_keys: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> InboxNotificationDto:
        """Unsnooze a notification

        Unsnooze a specific in-app (inbox) notification by its unique identifier **notificationId**.

        `PATCH /v2/subscribers/{subscriberId}/notifications/{notificationId}/unsnooze`
        (SubscribersController_unsnoozeNotification). Standalone: `from
        novu_api.api.subscribers.notifications import unsnooze`.

        Args:
            subscriber_id (str; path): The identifier of the subscriber
            notification_id (str; path): The identifier of the notification
            context_keys (Sequence[str], optional; query): Context keys for filtering
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            InboxNotificationDto: the decoded response.

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
            result = await novu.subscribers.notifications.unsnooze(subscriber_id="SUBSCRIBER_ID", notification_id="NOTIFICATION_ID")
        """
        from novu_api.api.subscribers.notifications import unsnooze as _op

        return await _op.asyncio(
            client=self._client,
            subscriber_id=subscriber_id,
            notification_id=notification_id,
            context_keys=context_keys,
            **options,
        )


class SubscribersPreferencesResource(Resource["Novu"]):
    """`novu.subscribers.preferences`."""

    def bulk_update(
        self,
        *,
        subscriber_id: str,
        preferences: Sequence[BulkUpdateSubscriberPreferenceItemDto] | Sequence[Mapping[str, Any]],
        context: BulkUpdateSubscriberPreferencesDtoContext | Mapping[str, Any] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[GetPreferencesResponseDto]:
        """Bulk update subscriber preferences

        Bulk update subscriber preferences by its unique key identifier **subscriberId**. This API
        allows updating multiple workflow preferences in a single request.

        `PATCH /v2/subscribers/{subscriberId}/preferences/bulk`
        (SubscribersController_bulkUpdateSubscriberPreferences). Standalone: `from
        novu_api.api.subscribers.preferences import bulk_update`.

        Args:
            subscriber_id (str; path): The identifier of the subscriber
            preferences (Sequence[BulkUpdateSubscriberPreferenceItemDto] | Sequence[Mapping[str,
                Any]]; body `preferences`): Array of workflow preferences to update (maximum 100
                items). Constraints: at most 100 items.
            context (BulkUpdateSubscriberPreferencesDtoContext | Mapping[str, Any], optional; body
                `context`):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            list[GetPreferencesResponseDto]: the decoded response.

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
            result = novu.subscribers.preferences.bulk_update(subscriber_id="SUBSCRIBER_ID", preferences=[...])
        """
        from novu_api.api.subscribers.preferences import bulk_update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "preferences": preferences,
            "context": context,
        }
        return _op.sync(
            client=self._client,
            subscriber_id=subscriber_id,
            body=body,
            **options,
        )

    def list(
        self,
        *,
        subscriber_id: str,
        criticality: SubscribersControllerGetSubscriberPreferencesCriticality | str | Unset = UNSET,
        context_keys: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GetSubscriberPreferencesDto:
        """Retrieve subscriber preferences

        Retrieve subscriber channel preferences by its unique key identifier **subscriberId**. This
        API returns all five channels preferences for all workflows and global preferences.

        `GET /v2/subscribers/{subscriberId}/preferences`
        (SubscribersController_getSubscriberPreferences). Standalone: `from
        novu_api.api.subscribers.preferences import list`.

        Args:
            subscriber_id (str; path): The identifier of the subscriber
            criticality (SubscribersControllerGetSubscriberPreferencesCriticality | str, optional;
                query): Constraints: one of "critical", "nonCritical", "all"; default "nonCritical".
            context_keys (Sequence[str], optional; query): Context keys for filtering preferences
                (e.g., ["tenant:acme"])
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            GetSubscriberPreferencesDto: the decoded response.

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
            result = novu.subscribers.preferences.list(subscriber_id="SUBSCRIBER_ID")
        """
        from novu_api.api.subscribers.preferences import list as _op

        return _op.sync(
            client=self._client,
            subscriber_id=subscriber_id,
            criticality=criticality,
            context_keys=context_keys,
            **options,
        )

    def update(
        self,
        *,
        subscriber_id: str,
        channels: PatchPreferenceChannelsDto | Mapping[str, Any] | Unset = UNSET,
        workflow_id: str | Unset = UNSET,
        schedule: ScheduleDto | Mapping[str, Any] | Unset = UNSET,
        context: PatchSubscriberPreferencesDtoContext | Mapping[str, Any] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GetSubscriberPreferencesDto:
        """Update subscriber preferences

        Update subscriber preferences by its unique key identifier **subscriberId**. **workflowId**
        is optional field, if provided, this API will update that workflow preference, otherwise it
        will update global preferences

        `PATCH /v2/subscribers/{subscriberId}/preferences`
        (SubscribersController_updateSubscriberPreferences). Standalone: `from
        novu_api.api.subscribers.preferences import update`.

        Args:
            subscriber_id (str; path): The identifier of the subscriber
            channels (PatchPreferenceChannelsDto | Mapping[str, Any], optional; body `channels`):
                Channel-specific preference settings
            workflow_id (str, optional; body `workflowId`): Workflow internal _id, identifier or
                slug. If provided, update workflow specific preferences, otherwise update global
                preferences
            schedule (ScheduleDto | Mapping[str, Any], optional; body `schedule`): Subscriber
                schedule
            context (PatchSubscriberPreferencesDtoContext | Mapping[str, Any], optional; body
                `context`):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            GetSubscriberPreferencesDto: the decoded response.

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
            result = novu.subscribers.preferences.update(subscriber_id="SUBSCRIBER_ID")
        """
        from novu_api.api.subscribers.preferences import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "channels": channels,
            "workflowId": workflow_id,
            "schedule": schedule,
            "context": context,
        }
        return _op.sync(
            client=self._client,
            subscriber_id=subscriber_id,
            body=body,
            **options,
        )


class AsyncSubscribersPreferencesResource(Resource["AsyncNovu"]):
    """`novu.subscribers.preferences` (async)."""

    async def bulk_update(
        self,
        *,
        subscriber_id: str,
        preferences: Sequence[BulkUpdateSubscriberPreferenceItemDto] | Sequence[Mapping[str, Any]],
        context: BulkUpdateSubscriberPreferencesDtoContext | Mapping[str, Any] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[GetPreferencesResponseDto]:
        """Bulk update subscriber preferences

        Bulk update subscriber preferences by its unique key identifier **subscriberId**. This API
        allows updating multiple workflow preferences in a single request.

        `PATCH /v2/subscribers/{subscriberId}/preferences/bulk`
        (SubscribersController_bulkUpdateSubscriberPreferences). Standalone: `from
        novu_api.api.subscribers.preferences import bulk_update`.

        Args:
            subscriber_id (str; path): The identifier of the subscriber
            preferences (Sequence[BulkUpdateSubscriberPreferenceItemDto] | Sequence[Mapping[str,
                Any]]; body `preferences`): Array of workflow preferences to update (maximum 100
                items). Constraints: at most 100 items.
            context (BulkUpdateSubscriberPreferencesDtoContext | Mapping[str, Any], optional; body
                `context`):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            list[GetPreferencesResponseDto]: the decoded response.

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
            result = await novu.subscribers.preferences.bulk_update(subscriber_id="SUBSCRIBER_ID", preferences=[...])
        """
        from novu_api.api.subscribers.preferences import bulk_update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "preferences": preferences,
            "context": context,
        }
        return await _op.asyncio(
            client=self._client,
            subscriber_id=subscriber_id,
            body=body,
            **options,
        )

    async def list(
        self,
        *,
        subscriber_id: str,
        criticality: SubscribersControllerGetSubscriberPreferencesCriticality | str | Unset = UNSET,
        context_keys: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GetSubscriberPreferencesDto:
        """Retrieve subscriber preferences

        Retrieve subscriber channel preferences by its unique key identifier **subscriberId**. This
        API returns all five channels preferences for all workflows and global preferences.

        `GET /v2/subscribers/{subscriberId}/preferences`
        (SubscribersController_getSubscriberPreferences). Standalone: `from
        novu_api.api.subscribers.preferences import list`.

        Args:
            subscriber_id (str; path): The identifier of the subscriber
            criticality (SubscribersControllerGetSubscriberPreferencesCriticality | str, optional;
                query): Constraints: one of "critical", "nonCritical", "all"; default "nonCritical".
            context_keys (Sequence[str], optional; query): Context keys for filtering preferences
                (e.g., ["tenant:acme"])
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            GetSubscriberPreferencesDto: the decoded response.

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
            result = await novu.subscribers.preferences.list(subscriber_id="SUBSCRIBER_ID")
        """
        from novu_api.api.subscribers.preferences import list as _op

        return await _op.asyncio(
            client=self._client,
            subscriber_id=subscriber_id,
            criticality=criticality,
            context_keys=context_keys,
            **options,
        )

    async def update(
        self,
        *,
        subscriber_id: str,
        channels: PatchPreferenceChannelsDto | Mapping[str, Any] | Unset = UNSET,
        workflow_id: str | Unset = UNSET,
        schedule: ScheduleDto | Mapping[str, Any] | Unset = UNSET,
        context: PatchSubscriberPreferencesDtoContext | Mapping[str, Any] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GetSubscriberPreferencesDto:
        """Update subscriber preferences

        Update subscriber preferences by its unique key identifier **subscriberId**. **workflowId**
        is optional field, if provided, this API will update that workflow preference, otherwise it
        will update global preferences

        `PATCH /v2/subscribers/{subscriberId}/preferences`
        (SubscribersController_updateSubscriberPreferences). Standalone: `from
        novu_api.api.subscribers.preferences import update`.

        Args:
            subscriber_id (str; path): The identifier of the subscriber
            channels (PatchPreferenceChannelsDto | Mapping[str, Any], optional; body `channels`):
                Channel-specific preference settings
            workflow_id (str, optional; body `workflowId`): Workflow internal _id, identifier or
                slug. If provided, update workflow specific preferences, otherwise update global
                preferences
            schedule (ScheduleDto | Mapping[str, Any], optional; body `schedule`): Subscriber
                schedule
            context (PatchSubscriberPreferencesDtoContext | Mapping[str, Any], optional; body
                `context`):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            GetSubscriberPreferencesDto: the decoded response.

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
            result = await novu.subscribers.preferences.update(subscriber_id="SUBSCRIBER_ID")
        """
        from novu_api.api.subscribers.preferences import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "channels": channels,
            "workflowId": workflow_id,
            "schedule": schedule,
            "context": context,
        }
        return await _op.asyncio(
            client=self._client,
            subscriber_id=subscriber_id,
            body=body,
            **options,
        )


class SubscribersPropertiesResource(Resource["Novu"]):
    """`novu.subscribers.properties`."""

    def update_online_flag(
        self,
        *,
        subscriber_id: str,
        is_online: bool,
        **options: Unpack[RequestOptions],
    ) -> SubscriberResponseDto:
        """Update subscriber online status

        Update the subscriber online status by its unique key identifier **subscriberId**

        `PATCH /v1/subscribers/{subscriberId}/online-status`
        (SubscribersV1Controller_updateSubscriberOnlineFlag). Standalone: `from
        novu_api.api.subscribers.properties import update_online_flag`.

        Args:
            subscriber_id (str; path):
            is_online (bool; body `isOnline`):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            SubscriberResponseDto: the decoded response.

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
            result = novu.subscribers.properties.update_online_flag(subscriber_id="SUBSCRIBER_ID", is_online=True)
        """
        from novu_api.api.subscribers.properties import update_online_flag as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "isOnline": is_online,
        }
        return _op.sync(
            client=self._client,
            subscriber_id=subscriber_id,
            body=body,
            **options,
        )


class AsyncSubscribersPropertiesResource(Resource["AsyncNovu"]):
    """`novu.subscribers.properties` (async)."""

    async def update_online_flag(
        self,
        *,
        subscriber_id: str,
        is_online: bool,
        **options: Unpack[RequestOptions],
    ) -> SubscriberResponseDto:
        """Update subscriber online status

        Update the subscriber online status by its unique key identifier **subscriberId**

        `PATCH /v1/subscribers/{subscriberId}/online-status`
        (SubscribersV1Controller_updateSubscriberOnlineFlag). Standalone: `from
        novu_api.api.subscribers.properties import update_online_flag`.

        Args:
            subscriber_id (str; path):
            is_online (bool; body `isOnline`):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            SubscriberResponseDto: the decoded response.

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
            result = await novu.subscribers.properties.update_online_flag(subscriber_id="SUBSCRIBER_ID", is_online=True)
        """
        from novu_api.api.subscribers.properties import update_online_flag as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "isOnline": is_online,
        }
        return await _op.asyncio(
            client=self._client,
            subscriber_id=subscriber_id,
            body=body,
            **options,
        )


class SubscribersTopicsResource(Resource["Novu"]):
    """`novu.subscribers.topics`."""

    def list(
        self,
        *,
        subscriber_id: str,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        limit: float | Unset = UNSET,
        order_direction: SubscribersControllerListSubscriberTopicsOrderDirection | str | Unset = UNSET,
        order_by: str | Unset = UNSET,
        include_cursor: bool | Unset = UNSET,
        key: str | Unset = UNSET,
        context_keys: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[TopicSubscriptionResponseDto]:
        """Retrieve subscriber subscriptions

        Retrieve subscriber's topic subscriptions by its unique key identifier **subscriberId**.
        Checkout all available filters in the query section.

        `GET /v2/subscribers/{subscriberId}/subscriptions`
        (SubscribersController_listSubscriberTopics). Standalone: `from
        novu_api.api.subscribers.topics import list`.

        Args:
            subscriber_id (str; path): The identifier of the subscriber
            after (str, optional; query): Cursor for pagination indicating the starting point after
                which to fetch results.
            before (str, optional; query): Cursor for pagination indicating the ending point before
                which to fetch results.
            limit (float, optional; query): Limit the number of items to return (max 100).
                Constraints: <= 100.
            order_direction (SubscribersControllerListSubscriberTopicsOrderDirection | str,
                optional; query): Direction of sorting. Constraints: one of "ASC", "DESC".
            order_by (str, optional; query): Field to order by
            include_cursor (bool, optional; query): Include cursor item in response
            key (str, optional; query): Filter by topic key
            context_keys (Sequence[str], optional; query): Filter by exact context keys, order
                insensitive (format: "type:id")
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            SyncPage[TopicSubscriptionResponseDto]: the first page of
                `ListTopicSubscriptionsResponseDto`; iterating gives every item, following cursor
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
            for item in novu.subscribers.topics.list(subscriber_id="SUBSCRIBER_ID"):
                print(item)
        """
        from novu_api.api.subscribers.topics import list as _op

        return _op.sync(
            client=self._client,
            subscriber_id=subscriber_id,
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            key=key,
            context_keys=context_keys,
            **options,
        )


class AsyncSubscribersTopicsResource(Resource["AsyncNovu"]):
    """`novu.subscribers.topics` (async)."""

    async def list(
        self,
        *,
        subscriber_id: str,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        limit: float | Unset = UNSET,
        order_direction: SubscribersControllerListSubscriberTopicsOrderDirection | str | Unset = UNSET,
        order_by: str | Unset = UNSET,
        include_cursor: bool | Unset = UNSET,
        key: str | Unset = UNSET,
        context_keys: Sequence[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[TopicSubscriptionResponseDto]:
        """Retrieve subscriber subscriptions

        Retrieve subscriber's topic subscriptions by its unique key identifier **subscriberId**.
        Checkout all available filters in the query section.

        `GET /v2/subscribers/{subscriberId}/subscriptions`
        (SubscribersController_listSubscriberTopics). Standalone: `from
        novu_api.api.subscribers.topics import list`.

        Args:
            subscriber_id (str; path): The identifier of the subscriber
            after (str, optional; query): Cursor for pagination indicating the starting point after
                which to fetch results.
            before (str, optional; query): Cursor for pagination indicating the ending point before
                which to fetch results.
            limit (float, optional; query): Limit the number of items to return (max 100).
                Constraints: <= 100.
            order_direction (SubscribersControllerListSubscriberTopicsOrderDirection | str,
                optional; query): Direction of sorting. Constraints: one of "ASC", "DESC".
            order_by (str, optional; query): Field to order by
            include_cursor (bool, optional; query): Include cursor item in response
            key (str, optional; query): Filter by topic key
            context_keys (Sequence[str], optional; query): Filter by exact context keys, order
                insensitive (format: "type:id")
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            AsyncPage[TopicSubscriptionResponseDto]: the first page of
                `ListTopicSubscriptionsResponseDto`; iterating gives every item, following cursor
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
            async for item in await novu.subscribers.topics.list(subscriber_id="SUBSCRIBER_ID"):
                print(item)
        """
        from novu_api.api.subscribers.topics import list as _op

        return await _op.asyncio(
            client=self._client,
            subscriber_id=subscriber_id,
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            key=key,
            context_keys=context_keys,
            **options,
        )


class SubscribersResourceWithRawResponse(RawResource["SubscribersResource"]):
    """`novu.with_raw_response.subscribers`: each call returns a `RawResponse`."""

    def __init__(self, resource: SubscribersResource) -> None:
        super().__init__(resource)
        self.create = raw(resource.create)
        self.create_bulk = raw(resource.create_bulk)
        self.create_many = resource.create_many  # yields results as they come: no one response
        self.delete = raw(resource.delete)
        self.patch = raw(resource.patch)
        self.retrieve = raw(resource.retrieve)
        self.search = raw(resource.search)

    @cached_property
    def credentials(self) -> SubscribersCredentialsResourceWithRawResponse:
        return SubscribersCredentialsResourceWithRawResponse(self._resource.credentials)

    @cached_property
    def messages(self) -> SubscribersMessagesResourceWithRawResponse:
        return SubscribersMessagesResourceWithRawResponse(self._resource.messages)

    @cached_property
    def notifications(self) -> SubscribersNotificationsResourceWithRawResponse:
        return SubscribersNotificationsResourceWithRawResponse(self._resource.notifications)

    @cached_property
    def preferences(self) -> SubscribersPreferencesResourceWithRawResponse:
        return SubscribersPreferencesResourceWithRawResponse(self._resource.preferences)

    @cached_property
    def properties(self) -> SubscribersPropertiesResourceWithRawResponse:
        return SubscribersPropertiesResourceWithRawResponse(self._resource.properties)

    @cached_property
    def topics(self) -> SubscribersTopicsResourceWithRawResponse:
        return SubscribersTopicsResourceWithRawResponse(self._resource.topics)


class AsyncSubscribersResourceWithRawResponse(RawResource["AsyncSubscribersResource"]):
    """`novu.with_raw_response.subscribers`: each call returns a `RawResponse`."""

    def __init__(self, resource: AsyncSubscribersResource) -> None:
        super().__init__(resource)
        self.create = async_raw(resource.create)
        self.create_bulk = async_raw(resource.create_bulk)
        self.create_many = resource.create_many  # yields results as they come: no one response
        self.delete = async_raw(resource.delete)
        self.patch = async_raw(resource.patch)
        self.retrieve = async_raw(resource.retrieve)
        self.search = async_raw(resource.search)

    @cached_property
    def credentials(self) -> AsyncSubscribersCredentialsResourceWithRawResponse:
        return AsyncSubscribersCredentialsResourceWithRawResponse(self._resource.credentials)

    @cached_property
    def messages(self) -> AsyncSubscribersMessagesResourceWithRawResponse:
        return AsyncSubscribersMessagesResourceWithRawResponse(self._resource.messages)

    @cached_property
    def notifications(self) -> AsyncSubscribersNotificationsResourceWithRawResponse:
        return AsyncSubscribersNotificationsResourceWithRawResponse(self._resource.notifications)

    @cached_property
    def preferences(self) -> AsyncSubscribersPreferencesResourceWithRawResponse:
        return AsyncSubscribersPreferencesResourceWithRawResponse(self._resource.preferences)

    @cached_property
    def properties(self) -> AsyncSubscribersPropertiesResourceWithRawResponse:
        return AsyncSubscribersPropertiesResourceWithRawResponse(self._resource.properties)

    @cached_property
    def topics(self) -> AsyncSubscribersTopicsResourceWithRawResponse:
        return AsyncSubscribersTopicsResourceWithRawResponse(self._resource.topics)


class SubscribersCredentialsResourceWithRawResponse(RawResource["SubscribersCredentialsResource"]):
    """`novu.with_raw_response.subscribers.credentials`: each call returns a `RawResponse`."""

    def __init__(self, resource: SubscribersCredentialsResource) -> None:
        super().__init__(resource)
        self.append = raw(resource.append)
        self.delete = raw(resource.delete)
        self.update = raw(resource.update)


class AsyncSubscribersCredentialsResourceWithRawResponse(RawResource["AsyncSubscribersCredentialsResource"]):
    """`novu.with_raw_response.subscribers.credentials`: each call returns a `RawResponse`."""

    def __init__(self, resource: AsyncSubscribersCredentialsResource) -> None:
        super().__init__(resource)
        self.append = async_raw(resource.append)
        self.delete = async_raw(resource.delete)
        self.update = async_raw(resource.update)


class SubscribersMessagesResourceWithRawResponse(RawResource["SubscribersMessagesResource"]):
    """`novu.with_raw_response.subscribers.messages`: each call returns a `RawResponse`."""

    def __init__(self, resource: SubscribersMessagesResource) -> None:
        super().__init__(resource)
        self.mark_all = raw(resource.mark_all)
        self.mark_all_as = raw(resource.mark_all_as)
        self.update_as_seen = raw(resource.update_as_seen)


class AsyncSubscribersMessagesResourceWithRawResponse(RawResource["AsyncSubscribersMessagesResource"]):
    """`novu.with_raw_response.subscribers.messages`: each call returns a `RawResponse`."""

    def __init__(self, resource: AsyncSubscribersMessagesResource) -> None:
        super().__init__(resource)
        self.mark_all = async_raw(resource.mark_all)
        self.mark_all_as = async_raw(resource.mark_all_as)
        self.update_as_seen = async_raw(resource.update_as_seen)


class SubscribersNotificationsResourceWithRawResponse(RawResource["SubscribersNotificationsResource"]):
    """`novu.with_raw_response.subscribers.notifications`: each call returns a `RawResponse`."""

    def __init__(self, resource: SubscribersNotificationsResource) -> None:
        super().__init__(resource)
        self.archive = raw(resource.archive)
        self.archive_all = raw(resource.archive_all)
        self.archive_all_read = raw(resource.archive_all_read)
        self.complete_action = raw(resource.complete_action)
        self.count = raw(resource.count)
        self.delete = raw(resource.delete)
        self.delete_all = raw(resource.delete_all)
        self.feed = raw(resource.feed)
        self.list = raw(resource.list)
        self.mark_all_as_read = raw(resource.mark_all_as_read)
        self.mark_as_read = raw(resource.mark_as_read)
        self.mark_as_seen = raw(resource.mark_as_seen)
        self.mark_as_unread = raw(resource.mark_as_unread)
        self.revert_action = raw(resource.revert_action)
        self.snooze = raw(resource.snooze)
        self.unarchive = raw(resource.unarchive)
        self.unseen_count = raw(resource.unseen_count)
        self.unsnooze = raw(resource.unsnooze)


class AsyncSubscribersNotificationsResourceWithRawResponse(
    RawResource["AsyncSubscribersNotificationsResource"]
):
    """`novu.with_raw_response.subscribers.notifications`: each call returns a `RawResponse`."""

    def __init__(self, resource: AsyncSubscribersNotificationsResource) -> None:
        super().__init__(resource)
        self.archive = async_raw(resource.archive)
        self.archive_all = async_raw(resource.archive_all)
        self.archive_all_read = async_raw(resource.archive_all_read)
        self.complete_action = async_raw(resource.complete_action)
        self.count = async_raw(resource.count)
        self.delete = async_raw(resource.delete)
        self.delete_all = async_raw(resource.delete_all)
        self.feed = async_raw(resource.feed)
        self.list = async_raw(resource.list)
        self.mark_all_as_read = async_raw(resource.mark_all_as_read)
        self.mark_as_read = async_raw(resource.mark_as_read)
        self.mark_as_seen = async_raw(resource.mark_as_seen)
        self.mark_as_unread = async_raw(resource.mark_as_unread)
        self.revert_action = async_raw(resource.revert_action)
        self.snooze = async_raw(resource.snooze)
        self.unarchive = async_raw(resource.unarchive)
        self.unseen_count = async_raw(resource.unseen_count)
        self.unsnooze = async_raw(resource.unsnooze)


class SubscribersPreferencesResourceWithRawResponse(RawResource["SubscribersPreferencesResource"]):
    """`novu.with_raw_response.subscribers.preferences`: each call returns a `RawResponse`."""

    def __init__(self, resource: SubscribersPreferencesResource) -> None:
        super().__init__(resource)
        self.bulk_update = raw(resource.bulk_update)
        self.list = raw(resource.list)
        self.update = raw(resource.update)


class AsyncSubscribersPreferencesResourceWithRawResponse(RawResource["AsyncSubscribersPreferencesResource"]):
    """`novu.with_raw_response.subscribers.preferences`: each call returns a `RawResponse`."""

    def __init__(self, resource: AsyncSubscribersPreferencesResource) -> None:
        super().__init__(resource)
        self.bulk_update = async_raw(resource.bulk_update)
        self.list = async_raw(resource.list)
        self.update = async_raw(resource.update)


class SubscribersPropertiesResourceWithRawResponse(RawResource["SubscribersPropertiesResource"]):
    """`novu.with_raw_response.subscribers.properties`: each call returns a `RawResponse`."""

    def __init__(self, resource: SubscribersPropertiesResource) -> None:
        super().__init__(resource)
        self.update_online_flag = raw(resource.update_online_flag)


class AsyncSubscribersPropertiesResourceWithRawResponse(RawResource["AsyncSubscribersPropertiesResource"]):
    """`novu.with_raw_response.subscribers.properties`: each call returns a `RawResponse`."""

    def __init__(self, resource: AsyncSubscribersPropertiesResource) -> None:
        super().__init__(resource)
        self.update_online_flag = async_raw(resource.update_online_flag)


class SubscribersTopicsResourceWithRawResponse(RawResource["SubscribersTopicsResource"]):
    """`novu.with_raw_response.subscribers.topics`: each call returns a `RawResponse`."""

    def __init__(self, resource: SubscribersTopicsResource) -> None:
        super().__init__(resource)
        self.list = raw(resource.list)


class AsyncSubscribersTopicsResourceWithRawResponse(RawResource["AsyncSubscribersTopicsResource"]):
    """`novu.with_raw_response.subscribers.topics`: each call returns a `RawResponse`."""

    def __init__(self, resource: AsyncSubscribersTopicsResource) -> None:
        super().__init__(resource)
        self.list = async_raw(resource.list)
