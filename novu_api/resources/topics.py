# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Resource classes behind `novu.topics`: each method calls one standalone operation module."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, overload

from .._resource import AsyncResource, SyncResource, alias
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping, Sequence

    import httpx

    from novu_api.models.create_subscriptions_response_dto import CreateSubscriptionsResponseDto
    from novu_api.models.create_topic_subscriptions_request_dto_context import (
        CreateTopicSubscriptionsRequestDtoContext,
    )
    from novu_api.models.delete_topic_response_dto import DeleteTopicResponseDto
    from novu_api.models.delete_topic_subscriber_identifier_dto import DeleteTopicSubscriberIdentifierDto
    from novu_api.models.delete_topic_subscriptions_response_dto import DeleteTopicSubscriptionsResponseDto
    from novu_api.models.group_preference_filter_dto import GroupPreferenceFilterDto
    from novu_api.models.subscription_details_response_dto import SubscriptionDetailsResponseDto
    from novu_api.models.subscription_response_dto import SubscriptionResponseDto
    from novu_api.models.topic_response_dto import TopicResponseDto
    from novu_api.models.topic_subscriber_dto import TopicSubscriberDto
    from novu_api.models.topic_subscriber_identifier_dto import TopicSubscriberIdentifierDto
    from novu_api.models.topic_subscription_response_dto import TopicSubscriptionResponseDto
    from novu_api.models.topics_controller_list_topic_subscriptions_order_direction import (
        TopicsControllerListTopicSubscriptionsOrderDirection,
    )
    from novu_api.models.topics_controller_list_topics_order_direction import (
        TopicsControllerListTopicsOrderDirection,
    )
    from novu_api.models.workflow_preference_request_dto import WorkflowPreferenceRequestDto

    from .._bulk import BulkProgress, BulkResult
    from .._client import RetryPolicy
    from ..pagination import AsyncPage, SyncPage


