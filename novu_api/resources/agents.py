# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Resource classes behind `novu.agents`: each method calls one standalone operation module."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from .._raw import async_raw, raw
from .._resource import RawResource, Resource
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from typing_extensions import Unpack

    from novu_api.models.add_reaction_payload_dto import AddReactionPayloadDto
    from novu_api.models.agent_behavior_dto import AgentBehaviorDto
    from novu_api.models.agent_integration_response_dto import AgentIntegrationResponseDto
    from novu_api.models.agent_integrations_controller_list_agent_integrations_order_direction import (
        AgentIntegrationsControllerListAgentIntegrationsOrderDirection,
    )
    from novu_api.models.agent_reply_payload_dto_typing import AgentReplyPayloadDtoTyping
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

    from .._client import AsyncNovu, Novu  # noqa: F401 (named in the base classes)
    from .._options import RequestOptions
    from ..pagination import AsyncPage, SyncPage


class AgentsResource(Resource["Novu"]):
    """`novu.agents`."""

    @cached_property
    def integrations(self) -> AgentsIntegrationsResource:
        return AgentsIntegrationsResource(self._client)

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
        **options: Unpack[RequestOptions],
    ) -> AgentResponseDto:
        """Create an agent

        Create an agent scoped to the current environment. The identifier must be unique per
        environment. Set `runtime` to `managed` and supply `managedRuntime` to provision a
        provider-hosted agent brain.

        `POST /v1/agents` (AgentsController_createAgent). Standalone: `from novu_api.api.agents
        import create`.

        Args:
            novu_analytics_source (str; header):
            name (str; body `name`): Required when not adopting an existing managed agent (i.e. when
                managedRuntime.externalAgentId is absent). Optional in adopt mode where the name is
                resolved from the provider. Constraints: at most 60 characters.
            identifier (str; body `identifier`): Required when not adopting an existing managed
                agent. Auto-generated from the provider agent name when omitted in adopt mode.
            description (str, optional; body `description`):
            active (bool, optional; body `active`): Constraints: default true.
            runtime (CreateAgentRequestDtoRuntime | str, optional; body `runtime`): Constraints: one
                of "self-hosted", "managed".
            managed_runtime (ManagedRuntimeDto | Mapping[str, Any], optional; body
                `managedRuntime`):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            AgentResponseDto: the decoded response.

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
            result = novu.agents.create(novu_analytics_source="NOVU_ANALYTICS_SOURCE", name="NAME", identifier="IDENTIFIER")
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
        return _op.sync(
            client=self._client,
            novu_analytics_source=novu_analytics_source,
            body=body,
            **options,
        )

    def delete(
        self,
        *,
        identifier: str,
        delete_from_provider: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete an agent

        Delete an agent by identifier and remove all agent-integration links. For managed-runtime
        agents, pass `deleteFromProvider=true` to also archive the agent on the provider side (e.g.
        Anthropic). By default only the Novu record is deleted and the provider agent is left
        intact.

        `DELETE /v1/agents/{identifier}` (AgentsController_deleteAgent). Standalone: `from
        novu_api.api.agents import delete`.

        Args:
            identifier (str; path):
            delete_from_provider (str; query):
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
            novu.agents.delete(identifier="IDENTIFIER", delete_from_provider="DELETE_FROM_PROVIDER")
        """
        from novu_api.api.agents import delete as _op

        return _op.sync(
            client=self._client,
            identifier=identifier,
            delete_from_provider=delete_from_provider,
            **options,
        )

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
        **options: Unpack[RequestOptions],
    ) -> SyncPage[AgentResponseDto]:
        """List all agents

        Retrieve a cursor-paginated list of agents for the current environment. Use **after**,
        **before**, **limit**, **orderBy**, and **orderDirection** query parameters.

        `GET /v1/agents` (AgentsController_listAgents). Standalone: `from novu_api.api.agents import
        list`.

        Args:
            after (str, optional; query): Cursor for pagination indicating the starting point after
                which to fetch results.
            before (str, optional; query): Cursor for pagination indicating the ending point before
                which to fetch results.
            limit (float, optional; query): Limit the number of items to return
            order_direction (AgentsControllerListAgentsOrderDirection | str, optional; query):
                Direction of sorting. Constraints: one of "ASC", "DESC".
            order_by (str, optional; query): Field to order by
            include_cursor (bool, optional; query): Include cursor item in response
            identifier (str, optional; query): Filter agents by partial, case-insensitive match on
                identifier.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            SyncPage[AgentResponseDto]: the first page of `ListAgentsResponseDto`; iterating gives
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
            for item in novu.agents.list():
                print(item)
        """
        from novu_api.api.agents import list as _op

        return _op.sync(
            client=self._client,
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            identifier=identifier,
            **options,
        )

    def retrieve(
        self,
        *,
        identifier: str,
        **options: Unpack[RequestOptions],
    ) -> AgentResponseDto:
        """Retrieve an agent

        Retrieve an agent by its external identifier (not the internal MongoDB id).

        `GET /v1/agents/{identifier}` (AgentsController_getAgent). Standalone: `from
        novu_api.api.agents import retrieve`.

        Args:
            identifier (str; path):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            AgentResponseDto: the decoded response.

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
            result = novu.agents.retrieve(identifier="IDENTIFIER")
        """
        from novu_api.api.agents import retrieve as _op

        return _op.sync(
            client=self._client,
            identifier=identifier,
            **options,
        )

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
        typing: AgentReplyPayloadDtoTyping | str | TypingStatusDto | Mapping[str, Any] | Unset = UNSET,
        error: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None | SentMessageInfoDto:
        """Send an agent reply

        Send a message or side-effect into an existing agent conversation from your backend.

        Use this endpoint when you are not using `@novu/framework` (for example Python, Go, PHP,
        .NET, or Java SDKs), or when a server process outside the bridge needs to post into a live
        conversation.

        **Message actions** - `reply` — markdown, interactive card, or tool-approval card (optional
        `files`) - `edit` — update a previously delivered message in place - `deleteMessages` —
        remove rendered platform messages (history is kept) - `addReactions` — add emoji reactions
        to existing messages

        **Turn control** - `typing` — `{ status?: string }` to set status, or `"stop"` to clear -
        `resolve` — mark the conversation resolved (optionally with a final reply) - `error: true` —
        report a customer-runtime failure (cannot combine with other actions)

        **Signals & tools** - `signals` — metadata set/delete/clear, or trigger a Novu workflow -
        `toolResults` — persist tool outputs into conversation history - `toolApprovalRequest` —
        ledger a gated tool call (pair with an approval card reply)

        Returns `{ data: { messageId, platformThreadId } }` when a reply or edit is delivered;
        otherwise `{ data: null }`.

        `POST /v1/agents/{agentId}/reply` (AgentReplyController_handleAgentReplyHandler).
        Standalone: `from novu_api.api.agents import send_reply`.

        Args:
            agent_id (str; path): Agent identifier (slug) for the agent that owns the conversation.
            conversation_id (str; body `conversationId`): Conversation id to reply into. Obtained
                from the inbound agent event / bridge payload.
            integration_identifier (str; body `integrationIdentifier`): Channel integration
                identifier linked to the agent for this conversation (e.g. `slack-support`).
            reply (MarkdownReplyContentDto | CardReplyContentDto | ToolApprovalCardReplyContentDto |
                Mapping[str, Any], optional; body `reply`): Outbound message content. Exactly one of
                `markdown`, `card`, or `toolApprovalCard`. Optional `files` attach to the message.
                Cannot be combined with `edit`.
            tool_approval_request (ToolApprovalRequestPayloadDto | Mapping[str, Any], optional; body
                `toolApprovalRequest`): Tool-lifecycle ledger row for a gated tool call. Pair with
                `reply.toolApprovalCard` (or another reply shape) to deliver the approval UI.
            edit (EditPayloadDto | Mapping[str, Any], optional; body `edit`): In-place edit of a
                previously posted agent message. Cannot be combined with reply, resolve, signals,
                toolResults, toolApprovalRequest, addReactions, or deleteMessages.
            resolve (ResolveDto | Mapping[str, Any], optional; body `resolve`): Mark the
                conversation resolved. May be combined with a final `reply`.
            signals (Sequence[MetadataSetSignalDto | MetadataDeleteSignalDto |
                MetadataClearSignalDto | TriggerSignalDto] | Sequence[Mapping[str, Any]], optional;
                body `signals`): Side-effect signals executed during this turn: conversation
                metadata mutations or Novu workflow triggers.
            tool_results (Sequence[ToolResultDto] | Sequence[Mapping[str, Any]], optional; body
                `toolResults`): Tool-call outcomes to persist in conversation history (typically
                before the assistant reply).
            add_reactions (Sequence[AddReactionPayloadDto] | Sequence[Mapping[str, Any]], optional;
                body `addReactions`): Emoji reactions to add to existing platform messages.
            delete_messages (Sequence[DeleteMessagePayloadDto] | Sequence[Mapping[str, Any]],
                optional; body `deleteMessages`): Delete previously posted platform messages.
                Removes the rendered message only — history is preserved.
            typing (AgentReplyPayloadDtoTyping | str | TypingStatusDto | Mapping[str, Any],
                optional; body `typing`): Per-turn typing/status control. Pass `{ status?: string }`
                to set/update the status (omit `status` for "Thinking…"), or `"stop"` to clear it.
                Best-effort per platform.
            error (bool, optional; body `error`): Bridge reports that the customer runtime failed
                this turn. Cannot be combined with other actions. Novu delivers generic user-facing
                error copy.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            None | SentMessageInfoDto: the decoded response.

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
            result = novu.agents.send_reply(agent_id="support-agent", conversation_id="64f5a1c2e8b7a3d9f0c1b2a3", integration_identifier="slack-support")
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
        return _op.sync(
            client=self._client,
            agent_id=agent_id,
            body=body,
            **options,
        )

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
        **options: Unpack[RequestOptions],
    ) -> AgentResponseDto:
        """Update an agent

        Update an agent by its external identifier.

        `PATCH /v1/agents/{identifier}` (AgentsController_updateAgent). Standalone: `from
        novu_api.api.agents import update`.

        Args:
            identifier (str; path):
            name (str, optional; body `name`): Constraints: at most 60 characters.
            description (str, optional; body `description`):
            active (bool, optional; body `active`):
            behavior (AgentBehaviorDto | Mapping[str, Any], optional; body `behavior`):
            bridge_url (str, optional; body `bridgeUrl`): Production bridge URL for this agent
            dev_bridge_url (str, optional; body `devBridgeUrl`): Development bridge URL (set by npx
                novu dev)
            dev_bridge_active (bool, optional; body `devBridgeActive`): Whether the dev bridge
                override is active
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            AgentResponseDto: the decoded response.

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
            result = novu.agents.update(identifier="IDENTIFIER")
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
        return _op.sync(
            client=self._client,
            identifier=identifier,
            body=body,
            **options,
        )

    def update_bridge(
        self,
        *,
        identifier: str,
        bridge_url: str | Unset = UNSET,
        dev_bridge_url: str | Unset = UNSET,
        dev_bridge_active: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AgentResponseDto:
        """Update an agent bridge

        Update the bridge URL configuration for an agent. Used by the CLI to register dev tunnel
        URLs. Refuses to activate dev bridges on production environments.

        `PUT /v1/agents/{identifier}/bridge` (AgentsController_updateAgentBridge). Standalone: `from
        novu_api.api.agents import update_bridge`.

        Args:
            identifier (str; path):
            bridge_url (str, optional; body `bridgeUrl`): Production bridge URL for this agent
            dev_bridge_url (str, optional; body `devBridgeUrl`): Development bridge URL (set by npx
                novu dev)
            dev_bridge_active (bool, optional; body `devBridgeActive`): Whether the dev bridge
                override is active
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            AgentResponseDto: the decoded response.

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
            result = novu.agents.update_bridge(identifier="IDENTIFIER")
        """
        from novu_api.api.agents import update_bridge as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "bridgeUrl": bridge_url,
            "devBridgeUrl": dev_bridge_url,
            "devBridgeActive": dev_bridge_active,
        }
        return _op.sync(
            client=self._client,
            identifier=identifier,
            body=body,
            **options,
        )


