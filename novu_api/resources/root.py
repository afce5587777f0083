# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""The resource facade the clients inherit: `novu.trigger(...)`, `novu.subscribers`, ...

Resources are created on first access and their modules imported then, so building a
client costs nothing per resource.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, overload

from .._raw import async_raw, raw
from .._resource import RawResource, Resource, alias
from .._types import UNSET, Unset

if TYPE_CHECKING:
    import builtins
    from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping, Sequence

    from typing_extensions import Unpack

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
    from .._client import AsyncNovu, Novu  # noqa: F401 (named in the base classes)
    from .._options import BulkOptions, RequestOptions
    from .activity import (
        ActivityResource,
        ActivityResourceWithRawResponse,
        AsyncActivityResource,
        AsyncActivityResourceWithRawResponse,
    )
    from .agents import (
        AgentsResource,
        AgentsResourceWithRawResponse,
        AsyncAgentsResource,
        AsyncAgentsResourceWithRawResponse,
    )
    from .channel_connections import (
        AsyncChannelConnectionsResource,
        AsyncChannelConnectionsResourceWithRawResponse,
        ChannelConnectionsResource,
        ChannelConnectionsResourceWithRawResponse,
    )
    from .channel_endpoints import (
        AsyncChannelEndpointsResource,
        AsyncChannelEndpointsResourceWithRawResponse,
        ChannelEndpointsResource,
        ChannelEndpointsResourceWithRawResponse,
    )
    from .contexts import (
        AsyncContextsResource,
        AsyncContextsResourceWithRawResponse,
        ContextsResource,
        ContextsResourceWithRawResponse,
    )
    from .domains import (
        AsyncDomainsResource,
        AsyncDomainsResourceWithRawResponse,
        DomainsResource,
        DomainsResourceWithRawResponse,
    )
    from .environment_variables import (
        AsyncEnvironmentVariablesResource,
        AsyncEnvironmentVariablesResourceWithRawResponse,
        EnvironmentVariablesResource,
        EnvironmentVariablesResourceWithRawResponse,
    )
    from .environments import (
        AsyncEnvironmentsResource,
        AsyncEnvironmentsResourceWithRawResponse,
        EnvironmentsResource,
        EnvironmentsResourceWithRawResponse,
    )
    from .integrations import (
        AsyncIntegrationsResource,
        AsyncIntegrationsResourceWithRawResponse,
        IntegrationsResource,
        IntegrationsResourceWithRawResponse,
    )
    from .layouts import (
        AsyncLayoutsResource,
        AsyncLayoutsResourceWithRawResponse,
        LayoutsResource,
        LayoutsResourceWithRawResponse,
    )
    from .messages import (
        AsyncMessagesResource,
        AsyncMessagesResourceWithRawResponse,
        MessagesResource,
        MessagesResourceWithRawResponse,
    )
    from .notifications import (
        AsyncNotificationsResource,
        AsyncNotificationsResourceWithRawResponse,
        NotificationsResource,
        NotificationsResourceWithRawResponse,
    )
    from .subscribers import (
        AsyncSubscribersResource,
        AsyncSubscribersResourceWithRawResponse,
        SubscribersResource,
        SubscribersResourceWithRawResponse,
    )
    from .topics import (
        AsyncTopicsResource,
        AsyncTopicsResourceWithRawResponse,
        TopicsResource,
        TopicsResourceWithRawResponse,
    )
    from .translations import (
        AsyncTranslationsResource,
        AsyncTranslationsResourceWithRawResponse,
        TranslationsResource,
        TranslationsResourceWithRawResponse,
    )
    from .workflows import (
        AsyncWorkflowsResource,
        AsyncWorkflowsResourceWithRawResponse,
        WorkflowsResource,
        WorkflowsResourceWithRawResponse,
    )


