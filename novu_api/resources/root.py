# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""The resource facade the clients inherit: `novu.trigger(...)`, `novu.subscribers`, ...

Resources are created on first access and their modules imported then, so building a
client costs nothing per resource.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, overload

from .._resource import AsyncResource, SyncResource, alias
from .._types import UNSET, Unset

if TYPE_CHECKING:
    import builtins
    from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping, Sequence

    import httpx

    from novu_api.models.subscriber_payload_dto import SubscriberPayloadDto
    from novu_api.models.tenant_payload_dto import TenantPayloadDto
    from novu_api.models.topic_payload_dto import TopicPayloadDto
    from novu_api.models.trigger_event_request_dto import TriggerEventRequestDto
    from novu_api.models.trigger_event_request_dto_context import TriggerEventRequestDtoContext
    from novu_api.models.trigger_event_request_dto_payload import TriggerEventRequestDtoPayload
    from novu_api.models.trigger_event_response_dto import TriggerEventResponseDto
    from novu_api.models.trigger_event_to_all_request_dto_context import TriggerEventToAllRequestDtoContext
    from novu_api.models.trigger_event_to_all_request_dto_payload import TriggerEventToAllRequestDtoPayload
    from novu_api.models.trigger_overrides import TriggerOverrides

    from .._bulk import BulkProgress, BulkResult
    from .._client import RetryPolicy
    from .activity import ActivityResource, AsyncActivityResource
    from .agents import AgentsResource, AsyncAgentsResource
    from .channel_connections import AsyncChannelConnectionsResource, ChannelConnectionsResource
    from .channel_endpoints import AsyncChannelEndpointsResource, ChannelEndpointsResource
    from .contexts import AsyncContextsResource, ContextsResource
    from .domains import AsyncDomainsResource, DomainsResource
    from .environment_variables import AsyncEnvironmentVariablesResource, EnvironmentVariablesResource
    from .environments import AsyncEnvironmentsResource, EnvironmentsResource
    from .integrations import AsyncIntegrationsResource, IntegrationsResource
    from .layouts import AsyncLayoutsResource, LayoutsResource
    from .messages import AsyncMessagesResource, MessagesResource
    from .notifications import AsyncNotificationsResource, NotificationsResource
    from .subscribers import AsyncSubscribersResource, SubscribersResource
    from .topics import AsyncTopicsResource, TopicsResource
    from .translations import AsyncTranslationsResource, TranslationsResource
    from .workflows import AsyncWorkflowsResource, WorkflowsResource


