# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Resource classes behind `novu.notifications`: each method calls one standalone operation module."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._raw import async_raw, raw
from .._resource import RawResource, Resource
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Sequence

    from typing_extensions import Unpack

    from novu_api.models.activity_notification_response_dto import ActivityNotificationResponseDto
    from novu_api.models.channel_type_enum import ChannelTypeEnum

    from .._client import AsyncNovu, Novu  # noqa: F401 (named in the base classes)
    from .._options import RequestOptions
    from ..pagination import AsyncPage, SyncPage


class NotificationsResource(Resource["Novu"]):
    """`novu.notifications`."""

    def list(
        self,
        *,
        channels: Sequence[ChannelTypeEnum | str] | Unset = UNSET,
        templates: Sequence[str] | Unset = UNSET,
        emails: Sequence[str] | Unset = UNSET,
        search: str | Unset = UNSET,
        subscriber_ids: Sequence[str] | Unset = UNSET,
        severity: Sequence[str] | Unset = UNSET,
        page: float | Unset = UNSET,
        limit: float | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        topic_key: str | Unset = UNSET,
        subscription_id: str | Unset = UNSET,
        context_keys: Sequence[str] | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[ActivityNotificationResponseDto]:
        """List all events

        List all notification events (triggered events) for the current environment. This API
        supports filtering by **channels**, **templates**, **emails**, **subscriberIds**,
        **transactionId**, **topicKey**, **severity**, **contextKeys**. Checkout all available
        filters in the query section. This API returns event triggers, to list each channel
        notifications, check messages APIs.

        `GET /v1/notifications` (NotificationsController_listNotifications). Standalone: `from
        novu_api.api.notifications import list`.

        Args:
            channels (Sequence[ChannelTypeEnum | str], optional; query): Array of channel types.
                Constraints: each item one of "in_app", "email", "sms", "chat", "push".
            templates (Sequence[str], optional; query): Array of template IDs or a single template
                ID
            emails (Sequence[str], optional; query): Array of email addresses or a single email
                address
            search (str, optional; query): Search term (deprecated)
            subscriber_ids (Sequence[str], optional; query): Array of subscriber IDs or a single
                subscriber ID
            severity (Sequence[str], optional; query): Array of severity levels or a single severity
                level
            page (float, optional; query): Page number for pagination. Constraints: >= 0; default 0.
            limit (float, optional; query): Limit for pagination. Constraints: >= 1; <= 50; default
                10.
            transaction_id (str, optional; query): The transaction ID to filter by
            topic_key (str, optional; query): Topic Key for filtering notifications by topic
            subscription_id (str, optional; query): Subscription ID for filtering notifications by
                subscription
            context_keys (Sequence[str], optional; query): Filter by exact context keys, order
                insensitive (format: "type:id")
            after (str, optional; query): Date filter for records after this timestamp. Defaults to
                earliest date allowed by subscription plan
            before (str, optional; query): Date filter for records before this timestamp. Defaults
                to current time of request (now)
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            SyncPage[ActivityNotificationResponseDto]: the first page of `ActivitiesResponseDto`;
                iterating gives every item, following page pagination.

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
            for item in novu.notifications.list():
                print(item)
        """
        from novu_api.api.notifications import list as _op

        return _op.sync(
            client=self._client,
            channels=channels,
            templates=templates,
            emails=emails,
            search=search,
            subscriber_ids=subscriber_ids,
            severity=severity,
            page=page,
            limit=limit,
            transaction_id=transaction_id,
            topic_key=topic_key,
            subscription_id=subscription_id,
            context_keys=context_keys,
            after=after,
            before=before,
            **options,
        )

    def retrieve(
        self,
        *,
        notification_id: str,
        **options: Unpack[RequestOptions],
    ) -> ActivityNotificationResponseDto:
        """Retrieve an event

        Retrieve an event by its unique key identifier **notificationId**. Here **notificationId**
        is of mongodbId type. This API returns the event details - execution logs, status, actual
        notification (message) generated by each workflow step.

        `GET /v1/notifications/{notificationId}` (NotificationsController_getNotification).
        Standalone: `from novu_api.api.notifications import retrieve`.

        Args:
            notification_id (str; path):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            ActivityNotificationResponseDto: the decoded response.

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
            result = novu.notifications.retrieve(notification_id="NOTIFICATION_ID")
        """
        from novu_api.api.notifications import retrieve as _op

        return _op.sync(
            client=self._client,
            notification_id=notification_id,
            **options,
        )


class AsyncNotificationsResource(Resource["AsyncNovu"]):
    """`novu.notifications` (async)."""

    async def list(
        self,
        *,
        channels: Sequence[ChannelTypeEnum | str] | Unset = UNSET,
        templates: Sequence[str] | Unset = UNSET,
        emails: Sequence[str] | Unset = UNSET,
        search: str | Unset = UNSET,
        subscriber_ids: Sequence[str] | Unset = UNSET,
        severity: Sequence[str] | Unset = UNSET,
        page: float | Unset = UNSET,
        limit: float | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        topic_key: str | Unset = UNSET,
        subscription_id: str | Unset = UNSET,
        context_keys: Sequence[str] | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[ActivityNotificationResponseDto]:
        """List all events

        List all notification events (triggered events) for the current environment. This API
        supports filtering by **channels**, **templates**, **emails**, **subscriberIds**,
        **transactionId**, **topicKey**, **severity**, **contextKeys**. Checkout all available
        filters in the query section. This API returns event triggers, to list each channel
        notifications, check messages APIs.

        `GET /v1/notifications` (NotificationsController_listNotifications). Standalone: `from
        novu_api.api.notifications import list`.

        Args:
            channels (Sequence[ChannelTypeEnum | str], optional; query): Array of channel types.
                Constraints: each item one of "in_app", "email", "sms", "chat", "push".
            templates (Sequence[str], optional; query): Array of template IDs or a single template
                ID
            emails (Sequence[str], optional; query): Array of email addresses or a single email
                address
            search (str, optional; query): Search term (deprecated)
            subscriber_ids (Sequence[str], optional; query): Array of subscriber IDs or a single
                subscriber ID
            severity (Sequence[str], optional; query): Array of severity levels or a single severity
                level
            page (float, optional; query): Page number for pagination. Constraints: >= 0; default 0.
            limit (float, optional; query): Limit for pagination. Constraints: >= 1; <= 50; default
                10.
            transaction_id (str, optional; query): The transaction ID to filter by
            topic_key (str, optional; query): Topic Key for filtering notifications by topic
            subscription_id (str, optional; query): Subscription ID for filtering notifications by
                subscription
            context_keys (Sequence[str], optional; query): Filter by exact context keys, order
                insensitive (format: "type:id")
            after (str, optional; query): Date filter for records after this timestamp. Defaults to
                earliest date allowed by subscription plan
            before (str, optional; query): Date filter for records before this timestamp. Defaults
                to current time of request (now)
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            AsyncPage[ActivityNotificationResponseDto]: the first page of `ActivitiesResponseDto`;
                iterating gives every item, following page pagination.

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
            async for item in await novu.notifications.list():
                print(item)
        """
        from novu_api.api.notifications import list as _op

        return await _op.asyncio(
            client=self._client,
            channels=channels,
            templates=templates,
            emails=emails,
            search=search,
            subscriber_ids=subscriber_ids,
            severity=severity,
            page=page,
            limit=limit,
            transaction_id=transaction_id,
            topic_key=topic_key,
            subscription_id=subscription_id,
            context_keys=context_keys,
            after=after,
            before=before,
            **options,
        )

    async def retrieve(
        self,
        *,
        notification_id: str,
        **options: Unpack[RequestOptions],
    ) -> ActivityNotificationResponseDto:
        """Retrieve an event

        Retrieve an event by its unique key identifier **notificationId**. Here **notificationId**
        is of mongodbId type. This API returns the event details - execution logs, status, actual
        notification (message) generated by each workflow step.

        `GET /v1/notifications/{notificationId}` (NotificationsController_getNotification).
        Standalone: `from novu_api.api.notifications import retrieve`.

        Args:
            notification_id (str; path):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            ActivityNotificationResponseDto: the decoded response.

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
            result = await novu.notifications.retrieve(notification_id="NOTIFICATION_ID")
        """
        from novu_api.api.notifications import retrieve as _op

        return await _op.asyncio(
            client=self._client,
            notification_id=notification_id,
            **options,
        )


class NotificationsResourceWithRawResponse(RawResource["NotificationsResource"]):
    """`novu.with_raw_response.notifications`: each call returns a `RawResponse`."""

    def __init__(self, resource: NotificationsResource) -> None:
        super().__init__(resource)
        self.list = raw(resource.list)
        self.retrieve = raw(resource.retrieve)


class AsyncNotificationsResourceWithRawResponse(RawResource["AsyncNotificationsResource"]):
    """`novu.with_raw_response.notifications`: each call returns a `RawResponse`."""

    def __init__(self, resource: AsyncNotificationsResource) -> None:
        super().__init__(resource)
        self.list = async_raw(resource.list)
        self.retrieve = async_raw(resource.retrieve)