class NovuResources(Resource["Novu"]):
    """Operations and resources of `Novu`."""

    @cached_property
    def activity(self) -> ActivityResource:
        from .activity import ActivityResource

        return ActivityResource(self._client)

    @cached_property
    def agents(self) -> AgentsResource:
        from .agents import AgentsResource

        return AgentsResource(self._client)

    @cached_property
    def channel_connections(self) -> ChannelConnectionsResource:
        from .channel_connections import ChannelConnectionsResource

        return ChannelConnectionsResource(self._client)

    @cached_property
    def channel_endpoints(self) -> ChannelEndpointsResource:
        from .channel_endpoints import ChannelEndpointsResource

        return ChannelEndpointsResource(self._client)

    @cached_property
    def contexts(self) -> ContextsResource:
        from .contexts import ContextsResource

        return ContextsResource(self._client)

    @cached_property
    def domains(self) -> DomainsResource:
        from .domains import DomainsResource

        return DomainsResource(self._client)

    @cached_property
    def environment_variables(self) -> EnvironmentVariablesResource:
        from .environment_variables import EnvironmentVariablesResource

        return EnvironmentVariablesResource(self._client)

    @cached_property
    def environments(self) -> EnvironmentsResource:
        from .environments import EnvironmentsResource

        return EnvironmentsResource(self._client)

    @cached_property
    def integrations(self) -> IntegrationsResource:
        from .integrations import IntegrationsResource

        return IntegrationsResource(self._client)

    @cached_property
    def layouts(self) -> LayoutsResource:
        from .layouts import LayoutsResource

        return LayoutsResource(self._client)

    @cached_property
    def messages(self) -> MessagesResource:
        from .messages import MessagesResource

        return MessagesResource(self._client)

    @cached_property
    def notifications(self) -> NotificationsResource:
        from .notifications import NotificationsResource

        return NotificationsResource(self._client)

    @cached_property
    def subscribers(self) -> SubscribersResource:
        from .subscribers import SubscribersResource

        return SubscribersResource(self._client)

    @cached_property
    def topics(self) -> TopicsResource:
        from .topics import TopicsResource

        return TopicsResource(self._client)

    @cached_property
    def translations(self) -> TranslationsResource:
        from .translations import TranslationsResource

        return TranslationsResource(self._client)

    @cached_property
    def workflows(self) -> WorkflowsResource:
        from .workflows import WorkflowsResource

        return WorkflowsResource(self._client)

    def cancel(
        self,
        *,
        transaction_id: str,
        **options: Unpack[RequestOptions],
    ) -> bool:
        """Cancel triggered event

        Using a previously generated transactionId during the event trigger, will cancel any active
        or pending workflows. This is useful to cancel active digests, delays etc...

        `DELETE /v1/events/trigger/{transactionId}` (EventsController_cancel). Standalone: `from
        novu_api.api.events import cancel`.

        Args:
            transaction_id (str; path):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            bool: the decoded response.

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
            result = novu.cancel(transaction_id="TRANSACTION_ID")
        """
        from novu_api.api.events import cancel as _op

        return _op.sync(
            client=self._client,
            transaction_id=transaction_id,
            **options,
        )

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
        **options: Unpack[RequestOptions],
    ) -> TriggerEventResponseDto:
        """Trigger event

        Trigger event is the main (and only) way to send notifications to subscribers. The trigger
        identifier is used to match the particular workflow associated with it. Maximum number of
        recipients can be 100. Additional information can be passed according the body interface
        below. To prevent duplicate triggers, you can optionally pass a **transactionId** in the
        request body. If the same **transactionId** is used again, the trigger will be ignored. The
        retention period depends on your billing tier.

        `POST /v1/events/trigger` (EventsController_trigger). Standalone: `from novu_api.api.events
        import trigger`.

        Args:
            workflow_id (str; body `name`): The trigger identifier of the workflow you wish to send.
                This identifier can be found on the workflow page.
            to (Sequence[SubscriberPayloadDto | TopicPayloadDto | str] | str | SubscriberPayloadDto
                | TopicPayloadDto | Mapping[str, Any]; body `to`): The recipients list of people who
                will receive the notification. Maximum number of recipients can be 100.
            payload (TriggerEventRequestDtoPayload | Mapping[str, Any], optional; body `payload`):
                The payload object is used to pass additional custom information that could be used
                to render the workflow, or perform routing rules based on it. This data will also be
                available when fetching the notifications feed from the API to display certain parts
                of the UI.
            bridge_url (str, optional; body `bridgeUrl`): Optional Bridge Endpoint URL used to route
                this trigger to a specific Bridge application. Useful during local development when
                multiple engineers share an organization: set this to your personal tunnel URL from
                `npx novu@latest dev` (for example via NOVU_BRIDGE_URL) so app-fired triggers hit
                your machine instead of the environment's synced Bridge URL. Must be a publicly
                reachable https URL — private or localhost addresses are rejected.
            overrides (TriggerOverrides | Mapping[str, Any], optional; body `overrides`): This could
                be used to override provider specific configurations
            transaction_id (str, optional; body `transactionId`): A unique identifier for
                deduplication. If the same **transactionId** is sent again, the trigger is ignored.
                Useful to prevent duplicate notifications. The retention period depends on your
                billing tier.
            actor (str | SubscriberPayloadDto | Mapping[str, Any], optional; body `actor`): It is
                used to display the Avatar of the provided actor's subscriber id or actor object. If
                a new actor object is provided, we will create a new subscriber in our system
            tenant (str | TenantPayloadDto | Mapping[str, Any], optional; body `tenant`): It is used
                to specify a tenant context during trigger event. Existing tenants will be updated
                with the provided details.
            context (TriggerEventRequestDtoContext | Mapping[str, Any], optional; body `context`):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            TriggerEventResponseDto: the decoded response.

        Raises:
            BadRequestError: 400; `.body`: `PayloadValidationExceptionDto`.
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
            result = novu.trigger(workflow_id="workflow_identifier", to={...})
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
        return _op.sync(
            client=self._client,
            body=body,
            **options,
        )

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
        **options: Unpack[RequestOptions],
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
        **options: Unpack[RequestOptions],
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
        **options: Unpack[RequestOptions],
    ) -> TriggerEventResponseDto:
        """Broadcast event to all

        Trigger a broadcast event to all existing subscribers, could be used to send announcements,
        etc. In the future could be used to trigger events to a subset of subscribers based on
        defined filters.

        `POST /v1/events/trigger/broadcast` (EventsController_broadcastEventToAll). Standalone:
        `from novu_api.api.events import trigger_broadcast`.

        Args:
            workflow_id (str; body `name`): `name=` is accepted as an alias. The trigger identifier
                associated for the template you wish to send. This identifier can be found on the
                template page.
            payload (TriggerEventToAllRequestDtoPayload | Mapping[str, Any]; body `payload`): The
                payload object is used to pass additional information that could be used to render
                the template, or perform routing rules based on it. For In-App channel, payload data
                are also available in <Inbox />
            overrides (TriggerOverrides | Mapping[str, Any], optional; body `overrides`): This could
                be used to override provider specific configurations
            transaction_id (str, optional; body `transactionId`): A unique identifier for this
                transaction, we will generated a UUID if not provided.
            actor (str | SubscriberPayloadDto | Mapping[str, Any], optional; body `actor`): It is
                used to display the Avatar of the provided actor's subscriber id or actor object. If
                a new actor object is provided, we will create a new subscriber in our system
            tenant (str | TenantPayloadDto | Mapping[str, Any], optional; body `tenant`): It is used
                to specify a tenant context during trigger event. If a new tenant object is
                provided, we will create a new tenant.
            context (TriggerEventToAllRequestDtoContext | Mapping[str, Any], optional; body
                `context`):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            TriggerEventResponseDto: the decoded response.

        Raises:
            BadRequestError: 400; `.body`: `PayloadValidationExceptionDto`.
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
            result = novu.trigger_broadcast(workflow_id="NAME", payload={...})
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
        return _op.sync(
            client=self._client,
            body=body,
            **options,
        )

    def trigger_bulk(
        self,
        *,
        events: Sequence[TriggerEventRequestDto] | Sequence[Mapping[str, Any]],
        **options: Unpack[RequestOptions],
    ) -> builtins.list[TriggerEventResponseDto]:
        """Bulk trigger event

        Using this endpoint you can trigger multiple events at once, to avoid multiple calls to the
        API. The bulk API is limited to 100 events per request.

        `POST /v1/events/trigger/bulk` (EventsController_triggerBulk). Standalone: `from
        novu_api.api.events import trigger_bulk`.

        Args:
            events (Sequence[TriggerEventRequestDto] | Sequence[Mapping[str, Any]]; body `events`):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            list[TriggerEventResponseDto]: the decoded response.

        Raises:
            BadRequestError: 400; `.body`: `PayloadValidationExceptionDto`.
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
            result = novu.trigger_bulk(events=[...])
        """
        from novu_api.api.events import trigger_bulk as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "events": events,
        }
        return _op.sync(
            client=self._client,
            body=body,
            **options,
        )

    def trigger_many(
        self,
        events: Iterable[TriggerEventRequestDto | dict[str, Any]],
        *,
        run_key: str | None = None,
        concurrency: int = 4,
        on_progress: Callable[[BulkProgress], object] | None = None,
        progress: bool = False,
        **options: Unpack[BulkOptions],
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
            options=options,
        )


