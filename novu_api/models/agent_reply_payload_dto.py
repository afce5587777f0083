# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""AgentReplyPayloadDto"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.add_reaction_payload_dto import AddReactionPayloadDto
from novu_api.models.agent_reply_payload_dto_typing import AgentReplyPayloadDtoTyping
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
class AgentReplyPayloadDto(_c.Model):
    """Attributes:
        conversation_id (str): Conversation id to reply into. Obtained from the inbound agent event / bridge payload. Sent as `conversationId`.
        integration_identifier (str): Channel integration identifier linked to the agent for this conversation (e.g. `slack-
            support`). Sent as `integrationIdentifier`.
        reply (MarkdownReplyContentDto | CardReplyContentDto | ToolApprovalCardReplyContentDto | Unset, optional): Outbound message content. Exactly one of `markdown`, `card`, or `toolApprovalCard`.
            Optional `files` attach to the message. Cannot be combined with `edit`.
        tool_approval_request (ToolApprovalRequestPayloadDto | Unset, optional):  Sent as `toolApprovalRequest`.
        edit (EditPayloadDto | Unset, optional):
        resolve (ResolveDto | Unset, optional):
        signals (Sequence[MetadataSetSignalDto | MetadataDeleteSignalDto | MetadataClearSignalDto | TriggerSignalDto] | Unset, optional): Side-effect signals executed during this turn: conversation metadata mutations or Novu
            workflow triggers.
        tool_results (Sequence[ToolResultDto] | Unset, optional): Tool-call outcomes to persist in conversation history (typically before the assistant
            reply). Sent as `toolResults`.
        add_reactions (Sequence[AddReactionPayloadDto] | Unset, optional): Emoji reactions to add to existing platform messages. Sent as `addReactions`.
        delete_messages (Sequence[DeleteMessagePayloadDto] | Unset, optional): Delete previously posted platform messages. Removes the rendered message only — history is
            preserved. Sent as `deleteMessages`.
        typing (AgentReplyPayloadDtoTyping | str | TypingStatusDto | Unset, optional): Per-turn typing/status control. Pass `{ status?: string }` to set/update the status (omit
            `status` for "Thinking…"), or `"stop"` to clear it. Best-effort per platform.
        error (bool | Unset, optional): Bridge reports that the customer runtime failed this turn. Cannot be combined with other
            actions. Novu delivers generic user-facing error copy.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    conversation_id: str
    integration_identifier: str
    reply: MarkdownReplyContentDto | CardReplyContentDto | ToolApprovalCardReplyContentDto | Unset = UNSET
    tool_approval_request: ToolApprovalRequestPayloadDto | Unset = UNSET
    edit: EditPayloadDto | Unset = UNSET
    resolve: ResolveDto | Unset = UNSET
    signals: (
        Sequence[MetadataSetSignalDto | MetadataDeleteSignalDto | MetadataClearSignalDto | TriggerSignalDto]
        | Unset
    ) = UNSET
    tool_results: Sequence[ToolResultDto] | Unset = UNSET
    add_reactions: Sequence[AddReactionPayloadDto] | Unset = UNSET
    delete_messages: Sequence[DeleteMessagePayloadDto] | Unset = UNSET
    typing: AgentReplyPayloadDtoTyping | str | TypingStatusDto | Unset = UNSET
    error: bool | Unset = UNSET
    # None until asked for or until the server sends undeclared fields: nothing is kept per
    # model when there are none (a decoded model does not hold on to its wire object).
    _extra: dict[str, Any] | None = _field(default=None, alias="additional_properties", eq=False, repr=False)
    # What the generator knows about the fields (names, types, required set), set at the end of
    # this module; the encoder, the input checks and the union picker read it.
    _SPEC: ClassVar[_c.ModelSpec]

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
        """The JSON object this model is sent as; values are checked as they are encoded."""
        return _c.to_wire(self)

    @classmethod
    def _eager(cls, src: Any, lazy: bool = False) -> AgentReplyPayloadDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not AgentReplyPayloadDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> AgentReplyPayloadDto:
    self: AgentReplyPayloadDto = _c._new(AgentReplyPayloadDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 2
    try:
        v = src["conversationId"]
    except KeyError:
        v = _c.off(self, ("conversationId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("conversationId",), v, "a string")
    self.conversation_id = v
    try:
        v = src["integrationIdentifier"]
    except KeyError:
        v = _c.off(self, ("integrationIdentifier",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("integrationIdentifier",), v, "a string")
    self.integration_identifier = v
    if "reply" in src:
        v = src["reply"]
        v = _c.union_in(self, "reply", v, _S_reply)
        self.reply = v
        n += 1
    else:
        self.reply = UNSET
    if "toolApprovalRequest" in src:
        v = src["toolApprovalRequest"]
        if v.__class__ is dict:
            try:
                v = ToolApprovalRequestPayloadDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "toolApprovalRequest")
                raise
        else:
            v = _c.off(self, ("toolApprovalRequest",), v, "an object (ToolApprovalRequestPayloadDto)")
        self.tool_approval_request = v
        n += 1
    else:
        self.tool_approval_request = UNSET
    if "edit" in src:
        v = src["edit"]
        if v.__class__ is dict:
            try:
                v = EditPayloadDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "edit")
                raise
        else:
            v = _c.off(self, ("edit",), v, "an object (EditPayloadDto)")
        self.edit = v
        n += 1
    else:
        self.edit = UNSET
    if "resolve" in src:
        v = src["resolve"]
        if v.__class__ is dict:
            try:
                v = ResolveDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "resolve")
                raise
        else:
            v = _c.off(self, ("resolve",), v, "an object (ResolveDto)")
        self.resolve = v
        n += 1
    else:
        self.resolve = UNSET
    if "signals" in src:
        v = src["signals"]
        v = _c.list_in(self, "signals", v, _S_signals)
        self.signals = v
        n += 1
    else:
        self.signals = UNSET
    if "toolResults" in src:
        v = src["toolResults"]
        v = _c.models_in(self, "toolResults", v, ToolResultDto, lazy)
        self.tool_results = v
        n += 1
    else:
        self.tool_results = UNSET
    if "addReactions" in src:
        v = src["addReactions"]
        v = _c.models_in(self, "addReactions", v, AddReactionPayloadDto, lazy)
        self.add_reactions = v
        n += 1
    else:
        self.add_reactions = UNSET
    if "deleteMessages" in src:
        v = src["deleteMessages"]
        v = _c.models_in(self, "deleteMessages", v, DeleteMessagePayloadDto, lazy)
        self.delete_messages = v
        n += 1
    else:
        self.delete_messages = UNSET
    if "typing" in src:
        v = src["typing"]
        v = _c.union_in(self, "typing", v, _S_typing)
        self.typing = v
        n += 1
    else:
        self.typing = UNSET
    if "error" in src:
        v = src["error"]
        if v.__class__ is not bool:
            v = _c.off(self, ("error",), v, "a boolean")
        self.error = v
        n += 1
    else:
        self.error = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


AgentReplyPayloadDto._make = _make
AgentReplyPayloadDto._decode = _decode
AgentReplyPayloadDto._Pending = _c.pending(AgentReplyPayloadDto)
AgentReplyPayloadDto._SPEC = _c.ModelSpec(
    AgentReplyPayloadDto,
    (
        ("conversationId", "conversation_id", True, ("str",)),
        ("integrationIdentifier", "integration_identifier", True, ("str",)),
        (
            "reply",
            "reply",
            False,
            (
                "union",
                (
                    ("model", MarkdownReplyContentDto),
                    ("model", CardReplyContentDto),
                    ("model", ToolApprovalCardReplyContentDto),
                ),
            ),
        ),
        ("toolApprovalRequest", "tool_approval_request", False, ("model", ToolApprovalRequestPayloadDto)),
        ("edit", "edit", False, ("model", EditPayloadDto)),
        ("resolve", "resolve", False, ("model", ResolveDto)),
        (
            "signals",
            "signals",
            False,
            (
                "list",
                (
                    "union",
                    (
                        ("model", MetadataSetSignalDto),
                        ("model", MetadataDeleteSignalDto),
                        ("model", MetadataClearSignalDto),
                        ("model", TriggerSignalDto),
                    ),
                ),
            ),
        ),
        ("toolResults", "tool_results", False, ("list", ("model", ToolResultDto))),
        ("addReactions", "add_reactions", False, ("list", ("model", AddReactionPayloadDto))),
        ("deleteMessages", "delete_messages", False, ("list", ("model", DeleteMessagePayloadDto))),
        (
            "typing",
            "typing",
            False,
            (
                "union",
                (
                    ("enum", AgentReplyPayloadDtoTyping),
                    ("model", TypingStatusDto),
                ),
            ),
        ),
        ("error", "error", False, ("bool",)),
    ),
)
_S_reply = _c.prepare(
    (
        "union",
        (
            ("model", MarkdownReplyContentDto),
            ("model", CardReplyContentDto),
            ("model", ToolApprovalCardReplyContentDto),
        ),
    )
)
_S_signals = _c.prepare(
    (
        "list",
        (
            "union",
            (
                ("model", MetadataSetSignalDto),
                ("model", MetadataDeleteSignalDto),
                ("model", MetadataClearSignalDto),
                ("model", TriggerSignalDto),
            ),
        ),
    )
)
_S_typing = _c.prepare(
    (
        "union",
        (
            ("enum", AgentReplyPayloadDtoTyping),
            ("model", TypingStatusDto),
        ),
    )
)
