"""What the fake records: each request as a `Call`, each accepted workflow trigger as a `Trigger`,
and the result of `FakeNovu.triggered`, which explains its near misses."""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..operations import OperationEntry


@dataclass
class Call:
    """One request the fake received, with what it answered.

    `arguments` are the call's arguments under their Python names (path and query parameters,
    and the body's fields as attributes of its model); `json` is the body as sent, `body` the
    same decoded into the operation's request model.
    """

    operation: OperationEntry
    method: str
    path: str
    path_params: dict[str, str]
    query: dict[str, Any]
    headers: Mapping[str, str]  # case-insensitive
    json: Any
    status: int
    fault: str | None = None  # "status", "timeout" or "disconnect" when a scripted fault answered
    replayed: bool = False  # answered from the idempotency store (a retry of a call that succeeded)
    _facts: Mapping[str, Any] = field(default_factory=dict, repr=False)
    _content: bytes = field(default=b"", repr=False)  # the answer's body as sent

    @functools.cached_property
    def response(self) -> Any:
        """The JSON answered (None for an empty body, a timeout or a dropped connection); each
        call decodes its own copy."""
        return json.loads(self._content) if self._content else None

    def __repr__(self) -> str:
        return f"<Call {self}>"

    @property
    def facade(self) -> str:
        return self.operation.facade

    @property
    def idempotency_key(self) -> str | None:
        return self.headers.get("idempotency-key")

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300

    @functools.cached_property
    def body(self) -> Any:
        """The request body decoded into its model (the JSON itself when it is not an object)."""
        body = self._facts.get("body") or {}
        name = body.get("model")
        if name is None or not isinstance(self.json, dict):
            return self.json
        from .. import models

        try:
            return getattr(models, name).from_dict(self.json)
        except Exception:  # the body was refused; what was sent is still there in `json`
            return self.json

    @functools.cached_property
    def arguments(self) -> dict[str, Any]:
        names = {p["name"]: p["python"] for p in self._facts.get("params", ())}
        out: dict[str, Any] = {names.get(k, k): v for k, v in self.path_params.items()}
        out.update({names.get(k, k): v for k, v in self.query.items()})
        decoded = self.body
        if decoded is not self.json and decoded is not None:
            import attrs

            from .._types import UNSET

            for attribute in attrs.fields(type(decoded)):
                value = getattr(decoded, attribute.name)
                if not attribute.name.startswith("_") and value is not UNSET:
                    out[attribute.name] = value
        elif self.json is not None:
            out["body"] = self.json
        return out

    def __str__(self) -> str:
        shown = json.dumps(self.json, default=str)[:200] if self.json is not None else ""
        return f"{self.method} {self.path} ({self.facade}) -> {self.status} {shown}".rstrip()


def _recipients(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _recipient_key(recipient: Any) -> str | None:
    if isinstance(recipient, str):
        return recipient
    if isinstance(recipient, dict):
        key = recipient.get("subscriberId", recipient.get("topicKey"))
        return str(key) if key is not None else None
    return None


@dataclass(frozen=True)
class Trigger:
    """A workflow trigger the fake accepted: one per event (a bulk trigger gives several)."""

    workflow_id: str
    to: list[Any]  # the recipients as sent: subscriber ids, subscriber or topic objects
    payload: dict[str, Any]
    transaction_id: str | None
    call: Call = field(repr=False)
    event: dict[str, Any] = field(repr=False)  # the whole event as sent (overrides, actor, tenant, ...)

    @property
    def recipients(self) -> list[str]:
        """Subscriber ids and topic keys of `to`, in order."""
        return [k for k in (_recipient_key(r) for r in self.to) if k is not None]

    def __str__(self) -> str:
        payload = json.dumps(self.payload, default=str, sort_keys=True)
        return f"{self.workflow_id!r} to {self.recipients} payload {payload[:200]}"


def _subset(wanted: Mapping[str, Any], actual: Any) -> bool:
    if not isinstance(actual, dict):
        return False
    for key, value in wanted.items():
        if key not in actual:
            return False
        if isinstance(value, Mapping):
            if not _subset(value, actual[key]):
                return False
        elif actual[key] != value:
            return False
    return True


class Triggered(list[Trigger]):
    """The matching triggers; empty, its repr says what was asked and what was sent instead."""

    def __init__(self, matches: list[Trigger], wanted: str, misses: list[tuple[Trigger, str]]) -> None:
        super().__init__(matches)
        self.wanted = wanted
        self.near_misses = misses

    def explain(self) -> str:
        if self:
            return f"{len(self)} trigger(s) of {self.wanted}"
        if not self.near_misses:
            return f"no trigger of {self.wanted}: nothing was triggered"
        lines = [f"no trigger of {self.wanted}; the fake received {len(self.near_misses)}:"]
        lines += [f"  - {trigger} ({why})" for trigger, why in self.near_misses]
        return "\n".join(lines)

    def __repr__(self) -> str:
        return list.__repr__(self) if self else f"<{self.explain()}>"