class AsyncNovuResources(Resource["AsyncNovu"]):
    """Operations and resources of `AsyncNovu`."""

    @cached_property
    def activity(self) -> AsyncActivityResource:
        from .activity import AsyncActivityResource

        return AsyncActivityResource(self._client)

    @cached_property
    def agents(self) -> AsyncAgentsResource:
        from .agents import AsyncAgentsResource

        return AsyncAgentsResource(self._client)

    @cached_property
    def channel_connections(self) -> AsyncChannelConnectionsResource:
        from .channel_connections import AsyncChannelConnectionsResource

        return AsyncChannelConnectionsResource(self._client)

    @cached_property
    def channel_endpoints(self) -> AsyncChannelEndpointsResource:
        from .channel_endpoints import AsyncChannelEndpointsResource

        return AsyncChannelEndpointsResource(self._client)

    @cached_property
    def contexts(self) -> AsyncContextsResource:
        from .contexts import AsyncContextsResource

        return AsyncContextsResource(self._client)

    @cached_property
    def domains(self) -> AsyncDomainsResource:
        from .domains import AsyncDomainsResource

        return AsyncDomainsResource(self._client)

    @cached_property
    def environment_variables(self) -> AsyncEnvironmentVariablesResource:
        from .environment_variables import AsyncEnvironmentVariablesResource

        return AsyncEnvironmentVariablesResource(self._client)

    @cached_property
    def environments(self) -> AsyncEnvironmentsResource:
        from .environments import AsyncEnvironmentsResource

        return AsyncEnvironmentsResource(self._client)

    @cached_property
    def integrations(self) -> AsyncIntegrationsResource:
        from .integrations import AsyncIntegrationsResource

        return AsyncIntegrationsResource(self._client)

    @cached_property
    def layouts(self) -> AsyncLayoutsResource:
        from .layouts import AsyncLayoutsResource

        return AsyncLayoutsResource(self._client)

    @cached_property
    def messages(self) -> AsyncMessagesResource:
        from .messages import AsyncMessagesResource

        return AsyncMessagesResource(self._client)

    @cached_property
    def notifications(self) -> AsyncNotificationsResource:
        from .notifications import AsyncNotificationsResource

        return AsyncNotificationsResource(self._client)

    @cached_property
    def subscribers(self) -> AsyncSubscribersResource:
        from .subscribers import AsyncSubscribersResource

        return AsyncSubscribersResource(self._client)

    @cached_property
    def topics(self) -> AsyncTopicsResource:
        from .topics import AsyncTopicsResource

        return AsyncTopicsResource(self._client)

    @cached_property
    def translations(self) -> AsyncTranslationsResource:
        from .translations import AsyncTranslationsResource

        return AsyncTranslationsResource(self._client)

    @cached_property
    def workflows(self) -> AsyncWorkflowsResource:
        from .workflows import AsyncWorkflowsResource

        return AsyncWorkflowsResource(self._client)

    async def cancel(
        self,
        *,
        transaction_id: str,
        **options: Unpack[RequestOptions],
    ) -> bool:
        """Cancel triggered event

        Using a previously generated transactionId during the event trigger, will cancel any active
        or pending workflows. This is useful to cancel active digests, delays etc...

        `DELETE /v1/events/trigger/{transactionId}` (EventsController_cancel). Standalone: `from
        novu_api.api.events import cancel`.

        Args:
            transaction_id (str; path):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            bool: the decoded response.

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
            result = await novu.cancel(transaction_id="TRANSACTION_ID")
        """
        from novu_api.api.events import cancel as _op

        return await _op.asyncio(
            client=self._client,
            transaction_id=transaction_id,
            **options,
        )

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
        **options: Unpack[RequestOptions],
    ) -> TriggerEventResponseDto:
        """Trigger event

        Trigger event is the main (and only) way to send notifications to subscribers. The trigger
        identifier is used to match the particular workflow associated with it. Maximum number of
        recipients can be 100. Additional information can be passed according the body interface
        below. To prevent duplicate triggers, you can optionally pass a **transactionId** in the
        request body. If the same **transactionId** is used again, the trigger will be ignored. The
        retention period depends on your billing tier.

        `POST /v1/events/trigger` (EventsController_trigger). Standalone: `from novu_api.api.events
        import trigger`.

        Args:
            workflow_id (str; body `name`): The trigger identifier of the workflow you wish to send.
                This identifier can be found on the workflow page.
            to (Sequence[SubscriberPayloadDto | TopicPayloadDto | str] | str | SubscriberPayloadDto
                | TopicPayloadDto | Mapping[str, Any]; body `to`): The recipients list of people who
                will receive the notification. Maximum number of recipients can be 100.
            payload (TriggerEventRequestDtoPayload | Mapping[str, Any], optional; body `payload`):
                The payload object is used to pass additional custom information that could be used
                to render the workflow, or perform routing rules based on it. This data will also be
                available when fetching the notifications feed from the API to display certain parts
                of the UI.
            bridge_url (str, optional; body `bridgeUrl`): Optional Bridge Endpoint URL used to route
                this trigger to a specific Bridge application. Useful during local development when
                multiple engineers share an organization: set this to your personal tunnel URL from
                `npx novu@latest dev` (for example via NOVU_BRIDGE_URL) so app-fired triggers hit
                your machine instead of the environment's synced Bridge URL. Must be a publicly
                reachable https URL — private or localhost addresses are rejected.
            overrides (TriggerOverrides | Mapping[str, Any], optional; body `overrides`): This could
                be used to override provider specific configurations
            transaction_id (str, optional; body `transactionId`): A unique identifier for
                deduplication. If the same **transactionId** is sent again, the trigger is ignored.
                Useful to prevent duplicate notifications. The retention period depends on your
                billing tier.
            actor (str | SubscriberPayloadDto | Mapping[str, Any], optional; body `actor`): It is
                used to display the Avatar of the provided actor's subscriber id or actor object. If
                a new actor object is provided, we will create a new subscriber in our system
            tenant (str | TenantPayloadDto | Mapping[str, Any], optional; body `tenant`): It is used
                to specify a tenant context during trigger event. Existing tenants will be updated
                with the provided details.
            context (TriggerEventRequestDtoContext | Mapping[str, Any], optional; body `context`):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            TriggerEventResponseDto: the decoded response.

        Raises:
            BadRequestError: 400; `.body`: `PayloadValidationExceptionDto`.
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
            result = await novu.trigger(workflow_id="workflow_identifier", to={...})
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
        return await _op.asyncio(
            client=self._client,
            body=body,
            **options,
        )

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
        **options: Unpack[RequestOptions],
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
        **options: Unpack[RequestOptions],
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
        **options: Unpack[RequestOptions],
    ) -> TriggerEventResponseDto:
        """Broadcast event to all

        Trigger a broadcast event to all existing subscribers, could be used to send announcements,
        etc. In the future could be used to trigger events to a subset of subscribers based on
        defined filters.

        `POST /v1/events/trigger/broadcast` (EventsController_broadcastEventToAll). Standalone:
        `from novu_api.api.events import trigger_broadcast`.

        Args:
            workflow_id (str; body `name`): `name=` is accepted as an alias. The trigger identifier
                associated for the template you wish to send. This identifier can be found on the
                template page.
            payload (TriggerEventToAllRequestDtoPayload | Mapping[str, Any]; body `payload`): The
                payload object is used to pass additional information that could be used to render
                the template, or perform routing rules based on it. For In-App channel, payload data
                are also available in <Inbox />
            overrides (TriggerOverrides | Mapping[str, Any], optional; body `overrides`): This could
                be used to override provider specific configurations
            transaction_id (str, optional; body `transactionId`): A unique identifier for this
                transaction, we will generated a UUID if not provided.
            actor (str | SubscriberPayloadDto | Mapping[str, Any], optional; body `actor`): It is
                used to display the Avatar of the provided actor's subscriber id or actor object. If
                a new actor object is provided, we will create a new subscriber in our system
            tenant (str | TenantPayloadDto | Mapping[str, Any], optional; body `tenant`): It is used
                to specify a tenant context during trigger event. If a new tenant object is
                provided, we will create a new tenant.
            context (TriggerEventToAllRequestDtoContext | Mapping[str, Any], optional; body
                `context`):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            TriggerEventResponseDto: the decoded response.

        Raises:
            BadRequestError: 400; `.body`: `PayloadValidationExceptionDto`.
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
            result = await novu.trigger_broadcast(workflow_id="NAME", payload={...})
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
        return await _op.asyncio(
            client=self._client,
            body=body,
            **options,
        )

    async def trigger_bulk(
        self,
        *,
        events: Sequence[TriggerEventRequestDto] | Sequence[Mapping[str, Any]],
        **options: Unpack[RequestOptions],
    ) -> builtins.list[TriggerEventResponseDto]:
        """Bulk trigger event

        Using this endpoint you can trigger multiple events at once, to avoid multiple calls to the
        API. The bulk API is limited to 100 events per request.

        `POST /v1/events/trigger/bulk` (EventsController_triggerBulk). Standalone: `from
        novu_api.api.events import trigger_bulk`.

        Args:
            events (Sequence[TriggerEventRequestDto] | Sequence[Mapping[str, Any]]; body `events`):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            list[TriggerEventResponseDto]: the decoded response.

        Raises:
            BadRequestError: 400; `.body`: `PayloadValidationExceptionDto`.
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
            result = await novu.trigger_bulk(events=[...])
        """
        from novu_api.api.events import trigger_bulk as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "events": events,
        }
        return await _op.asyncio(
            client=self._client,
            body=body,
            **options,
        )

    def trigger_many(
        self,
        events: Iterable[TriggerEventRequestDto | dict[str, Any]],
        *,
        run_key: str | None = None,
        concurrency: int = 4,
        on_progress: Callable[[BulkProgress], object] | None = None,
        progress: bool = False,
        **options: Unpack[BulkOptions],
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
            options=options,
        )


