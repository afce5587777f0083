# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Resource classes behind `novu.subscribers`: each method calls one standalone operation module."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from .._resource import AsyncResource, SyncResource
from .._types import UNSET, Unset

if TYPE_CHECKING:
    import builtins
    import datetime
    from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping, Sequence

    import httpx

    from novu_api.models.bulk_create_subscriber_response_dto import BulkCreateSubscriberResponseDto
    from novu_api.models.bulk_update_subscriber_preference_item_dto import (
        BulkUpdateSubscriberPreferenceItemDto,
    )
    from novu_api.models.bulk_update_subscriber_preferences_dto_context import (
        BulkUpdateSubscriberPreferencesDtoContext,
    )
    from novu_api.models.channel_credentials import ChannelCredentials
    from novu_api.models.chat_or_push_provider_enum import ChatOrPushProviderEnum
    from novu_api.models.create_subscriber_request_dto import CreateSubscriberRequestDto
    from novu_api.models.create_subscriber_request_dto_data_type_0 import CreateSubscriberRequestDtoDataType0
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
    from novu_api.models.patch_subscriber_request_dto_data_type_0 import PatchSubscriberRequestDtoDataType0
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
    from .._client import RetryPolicy
    from ..pagination import AsyncPage, SyncPage


class SubscribersResource(SyncResource):
    """`novu.subscribers`."""

    @cached_property
    def credentials(self) -> SubscribersCredentialsResource:
        return SubscribersCredentialsResource(self._client, raw=self._raw)

    @cached_property
    def messages(self) -> SubscribersMessagesResource:
        return SubscribersMessagesResource(self._client, raw=self._raw)

    @cached_property
    def notifications(self) -> SubscribersNotificationsResource:
        return SubscribersNotificationsResource(self._client, raw=self._raw)

    @cached_property
    def preferences(self) -> SubscribersPreferencesResource:
        return SubscribersPreferencesResource(self._client, raw=self._raw)

    @cached_property
    def properties(self) -> SubscribersPropertiesResource:
        return SubscribersPropertiesResource(self._client, raw=self._raw)

    @cached_property
    def topics(self) -> SubscribersTopicsResource:
        return SubscribersTopicsResource(self._client, raw=self._raw)

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
        data: CreateSubscriberRequestDtoDataType0 | Mapping[str, Any] | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> SubscriberResponseDto:
        """Create a subscriber: `POST /v2/subscribers`.

        Standalone: `from novu_api.api.subscribers import create`.
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
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: SubscriberResponseDto = call(
            client=self._client,
            fail_if_exists=fail_if_exists,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def create_bulk(
        self,
        *,
        subscribers: Sequence[CreateSubscriberRequestDto] | Sequence[Mapping[str, Any]],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> BulkCreateSubscriberResponseDto:
        """Bulk create subscribers: `POST /v1/subscribers/bulk`.

        Standalone: `from novu_api.api.subscribers import create_bulk`.
        """
        from novu_api.api.subscribers import create_bulk as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "subscribers": subscribers,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: BulkCreateSubscriberResponseDto = call(
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

    def create_many(
        self,
        subscribers: Iterable[CreateSubscriberRequestDto | dict[str, Any]],
        *,
        run_key: str | None = None,
        concurrency: int = 4,
        on_progress: Callable[[BulkProgress], Any] | None = None,
        progress: bool = False,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
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
            options={"timeout": timeout, "max_retries": max_retries, "extra_headers": extra_headers},
        )

    def delete(
        self,
        *,
        subscriber_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> RemoveSubscriberResponseDto:
        """Delete a subscriber: `DELETE /v2/subscribers/{subscriberId}`.

        Standalone: `from novu_api.api.subscribers import delete`.
        """
        from novu_api.api.subscribers import delete as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: RemoveSubscriberResponseDto = call(
            client=self._client,
            subscriber_id=subscriber_id,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

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
        data: PatchSubscriberRequestDtoDataType0 | Mapping[str, Any] | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> SubscriberResponseDto:
        """Update a subscriber: `PATCH /v2/subscribers/{subscriberId}`.

        Standalone: `from novu_api.api.subscribers import patch`.
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
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: SubscriberResponseDto = call(
            client=self._client,
            subscriber_id=subscriber_id,
            body=body,
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
        subscriber_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> SubscriberResponseDto:
        """Retrieve a subscriber: `GET /v2/subscribers/{subscriberId}`.

        Standalone: `from novu_api.api.subscribers import retrieve`.
        """
        from novu_api.api.subscribers import retrieve as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: SubscriberResponseDto = call(
            client=self._client,
            subscriber_id=subscriber_id,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

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
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> SyncPage[SubscriberResponseDto]:
        """Search subscribers: `GET /v2/subscribers`.

        Standalone: `from novu_api.api.subscribers import search`.
        """
        from novu_api.api.subscribers import search as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: SyncPage[SubscriberResponseDto] = call(
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
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result


class AsyncSubscribersResource(AsyncResource):
    """`novu.subscribers` (async)."""

    @cached_property
    def credentials(self) -> AsyncSubscribersCredentialsResource:
        return AsyncSubscribersCredentialsResource(self._client, raw=self._raw)

    @cached_property
    def messages(self) -> AsyncSubscribersMessagesResource:
        return AsyncSubscribersMessagesResource(self._client, raw=self._raw)

    @cached_property
    def notifications(self) -> AsyncSubscribersNotificationsResource:
        return AsyncSubscribersNotificationsResource(self._client, raw=self._raw)

    @cached_property
    def preferences(self) -> AsyncSubscribersPreferencesResource:
        return AsyncSubscribersPreferencesResource(self._client, raw=self._raw)

    @cached_property
    def properties(self) -> AsyncSubscribersPropertiesResource:
        return AsyncSubscribersPropertiesResource(self._client, raw=self._raw)

    @cached_property
    def topics(self) -> AsyncSubscribersTopicsResource:
        return AsyncSubscribersTopicsResource(self._client, raw=self._raw)

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
        data: CreateSubscriberRequestDtoDataType0 | Mapping[str, Any] | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> SubscriberResponseDto:
        """Create a subscriber: `POST /v2/subscribers`.

        Standalone: `from novu_api.api.subscribers import create`.
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
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: SubscriberResponseDto = await call(
            client=self._client,
            fail_if_exists=fail_if_exists,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def create_bulk(
        self,
        *,
        subscribers: Sequence[CreateSubscriberRequestDto] | Sequence[Mapping[str, Any]],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> BulkCreateSubscriberResponseDto:
        """Bulk create subscribers: `POST /v1/subscribers/bulk`.

        Standalone: `from novu_api.api.subscribers import create_bulk`.
        """
        from novu_api.api.subscribers import create_bulk as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "subscribers": subscribers,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: BulkCreateSubscriberResponseDto = await call(
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

    def create_many(
        self,
        subscribers: Iterable[CreateSubscriberRequestDto | dict[str, Any]],
        *,
        run_key: str | None = None,
        concurrency: int = 4,
        on_progress: Callable[[BulkProgress], Any] | None = None,
        progress: bool = False,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
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
            options={"timeout": timeout, "max_retries": max_retries, "extra_headers": extra_headers},
        )

    async def delete(
        self,
        *,
        subscriber_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> RemoveSubscriberResponseDto:
        """Delete a subscriber: `DELETE /v2/subscribers/{subscriberId}`.

        Standalone: `from novu_api.api.subscribers import delete`.
        """
        from novu_api.api.subscribers import delete as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: RemoveSubscriberResponseDto = await call(
            client=self._client,
            subscriber_id=subscriber_id,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

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
        data: PatchSubscriberRequestDtoDataType0 | Mapping[str, Any] | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> SubscriberResponseDto:
        """Update a subscriber: `PATCH /v2/subscribers/{subscriberId}`.

        Standalone: `from novu_api.api.subscribers import patch`.
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
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: SubscriberResponseDto = await call(
            client=self._client,
            subscriber_id=subscriber_id,
            body=body,
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
        subscriber_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> SubscriberResponseDto:
        """Retrieve a subscriber: `GET /v2/subscribers/{subscriberId}`.

        Standalone: `from novu_api.api.subscribers import retrieve`.
        """
        from novu_api.api.subscribers import retrieve as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: SubscriberResponseDto = await call(
            client=self._client,
            subscriber_id=subscriber_id,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

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
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncPage[SubscriberResponseDto]:
        """Search subscribers: `GET /v2/subscribers`.

        Standalone: `from novu_api.api.subscribers import search`.
        """
        from novu_api.api.subscribers import search as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: AsyncPage[SubscriberResponseDto] = await call(
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
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result


class SubscribersCredentialsResource(SyncResource):
    """`novu.subscribers.credentials`."""

    def append(
        self,
        *,
        subscriber_id: str,
        provider_id: ChatOrPushProviderEnum | str,
        credentials: ChannelCredentials | Mapping[str, Any],
        integration_identifier: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> SubscriberResponseDto:
        """Upsert provider credentials: `PATCH /v1/subscribers/{subscriberId}/credentials`.

        Standalone: `from novu_api.api.subscribers.credentials import append`.
        """
        from novu_api.api.subscribers.credentials import append as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "providerId": provider_id,
            "credentials": credentials,
            "integrationIdentifier": integration_identifier,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: SubscriberResponseDto = call(
            client=self._client,
            subscriber_id=subscriber_id,
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
        subscriber_id: str,
        provider_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> None:
        """Delete provider credentials: `DELETE /v1/subscribers/{subscriberId}/credentials/{providerId}`.

        Standalone: `from novu_api.api.subscribers.credentials import delete`.
        """
        from novu_api.api.subscribers.credentials import delete as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: None = call(
            client=self._client,
            subscriber_id=subscriber_id,
            provider_id=provider_id,
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
        subscriber_id: str,
        provider_id: ChatOrPushProviderEnum | str,
        credentials: ChannelCredentials | Mapping[str, Any],
        integration_identifier: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> SubscriberResponseDto:
        """Update provider credentials: `PUT /v1/subscribers/{subscriberId}/credentials`.

        Standalone: `from novu_api.api.subscribers.credentials import update`.
        """
        from novu_api.api.subscribers.credentials import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "providerId": provider_id,
            "credentials": credentials,
            "integrationIdentifier": integration_identifier,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: SubscriberResponseDto = call(
            client=self._client,
            subscriber_id=subscriber_id,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result


class AsyncSubscribersCredentialsResource(AsyncResource):
    """`novu.subscribers.credentials` (async)."""

    async def append(
        self,
        *,
        subscriber_id: str,
        provider_id: ChatOrPushProviderEnum | str,
        credentials: ChannelCredentials | Mapping[str, Any],
        integration_identifier: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> SubscriberResponseDto:
        """Upsert provider credentials: `PATCH /v1/subscribers/{subscriberId}/credentials`.

        Standalone: `from novu_api.api.subscribers.credentials import append`.
        """
        from novu_api.api.subscribers.credentials import append as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "providerId": provider_id,
            "credentials": credentials,
            "integrationIdentifier": integration_identifier,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: SubscriberResponseDto = await call(
            client=self._client,
            subscriber_id=subscriber_id,
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
        subscriber_id: str,
        provider_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> None:
        """Delete provider credentials: `DELETE /v1/subscribers/{subscriberId}/credentials/{providerId}`.

        Standalone: `from novu_api.api.subscribers.credentials import delete`.
        """
        from novu_api.api.subscribers.credentials import delete as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: None = await call(
            client=self._client,
            subscriber_id=subscriber_id,
            provider_id=provider_id,
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
        subscriber_id: str,
        provider_id: ChatOrPushProviderEnum | str,
        credentials: ChannelCredentials | Mapping[str, Any],
        integration_identifier: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> SubscriberResponseDto:
        """Update provider credentials: `PUT /v1/subscribers/{subscriberId}/credentials`.

        Standalone: `from novu_api.api.subscribers.credentials import update`.
        """
        from novu_api.api.subscribers.credentials import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "providerId": provider_id,
            "credentials": credentials,
            "integrationIdentifier": integration_identifier,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: SubscriberResponseDto = await call(
            client=self._client,
            subscriber_id=subscriber_id,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result


class SubscribersMessagesResource(SyncResource):
    """`novu.subscribers.messages`."""

    def mark_all(
        self,
        *,
        subscriber_id: str,
        mark_as: MarkAllMessageAsRequestDtoMarkAs | str,
        feed_identifier: str | Sequence[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> float:
        """Update all notifications state: `POST /v1/subscribers/{subscriberId}/messages/mark-all`.

        Standalone: `from novu_api.api.subscribers.messages import mark_all`.
        """
        from novu_api.api.subscribers.messages import mark_all as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "markAs": mark_as,
            "feedIdentifier": feed_identifier,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: float = call(
            client=self._client,
            subscriber_id=subscriber_id,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def mark_all_as(
        self,
        *,
        subscriber_id: str,
        message_id: str | Sequence[str],
        mark_as: MessageMarkAsRequestDtoMarkAs | str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> builtins.list[MessageResponseDto]:
        """Update notifications state: `POST /v1/subscribers/{subscriberId}/messages/mark-as`.

        Standalone: `from novu_api.api.subscribers.messages import mark_all_as`.
        """
        from novu_api.api.subscribers.messages import mark_all_as as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "messageId": message_id,
            "markAs": mark_as,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: builtins.list[MessageResponseDto] = call(
            client=self._client,
            subscriber_id=subscriber_id,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def update_as_seen(
        self,
        *,
        subscriber_id: str,
        message_id: str,
        type_: Any,
        status: MarkMessageActionAsSeenDtoStatus | str,
        payload: MarkMessageActionAsSeenDtoPayload | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> MessageResponseDto:
        """Update notification action status: `POST /v1/subscribers/{subscriberId}/messages/{messageId}/actions/{type}`.

        Standalone: `from novu_api.api.subscribers.messages import update_as_seen`.
        """
        from novu_api.api.subscribers.messages import update_as_seen as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "status": status,
            "payload": payload,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: MessageResponseDto = call(
            client=self._client,
            subscriber_id=subscriber_id,
            message_id=message_id,
            type_=type_,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result


class AsyncSubscribersMessagesResource(AsyncResource):
    """`novu.subscribers.messages` (async)."""

    async def mark_all(
        self,
        *,
        subscriber_id: str,
        mark_as: MarkAllMessageAsRequestDtoMarkAs | str,
        feed_identifier: str | Sequence[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> float:
        """Update all notifications state: `POST /v1/subscribers/{subscriberId}/messages/mark-all`.

        Standalone: `from novu_api.api.subscribers.messages import mark_all`.
        """
        from novu_api.api.subscribers.messages import mark_all as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "markAs": mark_as,
            "feedIdentifier": feed_identifier,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: float = await call(
            client=self._client,
            subscriber_id=subscriber_id,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def mark_all_as(
        self,
        *,
        subscriber_id: str,
        message_id: str | Sequence[str],
        mark_as: MessageMarkAsRequestDtoMarkAs | str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> builtins.list[MessageResponseDto]:
        """Update notifications state: `POST /v1/subscribers/{subscriberId}/messages/mark-as`.

        Standalone: `from novu_api.api.subscribers.messages import mark_all_as`.
        """
        from novu_api.api.subscribers.messages import mark_all_as as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "messageId": message_id,
            "markAs": mark_as,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: builtins.list[MessageResponseDto] = await call(
            client=self._client,
            subscriber_id=subscriber_id,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def update_as_seen(
        self,
        *,
        subscriber_id: str,
        message_id: str,
        type_: Any,
        status: MarkMessageActionAsSeenDtoStatus | str,
        payload: MarkMessageActionAsSeenDtoPayload | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> MessageResponseDto:
        """Update notification action status: `POST /v1/subscribers/{subscriberId}/messages/{messageId}/actions/{type}`.

        Standalone: `from novu_api.api.subscribers.messages import update_as_seen`.
        """
        from novu_api.api.subscribers.messages import update_as_seen as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "status": status,
            "payload": payload,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: MessageResponseDto = await call(
            client=self._client,
            subscriber_id=subscriber_id,
            message_id=message_id,
            type_=type_,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result


class SubscribersNotificationsResource(SyncResource):
    """`novu.subscribers.notifications`."""

    def archive(
        self,
        *,
        subscriber_id: str,
        notification_id: str,
        context_keys: Sequence[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> InboxNotificationDto:
        """Archive a notification: `PATCH /v2/subscribers/{subscriberId}/notifications/{notificationId}/archive`.

        Standalone: `from novu_api.api.subscribers.notifications import archive`.
        """
        from novu_api.api.subscribers.notifications import archive as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: InboxNotificationDto = call(
            client=self._client,
            subscriber_id=subscriber_id,
            notification_id=notification_id,
            context_keys=context_keys,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def archive_all(
        self,
        *,
        subscriber_id: str,
        tags: UpdateAllSubscriberNotificationsDtoTags | Mapping[str, Any] | Unset = UNSET,
        data: str | Unset = UNSET,
        context_keys: Sequence[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> None:
        """Archive all notifications: `POST /v2/subscribers/{subscriberId}/notifications/archive`.

        Standalone: `from novu_api.api.subscribers.notifications import archive_all`.
        """
        from novu_api.api.subscribers.notifications import archive_all as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "tags": tags,
            "data": data,
            "contextKeys": context_keys,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: None = call(
            client=self._client,
            subscriber_id=subscriber_id,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def archive_all_read(
        self,
        *,
        subscriber_id: str,
        tags: UpdateAllSubscriberNotificationsDtoTags | Mapping[str, Any] | Unset = UNSET,
        data: str | Unset = UNSET,
        context_keys: Sequence[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> None:
        """Archive all read notifications: `POST /v2/subscribers/{subscriberId}/notifications/read-archive`.

        Standalone: `from novu_api.api.subscribers.notifications import archive_all_read`.
        """
        from novu_api.api.subscribers.notifications import archive_all_read as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "tags": tags,
            "data": data,
            "contextKeys": context_keys,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: None = call(
            client=self._client,
            subscriber_id=subscriber_id,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def complete_action(
        self,
        *,
        subscriber_id: str,
        notification_id: str,
        action_type: SubscribersControllerCompleteNotificationActionActionType | str,
        context_keys: Sequence[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> InboxNotificationDto:
        """Complete a notification action: `PATCH /v2/subscribers/{subscriberId}/notifications/{notificationId}/actions/{actionType}/complete`.

        Standalone: `from novu_api.api.subscribers.notifications import complete_action`.
        """
        from novu_api.api.subscribers.notifications import complete_action as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: InboxNotificationDto = call(
            client=self._client,
            subscriber_id=subscriber_id,
            notification_id=notification_id,
            action_type=action_type,
            context_keys=context_keys,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def count(
        self,
        *,
        subscriber_id: str,
        filters: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> builtins.list[GetSubscriberNotificationsCountResponseDto]:
        """Retrieve subscriber notifications count: `GET /v2/subscribers/{subscriberId}/notifications/count`.

        Standalone: `from novu_api.api.subscribers.notifications import count`.
        """
        from novu_api.api.subscribers.notifications import count as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: builtins.list[GetSubscriberNotificationsCountResponseDto] = call(
            client=self._client,
            subscriber_id=subscriber_id,
            filters=filters,
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
        subscriber_id: str,
        notification_id: str,
        context_keys: Sequence[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> None:
        """Delete a notification: `DELETE /v2/subscribers/{subscriberId}/notifications/{notificationId}`.

        Standalone: `from novu_api.api.subscribers.notifications import delete`.
        """
        from novu_api.api.subscribers.notifications import delete as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: None = call(
            client=self._client,
            subscriber_id=subscriber_id,
            notification_id=notification_id,
            context_keys=context_keys,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def delete_all(
        self,
        *,
        subscriber_id: str,
        tags: UpdateAllSubscriberNotificationsDtoTags | Mapping[str, Any] | Unset = UNSET,
        data: str | Unset = UNSET,
        context_keys: Sequence[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> None:
        """Delete all notifications: `POST /v2/subscribers/{subscriberId}/notifications/delete`.

        Standalone: `from novu_api.api.subscribers.notifications import delete_all`.
        """
        from novu_api.api.subscribers.notifications import delete_all as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "tags": tags,
            "data": data,
            "contextKeys": context_keys,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: None = call(
            client=self._client,
            subscriber_id=subscriber_id,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def feed(
        self,
        *,
        subscriber_id: str,
        page: float | Unset = UNSET,
        limit: float | Unset = UNSET,
        read: bool | Unset = UNSET,
        seen: bool | Unset = UNSET,
        payload: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> SyncPage[NotificationFeedItemDto]:
        """Retrieve subscriber notifications: `GET /v1/subscribers/{subscriberId}/notifications/feed`.

        Standalone: `from novu_api.api.subscribers.notifications import feed`.
        """
        from novu_api.api.subscribers.notifications import feed as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: SyncPage[NotificationFeedItemDto] = call(
            client=self._client,
            subscriber_id=subscriber_id,
            page=page,
            limit=limit,
            read=read,
            seen=seen,
            payload=payload,
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
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> SyncPage[InboxNotificationDto]:
        """Retrieve subscriber notifications: `GET /v2/subscribers/{subscriberId}/notifications`.

        Standalone: `from novu_api.api.subscribers.notifications import list`.
        """
        from novu_api.api.subscribers.notifications import list as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: SyncPage[InboxNotificationDto] = call(
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
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def mark_all_as_read(
        self,
        *,
        subscriber_id: str,
        tags: UpdateAllSubscriberNotificationsDtoTags | Mapping[str, Any] | Unset = UNSET,
        data: str | Unset = UNSET,
        context_keys: Sequence[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> None:
        """Mark all notifications as read: `POST /v2/subscribers/{subscriberId}/notifications/read`.

        Standalone: `from novu_api.api.subscribers.notifications import mark_all_as_read`.
        """
        from novu_api.api.subscribers.notifications import mark_all_as_read as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "tags": tags,
            "data": data,
            "contextKeys": context_keys,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: None = call(
            client=self._client,
            subscriber_id=subscriber_id,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def mark_as_read(
        self,
        *,
        subscriber_id: str,
        notification_id: str,
        context_keys: Sequence[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> InboxNotificationDto:
        """Mark a notification as read: `PATCH /v2/subscribers/{subscriberId}/notifications/{notificationId}/read`.

        Standalone: `from novu_api.api.subscribers.notifications import mark_as_read`.
        """
        from novu_api.api.subscribers.notifications import mark_as_read as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: InboxNotificationDto = call(
            client=self._client,
            subscriber_id=subscriber_id,
            notification_id=notification_id,
            context_keys=context_keys,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def mark_as_seen(
        self,
        *,
        subscriber_id: str,
        notification_ids: Sequence[str] | Unset = UNSET,
        tags: MarkSubscriberNotificationsAsSeenDtoTags | Mapping[str, Any] | Unset = UNSET,
        data: str | Unset = UNSET,
        context_keys: Sequence[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> None:
        """Mark notifications as seen: `POST /v2/subscribers/{subscriberId}/notifications/seen`.

        Standalone: `from novu_api.api.subscribers.notifications import mark_as_seen`.
        """
        from novu_api.api.subscribers.notifications import mark_as_seen as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "notificationIds": notification_ids,
            "tags": tags,
            "data": data,
            "contextKeys": context_keys,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: None = call(
            client=self._client,
            subscriber_id=subscriber_id,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def mark_as_unread(
        self,
        *,
        subscriber_id: str,
        notification_id: str,
        context_keys: Sequence[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> InboxNotificationDto:
        """Mark a notification as unread: `PATCH /v2/subscribers/{subscriberId}/notifications/{notificationId}/unread`.

        Standalone: `from novu_api.api.subscribers.notifications import mark_as_unread`.
        """
        from novu_api.api.subscribers.notifications import mark_as_unread as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: InboxNotificationDto = call(
            client=self._client,
            subscriber_id=subscriber_id,
            notification_id=notification_id,
            context_keys=context_keys,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def revert_action(
        self,
        *,
        subscriber_id: str,
        notification_id: str,
        action_type: SubscribersControllerRevertNotificationActionActionType | str,
        context_keys: Sequence[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> InboxNotificationDto:
        """Revert a notification action: `PATCH /v2/subscribers/{subscriberId}/notifications/{notificationId}/actions/{actionType}/revert`.

        Standalone: `from novu_api.api.subscribers.notifications import revert_action`.
        """
        from novu_api.api.subscribers.notifications import revert_action as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: InboxNotificationDto = call(
            client=self._client,
            subscriber_id=subscriber_id,
            notification_id=notification_id,
            action_type=action_type,
            context_keys=context_keys,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def snooze(
        self,
        *,
        subscriber_id: str,
        notification_id: str,
        snooze_until: datetime.datetime,
        context_keys: Sequence[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> InboxNotificationDto:
        """Snooze a notification: `PATCH /v2/subscribers/{subscriberId}/notifications/{notificationId}/snooze`.

        Standalone: `from novu_api.api.subscribers.notifications import snooze`.
        """
        from novu_api.api.subscribers.notifications import snooze as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "snoozeUntil": snooze_until,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: InboxNotificationDto = call(
            client=self._client,
            subscriber_id=subscriber_id,
            notification_id=notification_id,
            context_keys=context_keys,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def unarchive(
        self,
        *,
        subscriber_id: str,
        notification_id: str,
        context_keys: Sequence[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> InboxNotificationDto:
        """Unarchive a notification: `PATCH /v2/subscribers/{subscriberId}/notifications/{notificationId}/unarchive`.

        Standalone: `from novu_api.api.subscribers.notifications import unarchive`.
        """
        from novu_api.api.subscribers.notifications import unarchive as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: InboxNotificationDto = call(
            client=self._client,
            subscriber_id=subscriber_id,
            notification_id=notification_id,
            context_keys=context_keys,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def unseen_count(
        self,
        *,
        subscriber_id: str,
        seen: bool | Unset = UNSET,
        limit: float | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> UnseenCountResponse:
        """Retrieve unseen notifications count: `GET /v1/subscribers/{subscriberId}/notifications/unseen`.

        Standalone: `from novu_api.api.subscribers.notifications import unseen_count`.
        """
        from novu_api.api.subscribers.notifications import unseen_count as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: UnseenCountResponse = call(
            client=self._client,
            subscriber_id=subscriber_id,
            seen=seen,
            limit=limit,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def unsnooze(
        self,
        *,
        subscriber_id: str,
        notification_id: str,
        context_keys: Sequence[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> InboxNotificationDto:
        """Unsnooze a notification: `PATCH /v2/subscribers/{subscriberId}/notifications/{notificationId}/unsnooze`.

        Standalone: `from novu_api.api.subscribers.notifications import unsnooze`.
        """
        from novu_api.api.subscribers.notifications import unsnooze as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: InboxNotificationDto = call(
            client=self._client,
            subscriber_id=subscriber_id,
            notification_id=notification_id,
            context_keys=context_keys,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result


class AsyncSubscribersNotificationsResource(AsyncResource):
    """`novu.subscribers.notifications` (async)."""

    async def archive(
        self,
        *,
        subscriber_id: str,
        notification_id: str,
        context_keys: Sequence[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> InboxNotificationDto:
        """Archive a notification: `PATCH /v2/subscribers/{subscriberId}/notifications/{notificationId}/archive`.

        Standalone: `from novu_api.api.subscribers.notifications import archive`.
        """
        from novu_api.api.subscribers.notifications import archive as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: InboxNotificationDto = await call(
            client=self._client,
            subscriber_id=subscriber_id,
            notification_id=notification_id,
            context_keys=context_keys,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def archive_all(
        self,
        *,
        subscriber_id: str,
        tags: UpdateAllSubscriberNotificationsDtoTags | Mapping[str, Any] | Unset = UNSET,
        data: str | Unset = UNSET,
        context_keys: Sequence[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> None:
        """Archive all notifications: `POST /v2/subscribers/{subscriberId}/notifications/archive`.

        Standalone: `from novu_api.api.subscribers.notifications import archive_all`.
        """
        from novu_api.api.subscribers.notifications import archive_all as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "tags": tags,
            "data": data,
            "contextKeys": context_keys,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: None = await call(
            client=self._client,
            subscriber_id=subscriber_id,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def archive_all_read(
        self,
        *,
        subscriber_id: str,
        tags: UpdateAllSubscriberNotificationsDtoTags | Mapping[str, Any] | Unset = UNSET,
        data: str | Unset = UNSET,
        context_keys: Sequence[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> None:
        """Archive all read notifications: `POST /v2/subscribers/{subscriberId}/notifications/read-archive`.

        Standalone: `from novu_api.api.subscribers.notifications import archive_all_read`.
        """
        from novu_api.api.subscribers.notifications import archive_all_read as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "tags": tags,
            "data": data,
            "contextKeys": context_keys,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: None = await call(
            client=self._client,
            subscriber_id=subscriber_id,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def complete_action(
        self,
        *,
        subscriber_id: str,
        notification_id: str,
        action_type: SubscribersControllerCompleteNotificationActionActionType | str,
        context_keys: Sequence[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> InboxNotificationDto:
        """Complete a notification action: `PATCH /v2/subscribers/{subscriberId}/notifications/{notificationId}/actions/{actionType}/complete`.

        Standalone: `from novu_api.api.subscribers.notifications import complete_action`.
        """
        from novu_api.api.subscribers.notifications import complete_action as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: InboxNotificationDto = await call(
            client=self._client,
            subscriber_id=subscriber_id,
            notification_id=notification_id,
            action_type=action_type,
            context_keys=context_keys,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def count(
        self,
        *,
        subscriber_id: str,
        filters: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> builtins.list[GetSubscriberNotificationsCountResponseDto]:
        """Retrieve subscriber notifications count: `GET /v2/subscribers/{subscriberId}/notifications/count`.

        Standalone: `from novu_api.api.subscribers.notifications import count`.
        """
        from novu_api.api.subscribers.notifications import count as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: builtins.list[GetSubscriberNotificationsCountResponseDto] = await call(
            client=self._client,
            subscriber_id=subscriber_id,
            filters=filters,
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
        subscriber_id: str,
        notification_id: str,
        context_keys: Sequence[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> None:
        """Delete a notification: `DELETE /v2/subscribers/{subscriberId}/notifications/{notificationId}`.

        Standalone: `from novu_api.api.subscribers.notifications import delete`.
        """
        from novu_api.api.subscribers.notifications import delete as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: None = await call(
            client=self._client,
            subscriber_id=subscriber_id,
            notification_id=notification_id,
            context_keys=context_keys,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def delete_all(
        self,
        *,
        subscriber_id: str,
        tags: UpdateAllSubscriberNotificationsDtoTags | Mapping[str, Any] | Unset = UNSET,
        data: str | Unset = UNSET,
        context_keys: Sequence[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> None:
        """Delete all notifications: `POST /v2/subscribers/{subscriberId}/notifications/delete`.

        Standalone: `from novu_api.api.subscribers.notifications import delete_all`.
        """
        from novu_api.api.subscribers.notifications import delete_all as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "tags": tags,
            "data": data,
            "contextKeys": context_keys,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: None = await call(
            client=self._client,
            subscriber_id=subscriber_id,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def feed(
        self,
        *,
        subscriber_id: str,
        page: float | Unset = UNSET,
        limit: float | Unset = UNSET,
        read: bool | Unset = UNSET,
        seen: bool | Unset = UNSET,
        payload: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncPage[NotificationFeedItemDto]:
        """Retrieve subscriber notifications: `GET /v1/subscribers/{subscriberId}/notifications/feed`.

        Standalone: `from novu_api.api.subscribers.notifications import feed`.
        """
        from novu_api.api.subscribers.notifications import feed as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: AsyncPage[NotificationFeedItemDto] = await call(
            client=self._client,
            subscriber_id=subscriber_id,
            page=page,
            limit=limit,
            read=read,
            seen=seen,
            payload=payload,
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
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncPage[InboxNotificationDto]:
        """Retrieve subscriber notifications: `GET /v2/subscribers/{subscriberId}/notifications`.

        Standalone: `from novu_api.api.subscribers.notifications import list`.
        """
        from novu_api.api.subscribers.notifications import list as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: AsyncPage[InboxNotificationDto] = await call(
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
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def mark_all_as_read(
        self,
        *,
        subscriber_id: str,
        tags: UpdateAllSubscriberNotificationsDtoTags | Mapping[str, Any] | Unset = UNSET,
        data: str | Unset = UNSET,
        context_keys: Sequence[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> None:
        """Mark all notifications as read: `POST /v2/subscribers/{subscriberId}/notifications/read`.

        Standalone: `from novu_api.api.subscribers.notifications import mark_all_as_read`.
        """
        from novu_api.api.subscribers.notifications import mark_all_as_read as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "tags": tags,
            "data": data,
            "contextKeys": context_keys,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: None = await call(
            client=self._client,
            subscriber_id=subscriber_id,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def mark_as_read(
        self,
        *,
        subscriber_id: str,
        notification_id: str,
        context_keys: Sequence[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> InboxNotificationDto:
        """Mark a notification as read: `PATCH /v2/subscribers/{subscriberId}/notifications/{notificationId}/read`.

        Standalone: `from novu_api.api.subscribers.notifications import mark_as_read`.
        """
        from novu_api.api.subscribers.notifications import mark_as_read as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: InboxNotificationDto = await call(
            client=self._client,
            subscriber_id=subscriber_id,
            notification_id=notification_id,
            context_keys=context_keys,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def mark_as_seen(
        self,
        *,
        subscriber_id: str,
        notification_ids: Sequence[str] | Unset = UNSET,
        tags: MarkSubscriberNotificationsAsSeenDtoTags | Mapping[str, Any] | Unset = UNSET,
        data: str | Unset = UNSET,
        context_keys: Sequence[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> None:
        """Mark notifications as seen: `POST /v2/subscribers/{subscriberId}/notifications/seen`.

        Standalone: `from novu_api.api.subscribers.notifications import mark_as_seen`.
        """
        from novu_api.api.subscribers.notifications import mark_as_seen as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "notificationIds": notification_ids,
            "tags": tags,
            "data": data,
            "contextKeys": context_keys,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: None = await call(
            client=self._client,
            subscriber_id=subscriber_id,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def mark_as_unread(
        self,
        *,
        subscriber_id: str,
        notification_id: str,
        context_keys: Sequence[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> InboxNotificationDto:
        """Mark a notification as unread: `PATCH /v2/subscribers/{subscriberId}/notifications/{notificationId}/unread`.

        Standalone: `from novu_api.api.subscribers.notifications import mark_as_unread`.
        """
        from novu_api.api.subscribers.notifications import mark_as_unread as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: InboxNotificationDto = await call(
            client=self._client,
            subscriber_id=subscriber_id,
            notification_id=notification_id,
            context_keys=context_keys,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def revert_action(
        self,
        *,
        subscriber_id: str,
        notification_id: str,
        action_type: SubscribersControllerRevertNotificationActionActionType | str,
        context_keys: Sequence[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> InboxNotificationDto:
        """Revert a notification action: `PATCH /v2/subscribers/{subscriberId}/notifications/{notificationId}/actions/{actionType}/revert`.

        Standalone: `from novu_api.api.subscribers.notifications import revert_action`.
        """
        from novu_api.api.subscribers.notifications import revert_action as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: InboxNotificationDto = await call(
            client=self._client,
            subscriber_id=subscriber_id,
            notification_id=notification_id,
            action_type=action_type,
            context_keys=context_keys,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def snooze(
        self,
        *,
        subscriber_id: str,
        notification_id: str,
        snooze_until: datetime.datetime,
        context_keys: Sequence[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> InboxNotificationDto:
        """Snooze a notification: `PATCH /v2/subscribers/{subscriberId}/notifications/{notificationId}/snooze`.

        Standalone: `from novu_api.api.subscribers.notifications import snooze`.
        """
        from novu_api.api.subscribers.notifications import snooze as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "snoozeUntil": snooze_until,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: InboxNotificationDto = await call(
            client=self._client,
            subscriber_id=subscriber_id,
            notification_id=notification_id,
            context_keys=context_keys,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def unarchive(
        self,
        *,
        subscriber_id: str,
        notification_id: str,
        context_keys: Sequence[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> InboxNotificationDto:
        """Unarchive a notification: `PATCH /v2/subscribers/{subscriberId}/notifications/{notificationId}/unarchive`.

        Standalone: `from novu_api.api.subscribers.notifications import unarchive`.
        """
        from novu_api.api.subscribers.notifications import unarchive as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: InboxNotificationDto = await call(
            client=self._client,
            subscriber_id=subscriber_id,
            notification_id=notification_id,
            context_keys=context_keys,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def unseen_count(
        self,
        *,
        subscriber_id: str,
        seen: bool | Unset = UNSET,
        limit: float | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> UnseenCountResponse:
        """Retrieve unseen notifications count: `GET /v1/subscribers/{subscriberId}/notifications/unseen`.

        Standalone: `from novu_api.api.subscribers.notifications import unseen_count`.
        """
        from novu_api.api.subscribers.notifications import unseen_count as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: UnseenCountResponse = await call(
            client=self._client,
            subscriber_id=subscriber_id,
            seen=seen,
            limit=limit,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def unsnooze(
        self,
        *,
        subscriber_id: str,
        notification_id: str,
        context_keys: Sequence[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> InboxNotificationDto:
        """Unsnooze a notification: `PATCH /v2/subscribers/{subscriberId}/notifications/{notificationId}/unsnooze`.

        Standalone: `from novu_api.api.subscribers.notifications import unsnooze`.
        """
        from novu_api.api.subscribers.notifications import unsnooze as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: InboxNotificationDto = await call(
            client=self._client,
            subscriber_id=subscriber_id,
            notification_id=notification_id,
            context_keys=context_keys,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result


class SubscribersPreferencesResource(SyncResource):
    """`novu.subscribers.preferences`."""

    def bulk_update(
        self,
        *,
        subscriber_id: str,
        preferences: Sequence[BulkUpdateSubscriberPreferenceItemDto] | Sequence[Mapping[str, Any]],
        context: BulkUpdateSubscriberPreferencesDtoContext | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> builtins.list[GetPreferencesResponseDto]:
        """Bulk update subscriber preferences: `PATCH /v2/subscribers/{subscriberId}/preferences/bulk`.

        Standalone: `from novu_api.api.subscribers.preferences import bulk_update`.
        """
        from novu_api.api.subscribers.preferences import bulk_update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "preferences": preferences,
            "context": context,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: builtins.list[GetPreferencesResponseDto] = call(
            client=self._client,
            subscriber_id=subscriber_id,
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
        subscriber_id: str,
        criticality: SubscribersControllerGetSubscriberPreferencesCriticality | str | Unset = UNSET,
        context_keys: Sequence[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> GetSubscriberPreferencesDto:
        """Retrieve subscriber preferences: `GET /v2/subscribers/{subscriberId}/preferences`.

        Standalone: `from novu_api.api.subscribers.preferences import list`.
        """
        from novu_api.api.subscribers.preferences import list as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: GetSubscriberPreferencesDto = call(
            client=self._client,
            subscriber_id=subscriber_id,
            criticality=criticality,
            context_keys=context_keys,
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
        subscriber_id: str,
        channels: PatchPreferenceChannelsDto | Mapping[str, Any] | Unset = UNSET,
        workflow_id: str | Unset = UNSET,
        schedule: ScheduleDto | Mapping[str, Any] | Unset = UNSET,
        context: PatchSubscriberPreferencesDtoContext | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> GetSubscriberPreferencesDto:
        """Update subscriber preferences: `PATCH /v2/subscribers/{subscriberId}/preferences`.

        Standalone: `from novu_api.api.subscribers.preferences import update`.
        """
        from novu_api.api.subscribers.preferences import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "channels": channels,
            "workflowId": workflow_id,
            "schedule": schedule,
            "context": context,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: GetSubscriberPreferencesDto = call(
            client=self._client,
            subscriber_id=subscriber_id,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result


class AsyncSubscribersPreferencesResource(AsyncResource):
    """`novu.subscribers.preferences` (async)."""

    async def bulk_update(
        self,
        *,
        subscriber_id: str,
        preferences: Sequence[BulkUpdateSubscriberPreferenceItemDto] | Sequence[Mapping[str, Any]],
        context: BulkUpdateSubscriberPreferencesDtoContext | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> builtins.list[GetPreferencesResponseDto]:
        """Bulk update subscriber preferences: `PATCH /v2/subscribers/{subscriberId}/preferences/bulk`.

        Standalone: `from novu_api.api.subscribers.preferences import bulk_update`.
        """
        from novu_api.api.subscribers.preferences import bulk_update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "preferences": preferences,
            "context": context,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: builtins.list[GetPreferencesResponseDto] = await call(
            client=self._client,
            subscriber_id=subscriber_id,
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
        subscriber_id: str,
        criticality: SubscribersControllerGetSubscriberPreferencesCriticality | str | Unset = UNSET,
        context_keys: Sequence[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> GetSubscriberPreferencesDto:
        """Retrieve subscriber preferences: `GET /v2/subscribers/{subscriberId}/preferences`.

        Standalone: `from novu_api.api.subscribers.preferences import list`.
        """
        from novu_api.api.subscribers.preferences import list as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: GetSubscriberPreferencesDto = await call(
            client=self._client,
            subscriber_id=subscriber_id,
            criticality=criticality,
            context_keys=context_keys,
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
        subscriber_id: str,
        channels: PatchPreferenceChannelsDto | Mapping[str, Any] | Unset = UNSET,
        workflow_id: str | Unset = UNSET,
        schedule: ScheduleDto | Mapping[str, Any] | Unset = UNSET,
        context: PatchSubscriberPreferencesDtoContext | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> GetSubscriberPreferencesDto:
        """Update subscriber preferences: `PATCH /v2/subscribers/{subscriberId}/preferences`.

        Standalone: `from novu_api.api.subscribers.preferences import update`.
        """
        from novu_api.api.subscribers.preferences import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "channels": channels,
            "workflowId": workflow_id,
            "schedule": schedule,
            "context": context,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: GetSubscriberPreferencesDto = await call(
            client=self._client,
            subscriber_id=subscriber_id,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result


class SubscribersPropertiesResource(SyncResource):
    """`novu.subscribers.properties`."""

    def update_online_flag(
        self,
        *,
        subscriber_id: str,
        is_online: bool,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> SubscriberResponseDto:
        """Update subscriber online status: `PATCH /v1/subscribers/{subscriberId}/online-status`.

        Standalone: `from novu_api.api.subscribers.properties import update_online_flag`.
        """
        from novu_api.api.subscribers.properties import update_online_flag as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "isOnline": is_online,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: SubscriberResponseDto = call(
            client=self._client,
            subscriber_id=subscriber_id,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result


class AsyncSubscribersPropertiesResource(AsyncResource):
    """`novu.subscribers.properties` (async)."""

    async def update_online_flag(
        self,
        *,
        subscriber_id: str,
        is_online: bool,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> SubscriberResponseDto:
        """Update subscriber online status: `PATCH /v1/subscribers/{subscriberId}/online-status`.

        Standalone: `from novu_api.api.subscribers.properties import update_online_flag`.
        """
        from novu_api.api.subscribers.properties import update_online_flag as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "isOnline": is_online,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: SubscriberResponseDto = await call(
            client=self._client,
            subscriber_id=subscriber_id,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result


class SubscribersTopicsResource(SyncResource):
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
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> SyncPage[TopicSubscriptionResponseDto]:
        """Retrieve subscriber subscriptions: `GET /v2/subscribers/{subscriberId}/subscriptions`.

        Standalone: `from novu_api.api.subscribers.topics import list`.
        """
        from novu_api.api.subscribers.topics import list as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: SyncPage[TopicSubscriptionResponseDto] = call(
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
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result


class AsyncSubscribersTopicsResource(AsyncResource):
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
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncPage[TopicSubscriptionResponseDto]:
        """Retrieve subscriber subscriptions: `GET /v2/subscribers/{subscriberId}/subscriptions`.

        Standalone: `from novu_api.api.subscribers.topics import list`.
        """
        from novu_api.api.subscribers.topics import list as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: AsyncPage[TopicSubscriptionResponseDto] = await call(
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
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result