class AsyncAgentsResource(Resource["AsyncNovu"]):
    """`novu.agents` (async)."""

    @cached_property
    def integrations(self) -> AsyncAgentsIntegrationsResource:
        return AsyncAgentsIntegrationsResource(self._client)

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
        **options: Unpack[RequestOptions],
    ) -> AgentResponseDto:
        """Create an agent

        Create an agent scoped to the current environment. The identifier must be unique per
        environment. Set `runtime` to `managed` and supply `managedRuntime` to provision a
        provider-hosted agent brain.

        `POST /v1/agents` (AgentsController_createAgent). Standalone: `from novu_api.api.agents
        import create`.

        Args:
            novu_analytics_source (str; header):
            name (str; body `name`): Required when not adopting an existing managed agent (i.e. when
                managedRuntime.externalAgentId is absent). Optional in adopt mode where the name is
                resolved from the provider. Constraints: at most 60 characters.
            identifier (str; body `identifier`): Required when not adopting an existing managed
                agent. Auto-generated from the provider agent name when omitted in adopt mode.
            description (str, optional; body `description`):
            active (bool, optional; body `active`): Constraints: default true.
            runtime (CreateAgentRequestDtoRuntime | str, optional; body `runtime`): Constraints: one
                of "self-hosted", "managed".
            managed_runtime (ManagedRuntimeDto | Mapping[str, Any], optional; body
                `managedRuntime`):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            AgentResponseDto: the decoded response.

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
            result = await novu.agents.create(novu_analytics_source="NOVU_ANALYTICS_SOURCE", name="NAME", identifier="IDENTIFIER")
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
        return await _op.asyncio(
            client=self._client,
            novu_analytics_source=novu_analytics_source,
            body=body,
            **options,
        )

    async def delete(
        self,
        *,
        identifier: str,
        delete_from_provider: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete an agent

        Delete an agent by identifier and remove all agent-integration links. For managed-runtime
        agents, pass `deleteFromProvider=true` to also archive the agent on the provider side (e.g.
        Anthropic). By default only the Novu record is deleted and the provider agent is left
        intact.

        `DELETE /v1/agents/{identifier}` (AgentsController_deleteAgent). Standalone: `from
        novu_api.api.agents import delete`.

        Args:
            identifier (str; path):
            delete_from_provider (str; query):
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
            await novu.agents.delete(identifier="IDENTIFIER", delete_from_provider="DELETE_FROM_PROVIDER")
        """
        from novu_api.api.agents import delete as _op

        return await _op.asyncio(
            client=self._client,
            identifier=identifier,
            delete_from_provider=delete_from_provider,
            **options,
        )

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
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[AgentResponseDto]:
        """List all agents

        Retrieve a cursor-paginated list of agents for the current environment. Use **after**,
        **before**, **limit**, **orderBy**, and **orderDirection** query parameters.

        `GET /v1/agents` (AgentsController_listAgents). Standalone: `from novu_api.api.agents import
        list`.

        Args:
            after (str, optional; query): Cursor for pagination indicating the starting point after
                which to fetch results.
            before (str, optional; query): Cursor for pagination indicating the ending point before
                which to fetch results.
            limit (float, optional; query): Limit the number of items to return
            order_direction (AgentsControllerListAgentsOrderDirection | str, optional; query):
                Direction of sorting. Constraints: one of "ASC", "DESC".
            order_by (str, optional; query): Field to order by
            include_cursor (bool, optional; query): Include cursor item in response
            identifier (str, optional; query): Filter agents by partial, case-insensitive match on
                identifier.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            AsyncPage[AgentResponseDto]: the first page of `ListAgentsResponseDto`; iterating gives
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
            async for item in await novu.agents.list():
                print(item)
        """
        from novu_api.api.agents import list as _op

        return await _op.asyncio(
            client=self._client,
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            identifier=identifier,
            **options,
        )

    async def retrieve(
        self,
        *,
        identifier: str,
        **options: Unpack[RequestOptions],
    ) -> AgentResponseDto:
        """Retrieve an agent

        Retrieve an agent by its external identifier (not the internal MongoDB id).

        `GET /v1/agents/{identifier}` (AgentsController_getAgent). Standalone: `from
        novu_api.api.agents import retrieve`.

        Args:
            identifier (str; path):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            AgentResponseDto: the decoded response.

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
            result = await novu.agents.retrieve(identifier="IDENTIFIER")
        """
        from novu_api.api.agents import retrieve as _op

        return await _op.asyncio(
            client=self._client,
            identifier=identifier,
            **options,
        )

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
        typing: AgentReplyPayloadDtoTyping | str | TypingStatusDto | Mapping[str, Any] | Unset = UNSET,
        error: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None | SentMessageInfoDto:
        """Send an agent reply

        Send a message or side-effect into an existing agent conversation from your backend.

        Use this endpoint when you are not using `@novu/framework` (for example Python, Go, PHP,
        .NET, or Java SDKs), or when a server process outside the bridge needs to post into a live
        conversation.

        **Message actions** - `reply` — markdown, interactive card, or tool-approval card (optional
        `files`) - `edit` — update a previously delivered message in place - `deleteMessages` —
        remove rendered platform messages (history is kept) - `addReactions` — add emoji reactions
        to existing messages

        **Turn control** - `typing` — `{ status?: string }` to set status, or `"stop"` to clear -
        `resolve` — mark the conversation resolved (optionally with a final reply) - `error: true` —
        report a customer-runtime failure (cannot combine with other actions)

        **Signals & tools** - `signals` — metadata set/delete/clear, or trigger a Novu workflow -
        `toolResults` — persist tool outputs into conversation history - `toolApprovalRequest` —
        ledger a gated tool call (pair with an approval card reply)

        Returns `{ data: { messageId, platformThreadId } }` when a reply or edit is delivered;
        otherwise `{ data: null }`.

        `POST /v1/agents/{agentId}/reply` (AgentReplyController_handleAgentReplyHandler).
        Standalone: `from novu_api.api.agents import send_reply`.

        Args:
            agent_id (str; path): Agent identifier (slug) for the agent that owns the conversation.
            conversation_id (str; body `conversationId`): Conversation id to reply into. Obtained
                from the inbound agent event / bridge payload.
            integration_identifier (str; body `integrationIdentifier`): Channel integration
                identifier linked to the agent for this conversation (e.g. `slack-support`).
            reply (MarkdownReplyContentDto | CardReplyContentDto | ToolApprovalCardReplyContentDto |
                Mapping[str, Any], optional; body `reply`): Outbound message content. Exactly one of
                `markdown`, `card`, or `toolApprovalCard`. Optional `files` attach to the message.
                Cannot be combined with `edit`.
            tool_approval_request (ToolApprovalRequestPayloadDto | Mapping[str, Any], optional; body
                `toolApprovalRequest`): Tool-lifecycle ledger row for a gated tool call. Pair with
                `reply.toolApprovalCard` (or another reply shape) to deliver the approval UI.
            edit (EditPayloadDto | Mapping[str, Any], optional; body `edit`): In-place edit of a
                previously posted agent message. Cannot be combined with reply, resolve, signals,
                toolResults, toolApprovalRequest, addReactions, or deleteMessages.
            resolve (ResolveDto | Mapping[str, Any], optional; body `resolve`): Mark the
                conversation resolved. May be combined with a final `reply`.
            signals (Sequence[MetadataSetSignalDto | MetadataDeleteSignalDto |
                MetadataClearSignalDto | TriggerSignalDto] | Sequence[Mapping[str, Any]], optional;
                body `signals`): Side-effect signals executed during this turn: conversation
                metadata mutations or Novu workflow triggers.
            tool_results (Sequence[ToolResultDto] | Sequence[Mapping[str, Any]], optional; body
                `toolResults`): Tool-call outcomes to persist in conversation history (typically
                before the assistant reply).
            add_reactions (Sequence[AddReactionPayloadDto] | Sequence[Mapping[str, Any]], optional;
                body `addReactions`): Emoji reactions to add to existing platform messages.
            delete_messages (Sequence[DeleteMessagePayloadDto] | Sequence[Mapping[str, Any]],
                optional; body `deleteMessages`): Delete previously posted platform messages.
                Removes the rendered message only — history is preserved.
            typing (AgentReplyPayloadDtoTyping | str | TypingStatusDto | Mapping[str, Any],
                optional; body `typing`): Per-turn typing/status control. Pass `{ status?: string }`
                to set/update the status (omit `status` for "Thinking…"), or `"stop"` to clear it.
                Best-effort per platform.
            error (bool, optional; body `error`): Bridge reports that the customer runtime failed
                this turn. Cannot be combined with other actions. Novu delivers generic user-facing
                error copy.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            None | SentMessageInfoDto: the decoded response.

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
            result = await novu.agents.send_reply(agent_id="support-agent", conversation_id="64f5a1c2e8b7a3d9f0c1b2a3", integration_identifier="slack-support")
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
        return await _op.asyncio(
            client=self._client,
            agent_id=agent_id,
            body=body,
            **options,
        )

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
        **options: Unpack[RequestOptions],
    ) -> AgentResponseDto:
        """Update an agent

        Update an agent by its external identifier.

        `PATCH /v1/agents/{identifier}` (AgentsController_updateAgent). Standalone: `from
        novu_api.api.agents import update`.

        Args:
            identifier (str; path):
            name (str, optional; body `name`): Constraints: at most 60 characters.
            description (str, optional; body `description`):
            active (bool, optional; body `active`):
            behavior (AgentBehaviorDto | Mapping[str, Any], optional; body `behavior`):
            bridge_url (str, optional; body `bridgeUrl`): Production bridge URL for this agent
            dev_bridge_url (str, optional; body `devBridgeUrl`): Development bridge URL (set by npx
                novu dev)
            dev_bridge_active (bool, optional; body `devBridgeActive`): Whether the dev bridge
                override is active
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            AgentResponseDto: the decoded response.

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
            result = await novu.agents.update(identifier="IDENTIFIER")
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
        return await _op.asyncio(
            client=self._client,
            identifier=identifier,
            body=body,
            **options,
        )

    async def update_bridge(
        self,
        *,
        identifier: str,
        bridge_url: str | Unset = UNSET,
        dev_bridge_url: str | Unset = UNSET,
        dev_bridge_active: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AgentResponseDto:
        """Update an agent bridge

        Update the bridge URL configuration for an agent. Used by the CLI to register dev tunnel
        URLs. Refuses to activate dev bridges on production environments.

        `PUT /v1/agents/{identifier}/bridge` (AgentsController_updateAgentBridge). Standalone: `from
        novu_api.api.agents import update_bridge`.

        Args:
            identifier (str; path):
            bridge_url (str, optional; body `bridgeUrl`): Production bridge URL for this agent
            dev_bridge_url (str, optional; body `devBridgeUrl`): Development bridge URL (set by npx
                novu dev)
            dev_bridge_active (bool, optional; body `devBridgeActive`): Whether the dev bridge
                override is active
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            AgentResponseDto: the decoded response.

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
            result = await novu.agents.update_bridge(identifier="IDENTIFIER")
        """
        from novu_api.api.agents import update_bridge as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "bridgeUrl": bridge_url,
            "devBridgeUrl": dev_bridge_url,
            "devBridgeActive": dev_bridge_active,
        }
        return await _op.asyncio(
            client=self._client,
            identifier=identifier,
            body=body,
            **options,
        )