class NovuResourcesWithRawResponse(RawResource["NovuResources"]):
    """`novu.with_raw_response`: the facade's calls, each returning a `RawResponse`."""

    def __init__(self, resource: NovuResources) -> None:
        super().__init__(resource)
        self.cancel = raw(resource.cancel)
        self.trigger = raw(resource.trigger)
        self.trigger_broadcast = raw(resource.trigger_broadcast)
        self.trigger_bulk = raw(resource.trigger_bulk)
        self.trigger_many = resource.trigger_many  # yields results as they come: no one response

    @cached_property
    def activity(self) -> ActivityResourceWithRawResponse:
        from .activity import ActivityResourceWithRawResponse

        return ActivityResourceWithRawResponse(self._resource.activity)

    @cached_property
    def agents(self) -> AgentsResourceWithRawResponse:
        from .agents import AgentsResourceWithRawResponse

        return AgentsResourceWithRawResponse(self._resource.agents)

    @cached_property
    def channel_connections(self) -> ChannelConnectionsResourceWithRawResponse:
        from .channel_connections import ChannelConnectionsResourceWithRawResponse

        return ChannelConnectionsResourceWithRawResponse(self._resource.channel_connections)

    @cached_property
    def channel_endpoints(self) -> ChannelEndpointsResourceWithRawResponse:
        from .channel_endpoints import ChannelEndpointsResourceWithRawResponse

        return ChannelEndpointsResourceWithRawResponse(self._resource.channel_endpoints)

    @cached_property
    def contexts(self) -> ContextsResourceWithRawResponse:
        from .contexts import ContextsResourceWithRawResponse

        return ContextsResourceWithRawResponse(self._resource.contexts)

    @cached_property
    def domains(self) -> DomainsResourceWithRawResponse:
        from .domains import DomainsResourceWithRawResponse

        return DomainsResourceWithRawResponse(self._resource.domains)

    @cached_property
    def environment_variables(self) -> EnvironmentVariablesResourceWithRawResponse:
        from .environment_variables import EnvironmentVariablesResourceWithRawResponse

        return EnvironmentVariablesResourceWithRawResponse(self._resource.environment_variables)

    @cached_property
    def environments(self) -> EnvironmentsResourceWithRawResponse:
        from .environments import EnvironmentsResourceWithRawResponse

        return EnvironmentsResourceWithRawResponse(self._resource.environments)

    @cached_property
    def integrations(self) -> IntegrationsResourceWithRawResponse:
        from .integrations import IntegrationsResourceWithRawResponse

        return IntegrationsResourceWithRawResponse(self._resource.integrations)

    @cached_property
    def layouts(self) -> LayoutsResourceWithRawResponse:
        from .layouts import LayoutsResourceWithRawResponse

        return LayoutsResourceWithRawResponse(self._resource.layouts)

    @cached_property
    def messages(self) -> MessagesResourceWithRawResponse:
        from .messages import MessagesResourceWithRawResponse

        return MessagesResourceWithRawResponse(self._resource.messages)

    @cached_property
    def notifications(self) -> NotificationsResourceWithRawResponse:
        from .notifications import NotificationsResourceWithRawResponse

        return NotificationsResourceWithRawResponse(self._resource.notifications)

    @cached_property
    def subscribers(self) -> SubscribersResourceWithRawResponse:
        from .subscribers import SubscribersResourceWithRawResponse

        return SubscribersResourceWithRawResponse(self._resource.subscribers)

    @cached_property
    def topics(self) -> TopicsResourceWithRawResponse:
        from .topics import TopicsResourceWithRawResponse

        return TopicsResourceWithRawResponse(self._resource.topics)

    @cached_property
    def translations(self) -> TranslationsResourceWithRawResponse:
        from .translations import TranslationsResourceWithRawResponse

        return TranslationsResourceWithRawResponse(self._resource.translations)

    @cached_property
    def workflows(self) -> WorkflowsResourceWithRawResponse:
        from .workflows import WorkflowsResourceWithRawResponse

        return WorkflowsResourceWithRawResponse(self._resource.workflows)


