# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""AgentReplyPayloadDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.add_reaction_payload_dto import AddReactionPayloadDto
from novu_api.models.card_reply_content_dto import CardReplyContentDto
from novu_api.models.delete_message_payload_dto import DeleteMessagePayloadDto
from novu_api.models.edit_payload_dto import EditPayloadDto
from novu_api.models.markdown_reply_content_dto import MarkdownReplyContentDto
from novu_api.models.metadata_clear_signal_dto import MetadataClearSignalDto
from novu_api.models.metadata_delete_signal_dto import MetadataDeleteSignalDto
from novu_api.models.metadata_set_signal_dto import MetadataSetSignalDto
from novu_api.models.resolve_dto import ResolveDto
from novu_api.models.tool_approval_card_reply_content_dto import ToolApprovalCardReplyContentDto
from novu_api.models.tool_approval_request_payload_dto import ToolApprovalRequestPayloadDto
from novu_api.models.tool_result_dto import ToolResultDto
from novu_api.models.trigger_signal_dto import TriggerSignalDto
from novu_api.models.typing_status_dto import TypingStatusDto

from .. import _codec as _c
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from novu_api.models.agent_reply_payload_dto_typing import AgentReplyPayloadDtoTyping

_KNOWN: frozenset[str] = frozenset(
    (
        "conversationId",
        "integrationIdentifier",
        "reply",
        "toolApprovalRequest",
        "edit",
        "resolve",
        "signals",
        "toolResults",
        "addReactions",
        "deleteMessages",
        "typing",
        "error",
    )
)


@_define(kw_only=True)
class AgentReplyPayloadDto:
    """Attributes:
    conversation_id (str): Conversation id to reply into. Obtained from the inbound agent event / bridge payload. Sent as `conversationId`.
    integration_identifier (str): Channel integration identifier linked to the agent for this conversation (e.g. `slack-
        support`). Sent as `integrationIdentifier`.
    reply (CardReplyContentDto | MarkdownReplyContentDto | ToolApprovalCardReplyContentDto | Unset, optional): Outbound message content. Exactly one of `markdown`, `card`, or `toolApprovalCard`.
        Optional `files` attach to the message. Cannot be combined with `edit`.
    tool_approval_request (ToolApprovalRequestPayloadDto | Unset, optional):  Sent as `toolApprovalRequest`.
    edit (EditPayloadDto | Unset, optional):
    resolve (ResolveDto | Unset, optional):
    signals (list[MetadataClearSignalDto | MetadataDeleteSignalDto | MetadataSetSignalDto | TriggerSignalDto] | Unset, optional): Side-effect signals executed during this turn: conversation metadata mutations or Novu
        workflow triggers.
    tool_results (list[ToolResultDto] | Unset, optional): Tool-call outcomes to persist in conversation history (typically before the assistant
        reply). Sent as `toolResults`.
    add_reactions (list[AddReactionPayloadDto] | Unset, optional): Emoji reactions to add to existing platform messages. Sent as `addReactions`.
    delete_messages (list[DeleteMessagePayloadDto] | Unset, optional): Delete previously posted platform messages. Removes the rendered message only — history is
        preserved. Sent as `deleteMessages`.
    typing (AgentReplyPayloadDtoTyping | TypingStatusDto | Unset, optional): Per-turn typing/status control. Pass `{ status?: string }` to set/update the status (omit
        `status` for "Thinking…"), or `"stop"` to clear it. Best-effort per platform.
    error (bool | Unset, optional): Bridge reports that the customer runtime failed this turn. Cannot be combined with other
        actions. Novu delivers generic user-facing error copy.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    conversation_id: str
    integration_identifier: str
    reply: CardReplyContentDto | MarkdownReplyContentDto | ToolApprovalCardReplyContentDto | Unset = UNSET
    tool_approval_request: ToolApprovalRequestPayloadDto | Unset = UNSET
    edit: EditPayloadDto | Unset = UNSET
    resolve: ResolveDto | Unset = UNSET
    signals: (
        list[MetadataClearSignalDto | MetadataDeleteSignalDto | MetadataSetSignalDto | TriggerSignalDto]
        | Unset
    ) = UNSET
    tool_results: list[ToolResultDto] | Unset = UNSET
    add_reactions: list[AddReactionPayloadDto] | Unset = UNSET
    delete_messages: list[DeleteMessagePayloadDto] | Unset = UNSET
    typing: AgentReplyPayloadDtoTyping | TypingStatusDto | Unset = UNSET
    error: bool | Unset = UNSET
    # None until asked for or until the server sends undeclared fields: nothing is kept per
    # model when there are none (the decoded model does not hold on to its source dict).
    _extra: dict[str, Any] | None = _field(default=None, alias="additional_properties", eq=False, repr=False)

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the server sent that this version of the spec does not declare."""
        if self._extra is None:
            self._extra = {}
        return self._extra

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._extra = value

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.additional_properties)
        if self.conversation_id is not UNSET:
            out["conversationId"] = self.conversation_id
        if self.integration_identifier is not UNSET:
            out["integrationIdentifier"] = self.integration_identifier
        if self.reply is not UNSET:
            out["reply"] = _c.encode(self.reply)
        if self.tool_approval_request is not UNSET:
            out["toolApprovalRequest"] = _c.encode(self.tool_approval_request)
        if self.edit is not UNSET:
            out["edit"] = _c.encode(self.edit)
        if self.resolve is not UNSET:
            out["resolve"] = _c.encode(self.resolve)
        if self.signals is not UNSET:
            out["signals"] = _c.encode(self.signals)
        if self.tool_results is not UNSET:
            out["toolResults"] = _c.encode(self.tool_results)
        if self.add_reactions is not UNSET:
            out["addReactions"] = _c.encode(self.add_reactions)
        if self.delete_messages is not UNSET:
            out["deleteMessages"] = _c.encode(self.delete_messages)
        if self.typing is not UNSET:
            out["typing"] = _c.encode(self.typing)
        if self.error is not UNSET:
            out["error"] = self.error
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> AgentReplyPayloadDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.conversation_id = g("conversationId", UNSET)
        self.integration_identifier = g("integrationIdentifier", UNSET)
        self.reply = _c.union(
            (
                MarkdownReplyContentDto,
                CardReplyContentDto,
                ToolApprovalCardReplyContentDto,
            ),
            g("reply", UNSET),
            "reply",
        )
        self.tool_approval_request = _c.model(
            ToolApprovalRequestPayloadDto, g("toolApprovalRequest", UNSET), "toolApprovalRequest"
        )
        self.edit = _c.model(EditPayloadDto, g("edit", UNSET), "edit")
        self.resolve = _c.model(ResolveDto, g("resolve", UNSET), "resolve")
        self.signals = _c.mapped(
            lambda v: _c.union(
                (
                    MetadataSetSignalDto,
                    MetadataDeleteSignalDto,
                    MetadataClearSignalDto,
                    TriggerSignalDto,
                ),
                v,
                "signals",
            ),
            g("signals", UNSET),
        )
        self.tool_results = _c.model_list(ToolResultDto, g("toolResults", UNSET), "toolResults")
        self.add_reactions = _c.model_list(AddReactionPayloadDto, g("addReactions", UNSET), "addReactions")
        self.delete_messages = _c.model_list(
            DeleteMessagePayloadDto, g("deleteMessages", UNSET), "deleteMessages"
        )
        self.typing = _c.union((TypingStatusDto,), g("typing", UNSET), "typing")
        self.error = g("error", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