class AgentsIntegrationsResource(Resource["Novu"]):
    """`novu.agents.integrations`."""

    def create(
        self,
        *,
        identifier: str,
        integration_identifier: str | Unset = UNSET,
        provider_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AgentIntegrationResponseDto:
        """Create an agent integration

        Create a link between an agent (by identifier) and an integration (by integration
        **identifier**, not the internal _id).

        `POST /v1/agents/{identifier}/integrations`
        (AgentIntegrationsController_addAgentIntegration). Standalone: `from
        novu_api.api.agents.integrations import create`.

        Args:
            identifier (str; path):
            integration_identifier (str, optional; body `integrationIdentifier`): The integration
                identifier (same as in the integration store), not the internal document _id.
            provider_id (str, optional; body `providerId`): Provider ID to auto-create a dedicated
                integration (e.g. novu-agent-email). When set, the server creates the integration if
                one does not already exist for this agent.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            AgentIntegrationResponseDto: the decoded response.

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
            result = novu.agents.integrations.create(identifier="IDENTIFIER")
        """
        from novu_api.api.agents.integrations import create as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "integrationIdentifier": integration_identifier,
            "providerId": provider_id,
        }
        return _op.sync(
            client=self._client,
            identifier=identifier,
            body=body,
            **options,
        )

    def delete(
        self,
        *,
        identifier: str,
        agent_integration_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete an agent integration

        Delete a specific agent-integration link by its document id.

        `DELETE /v1/agents/{identifier}/integrations/{agentIntegrationId}`
        (AgentIntegrationsController_removeAgentIntegration). Standalone: `from
        novu_api.api.agents.integrations import delete`.

        Args:
            identifier (str; path):
            agent_integration_id (str; path):
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
            novu.agents.integrations.delete(identifier="IDENTIFIER", agent_integration_id="AGENT_INTEGRATION_ID")
        """
        from novu_api.api.agents.integrations import delete as _op

        return _op.sync(
            client=self._client,
            identifier=identifier,
            agent_integration_id=agent_integration_id,
            **options,
        )

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
        **options: Unpack[RequestOptions],
    ) -> SyncPage[AgentIntegrationResponseDto]:
        """List agent integrations

        Retrieve integration links for an agent identified by its external identifier. Supports
        cursor pagination via **after**, **before**, **limit**, **orderBy**, and **orderDirection**.

        `GET /v1/agents/{identifier}/integrations`
        (AgentIntegrationsController_listAgentIntegrations). Standalone: `from
        novu_api.api.agents.integrations import list`.

        Args:
            identifier (str; path):
            after (str, optional; query): Cursor for pagination indicating the starting point after
                which to fetch results.
            before (str, optional; query): Cursor for pagination indicating the ending point before
                which to fetch results.
            limit (float, optional; query): Limit the number of items to return
            order_direction (AgentIntegrationsControllerListAgentIntegrationsOrderDirection | str,
                optional; query): Direction of sorting. Constraints: one of "ASC", "DESC".
            order_by (str, optional; query): Field to order by
            include_cursor (bool, optional; query): Include cursor item in response
            integration_identifier (str, optional; query): Return only links for this integration
                identifier (not the internal document _id).
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            SyncPage[AgentIntegrationResponseDto]: the first page of
                `ListAgentIntegrationsResponseDto`; iterating gives every item, following cursor
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
            for item in novu.agents.integrations.list(identifier="IDENTIFIER"):
                print(item)
        """
        from novu_api.api.agents.integrations import list as _op

        return _op.sync(
            client=self._client,
            identifier=identifier,
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            integration_identifier=integration_identifier,
            **options,
        )

    def update(
        self,
        *,
        identifier: str,
        agent_integration_id: str,
        integration_identifier: str,
        **options: Unpack[RequestOptions],
    ) -> AgentIntegrationResponseDto:
        """Update an agent integration

        Update which integration a link points to (by integration **identifier**, not the internal
        _id).

        `PATCH /v1/agents/{identifier}/integrations/{agentIntegrationId}`
        (AgentIntegrationsController_updateAgentIntegration). Standalone: `from
        novu_api.api.agents.integrations import update`.

        Args:
            identifier (str; path):
            agent_integration_id (str; path):
            integration_identifier (str; body `integrationIdentifier`): The integration identifier
                this link should point to (not the internal document _id).
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            AgentIntegrationResponseDto: the decoded response.

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
            result = novu.agents.integrations.update(identifier="IDENTIFIER", agent_integration_id="AGENT_INTEGRATION_ID", integration_identifier="INTEGRATION_IDENTIFIER")
        """
        from novu_api.api.agents.integrations import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "integrationIdentifier": integration_identifier,
        }
        return _op.sync(
            client=self._client,
            identifier=identifier,
            agent_integration_id=agent_integration_id,
            body=body,
            **options,
        )


class AsyncAgentsIntegrationsResource(Resource["AsyncNovu"]):
    """`novu.agents.integrations` (async)."""

    async def create(
        self,
        *,
        identifier: str,
        integration_identifier: str | Unset = UNSET,
        provider_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AgentIntegrationResponseDto:
        """Create an agent integration

        Create a link between an agent (by identifier) and an integration (by integration
        **identifier**, not the internal _id).

        `POST /v1/agents/{identifier}/integrations`
        (AgentIntegrationsController_addAgentIntegration). Standalone: `from
        novu_api.api.agents.integrations import create`.

        Args:
            identifier (str; path):
            integration_identifier (str, optional; body `integrationIdentifier`): The integration
                identifier (same as in the integration store), not the internal document _id.
            provider_id (str, optional; body `providerId`): Provider ID to auto-create a dedicated
                integration (e.g. novu-agent-email). When set, the server creates the integration if
                one does not already exist for this agent.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            AgentIntegrationResponseDto: the decoded response.

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
            result = await novu.agents.integrations.create(identifier="IDENTIFIER")
        """
        from novu_api.api.agents.integrations import create as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "integrationIdentifier": integration_identifier,
            "providerId": provider_id,
        }
        return await _op.asyncio(
            client=self._client,
            identifier=identifier,
            body=body,
            **options,
        )

    async def delete(
        self,
        *,
        identifier: str,
        agent_integration_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete an agent integration

        Delete a specific agent-integration link by its document id.

        `DELETE /v1/agents/{identifier}/integrations/{agentIntegrationId}`
        (AgentIntegrationsController_removeAgentIntegration). Standalone: `from
        novu_api.api.agents.integrations import delete`.

        Args:
            identifier (str; path):
            agent_integration_id (str; path):
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
            await novu.agents.integrations.delete(identifier="IDENTIFIER", agent_integration_id="AGENT_INTEGRATION_ID")
        """
        from novu_api.api.agents.integrations import delete as _op

        return await _op.asyncio(
            client=self._client,
            identifier=identifier,
            agent_integration_id=agent_integration_id,
            **options,
        )

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
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[AgentIntegrationResponseDto]:
        """List agent integrations

        Retrieve integration links for an agent identified by its external identifier. Supports
        cursor pagination via **after**, **before**, **limit**, **orderBy**, and **orderDirection**.

        `GET /v1/agents/{identifier}/integrations`
        (AgentIntegrationsController_listAgentIntegrations). Standalone: `from
        novu_api.api.agents.integrations import list`.

        Args:
            identifier (str; path):
            after (str, optional; query): Cursor for pagination indicating the starting point after
                which to fetch results.
            before (str, optional; query): Cursor for pagination indicating the ending point before
                which to fetch results.
            limit (float, optional; query): Limit the number of items to return
            order_direction (AgentIntegrationsControllerListAgentIntegrationsOrderDirection | str,
                optional; query): Direction of sorting. Constraints: one of "ASC", "DESC".
            order_by (str, optional; query): Field to order by
            include_cursor (bool, optional; query): Include cursor item in response
            integration_identifier (str, optional; query): Return only links for this integration
                identifier (not the internal document _id).
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            AsyncPage[AgentIntegrationResponseDto]: the first page of
                `ListAgentIntegrationsResponseDto`; iterating gives every item, following cursor
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
            async for item in await novu.agents.integrations.list(identifier="IDENTIFIER"):
                print(item)
        """
        from novu_api.api.agents.integrations import list as _op

        return await _op.asyncio(
            client=self._client,
            identifier=identifier,
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            integration_identifier=integration_identifier,
            **options,
        )

    async def update(
        self,
        *,
        identifier: str,
        agent_integration_id: str,
        integration_identifier: str,
        **options: Unpack[RequestOptions],
    ) -> AgentIntegrationResponseDto:
        """Update an agent integration

        Update which integration a link points to (by integration **identifier**, not the internal
        _id).

        `PATCH /v1/agents/{identifier}/integrations/{agentIntegrationId}`
        (AgentIntegrationsController_updateAgentIntegration). Standalone: `from
        novu_api.api.agents.integrations import update`.

        Args:
            identifier (str; path):
            agent_integration_id (str; path):
            integration_identifier (str; body `integrationIdentifier`): The integration identifier
                this link should point to (not the internal document _id).
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            AgentIntegrationResponseDto: the decoded response.

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
            result = await novu.agents.integrations.update(identifier="IDENTIFIER", agent_integration_id="AGENT_INTEGRATION_ID", integration_identifier="INTEGRATION_IDENTIFIER")
        """
        from novu_api.api.agents.integrations import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "integrationIdentifier": integration_identifier,
        }
        return await _op.asyncio(
            client=self._client,
            identifier=identifier,
            agent_integration_id=agent_integration_id,
            body=body,
            **options,
        )