class AsyncNovuResourcesWithRawResponse(RawResource["AsyncNovuResources"]):
    """`novu.with_raw_response`: the facade's calls, each returning a `RawResponse`."""

    def __init__(self, resource: AsyncNovuResources) -> None:
        super().__init__(resource)
        self.cancel = async_raw(resource.cancel)
        self.trigger = async_raw(resource.trigger)
        self.trigger_broadcast = async_raw(resource.trigger_broadcast)
        self.trigger_bulk = async_raw(resource.trigger_bulk)
        self.trigger_many = resource.trigger_many  # yields results as they come: no one response

    @cached_property
    def activity(self) -> AsyncActivityResourceWithRawResponse:
        from .activity import AsyncActivityResourceWithRawResponse

        return AsyncActivityResourceWithRawResponse(self._resource.activity)

    @cached_property
    def agents(self) -> AsyncAgentsResourceWithRawResponse:
        from .agents import AsyncAgentsResourceWithRawResponse

        return AsyncAgentsResourceWithRawResponse(self._resource.agents)

    @cached_property
    def channel_connections(self) -> AsyncChannelConnectionsResourceWithRawResponse:
        from .channel_connections import AsyncChannelConnectionsResourceWithRawResponse

        return AsyncChannelConnectionsResourceWithRawResponse(self._resource.channel_connections)

    @cached_property
    def channel_endpoints(self) -> AsyncChannelEndpointsResourceWithRawResponse:
        from .channel_endpoints import AsyncChannelEndpointsResourceWithRawResponse

        return AsyncChannelEndpointsResourceWithRawResponse(self._resource.channel_endpoints)

    @cached_property
    def contexts(self) -> AsyncContextsResourceWithRawResponse:
        from .contexts import AsyncContextsResourceWithRawResponse

        return AsyncContextsResourceWithRawResponse(self._resource.contexts)

    @cached_property
    def domains(self) -> AsyncDomainsResourceWithRawResponse:
        from .domains import AsyncDomainsResourceWithRawResponse

        return AsyncDomainsResourceWithRawResponse(self._resource.domains)

    @cached_property
    def environment_variables(self) -> AsyncEnvironmentVariablesResourceWithRawResponse:
        from .environment_variables import AsyncEnvironmentVariablesResourceWithRawResponse

        return AsyncEnvironmentVariablesResourceWithRawResponse(self._resource.environment_variables)

    @cached_property
    def environments(self) -> AsyncEnvironmentsResourceWithRawResponse:
        from .environments import AsyncEnvironmentsResourceWithRawResponse

        return AsyncEnvironmentsResourceWithRawResponse(self._resource.environments)

    @cached_property
    def integrations(self) -> AsyncIntegrationsResourceWithRawResponse:
        from .integrations import AsyncIntegrationsResourceWithRawResponse

        return AsyncIntegrationsResourceWithRawResponse(self._resource.integrations)

    @cached_property
    def layouts(self) -> AsyncLayoutsResourceWithRawResponse:
        from .layouts import AsyncLayoutsResourceWithRawResponse

        return AsyncLayoutsResourceWithRawResponse(self._resource.layouts)

    @cached_property
    def messages(self) -> AsyncMessagesResourceWithRawResponse:
        from .messages import AsyncMessagesResourceWithRawResponse

        return AsyncMessagesResourceWithRawResponse(self._resource.messages)

    @cached_property
    def notifications(self) -> AsyncNotificationsResourceWithRawResponse:
        from .notifications import AsyncNotificationsResourceWithRawResponse

        return AsyncNotificationsResourceWithRawResponse(self._resource.notifications)

    @cached_property
    def subscribers(self) -> AsyncSubscribersResourceWithRawResponse:
        from .subscribers import AsyncSubscribersResourceWithRawResponse

        return AsyncSubscribersResourceWithRawResponse(self._resource.subscribers)

    @cached_property
    def topics(self) -> AsyncTopicsResourceWithRawResponse:
        from .topics import AsyncTopicsResourceWithRawResponse

        return AsyncTopicsResourceWithRawResponse(self._resource.topics)

    @cached_property
    def translations(self) -> AsyncTranslationsResourceWithRawResponse:
        from .translations import AsyncTranslationsResourceWithRawResponse

        return AsyncTranslationsResourceWithRawResponse(self._resource.translations)

    @cached_property
    def workflows(self) -> AsyncWorkflowsResourceWithRawResponse:
        from .workflows import AsyncWorkflowsResourceWithRawResponse

        return AsyncWorkflowsResourceWithRawResponse(self._resource.workflows)
