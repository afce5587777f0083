# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Resource classes behind `novu.topics`: each method calls one standalone operation module."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, overload

from .._raw import async_raw, raw
from .._resource import RawResource, Resource, alias
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping, Sequence

    from typing_extensions import Unpack

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
    from .._client import AsyncNovu, Novu  # noqa: F401 (named in the base classes)
    from .._options import BulkOptions, RequestOptions
    from ..pagination import AsyncPage, SyncPage


class TopicsResource(Resource["Novu"]):
    """`novu.topics`."""

    @cached_property
    def subscribers(self) -> TopicsSubscribersResource:
        return TopicsSubscribersResource(self._client)

    @cached_property
    def subscriptions(self) -> TopicsSubscriptionsResource:
        return TopicsSubscriptionsResource(self._client)

    @overload
    def create(
        self,
        *,
        topic_key: str,
        fail_if_exists: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TopicResponseDto: ...

    @overload
    def create(
        self,
        *,
        key: str,
        fail_if_exists: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TopicResponseDto: ...

    def create(
        self,
        *,
        topic_key: str | Unset = UNSET,
        key: str | Unset = UNSET,
        fail_if_exists: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TopicResponseDto:
        """Create a topic

        Creates a new topic if it does not exist, or updates an existing topic if it already exists.
        Use ?failIfExists=true to prevent updates.

        `POST /v2/topics` (TopicsController_upsertTopic). Standalone: `from novu_api.api.topics
        import create`.

        Args:
            topic_key (str; body `key`): `key=` is accepted as an alias. The unique key identifier
                for the topic. The key must contain only alphanumeric characters (a-z, A-Z, 0-9),
                hyphens (-), underscores (_), colons (:), or be a valid email address. Constraints:
                at least 1 characters; at most 100 characters.
            fail_if_exists (bool, optional; query): If true, the request will fail if a topic with
                the same key already exists
            name (str, optional; body `name`): The display name for the topic. Constraints: at least
                0 characters; at most 100 characters.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            TopicResponseDto: the decoded response.

        Raises:
            BadRequestError: 400; `.body`: `ErrorDto`.
            AuthenticationError: 401; `.body`: `ErrorDto`.
            PermissionDeniedError: 403; `.body`: `ErrorDto`.
            NotFoundError: 404; `.body`: `ErrorDto`.
            MethodNotAllowedError: 405; `.body`: `ErrorDto`.
            ConflictError: 409; `.body`: `TopicResponseDto`.
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
            result = novu.topics.create(topic_key="task:12345")
        """
        from novu_api.api.topics import create as _op

        topic_key = alias("topic_key", topic_key, "key", key, required=True)
        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "key": topic_key,
            "name": name,
        }
        return _op.sync(
            client=self._client,
            fail_if_exists=fail_if_exists,
            body=body,
            **options,
        )

    def delete(
        self,
        *,
        topic_key: str,
        **options: Unpack[RequestOptions],
    ) -> DeleteTopicResponseDto:
        """Delete a topic

        Delete a topic by its unique key identifier **topicKey**. This action is irreversible and
        will remove all subscriptions to the topic.

        `DELETE /v2/topics/{topicKey}` (TopicsController_deleteTopic). Standalone: `from
        novu_api.api.topics import delete`.

        Args:
            topic_key (str; path): The key identifier of the topic
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            DeleteTopicResponseDto: the decoded response.

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
            result = novu.topics.delete(topic_key="TOPIC_KEY")
        """
        from novu_api.api.topics import delete as _op

        return _op.sync(
            client=self._client,
            topic_key=topic_key,
            **options,
        )

    def get(
        self,
        *,
        topic_key: str,
        **options: Unpack[RequestOptions],
    ) -> TopicResponseDto:
        """Retrieve a topic

        Retrieve a topic by its unique key identifier **topicKey**

        `GET /v2/topics/{topicKey}` (TopicsController_getTopic). Standalone: `from
        novu_api.api.topics import get`.

        Args:
            topic_key (str; path): The key identifier of the topic
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            TopicResponseDto: the decoded response.

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
            result = novu.topics.get(topic_key="TOPIC_KEY")
        """
        from novu_api.api.topics import get as _op

        return _op.sync(
            client=self._client,
            topic_key=topic_key,
            **options,
        )

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
        **options: Unpack[RequestOptions],
    ) -> SyncPage[TopicResponseDto]:
        """List all topics

        This api returns a paginated list of topics. Topics can be filtered by **key**, **name**, or
        **includeCursor** to paginate through the list. Checkout all available filters in the query
        section.

        `GET /v2/topics` (TopicsController_listTopics). Standalone: `from novu_api.api.topics import
        list`.

        Args:
            after (str, optional; query): Cursor for pagination indicating the starting point after
                which to fetch results.
            before (str, optional; query): Cursor for pagination indicating the ending point before
                which to fetch results.
            limit (float, optional; query): Limit the number of items to return (max 100).
                Constraints: <= 100.
            order_direction (TopicsControllerListTopicsOrderDirection | str, optional; query):
                Direction of sorting. Constraints: one of "ASC", "DESC".
            order_by (str, optional; query): Field to order by
            include_cursor (bool, optional; query): Include cursor item in response
            key (str, optional; query): Key of the topic to filter results.
            name (str, optional; query): Name of the topic to filter results.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            SyncPage[TopicResponseDto]: the first page of `ListTopicsResponseDto`; iterating gives
                every item, following cursor pagination.

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
            for item in novu.topics.list():
                print(item)
        """
        from novu_api.api.topics import list as _op

        return _op.sync(
            client=self._client,
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            key=key,
            name=name,
            **options,
        )

    def update(
        self,
        *,
        topic_key: str,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> TopicResponseDto:
        """Update a topic

        Update a topic name by its unique key identifier **topicKey**

        `PATCH /v2/topics/{topicKey}` (TopicsController_updateTopic). Standalone: `from
        novu_api.api.topics import update`.

        Args:
            topic_key (str; path): The key identifier of the topic
            name (str; body `name`): The display name for the topic
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            TopicResponseDto: the decoded response.

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
            result = novu.topics.update(topic_key="TOPIC_KEY", name="Updated Topic Name")
        """
        from novu_api.api.topics import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "name": name,
        }
        return _op.sync(
            client=self._client,
            topic_key=topic_key,
            body=body,
            **options,
        )


class AsyncTopicsResource(Resource["AsyncNovu"]):
    """`novu.topics` (async)."""

    @cached_property
    def subscribers(self) -> AsyncTopicsSubscribersResource:
        return AsyncTopicsSubscribersResource(self._client)

    @cached_property
    def subscriptions(self) -> AsyncTopicsSubscriptionsResource:
        return AsyncTopicsSubscriptionsResource(self._client)

    @overload
    async def create(
        self,
        *,
        topic_key: str,
        fail_if_exists: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TopicResponseDto: ...

    @overload
    async def create(
        self,
        *,
        key: str,
        fail_if_exists: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TopicResponseDto: ...

    async def create(
        self,
        *,
        topic_key: str | Unset = UNSET,
        key: str | Unset = UNSET,
        fail_if_exists: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TopicResponseDto:
        """Create a topic

        Creates a new topic if it does not exist, or updates an existing topic if it already exists.
        Use ?failIfExists=true to prevent updates.

        `POST /v2/topics` (TopicsController_upsertTopic). Standalone: `from novu_api.api.topics
        import create`.

        Args:
            topic_key (str; body `key`): `key=` is accepted as an alias. The unique key identifier
                for the topic. The key must contain only alphanumeric characters (a-z, A-Z, 0-9),
                hyphens (-), underscores (_), colons (:), or be a valid email address. Constraints:
                at least 1 characters; at most 100 characters.
            fail_if_exists (bool, optional; query): If true, the request will fail if a topic with
                the same key already exists
            name (str, optional; body `name`): The display name for the topic. Constraints: at least
                0 characters; at most 100 characters.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            TopicResponseDto: the decoded response.

        Raises:
            BadRequestError: 400; `.body`: `ErrorDto`.
            AuthenticationError: 401; `.body`: `ErrorDto`.
            PermissionDeniedError: 403; `.body`: `ErrorDto`.
            NotFoundError: 404; `.body`: `ErrorDto`.
            MethodNotAllowedError: 405; `.body`: `ErrorDto`.
            ConflictError: 409; `.body`: `TopicResponseDto`.
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
            result = await novu.topics.create(topic_key="task:12345")
        """
        from novu_api.api.topics import create as _op

        topic_key = alias("topic_key", topic_key, "key", key, required=True)
        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "key": topic_key,
            "name": name,
        }
        return await _op.asyncio(
            client=self._client,
            fail_if_exists=fail_if_exists,
            body=body,
            **options,
        )

    async def delete(
        self,
        *,
        topic_key: str,
        **options: Unpack[RequestOptions],
    ) -> DeleteTopicResponseDto:
        """Delete a topic

        Delete a topic by its unique key identifier **topicKey**. This action is irreversible and
        will remove all subscriptions to the topic.

        `DELETE /v2/topics/{topicKey}` (TopicsController_deleteTopic). Standalone: `from
        novu_api.api.topics import delete`.

        Args:
            topic_key (str; path): The key identifier of the topic
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            DeleteTopicResponseDto: the decoded response.

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
            result = await novu.topics.delete(topic_key="TOPIC_KEY")
        """
        from novu_api.api.topics import delete as _op

        return await _op.asyncio(
            client=self._client,
            topic_key=topic_key,
            **options,
        )

    async def get(
        self,
        *,
        topic_key: str,
        **options: Unpack[RequestOptions],
    ) -> TopicResponseDto:
        """Retrieve a topic

        Retrieve a topic by its unique key identifier **topicKey**

        `GET /v2/topics/{topicKey}` (TopicsController_getTopic). Standalone: `from
        novu_api.api.topics import get`.

        Args:
            topic_key (str; path): The key identifier of the topic
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            TopicResponseDto: the decoded response.

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
            result = await novu.topics.get(topic_key="TOPIC_KEY")
        """
        from novu_api.api.topics import get as _op

        return await _op.asyncio(
            client=self._client,
            topic_key=topic_key,
            **options,
        )

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
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[TopicResponseDto]:
        """List all topics

        This api returns a paginated list of topics. Topics can be filtered by **key**, **name**, or
        **includeCursor** to paginate through the list. Checkout all available filters in the query
        section.

        `GET /v2/topics` (TopicsController_listTopics). Standalone: `from novu_api.api.topics import
        list`.

        Args:
            after (str, optional; query): Cursor for pagination indicating the starting point after
                which to fetch results.
            before (str, optional; query): Cursor for pagination indicating the ending point before
                which to fetch results.
            limit (float, optional; query): Limit the number of items to return (max 100).
                Constraints: <= 100.
            order_direction (TopicsControllerListTopicsOrderDirection | str, optional; query):
                Direction of sorting. Constraints: one of "ASC", "DESC".
            order_by (str, optional; query): Field to order by
            include_cursor (bool, optional; query): Include cursor item in response
            key (str, optional; query): Key of the topic to filter results.
            name (str, optional; query): Name of the topic to filter results.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            AsyncPage[TopicResponseDto]: the first page of `ListTopicsResponseDto`; iterating gives
                every item, following cursor pagination.

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
            async for item in await novu.topics.list():
                print(item)
        """
        from novu_api.api.topics import list as _op

        return await _op.asyncio(
            client=self._client,
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            key=key,
            name=name,
            **options,
        )

    async def update(
        self,
        *,
        topic_key: str,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> TopicResponseDto:
        """Update a topic

        Update a topic name by its unique key identifier **topicKey**

        `PATCH /v2/topics/{topicKey}` (TopicsController_updateTopic). Standalone: `from
        novu_api.api.topics import update`.

        Args:
            topic_key (str; path): The key identifier of the topic
            name (str; body `name`): The display name for the topic
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            TopicResponseDto: the decoded response.

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
            result = await novu.topics.update(topic_key="TOPIC_KEY", name="Updated Topic Name")
        """
        from novu_api.api.topics import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "name": name,
        }
        return await _op.asyncio(
            client=self._client,
            topic_key=topic_key,
            body=body,
            **options,
        )


class TopicsSubscribersResource(Resource["Novu"]):
    """`novu.topics.subscribers`."""

    def retrieve(
        self,
        *,
        topic_key: str,
        external_subscriber_id: str,
        **options: Unpack[RequestOptions],
    ) -> TopicSubscriberDto:
        """Check topic subscriber

        Check if a subscriber belongs to a certain topic

        `GET /v1/topics/{topicKey}/subscribers/{externalSubscriberId}`
        (TopicsV1Controller_getTopicSubscriber). Standalone: `from novu_api.api.topics.subscribers
        import retrieve`.

        Args:
            topic_key (str; path): The topic key
            external_subscriber_id (str; path): The external subscriber id
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            TopicSubscriberDto: the decoded response.

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
            result = novu.topics.subscribers.retrieve(topic_key="TOPIC_KEY", external_subscriber_id="EXTERNAL_SUBSCRIBER_ID")
        """
        from novu_api.api.topics.subscribers import retrieve as _op

        return _op.sync(
            client=self._client,
            topic_key=topic_key,
            external_subscriber_id=external_subscriber_id,
            **options,
        )


class AsyncTopicsSubscribersResource(Resource["AsyncNovu"]):
    """`novu.topics.subscribers` (async)."""

    async def retrieve(
        self,
        *,
        topic_key: str,
        external_subscriber_id: str,
        **options: Unpack[RequestOptions],
    ) -> TopicSubscriberDto:
        """Check topic subscriber

        Check if a subscriber belongs to a certain topic

        `GET /v1/topics/{topicKey}/subscribers/{externalSubscriberId}`
        (TopicsV1Controller_getTopicSubscriber). Standalone: `from novu_api.api.topics.subscribers
        import retrieve`.

        Args:
            topic_key (str; path): The topic key
            external_subscriber_id (str; path): The external subscriber id
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            TopicSubscriberDto: the decoded response.

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
            result = await novu.topics.subscribers.retrieve(topic_key="TOPIC_KEY", external_subscriber_id="EXTERNAL_SUBSCRIBER_ID")
        """
        from novu_api.api.topics.subscribers import retrieve as _op

        return await _op.asyncio(
            client=self._client,
            topic_key=topic_key,
            external_subscriber_id=external_subscriber_id,
            **options,
        )


class TopicsSubscriptionsResource(Resource["Novu"]):
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
        **options: Unpack[RequestOptions],
    ) -> CreateSubscriptionsResponseDto:
        """Create topic subscriptions

        This api will create subscription for subscriberIds for a topic. Its like subscribing to a
        common interest group. if topic does not exist, it will be created.

        `POST /v2/topics/{topicKey}/subscriptions` (TopicsController_createTopicSubscriptions).
        Standalone: `from novu_api.api.topics.subscriptions import create`.

        Args:
            topic_key (str; path): The key identifier of the topic
            subscriber_ids (Sequence[str], optional; body `subscriberIds`): List of subscriber IDs
                to subscribe to the topic (max: 100). @deprecated Use the "subscriptions" property
                instead.
            subscriptions (Sequence[str | TopicSubscriberIdentifierDto] | Sequence[Mapping[str,
                Any]], optional; body `subscriptions`): List of subscriptions to subscribe to the
                topic (max: 100). Can be either a string array of subscriber IDs or an array of
                objects with identifier and subscriberId
            name (str, optional; body `name`): The name of the topic
            context (CreateTopicSubscriptionsRequestDtoContext | Mapping[str, Any], optional; body
                `context`):
            preferences (Sequence[str | WorkflowPreferenceRequestDto | GroupPreferenceFilterDto] |
                Sequence[Mapping[str, Any]], optional; body `preferences`): The preferences of the
                topic. Can be a simple workflow ID string, workflow preference object, or group
                filter object
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            CreateSubscriptionsResponseDto: the decoded response.

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
            result = novu.topics.subscriptions.create(topic_key="TOPIC_KEY")
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
        return _op.sync(
            client=self._client,
            topic_key=topic_key,
            body=body,
            **options,
        )

    def create_many(
        self,
        subscriptions: Iterable[str | TopicSubscriberIdentifierDto | dict[str, Any]],
        *,
        topic_key: str,
        run_key: str | None = None,
        concurrency: int = 4,
        on_progress: Callable[[BulkProgress], object] | None = None,
        progress: bool = False,
        **options: Unpack[BulkOptions],
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
            options=options,
        )

    def delete(
        self,
        *,
        topic_key: str,
        subscriber_ids: Sequence[str] | Unset = UNSET,
        subscriptions: Sequence[str | DeleteTopicSubscriberIdentifierDto]
        | Sequence[Mapping[str, Any]]
        | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DeleteTopicSubscriptionsResponseDto:
        """Delete topic subscriptions

        Delete subscriptions for subscriberIds for a topic.

        `DELETE /v2/topics/{topicKey}/subscriptions` (TopicsController_deleteTopicSubscriptions).
        Standalone: `from novu_api.api.topics.subscriptions import delete`.

        Args:
            topic_key (str; path): The key identifier of the topic
            subscriber_ids (Sequence[str], optional; body `subscriberIds`): List of subscriber
                identifiers to unsubscribe from the topic (max: 100). @deprecated Use the
                "subscriptions" property instead.
            subscriptions (Sequence[str | DeleteTopicSubscriberIdentifierDto] |
                Sequence[Mapping[str, Any]], optional; body `subscriptions`): List of subscriptions
                to unsubscribe from the topic (max: 100). Can be either a string array of subscriber
                IDs or an array of objects with identifier and/or subscriberId. If only subscriberId
                is provided, all subscriptions for that subscriber within the topic will be deleted.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            DeleteTopicSubscriptionsResponseDto: the decoded response.

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
            result = novu.topics.subscriptions.delete(topic_key="TOPIC_KEY")
        """
        from novu_api.api.topics.subscriptions import delete as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "subscriberIds": subscriber_ids,
            "subscriptions": subscriptions,
        }
        return _op.sync(
            client=self._client,
            topic_key=topic_key,
            body=body,
            **options,
        )

    def get_subscription(
        self,
        *,
        topic_key: str,
        identifier: str,
        **options: Unpack[RequestOptions],
    ) -> SubscriptionDetailsResponseDto:
        """Retrieve a topic subscription

        Retrieve a subscription by its unique identifier for a topic.

        `GET /v2/topics/{topicKey}/subscriptions/{identifier}`
        (TopicsController_getTopicSubscription). Standalone: `from novu_api.api.topics.subscriptions
        import get_subscription`.

        Args:
            topic_key (str; path): The key identifier of the topic
            identifier (str; path): The unique identifier of the subscription
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            SubscriptionDetailsResponseDto: the decoded response.

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
            result = novu.topics.subscriptions.get_subscription(topic_key="TOPIC_KEY", identifier="IDENTIFIER")
        """
        from novu_api.api.topics.subscriptions import get_subscription as _op

        return _op.sync(
            client=self._client,
            topic_key=topic_key,
            identifier=identifier,
            **options,
        )

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
        **options: Unpack[RequestOptions],
    ) -> SyncPage[TopicSubscriptionResponseDto]:
        """List topic subscriptions

        List all subscriptions of subscribers for a topic. Checkout all available filters in the
        query section.

        `GET /v2/topics/{topicKey}/subscriptions` (TopicsController_listTopicSubscriptions).
        Standalone: `from novu_api.api.topics.subscriptions import list`.

        Args:
            topic_key (str; path): The key identifier of the topic
            after (str, optional; query): Cursor for pagination indicating the starting point after
                which to fetch results.
            before (str, optional; query): Cursor for pagination indicating the ending point before
                which to fetch results.
            limit (float, optional; query): Limit the number of items to return (max 100).
                Constraints: <= 100.
            order_direction (TopicsControllerListTopicSubscriptionsOrderDirection | str, optional;
                query): Direction of sorting. Constraints: one of "ASC", "DESC".
            order_by (str, optional; query): Field to order by
            include_cursor (bool, optional; query): Include cursor item in response
            subscriber_id (str, optional; query): Filter by subscriber ID
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
            for item in novu.topics.subscriptions.list(topic_key="TOPIC_KEY"):
                print(item)
        """
        from novu_api.api.topics.subscriptions import list as _op

        return _op.sync(
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
            **options,
        )

    def update(
        self,
        *,
        topic_key: str,
        identifier: str,
        name: str | Unset = UNSET,
        preferences: Sequence[str | WorkflowPreferenceRequestDto | GroupPreferenceFilterDto]
        | Sequence[Mapping[str, Any]]
        | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SubscriptionResponseDto:
        """Update a topic subscription

        Update a subscription by its unique identifier for a topic. You can update the preferences
        and name associated with the subscription.

        `PATCH /v2/topics/{topicKey}/subscriptions/{identifier}`
        (TopicsController_updateTopicSubscription). Standalone: `from
        novu_api.api.topics.subscriptions import update`.

        Args:
            topic_key (str; path): The key identifier of the topic
            identifier (str; path): The unique identifier of the subscription
            name (str, optional; body `name`): The name of the subscription
            preferences (Sequence[str | WorkflowPreferenceRequestDto | GroupPreferenceFilterDto] |
                Sequence[Mapping[str, Any]], optional; body `preferences`): The preferences of the
                topic. Can be a simple workflow ID string, workflow preference object, or group
                filter object
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            SubscriptionResponseDto: the decoded response.

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
            result = novu.topics.subscriptions.update(topic_key="TOPIC_KEY", identifier="IDENTIFIER")
        """
        from novu_api.api.topics.subscriptions import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "name": name,
            "preferences": preferences,
        }
        return _op.sync(
            client=self._client,
            topic_key=topic_key,
            identifier=identifier,
            body=body,
            **options,
        )


class AsyncTopicsSubscriptionsResource(Resource["AsyncNovu"]):
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
        **options: Unpack[RequestOptions],
    ) -> CreateSubscriptionsResponseDto:
        """Create topic subscriptions

        This api will create subscription for subscriberIds for a topic. Its like subscribing to a
        common interest group. if topic does not exist, it will be created.

        `POST /v2/topics/{topicKey}/subscriptions` (TopicsController_createTopicSubscriptions).
        Standalone: `from novu_api.api.topics.subscriptions import create`.

        Args:
            topic_key (str; path): The key identifier of the topic
            subscriber_ids (Sequence[str], optional; body `subscriberIds`): List of subscriber IDs
                to subscribe to the topic (max: 100). @deprecated Use the "subscriptions" property
                instead.
            subscriptions (Sequence[str | TopicSubscriberIdentifierDto] | Sequence[Mapping[str,
                Any]], optional; body `subscriptions`): List of subscriptions to subscribe to the
                topic (max: 100). Can be either a string array of subscriber IDs or an array of
                objects with identifier and subscriberId
            name (str, optional; body `name`): The name of the topic
            context (CreateTopicSubscriptionsRequestDtoContext | Mapping[str, Any], optional; body
                `context`):
            preferences (Sequence[str | WorkflowPreferenceRequestDto | GroupPreferenceFilterDto] |
                Sequence[Mapping[str, Any]], optional; body `preferences`): The preferences of the
                topic. Can be a simple workflow ID string, workflow preference object, or group
                filter object
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            CreateSubscriptionsResponseDto: the decoded response.

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
            result = await novu.topics.subscriptions.create(topic_key="TOPIC_KEY")
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
        return await _op.asyncio(
            client=self._client,
            topic_key=topic_key,
            body=body,
            **options,
        )

    def create_many(
        self,
        subscriptions: Iterable[str | TopicSubscriberIdentifierDto | dict[str, Any]],
        *,
        topic_key: str,
        run_key: str | None = None,
        concurrency: int = 4,
        on_progress: Callable[[BulkProgress], object] | None = None,
        progress: bool = False,
        **options: Unpack[BulkOptions],
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
            options=options,
        )

    async def delete(
        self,
        *,
        topic_key: str,
        subscriber_ids: Sequence[str] | Unset = UNSET,
        subscriptions: Sequence[str | DeleteTopicSubscriberIdentifierDto]
        | Sequence[Mapping[str, Any]]
        | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DeleteTopicSubscriptionsResponseDto:
        """Delete topic subscriptions

        Delete subscriptions for subscriberIds for a topic.

        `DELETE /v2/topics/{topicKey}/subscriptions` (TopicsController_deleteTopicSubscriptions).
        Standalone: `from novu_api.api.topics.subscriptions import delete`.

        Args:
            topic_key (str; path): The key identifier of the topic
            subscriber_ids (Sequence[str], optional; body `subscriberIds`): List of subscriber
                identifiers to unsubscribe from the topic (max: 100). @deprecated Use the
                "subscriptions" property instead.
            subscriptions (Sequence[str | DeleteTopicSubscriberIdentifierDto] |
                Sequence[Mapping[str, Any]], optional; body `subscriptions`): List of subscriptions
                to unsubscribe from the topic (max: 100). Can be either a string array of subscriber
                IDs or an array of objects with identifier and/or subscriberId. If only subscriberId
                is provided, all subscriptions for that subscriber within the topic will be deleted.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            DeleteTopicSubscriptionsResponseDto: the decoded response.

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
            result = await novu.topics.subscriptions.delete(topic_key="TOPIC_KEY")
        """
        from novu_api.api.topics.subscriptions import delete as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "subscriberIds": subscriber_ids,
            "subscriptions": subscriptions,
        }
        return await _op.asyncio(
            client=self._client,
            topic_key=topic_key,
            body=body,
            **options,
        )

    async def get_subscription(
        self,
        *,
        topic_key: str,
        identifier: str,
        **options: Unpack[RequestOptions],
    ) -> SubscriptionDetailsResponseDto:
        """Retrieve a topic subscription

        Retrieve a subscription by its unique identifier for a topic.

        `GET /v2/topics/{topicKey}/subscriptions/{identifier}`
        (TopicsController_getTopicSubscription). Standalone: `from novu_api.api.topics.subscriptions
        import get_subscription`.

        Args:
            topic_key (str; path): The key identifier of the topic
            identifier (str; path): The unique identifier of the subscription
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            SubscriptionDetailsResponseDto: the decoded response.

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
            result = await novu.topics.subscriptions.get_subscription(topic_key="TOPIC_KEY", identifier="IDENTIFIER")
        """
        from novu_api.api.topics.subscriptions import get_subscription as _op

        return await _op.asyncio(
            client=self._client,
            topic_key=topic_key,
            identifier=identifier,
            **options,
        )

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
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[TopicSubscriptionResponseDto]:
        """List topic subscriptions

        List all subscriptions of subscribers for a topic. Checkout all available filters in the
        query section.

        `GET /v2/topics/{topicKey}/subscriptions` (TopicsController_listTopicSubscriptions).
        Standalone: `from novu_api.api.topics.subscriptions import list`.

        Args:
            topic_key (str; path): The key identifier of the topic
            after (str, optional; query): Cursor for pagination indicating the starting point after
                which to fetch results.
            before (str, optional; query): Cursor for pagination indicating the ending point before
                which to fetch results.
            limit (float, optional; query): Limit the number of items to return (max 100).
                Constraints: <= 100.
            order_direction (TopicsControllerListTopicSubscriptionsOrderDirection | str, optional;
                query): Direction of sorting. Constraints: one of "ASC", "DESC".
            order_by (str, optional; query): Field to order by
            include_cursor (bool, optional; query): Include cursor item in response
            subscriber_id (str, optional; query): Filter by subscriber ID
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
            async for item in await novu.topics.subscriptions.list(topic_key="TOPIC_KEY"):
                print(item)
        """
        from novu_api.api.topics.subscriptions import list as _op

        return await _op.asyncio(
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
            **options,
        )

    async def update(
        self,
        *,
        topic_key: str,
        identifier: str,
        name: str | Unset = UNSET,
        preferences: Sequence[str | WorkflowPreferenceRequestDto | GroupPreferenceFilterDto]
        | Sequence[Mapping[str, Any]]
        | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SubscriptionResponseDto:
        """Update a topic subscription

        Update a subscription by its unique identifier for a topic. You can update the preferences
        and name associated with the subscription.

        `PATCH /v2/topics/{topicKey}/subscriptions/{identifier}`
        (TopicsController_updateTopicSubscription). Standalone: `from
        novu_api.api.topics.subscriptions import update`.

        Args:
            topic_key (str; path): The key identifier of the topic
            identifier (str; path): The unique identifier of the subscription
            name (str, optional; body `name`): The name of the subscription
            preferences (Sequence[str | WorkflowPreferenceRequestDto | GroupPreferenceFilterDto] |
                Sequence[Mapping[str, Any]], optional; body `preferences`): The preferences of the
                topic. Can be a simple workflow ID string, workflow preference object, or group
                filter object
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            SubscriptionResponseDto: the decoded response.

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
            result = await novu.topics.subscriptions.update(topic_key="TOPIC_KEY", identifier="IDENTIFIER")
        """
        from novu_api.api.topics.subscriptions import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "name": name,
            "preferences": preferences,
        }
        return await _op.asyncio(
            client=self._client,
            topic_key=topic_key,
            identifier=identifier,
            body=body,
            **options,
        )


class TopicsResourceWithRawResponse(RawResource["TopicsResource"]):
    """`novu.with_raw_response.topics`: each call returns a `RawResponse`."""

    def __init__(self, resource: TopicsResource) -> None:
        super().__init__(resource)
        self.create = raw(resource.create)
        self.delete = raw(resource.delete)
        self.get = raw(resource.get)
        self.list = raw(resource.list)
        self.update = raw(resource.update)

    @cached_property
    def subscribers(self) -> TopicsSubscribersResourceWithRawResponse:
        return TopicsSubscribersResourceWithRawResponse(self._resource.subscribers)

    @cached_property
    def subscriptions(self) -> TopicsSubscriptionsResourceWithRawResponse:
        return TopicsSubscriptionsResourceWithRawResponse(self._resource.subscriptions)


class AsyncTopicsResourceWithRawResponse(RawResource["AsyncTopicsResource"]):
    """`novu.with_raw_response.topics`: each call returns a `RawResponse`."""

    def __init__(self, resource: AsyncTopicsResource) -> None:
        super().__init__(resource)
        self.create = async_raw(resource.create)
        self.delete = async_raw(resource.delete)
        self.get = async_raw(resource.get)
        self.list = async_raw(resource.list)
        self.update = async_raw(resource.update)

    @cached_property
    def subscribers(self) -> AsyncTopicsSubscribersResourceWithRawResponse:
        return AsyncTopicsSubscribersResourceWithRawResponse(self._resource.subscribers)

    @cached_property
    def subscriptions(self) -> AsyncTopicsSubscriptionsResourceWithRawResponse:
        return AsyncTopicsSubscriptionsResourceWithRawResponse(self._resource.subscriptions)


class TopicsSubscribersResourceWithRawResponse(RawResource["TopicsSubscribersResource"]):
    """`novu.with_raw_response.topics.subscribers`: each call returns a `RawResponse`."""

    def __init__(self, resource: TopicsSubscribersResource) -> None:
        super().__init__(resource)
        self.retrieve = raw(resource.retrieve)


class AsyncTopicsSubscribersResourceWithRawResponse(RawResource["AsyncTopicsSubscribersResource"]):
    """`novu.with_raw_response.topics.subscribers`: each call returns a `RawResponse`."""

    def __init__(self, resource: AsyncTopicsSubscribersResource) -> None:
        super().__init__(resource)
        self.retrieve = async_raw(resource.retrieve)


class TopicsSubscriptionsResourceWithRawResponse(RawResource["TopicsSubscriptionsResource"]):
    """`novu.with_raw_response.topics.subscriptions`: each call returns a `RawResponse`."""

    def __init__(self, resource: TopicsSubscriptionsResource) -> None:
        super().__init__(resource)
        self.create = raw(resource.create)
        self.create_many = resource.create_many  # yields results as they come: no one response
        self.delete = raw(resource.delete)
        self.get_subscription = raw(resource.get_subscription)
        self.list = raw(resource.list)
        self.update = raw(resource.update)


class AsyncTopicsSubscriptionsResourceWithRawResponse(RawResource["AsyncTopicsSubscriptionsResource"]):
    """`novu.with_raw_response.topics.subscriptions`: each call returns a `RawResponse`."""

    def __init__(self, resource: AsyncTopicsSubscriptionsResource) -> None:
        super().__init__(resource)
        self.create = async_raw(resource.create)
        self.create_many = resource.create_many  # yields results as they come: no one response
        self.delete = async_raw(resource.delete)
        self.get_subscription = async_raw(resource.get_subscription)
        self.list = async_raw(resource.list)
        self.update = async_raw(resource.update)