class AgentsResourceWithRawResponse(RawResource["AgentsResource"]):
    """`novu.with_raw_response.agents`: each call returns a `RawResponse`."""

    def __init__(self, resource: AgentsResource) -> None:
        super().__init__(resource)
        self.create = raw(resource.create)
        self.delete = raw(resource.delete)
        self.list = raw(resource.list)
        self.retrieve = raw(resource.retrieve)
        self.send_reply = raw(resource.send_reply)
        self.update = raw(resource.update)
        self.update_bridge = raw(resource.update_bridge)

    @cached_property
    def integrations(self) -> AgentsIntegrationsResourceWithRawResponse:
        return AgentsIntegrationsResourceWithRawResponse(self._resource.integrations)


class AsyncAgentsResourceWithRawResponse(RawResource["AsyncAgentsResource"]):
    """`novu.with_raw_response.agents`: each call returns a `RawResponse`."""

    def __init__(self, resource: AsyncAgentsResource) -> None:
        super().__init__(resource)
        self.create = async_raw(resource.create)
        self.delete = async_raw(resource.delete)
        self.list = async_raw(resource.list)
        self.retrieve = async_raw(resource.retrieve)
        self.send_reply = async_raw(resource.send_reply)
        self.update = async_raw(resource.update)
        self.update_bridge = async_raw(resource.update_bridge)

    @cached_property
    def integrations(self) -> AsyncAgentsIntegrationsResourceWithRawResponse:
        return AsyncAgentsIntegrationsResourceWithRawResponse(self._resource.integrations)


class AgentsIntegrationsResourceWithRawResponse(RawResource["AgentsIntegrationsResource"]):
    """`novu.with_raw_response.agents.integrations`: each call returns a `RawResponse`."""

    def __init__(self, resource: AgentsIntegrationsResource) -> None:
        super().__init__(resource)
        self.create = raw(resource.create)
        self.delete = raw(resource.delete)
        self.list = raw(resource.list)
        self.update = raw(resource.update)


class AsyncAgentsIntegrationsResourceWithRawResponse(RawResource["AsyncAgentsIntegrationsResource"]):
    """`novu.with_raw_response.agents.integrations`: each call returns a `RawResponse`."""

    def __init__(self, resource: AsyncAgentsIntegrationsResource) -> None:
        super().__init__(resource)
        self.create = async_raw(resource.create)
        self.delete = async_raw(resource.delete)
        self.list = async_raw(resource.list)
        self.update = async_raw(resource.update)