class TopicsResource(SyncResource):
    """`novu.topics`."""

    @cached_property
    def subscribers(self) -> TopicsSubscribersResource:
        return TopicsSubscribersResource(self._client, raw=self._raw)

    @cached_property
    def subscriptions(self) -> TopicsSubscriptionsResource:
        return TopicsSubscriptionsResource(self._client, raw=self._raw)

    @overload
    def create(
        self,
        *,
        topic_key: str,
        fail_if_exists: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> TopicResponseDto: ...

    @overload
    def create(
        self,
        *,
        key: str,
        fail_if_exists: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> TopicResponseDto: ...

    def create(
        self,
        *,
        topic_key: str | Unset = UNSET,
        key: str | Unset = UNSET,
        fail_if_exists: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> TopicResponseDto:
        """Create a topic: `POST /v2/topics`.

        `topic_key` is sent as `key`; `key=` is accepted as an alias.

        Standalone: `from novu_api.api.topics import create`.
        """
        from novu_api.api.topics import create as _op

        topic_key = alias("topic_key", topic_key, "key", key, required=True)
        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "key": topic_key,
            "name": name,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: TopicResponseDto = call(
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

    def delete(
        self,
        *,
        topic_key: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> DeleteTopicResponseDto:
        """Delete a topic: `DELETE /v2/topics/{topicKey}`.

        Standalone: `from novu_api.api.topics import delete`.
        """
        from novu_api.api.topics import delete as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: DeleteTopicResponseDto = call(
            client=self._client,
            topic_key=topic_key,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def get(
        self,
        *,
        topic_key: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> TopicResponseDto:
        """Retrieve a topic: `GET /v2/topics/{topicKey}`.

        Standalone: `from novu_api.api.topics import get`.
        """
        from novu_api.api.topics import get as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: TopicResponseDto = call(
            client=self._client,
            topic_key=topic_key,
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
        order_direction: TopicsControllerListTopicsOrderDirection | str | Unset = UNSET,
        order_by: str | Unset = UNSET,
        include_cursor: bool | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> SyncPage[TopicResponseDto]:
        """List all topics: `GET /v2/topics`.

        Standalone: `from novu_api.api.topics import list`.
        """
        from novu_api.api.topics import list as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: SyncPage[TopicResponseDto] = call(
            client=self._client,
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            key=key,
            name=name,
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
        topic_key: str,
        name: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> TopicResponseDto:
        """Update a topic: `PATCH /v2/topics/{topicKey}`.

        Standalone: `from novu_api.api.topics import update`.
        """
        from novu_api.api.topics import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "name": name,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: TopicResponseDto = call(
            client=self._client,
            topic_key=topic_key,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result


class AsyncTopicsResource(AsyncResource):
    """`novu.topics` (async)."""

    @cached_property
    def subscribers(self) -> AsyncTopicsSubscribersResource:
        return AsyncTopicsSubscribersResource(self._client, raw=self._raw)

    @cached_property
    def subscriptions(self) -> AsyncTopicsSubscriptionsResource:
        return AsyncTopicsSubscriptionsResource(self._client, raw=self._raw)

    @overload
    async def create(
        self,
        *,
        topic_key: str,
        fail_if_exists: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> TopicResponseDto: ...

    @overload
    async def create(
        self,
        *,
        key: str,
        fail_if_exists: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> TopicResponseDto: ...

    async def create(
        self,
        *,
        topic_key: str | Unset = UNSET,
        key: str | Unset = UNSET,
        fail_if_exists: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> TopicResponseDto:
        """Create a topic: `POST /v2/topics`.

        `topic_key` is sent as `key`; `key=` is accepted as an alias.

        Standalone: `from novu_api.api.topics import create`.
        """
        from novu_api.api.topics import create as _op

        topic_key = alias("topic_key", topic_key, "key", key, required=True)
        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "key": topic_key,
            "name": name,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: TopicResponseDto = await call(
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

    async def delete(
        self,
        *,
        topic_key: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> DeleteTopicResponseDto:
        """Delete a topic: `DELETE /v2/topics/{topicKey}`.

        Standalone: `from novu_api.api.topics import delete`.
        """
        from novu_api.api.topics import delete as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: DeleteTopicResponseDto = await call(
            client=self._client,
            topic_key=topic_key,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def get(
        self,
        *,
        topic_key: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> TopicResponseDto:
        """Retrieve a topic: `GET /v2/topics/{topicKey}`.

        Standalone: `from novu_api.api.topics import get`.
        """
        from novu_api.api.topics import get as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: TopicResponseDto = await call(
            client=self._client,
            topic_key=topic_key,
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
        order_direction: TopicsControllerListTopicsOrderDirection | str | Unset = UNSET,
        order_by: str | Unset = UNSET,
        include_cursor: bool | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncPage[TopicResponseDto]:
        """List all topics: `GET /v2/topics`.

        Standalone: `from novu_api.api.topics import list`.
        """
        from novu_api.api.topics import list as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: AsyncPage[TopicResponseDto] = await call(
            client=self._client,
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            key=key,
            name=name,
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
        topic_key: str,
        name: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> TopicResponseDto:
        """Update a topic: `PATCH /v2/topics/{topicKey}`.

        Standalone: `from novu_api.api.topics import update`.
        """
        from novu_api.api.topics import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "name": name,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: TopicResponseDto = await call(
            client=self._client,
            topic_key=topic_key,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result


class TopicsSubscribersResource(SyncResource):
    """`novu.topics.subscribers`."""

    def retrieve(
        self,
        *,
        topic_key: str,
        external_subscriber_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> TopicSubscriberDto:
        """Check topic subscriber: `GET /v1/topics/{topicKey}/subscribers/{externalSubscriberId}`.

        Standalone: `from novu_api.api.topics.subscribers import retrieve`.
        """
        from novu_api.api.topics.subscribers import retrieve as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: TopicSubscriberDto = call(
            client=self._client,
            topic_key=topic_key,
            external_subscriber_id=external_subscriber_id,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result


class AsyncTopicsSubscribersResource(AsyncResource):
    """`novu.topics.subscribers` (async)."""

    async def retrieve(
        self,
        *,
        topic_key: str,
        external_subscriber_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> TopicSubscriberDto:
        """Check topic subscriber: `GET /v1/topics/{topicKey}/subscribers/{externalSubscriberId}`.

        Standalone: `from novu_api.api.topics.subscribers import retrieve`.
        """
        from novu_api.api.topics.subscribers import retrieve as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: TopicSubscriberDto = await call(
            client=self._client,
            topic_key=topic_key,
            external_subscriber_id=external_subscriber_id,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result


class TopicsSubscriptionsResource(SyncResource):
    """`novu.topics.subscriptions`."""

    def create(
        self,
        *,
        topic_key: str,
        subscriber_ids: Sequence[str] | Unset = UNSET,
        subscriptions: Sequence[str | TopicSubscriberIdentifierDto]
        | Sequence[Mapping[str, Any]]
        | Unset = UNSET,
        name: str | Unset = UNSET,
        context: CreateTopicSubscriptionsRequestDtoContext | Mapping[str, Any] | Unset = UNSET,
        preferences: Sequence[str | WorkflowPreferenceRequestDto | GroupPreferenceFilterDto]
        | Sequence[Mapping[str, Any]]
        | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> CreateSubscriptionsResponseDto:
        """Create topic subscriptions: `POST /v2/topics/{topicKey}/subscriptions`.

        Standalone: `from novu_api.api.topics.subscriptions import create`.
        """
        from novu_api.api.topics.subscriptions import create as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "subscriberIds": subscriber_ids,
            "subscriptions": subscriptions,
            "name": name,
            "context": context,
            "preferences": preferences,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: CreateSubscriptionsResponseDto = call(
            client=self._client,
            topic_key=topic_key,
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
        subscriptions: Iterable[str | TopicSubscriberIdentifierDto | dict[str, Any]],
        *,
        topic_key: str,
        run_key: str | None = None,
        concurrency: int = 4,
        on_progress: Callable[[BulkProgress], Any] | None = None,
        progress: bool = False,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
    ) -> Iterator[BulkResult[Any]]:
        """Create topic subscriptions, for any number of items: `POST /v2/topics/{topicKey}/subscriptions` in requests of 100.

        Yields one `BulkResult` per item, in input order; sending
        starts when iteration does. `run_key` names the job: the same run key over the same input
        sends the same Idempotency-Keys, so a re-run after a crash is answered from Novu's
        idempotency store for the requests already processed. See docs/sending-at-volume.md.
        """
        from novu_api.api.topics.subscriptions import create as _op

        from .._bulk import send_many

        return send_many(
            self._client,
            _op,
            subscriptions,
            argument="subscriptions",
            path={
                "topic_key": topic_key,
            },
            run_key=run_key,
            concurrency=concurrency,
            on_progress=on_progress,
            progress=progress,
            options={"timeout": timeout, "max_retries": max_retries, "extra_headers": extra_headers},
        )

    def delete(
        self,
        *,
        topic_key: str,
        subscriber_ids: Sequence[str] | Unset = UNSET,
        subscriptions: Sequence[str | DeleteTopicSubscriberIdentifierDto]
        | Sequence[Mapping[str, Any]]
        | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> DeleteTopicSubscriptionsResponseDto:
        """Delete topic subscriptions: `DELETE /v2/topics/{topicKey}/subscriptions`.

        Standalone: `from novu_api.api.topics.subscriptions import delete`.
        """
        from novu_api.api.topics.subscriptions import delete as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "subscriberIds": subscriber_ids,
            "subscriptions": subscriptions,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: DeleteTopicSubscriptionsResponseDto = call(
            client=self._client,
            topic_key=topic_key,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def get_subscription(
        self,
        *,
        topic_key: str,
        identifier: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> SubscriptionDetailsResponseDto:
        """Retrieve a topic subscription: `GET /v2/topics/{topicKey}/subscriptions/{identifier}`.

        Standalone: `from novu_api.api.topics.subscriptions import get_subscription`.
        """
        from novu_api.api.topics.subscriptions import get_subscription as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: SubscriptionDetailsResponseDto = call(
            client=self._client,
            topic_key=topic_key,
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
        topic_key: str,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        limit: float | Unset = UNSET,
        order_direction: TopicsControllerListTopicSubscriptionsOrderDirection | str | Unset = UNSET,
        order_by: str | Unset = UNSET,
        include_cursor: bool | Unset = UNSET,
        subscriber_id: str | Unset = UNSET,
        context_keys: Sequence[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> SyncPage[TopicSubscriptionResponseDto]:
        """List topic subscriptions: `GET /v2/topics/{topicKey}/subscriptions`.

        Standalone: `from novu_api.api.topics.subscriptions import list`.
        """
        from novu_api.api.topics.subscriptions import list as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: SyncPage[TopicSubscriptionResponseDto] = call(
            client=self._client,
            topic_key=topic_key,
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            subscriber_id=subscriber_id,
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
        topic_key: str,
        identifier: str,
        name: str | Unset = UNSET,
        preferences: Sequence[str | WorkflowPreferenceRequestDto | GroupPreferenceFilterDto]
        | Sequence[Mapping[str, Any]]
        | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> SubscriptionResponseDto:
        """Update a topic subscription: `PATCH /v2/topics/{topicKey}/subscriptions/{identifier}`.

        Standalone: `from novu_api.api.topics.subscriptions import update`.
        """
        from novu_api.api.topics.subscriptions import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "name": name,
            "preferences": preferences,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: SubscriptionResponseDto = call(
            client=self._client,
            topic_key=topic_key,
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


class AsyncTopicsSubscriptionsResource(AsyncResource):
    """`novu.topics.subscriptions` (async)."""

    async def create(
        self,
        *,
        topic_key: str,
        subscriber_ids: Sequence[str] | Unset = UNSET,
        subscriptions: Sequence[str | TopicSubscriberIdentifierDto]
        | Sequence[Mapping[str, Any]]
        | Unset = UNSET,
        name: str | Unset = UNSET,
        context: CreateTopicSubscriptionsRequestDtoContext | Mapping[str, Any] | Unset = UNSET,
        preferences: Sequence[str | WorkflowPreferenceRequestDto | GroupPreferenceFilterDto]
        | Sequence[Mapping[str, Any]]
        | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> CreateSubscriptionsResponseDto:
        """Create topic subscriptions: `POST /v2/topics/{topicKey}/subscriptions`.

        Standalone: `from novu_api.api.topics.subscriptions import create`.
        """
        from novu_api.api.topics.subscriptions import create as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "subscriberIds": subscriber_ids,
            "subscriptions": subscriptions,
            "name": name,
            "context": context,
            "preferences": preferences,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: CreateSubscriptionsResponseDto = await call(
            client=self._client,
            topic_key=topic_key,
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
        subscriptions: Iterable[str | TopicSubscriberIdentifierDto | dict[str, Any]],
        *,
        topic_key: str,
        run_key: str | None = None,
        concurrency: int = 4,
        on_progress: Callable[[BulkProgress], Any] | None = None,
        progress: bool = False,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
    ) -> AsyncIterator[BulkResult[Any]]:
        """Create topic subscriptions, for any number of items: `POST /v2/topics/{topicKey}/subscriptions` in requests of 100.

        Yields one `BulkResult` per item, in input order (`async for`); sending
        starts when iteration does. `run_key` names the job: the same run key over the same input
        sends the same Idempotency-Keys, so a re-run after a crash is answered from Novu's
        idempotency store for the requests already processed. See docs/sending-at-volume.md.
        """
        from novu_api.api.topics.subscriptions import create as _op

        from .._bulk import send_many_async

        return send_many_async(
            self._client,
            _op,
            subscriptions,
            argument="subscriptions",
            path={
                "topic_key": topic_key,
            },
            run_key=run_key,
            concurrency=concurrency,
            on_progress=on_progress,
            progress=progress,
            options={"timeout": timeout, "max_retries": max_retries, "extra_headers": extra_headers},
        )

    async def delete(
        self,
        *,
        topic_key: str,
        subscriber_ids: Sequence[str] | Unset = UNSET,
        subscriptions: Sequence[str | DeleteTopicSubscriberIdentifierDto]
        | Sequence[Mapping[str, Any]]
        | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> DeleteTopicSubscriptionsResponseDto:
        """Delete topic subscriptions: `DELETE /v2/topics/{topicKey}/subscriptions`.

        Standalone: `from novu_api.api.topics.subscriptions import delete`.
        """
        from novu_api.api.topics.subscriptions import delete as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "subscriberIds": subscriber_ids,
            "subscriptions": subscriptions,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: DeleteTopicSubscriptionsResponseDto = await call(
            client=self._client,
            topic_key=topic_key,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def get_subscription(
        self,
        *,
        topic_key: str,
        identifier: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> SubscriptionDetailsResponseDto:
        """Retrieve a topic subscription: `GET /v2/topics/{topicKey}/subscriptions/{identifier}`.

        Standalone: `from novu_api.api.topics.subscriptions import get_subscription`.
        """
        from novu_api.api.topics.subscriptions import get_subscription as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: SubscriptionDetailsResponseDto = await call(
            client=self._client,
            topic_key=topic_key,
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
        topic_key: str,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        limit: float | Unset = UNSET,
        order_direction: TopicsControllerListTopicSubscriptionsOrderDirection | str | Unset = UNSET,
        order_by: str | Unset = UNSET,
        include_cursor: bool | Unset = UNSET,
        subscriber_id: str | Unset = UNSET,
        context_keys: Sequence[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncPage[TopicSubscriptionResponseDto]:
        """List topic subscriptions: `GET /v2/topics/{topicKey}/subscriptions`.

        Standalone: `from novu_api.api.topics.subscriptions import list`.
        """
        from novu_api.api.topics.subscriptions import list as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: AsyncPage[TopicSubscriptionResponseDto] = await call(
            client=self._client,
            topic_key=topic_key,
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            subscriber_id=subscriber_id,
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
        topic_key: str,
        identifier: str,
        name: str | Unset = UNSET,
        preferences: Sequence[str | WorkflowPreferenceRequestDto | GroupPreferenceFilterDto]
        | Sequence[Mapping[str, Any]]
        | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> SubscriptionResponseDto:
        """Update a topic subscription: `PATCH /v2/topics/{topicKey}/subscriptions/{identifier}`.

        Standalone: `from novu_api.api.topics.subscriptions import update`.
        """
        from novu_api.api.topics.subscriptions import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "name": name,
            "preferences": preferences,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: SubscriptionResponseDto = await call(
            client=self._client,
            topic_key=topic_key,
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