class NovuResources(SyncResource):
    """Operations and resources of `Novu`."""

    @cached_property
    def activity(self) -> ActivityResource:
        from .activity import ActivityResource

        return ActivityResource(self._client, raw=self._raw)

    @cached_property
    def agents(self) -> AgentsResource:
        from .agents import AgentsResource

        return AgentsResource(self._client, raw=self._raw)

    @cached_property
    def channel_connections(self) -> ChannelConnectionsResource:
        from .channel_connections import ChannelConnectionsResource

        return ChannelConnectionsResource(self._client, raw=self._raw)

    @cached_property
    def channel_endpoints(self) -> ChannelEndpointsResource:
        from .channel_endpoints import ChannelEndpointsResource

        return ChannelEndpointsResource(self._client, raw=self._raw)

    @cached_property
    def contexts(self) -> ContextsResource:
        from .contexts import ContextsResource

        return ContextsResource(self._client, raw=self._raw)

    @cached_property
    def domains(self) -> DomainsResource:
        from .domains import DomainsResource

        return DomainsResource(self._client, raw=self._raw)

    @cached_property
    def environment_variables(self) -> EnvironmentVariablesResource:
        from .environment_variables import EnvironmentVariablesResource

        return EnvironmentVariablesResource(self._client, raw=self._raw)

    @cached_property
    def environments(self) -> EnvironmentsResource:
        from .environments import EnvironmentsResource

        return EnvironmentsResource(self._client, raw=self._raw)

    @cached_property
    def integrations(self) -> IntegrationsResource:
        from .integrations import IntegrationsResource

        return IntegrationsResource(self._client, raw=self._raw)

    @cached_property
    def layouts(self) -> LayoutsResource:
        from .layouts import LayoutsResource

        return LayoutsResource(self._client, raw=self._raw)

    @cached_property
    def messages(self) -> MessagesResource:
        from .messages import MessagesResource

        return MessagesResource(self._client, raw=self._raw)

    @cached_property
    def notifications(self) -> NotificationsResource:
        from .notifications import NotificationsResource

        return NotificationsResource(self._client, raw=self._raw)

    @cached_property
    def subscribers(self) -> SubscribersResource:
        from .subscribers import SubscribersResource

        return SubscribersResource(self._client, raw=self._raw)

    @cached_property
    def topics(self) -> TopicsResource:
        from .topics import TopicsResource

        return TopicsResource(self._client, raw=self._raw)

    @cached_property
    def translations(self) -> TranslationsResource:
        from .translations import TranslationsResource

        return TranslationsResource(self._client, raw=self._raw)

    @cached_property
    def workflows(self) -> WorkflowsResource:
        from .workflows import WorkflowsResource

        return WorkflowsResource(self._client, raw=self._raw)

    def cancel(
        self,
        *,
        transaction_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> bool:
        """Cancel triggered event: `DELETE /v1/events/trigger/{transactionId}`.

        Standalone: `from novu_api.api.events import cancel`.
        """
        from novu_api.api.events import cancel as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: bool = call(
            client=self._client,
            transaction_id=transaction_id,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def trigger(
        self,
        *,
        workflow_id: str,
        to: Sequence[SubscriberPayloadDto | TopicPayloadDto | str]
        | str
        | SubscriberPayloadDto
        | TopicPayloadDto
        | Mapping[str, Any],
        payload: TriggerEventRequestDtoPayload | Mapping[str, Any] | Unset = UNSET,
        bridge_url: str | Unset = UNSET,
        overrides: TriggerOverrides | Mapping[str, Any] | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        actor: str | SubscriberPayloadDto | Mapping[str, Any] | Unset = UNSET,
        tenant: str | TenantPayloadDto | Mapping[str, Any] | Unset = UNSET,
        context: TriggerEventRequestDtoContext | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> TriggerEventResponseDto:
        """Trigger event: `POST /v1/events/trigger`.

        Standalone: `from novu_api.api.events import trigger`.
        """
        from novu_api.api.events import trigger as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "name": workflow_id,
            "to": to,
            "payload": payload,
            "bridgeUrl": bridge_url,
            "overrides": overrides,
            "transactionId": transaction_id,
            "actor": actor,
            "tenant": tenant,
            "context": context,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: TriggerEventResponseDto = call(
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

    @overload
    def trigger_broadcast(
        self,
        *,
        workflow_id: str,
        payload: TriggerEventToAllRequestDtoPayload | Mapping[str, Any],
        overrides: TriggerOverrides | Mapping[str, Any] | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        actor: str | SubscriberPayloadDto | Mapping[str, Any] | Unset = UNSET,
        tenant: str | TenantPayloadDto | Mapping[str, Any] | Unset = UNSET,
        context: TriggerEventToAllRequestDtoContext | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> TriggerEventResponseDto: ...

    @overload
    def trigger_broadcast(
        self,
        *,
        name: str,
        payload: TriggerEventToAllRequestDtoPayload | Mapping[str, Any],
        overrides: TriggerOverrides | Mapping[str, Any] | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        actor: str | SubscriberPayloadDto | Mapping[str, Any] | Unset = UNSET,
        tenant: str | TenantPayloadDto | Mapping[str, Any] | Unset = UNSET,
        context: TriggerEventToAllRequestDtoContext | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> TriggerEventResponseDto: ...

    def trigger_broadcast(
        self,
        *,
        workflow_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        payload: TriggerEventToAllRequestDtoPayload | Mapping[str, Any],
        overrides: TriggerOverrides | Mapping[str, Any] | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        actor: str | SubscriberPayloadDto | Mapping[str, Any] | Unset = UNSET,
        tenant: str | TenantPayloadDto | Mapping[str, Any] | Unset = UNSET,
        context: TriggerEventToAllRequestDtoContext | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> TriggerEventResponseDto:
        """Broadcast event to all: `POST /v1/events/trigger/broadcast`.

        `workflow_id` is sent as `name`; `name=` is accepted as an alias.

        Standalone: `from novu_api.api.events import trigger_broadcast`.
        """
        from novu_api.api.events import trigger_broadcast as _op

        workflow_id = alias("workflow_id", workflow_id, "name", name, required=True)
        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "name": workflow_id,
            "payload": payload,
            "overrides": overrides,
            "transactionId": transaction_id,
            "actor": actor,
            "tenant": tenant,
            "context": context,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: TriggerEventResponseDto = call(
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

    def trigger_bulk(
        self,
        *,
        events: Sequence[TriggerEventRequestDto] | Sequence[Mapping[str, Any]],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> builtins.list[TriggerEventResponseDto]:
        """Bulk trigger event: `POST /v1/events/trigger/bulk`.

        Standalone: `from novu_api.api.events import trigger_bulk`.
        """
        from novu_api.api.events import trigger_bulk as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "events": events,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: builtins.list[TriggerEventResponseDto] = call(
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

    def trigger_many(
        self,
        events: Iterable[TriggerEventRequestDto | dict[str, Any]],
        *,
        run_key: str | None = None,
        concurrency: int = 4,
        on_progress: Callable[[BulkProgress], Any] | None = None,
        progress: bool = False,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
    ) -> Iterator[BulkResult[TriggerEventResponseDto]]:
        """Bulk trigger event, for any number of items: `POST /v1/events/trigger/bulk` in requests of 100.

        Yields one `BulkResult` per item, in input order; sending
        starts when iteration does. `run_key` names the job: the same run key over the same input
        sends the same Idempotency-Keys, so a re-run after a crash is answered from Novu's
        idempotency store for the requests already processed. See docs/sending-at-volume.md.
        """
        from novu_api.api.events import trigger_bulk as _op

        from .._bulk import send_many

        return send_many(
            self._client,
            _op,
            events,
            argument="events",
            path={},
            run_key=run_key,
            concurrency=concurrency,
            on_progress=on_progress,
            progress=progress,
            options={"timeout": timeout, "max_retries": max_retries, "extra_headers": extra_headers},
        )


class AsyncNovuResources(AsyncResource):
    """Operations and resources of `AsyncNovu`."""

    @cached_property
    def activity(self) -> AsyncActivityResource:
        from .activity import AsyncActivityResource

        return AsyncActivityResource(self._client, raw=self._raw)

    @cached_property
    def agents(self) -> AsyncAgentsResource:
        from .agents import AsyncAgentsResource

        return AsyncAgentsResource(self._client, raw=self._raw)

    @cached_property
    def channel_connections(self) -> AsyncChannelConnectionsResource:
        from .channel_connections import AsyncChannelConnectionsResource

        return AsyncChannelConnectionsResource(self._client, raw=self._raw)

    @cached_property
    def channel_endpoints(self) -> AsyncChannelEndpointsResource:
        from .channel_endpoints import AsyncChannelEndpointsResource

        return AsyncChannelEndpointsResource(self._client, raw=self._raw)

    @cached_property
    def contexts(self) -> AsyncContextsResource:
        from .contexts import AsyncContextsResource

        return AsyncContextsResource(self._client, raw=self._raw)

    @cached_property
    def domains(self) -> AsyncDomainsResource:
        from .domains import AsyncDomainsResource

        return AsyncDomainsResource(self._client, raw=self._raw)

    @cached_property
    def environment_variables(self) -> AsyncEnvironmentVariablesResource:
        from .environment_variables import AsyncEnvironmentVariablesResource

        return AsyncEnvironmentVariablesResource(self._client, raw=self._raw)

    @cached_property
    def environments(self) -> AsyncEnvironmentsResource:
        from .environments import AsyncEnvironmentsResource

        return AsyncEnvironmentsResource(self._client, raw=self._raw)

    @cached_property
    def integrations(self) -> AsyncIntegrationsResource:
        from .integrations import AsyncIntegrationsResource

        return AsyncIntegrationsResource(self._client, raw=self._raw)

    @cached_property
    def layouts(self) -> AsyncLayoutsResource:
        from .layouts import AsyncLayoutsResource

        return AsyncLayoutsResource(self._client, raw=self._raw)

    @cached_property
    def messages(self) -> AsyncMessagesResource:
        from .messages import AsyncMessagesResource

        return AsyncMessagesResource(self._client, raw=self._raw)

    @cached_property
    def notifications(self) -> AsyncNotificationsResource:
        from .notifications import AsyncNotificationsResource

        return AsyncNotificationsResource(self._client, raw=self._raw)

    @cached_property
    def subscribers(self) -> AsyncSubscribersResource:
        from .subscribers import AsyncSubscribersResource

        return AsyncSubscribersResource(self._client, raw=self._raw)

    @cached_property
    def topics(self) -> AsyncTopicsResource:
        from .topics import AsyncTopicsResource

        return AsyncTopicsResource(self._client, raw=self._raw)

    @cached_property
    def translations(self) -> AsyncTranslationsResource:
        from .translations import AsyncTranslationsResource

        return AsyncTranslationsResource(self._client, raw=self._raw)

    @cached_property
    def workflows(self) -> AsyncWorkflowsResource:
        from .workflows import AsyncWorkflowsResource

        return AsyncWorkflowsResource(self._client, raw=self._raw)

    async def cancel(
        self,
        *,
        transaction_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> bool:
        """Cancel triggered event: `DELETE /v1/events/trigger/{transactionId}`.

        Standalone: `from novu_api.api.events import cancel`.
        """
        from novu_api.api.events import cancel as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: bool = await call(
            client=self._client,
            transaction_id=transaction_id,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def trigger(
        self,
        *,
        workflow_id: str,
        to: Sequence[SubscriberPayloadDto | TopicPayloadDto | str]
        | str
        | SubscriberPayloadDto
        | TopicPayloadDto
        | Mapping[str, Any],
        payload: TriggerEventRequestDtoPayload | Mapping[str, Any] | Unset = UNSET,
        bridge_url: str | Unset = UNSET,
        overrides: TriggerOverrides | Mapping[str, Any] | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        actor: str | SubscriberPayloadDto | Mapping[str, Any] | Unset = UNSET,
        tenant: str | TenantPayloadDto | Mapping[str, Any] | Unset = UNSET,
        context: TriggerEventRequestDtoContext | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> TriggerEventResponseDto:
        """Trigger event: `POST /v1/events/trigger`.

        Standalone: `from novu_api.api.events import trigger`.
        """
        from novu_api.api.events import trigger as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "name": workflow_id,
            "to": to,
            "payload": payload,
            "bridgeUrl": bridge_url,
            "overrides": overrides,
            "transactionId": transaction_id,
            "actor": actor,
            "tenant": tenant,
            "context": context,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: TriggerEventResponseDto = await call(
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

    @overload
    async def trigger_broadcast(
        self,
        *,
        workflow_id: str,
        payload: TriggerEventToAllRequestDtoPayload | Mapping[str, Any],
        overrides: TriggerOverrides | Mapping[str, Any] | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        actor: str | SubscriberPayloadDto | Mapping[str, Any] | Unset = UNSET,
        tenant: str | TenantPayloadDto | Mapping[str, Any] | Unset = UNSET,
        context: TriggerEventToAllRequestDtoContext | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> TriggerEventResponseDto: ...

    @overload
    async def trigger_broadcast(
        self,
        *,
        name: str,
        payload: TriggerEventToAllRequestDtoPayload | Mapping[str, Any],
        overrides: TriggerOverrides | Mapping[str, Any] | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        actor: str | SubscriberPayloadDto | Mapping[str, Any] | Unset = UNSET,
        tenant: str | TenantPayloadDto | Mapping[str, Any] | Unset = UNSET,
        context: TriggerEventToAllRequestDtoContext | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> TriggerEventResponseDto: ...

    async def trigger_broadcast(
        self,
        *,
        workflow_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        payload: TriggerEventToAllRequestDtoPayload | Mapping[str, Any],
        overrides: TriggerOverrides | Mapping[str, Any] | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        actor: str | SubscriberPayloadDto | Mapping[str, Any] | Unset = UNSET,
        tenant: str | TenantPayloadDto | Mapping[str, Any] | Unset = UNSET,
        context: TriggerEventToAllRequestDtoContext | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> TriggerEventResponseDto:
        """Broadcast event to all: `POST /v1/events/trigger/broadcast`.

        `workflow_id` is sent as `name`; `name=` is accepted as an alias.

        Standalone: `from novu_api.api.events import trigger_broadcast`.
        """
        from novu_api.api.events import trigger_broadcast as _op

        workflow_id = alias("workflow_id", workflow_id, "name", name, required=True)
        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "name": workflow_id,
            "payload": payload,
            "overrides": overrides,
            "transactionId": transaction_id,
            "actor": actor,
            "tenant": tenant,
            "context": context,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: TriggerEventResponseDto = await call(
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

    async def trigger_bulk(
        self,
        *,
        events: Sequence[TriggerEventRequestDto] | Sequence[Mapping[str, Any]],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> builtins.list[TriggerEventResponseDto]:
        """Bulk trigger event: `POST /v1/events/trigger/bulk`.

        Standalone: `from novu_api.api.events import trigger_bulk`.
        """
        from novu_api.api.events import trigger_bulk as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "events": events,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: builtins.list[TriggerEventResponseDto] = await call(
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

    def trigger_many(
        self,
        events: Iterable[TriggerEventRequestDto | dict[str, Any]],
        *,
        run_key: str | None = None,
        concurrency: int = 4,
        on_progress: Callable[[BulkProgress], Any] | None = None,
        progress: bool = False,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
    ) -> AsyncIterator[BulkResult[TriggerEventResponseDto]]:
        """Bulk trigger event, for any number of items: `POST /v1/events/trigger/bulk` in requests of 100.

        Yields one `BulkResult` per item, in input order (`async for`); sending
        starts when iteration does. `run_key` names the job: the same run key over the same input
        sends the same Idempotency-Keys, so a re-run after a crash is answered from Novu's
        idempotency store for the requests already processed. See docs/sending-at-volume.md.
        """
        from novu_api.api.events import trigger_bulk as _op

        from .._bulk import send_many_async

        return send_many_async(
            self._client,
            _op,
            events,
            argument="events",
            path={},
            run_key=run_key,
            concurrency=concurrency,
            on_progress=on_progress,
            progress=progress,
            options={"timeout": timeout, "max_retries": max_retries, "extra_headers": extra_headers},
        )
