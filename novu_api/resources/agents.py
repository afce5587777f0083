# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Resource classes behind `novu.agents`: each method calls one standalone operation module."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from .._resource import AsyncResource, SyncResource
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    import httpx

    from novu_api.models.add_reaction_payload_dto import AddReactionPayloadDto
    from novu_api.models.agent_behavior_dto import AgentBehaviorDto
    from novu_api.models.agent_integration_response_dto import AgentIntegrationResponseDto
    from novu_api.models.agent_integrations_controller_list_agent_integrations_order_direction import (
        AgentIntegrationsControllerListAgentIntegrationsOrderDirection,
    )
    from novu_api.models.agent_reply_payload_dto_typing_type_0 import AgentReplyPayloadDtoTypingType0
    from novu_api.models.agent_response_dto import AgentResponseDto
    from novu_api.models.agents_controller_list_agents_order_direction import (
        AgentsControllerListAgentsOrderDirection,
    )
    from novu_api.models.card_reply_content_dto import CardReplyContentDto
    from novu_api.models.create_agent_request_dto_runtime import CreateAgentRequestDtoRuntime
    from novu_api.models.delete_message_payload_dto import DeleteMessagePayloadDto
    from novu_api.models.edit_payload_dto import EditPayloadDto
    from novu_api.models.managed_runtime_dto import ManagedRuntimeDto
    from novu_api.models.markdown_reply_content_dto import MarkdownReplyContentDto
    from novu_api.models.metadata_clear_signal_dto import MetadataClearSignalDto
    from novu_api.models.metadata_delete_signal_dto import MetadataDeleteSignalDto
    from novu_api.models.metadata_set_signal_dto import MetadataSetSignalDto
    from novu_api.models.resolve_dto import ResolveDto
    from novu_api.models.sent_message_info_dto import SentMessageInfoDto
    from novu_api.models.tool_approval_card_reply_content_dto import ToolApprovalCardReplyContentDto
    from novu_api.models.tool_approval_request_payload_dto import ToolApprovalRequestPayloadDto
    from novu_api.models.tool_result_dto import ToolResultDto
    from novu_api.models.trigger_signal_dto import TriggerSignalDto
    from novu_api.models.typing_status_dto import TypingStatusDto

    from .._client import RetryPolicy
    from ..pagination import AsyncPage, SyncPage


