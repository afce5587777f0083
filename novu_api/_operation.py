"""What a generated operation hands to the client's request pipeline.

Generated modules build an `Operation` (static facts from the spec) and `RequestParts` (this
call's URL path, query, body); the client does everything else: auth, retries, errors, hooks,
logging, envelope unwrapping and pagination.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

Parser = Callable[[Any, bool], Any]  # (data, strict_responses) -> the declared value


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    facade: str
    envelope: bool = False
    bare_keys: tuple[str, ...] = ()
    pagination: Mapping[str, Any] | None = None
    # status pattern ("400", "4XX", "default") -> name of the error model in novu_api.models;
    # None: the table most operations share (`novu_api.operations.DEFAULT_ERRORS`)
    errors: Mapping[str, str] | None = None
    returns_json: bool = True
    # {"items": wire name of the body's array, "limit": most items per request}, for bulk operations
    bulk: Mapping[str, Any] | None = None

    def error_model(self, status: int) -> str | None:
        """The name of the model the spec declares for an error status of this operation, if any."""
        table = self.errors
        if table is None:
            from .operations import DEFAULT_ERRORS

            table = DEFAULT_ERRORS
        return table.get(str(status)) or table.get(f"{status // 100}XX") or table.get("default")


@dataclass(frozen=True)
class RequestParts:
    method: str
    url: str
    params: Mapping[str, Any] | None = None
    headers: Mapping[str, str] | None = None  # the operation's declared header parameters
    json: Any = None
    files: list[tuple[str, Any]] | None = None
    data: Mapping[str, Any] | None = None
    content: bytes | None = None  # `json` already serialised (the bulk helpers hash what they send)

    def with_params(self, **changes: Any) -> RequestParts:
        params = dict(self.params or {})
        for key, value in changes.items():
            if value is None:
                params.pop(key, None)
            else:
                params[key] = value
        return replace(self, params=params)