class AgentsResource(SyncResource):
    """`novu.agents`."""

    @cached_property
    def integrations(self) -> AgentsIntegrationsResource:
        return AgentsIntegrationsResource(self._client, raw=self._raw)

    def create(
        self,
        *,
        novu_analytics_source: str,
        name: str,
        identifier: str,
        description: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        runtime: CreateAgentRequestDtoRuntime | str | Unset = UNSET,
        managed_runtime: ManagedRuntimeDto | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AgentResponseDto:
        """Create an agent: `POST /v1/agents`.

        Standalone: `from novu_api.api.agents import create`.
        """
        from novu_api.api.agents import create as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "name": name,
            "identifier": identifier,
            "description": description,
            "active": active,
            "runtime": runtime,
            "managedRuntime": managed_runtime,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: AgentResponseDto = call(
            client=self._client,
            novu_analytics_source=novu_analytics_source,
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
        identifier: str,
        delete_from_provider: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> None:
        """Delete an agent: `DELETE /v1/agents/{identifier}`.

        Standalone: `from novu_api.api.agents import delete`.
        """
        from novu_api.api.agents import delete as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: None = call(
            client=self._client,
            identifier=identifier,
            delete_from_provider=delete_from_provider,
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
        order_direction: AgentsControllerListAgentsOrderDirection | str | Unset = UNSET,
        order_by: str | Unset = UNSET,
        include_cursor: bool | Unset = UNSET,
        identifier: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> SyncPage[AgentResponseDto]:
        """List all agents: `GET /v1/agents`.

        Standalone: `from novu_api.api.agents import list`.
        """
        from novu_api.api.agents import list as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: SyncPage[AgentResponseDto] = call(
            client=self._client,
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            identifier=identifier,
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
        identifier: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AgentResponseDto:
        """Retrieve an agent: `GET /v1/agents/{identifier}`.

        Standalone: `from novu_api.api.agents import retrieve`.
        """
        from novu_api.api.agents import retrieve as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: AgentResponseDto = call(
            client=self._client,
            identifier=identifier,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def send_reply(
        self,
        *,
        agent_id: str,
        conversation_id: str,
        integration_identifier: str,
        reply: MarkdownReplyContentDto
        | CardReplyContentDto
        | ToolApprovalCardReplyContentDto
        | Mapping[str, Any]
        | Unset = UNSET,
        tool_approval_request: ToolApprovalRequestPayloadDto | Mapping[str, Any] | Unset = UNSET,
        edit: EditPayloadDto | Mapping[str, Any] | Unset = UNSET,
        resolve: ResolveDto | Mapping[str, Any] | Unset = UNSET,
        signals: Sequence[
            MetadataSetSignalDto | MetadataDeleteSignalDto | MetadataClearSignalDto | TriggerSignalDto
        ]
        | Sequence[Mapping[str, Any]]
        | Unset = UNSET,
        tool_results: Sequence[ToolResultDto] | Sequence[Mapping[str, Any]] | Unset = UNSET,
        add_reactions: Sequence[AddReactionPayloadDto] | Sequence[Mapping[str, Any]] | Unset = UNSET,
        delete_messages: Sequence[DeleteMessagePayloadDto] | Sequence[Mapping[str, Any]] | Unset = UNSET,
        typing: AgentReplyPayloadDtoTypingType0 | str | TypingStatusDto | Mapping[str, Any] | Unset = UNSET,
        error: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> None | SentMessageInfoDto:
        """Send an agent reply: `POST /v1/agents/{agentId}/reply`.

        Standalone: `from novu_api.api.agents import send_reply`.
        """
        from novu_api.api.agents import send_reply as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "conversationId": conversation_id,
            "integrationIdentifier": integration_identifier,
            "reply": reply,
            "toolApprovalRequest": tool_approval_request,
            "edit": edit,
            "resolve": resolve,
            "signals": signals,
            "toolResults": tool_results,
            "addReactions": add_reactions,
            "deleteMessages": delete_messages,
            "typing": typing,
            "error": error,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: None | SentMessageInfoDto = call(
            client=self._client,
            agent_id=agent_id,
            body=body,
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
        identifier: str,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        behavior: AgentBehaviorDto | Mapping[str, Any] | Unset = UNSET,
        bridge_url: str | Unset = UNSET,
        dev_bridge_url: str | Unset = UNSET,
        dev_bridge_active: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AgentResponseDto:
        """Update an agent: `PATCH /v1/agents/{identifier}`.

        Standalone: `from novu_api.api.agents import update`.
        """
        from novu_api.api.agents import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "name": name,
            "description": description,
            "active": active,
            "behavior": behavior,
            "bridgeUrl": bridge_url,
            "devBridgeUrl": dev_bridge_url,
            "devBridgeActive": dev_bridge_active,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: AgentResponseDto = call(
            client=self._client,
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

    def update_bridge(
        self,
        *,
        identifier: str,
        bridge_url: str | Unset = UNSET,
        dev_bridge_url: str | Unset = UNSET,
        dev_bridge_active: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AgentResponseDto:
        """Update an agent bridge: `PUT /v1/agents/{identifier}/bridge`.

        Standalone: `from novu_api.api.agents import update_bridge`.
        """
        from novu_api.api.agents import update_bridge as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "bridgeUrl": bridge_url,
            "devBridgeUrl": dev_bridge_url,
            "devBridgeActive": dev_bridge_active,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: AgentResponseDto = call(
            client=self._client,
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


class AsyncAgentsResource(AsyncResource):
    """`novu.agents` (async)."""

    @cached_property
    def integrations(self) -> AsyncAgentsIntegrationsResource:
        return AsyncAgentsIntegrationsResource(self._client, raw=self._raw)

    async def create(
        self,
        *,
        novu_analytics_source: str,
        name: str,
        identifier: str,
        description: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        runtime: CreateAgentRequestDtoRuntime | str | Unset = UNSET,
        managed_runtime: ManagedRuntimeDto | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AgentResponseDto:
        """Create an agent: `POST /v1/agents`.

        Standalone: `from novu_api.api.agents import create`.
        """
        from novu_api.api.agents import create as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "name": name,
            "identifier": identifier,
            "description": description,
            "active": active,
            "runtime": runtime,
            "managedRuntime": managed_runtime,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: AgentResponseDto = await call(
            client=self._client,
            novu_analytics_source=novu_analytics_source,
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
        identifier: str,
        delete_from_provider: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> None:
        """Delete an agent: `DELETE /v1/agents/{identifier}`.

        Standalone: `from novu_api.api.agents import delete`.
        """
        from novu_api.api.agents import delete as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: None = await call(
            client=self._client,
            identifier=identifier,
            delete_from_provider=delete_from_provider,
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
        order_direction: AgentsControllerListAgentsOrderDirection | str | Unset = UNSET,
        order_by: str | Unset = UNSET,
        include_cursor: bool | Unset = UNSET,
        identifier: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncPage[AgentResponseDto]:
        """List all agents: `GET /v1/agents`.

        Standalone: `from novu_api.api.agents import list`.
        """
        from novu_api.api.agents import list as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: AsyncPage[AgentResponseDto] = await call(
            client=self._client,
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            identifier=identifier,
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
        identifier: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AgentResponseDto:
        """Retrieve an agent: `GET /v1/agents/{identifier}`.

        Standalone: `from novu_api.api.agents import retrieve`.
        """
        from novu_api.api.agents import retrieve as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: AgentResponseDto = await call(
            client=self._client,
            identifier=identifier,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def send_reply(
        self,
        *,
        agent_id: str,
        conversation_id: str,
        integration_identifier: str,
        reply: MarkdownReplyContentDto
        | CardReplyContentDto
        | ToolApprovalCardReplyContentDto
        | Mapping[str, Any]
        | Unset = UNSET,
        tool_approval_request: ToolApprovalRequestPayloadDto | Mapping[str, Any] | Unset = UNSET,
        edit: EditPayloadDto | Mapping[str, Any] | Unset = UNSET,
        resolve: ResolveDto | Mapping[str, Any] | Unset = UNSET,
        signals: Sequence[
            MetadataSetSignalDto | MetadataDeleteSignalDto | MetadataClearSignalDto | TriggerSignalDto
        ]
        | Sequence[Mapping[str, Any]]
        | Unset = UNSET,
        tool_results: Sequence[ToolResultDto] | Sequence[Mapping[str, Any]] | Unset = UNSET,
        add_reactions: Sequence[AddReactionPayloadDto] | Sequence[Mapping[str, Any]] | Unset = UNSET,
        delete_messages: Sequence[DeleteMessagePayloadDto] | Sequence[Mapping[str, Any]] | Unset = UNSET,
        typing: AgentReplyPayloadDtoTypingType0 | str | TypingStatusDto | Mapping[str, Any] | Unset = UNSET,
        error: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> None | SentMessageInfoDto:
        """Send an agent reply: `POST /v1/agents/{agentId}/reply`.

        Standalone: `from novu_api.api.agents import send_reply`.
        """
        from novu_api.api.agents import send_reply as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "conversationId": conversation_id,
            "integrationIdentifier": integration_identifier,
            "reply": reply,
            "toolApprovalRequest": tool_approval_request,
            "edit": edit,
            "resolve": resolve,
            "signals": signals,
            "toolResults": tool_results,
            "addReactions": add_reactions,
            "deleteMessages": delete_messages,
            "typing": typing,
            "error": error,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: None | SentMessageInfoDto = await call(
            client=self._client,
            agent_id=agent_id,
            body=body,
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
        identifier: str,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        behavior: AgentBehaviorDto | Mapping[str, Any] | Unset = UNSET,
        bridge_url: str | Unset = UNSET,
        dev_bridge_url: str | Unset = UNSET,
        dev_bridge_active: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AgentResponseDto:
        """Update an agent: `PATCH /v1/agents/{identifier}`.

        Standalone: `from novu_api.api.agents import update`.
        """
        from novu_api.api.agents import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "name": name,
            "description": description,
            "active": active,
            "behavior": behavior,
            "bridgeUrl": bridge_url,
            "devBridgeUrl": dev_bridge_url,
            "devBridgeActive": dev_bridge_active,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: AgentResponseDto = await call(
            client=self._client,
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

    async def update_bridge(
        self,
        *,
        identifier: str,
        bridge_url: str | Unset = UNSET,
        dev_bridge_url: str | Unset = UNSET,
        dev_bridge_active: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AgentResponseDto:
        """Update an agent bridge: `PUT /v1/agents/{identifier}/bridge`.

        Standalone: `from novu_api.api.agents import update_bridge`.
        """
        from novu_api.api.agents import update_bridge as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "bridgeUrl": bridge_url,
            "devBridgeUrl": dev_bridge_url,
            "devBridgeActive": dev_bridge_active,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: AgentResponseDto = await call(
            client=self._client,
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


class AgentsIntegrationsResource(SyncResource):
    """`novu.agents.integrations`."""

    def create(
        self,
        *,
        identifier: str,
        integration_identifier: str | Unset = UNSET,
        provider_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AgentIntegrationResponseDto:
        """Create an agent integration: `POST /v1/agents/{identifier}/integrations`.

        Standalone: `from novu_api.api.agents.integrations import create`.
        """
        from novu_api.api.agents.integrations import create as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "integrationIdentifier": integration_identifier,
            "providerId": provider_id,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: AgentIntegrationResponseDto = call(
            client=self._client,
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

    def delete(
        self,
        *,
        identifier: str,
        agent_integration_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> None:
        """Delete an agent integration: `DELETE /v1/agents/{identifier}/integrations/{agentIntegrationId}`.

        Standalone: `from novu_api.api.agents.integrations import delete`.
        """
        from novu_api.api.agents.integrations import delete as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: None = call(
            client=self._client,
            identifier=identifier,
            agent_integration_id=agent_integration_id,
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
        identifier: str,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        limit: float | Unset = UNSET,
        order_direction: AgentIntegrationsControllerListAgentIntegrationsOrderDirection | str | Unset = UNSET,
        order_by: str | Unset = UNSET,
        include_cursor: bool | Unset = UNSET,
        integration_identifier: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> SyncPage[AgentIntegrationResponseDto]:
        """List agent integrations: `GET /v1/agents/{identifier}/integrations`.

        Standalone: `from novu_api.api.agents.integrations import list`.
        """
        from novu_api.api.agents.integrations import list as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: SyncPage[AgentIntegrationResponseDto] = call(
            client=self._client,
            identifier=identifier,
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            integration_identifier=integration_identifier,
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
        identifier: str,
        agent_integration_id: str,
        integration_identifier: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AgentIntegrationResponseDto:
        """Update an agent integration: `PATCH /v1/agents/{identifier}/integrations/{agentIntegrationId}`.

        Standalone: `from novu_api.api.agents.integrations import update`.
        """
        from novu_api.api.agents.integrations import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "integrationIdentifier": integration_identifier,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: AgentIntegrationResponseDto = call(
            client=self._client,
            identifier=identifier,
            agent_integration_id=agent_integration_id,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result


class AsyncAgentsIntegrationsResource(AsyncResource):
    """`novu.agents.integrations` (async)."""

    async def create(
        self,
        *,
        identifier: str,
        integration_identifier: str | Unset = UNSET,
        provider_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AgentIntegrationResponseDto:
        """Create an agent integration: `POST /v1/agents/{identifier}/integrations`.

        Standalone: `from novu_api.api.agents.integrations import create`.
        """
        from novu_api.api.agents.integrations import create as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "integrationIdentifier": integration_identifier,
            "providerId": provider_id,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: AgentIntegrationResponseDto = await call(
            client=self._client,
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

    async def delete(
        self,
        *,
        identifier: str,
        agent_integration_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> None:
        """Delete an agent integration: `DELETE /v1/agents/{identifier}/integrations/{agentIntegrationId}`.

        Standalone: `from novu_api.api.agents.integrations import delete`.
        """
        from novu_api.api.agents.integrations import delete as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: None = await call(
            client=self._client,
            identifier=identifier,
            agent_integration_id=agent_integration_id,
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
        identifier: str,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        limit: float | Unset = UNSET,
        order_direction: AgentIntegrationsControllerListAgentIntegrationsOrderDirection | str | Unset = UNSET,
        order_by: str | Unset = UNSET,
        include_cursor: bool | Unset = UNSET,
        integration_identifier: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncPage[AgentIntegrationResponseDto]:
        """List agent integrations: `GET /v1/agents/{identifier}/integrations`.

        Standalone: `from novu_api.api.agents.integrations import list`.
        """
        from novu_api.api.agents.integrations import list as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: AsyncPage[AgentIntegrationResponseDto] = await call(
            client=self._client,
            identifier=identifier,
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            integration_identifier=integration_identifier,
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
        identifier: str,
        agent_integration_id: str,
        integration_identifier: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AgentIntegrationResponseDto:
        """Update an agent integration: `PATCH /v1/agents/{identifier}/integrations/{agentIntegrationId}`.

        Standalone: `from novu_api.api.agents.integrations import update`.
        """
        from novu_api.api.agents.integrations import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "integrationIdentifier": integration_identifier,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: AgentIntegrationResponseDto = await call(
            client=self._client,
            identifier=identifier,
            agent_integration_id=agent_integration_id,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result
