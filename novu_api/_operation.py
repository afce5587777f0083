"""What a generated operation hands to the client's request pipeline.

Generated modules build an `Operation` (static facts from the spec) and `RequestParts` (this
call's URL path, query, body); the client does everything else: auth, retries, errors, hooks,
logging, envelope unwrapping and pagination.
"""

from __future__ import annotations

import json as _json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from ._types import UNSET

Parser = Callable[[Any, bool], Any]  # (data, strict_responses) -> the declared value

# Compact UTF-8 JSON without NaN, as `_codec.json_bytes` writes a body; made once, not per call.
_ENCODER = _json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":"))
_ABSENT: Any = object()


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
    content: bytes | None = None  # `json` already serialised (the fast path, the bulk helpers)

    def with_params(self, **changes: Any) -> RequestParts:
        params = dict(self.params or {})
        for key, value in changes.items():
            if value is None:
                params.pop(key, None)
            else:
                params[key] = value
        return replace(self, params=params)


def json_content(value: Any) -> bytes:
    """`value` as a request body's bytes; what JSON cannot carry is the error `_codec.json_bytes`
    raises for it, naming the argument and the place in it."""
    try:
        return _ENCODER.encode(value).encode()
    except (TypeError, ValueError, RecursionError):
        from ._codec import json_bytes

        return json_bytes(value)  # raises the error that names the argument


def plain_json(
    body: Any, plain: Mapping[str, tuple[type, ...] | None]
) -> tuple[dict[str, Any], bytes] | None:
    """A body dict of wire names whose every given value has one of its field's exact types in
    `plain` (an operation's `_PLAIN_BODY`), as (the JSON object, its bytes); None for any other
    body, which the full path (`_codec.json_body`) checks and encodes.

    Such values are what the full path would send unchanged, so only the JSON encoder is left to
    refuse something (a NaN, a datetime inside a free-form object): then it is None too, and the
    full path converts the value or names the argument at fault.
    """
    if body.__class__ is not dict:
        return None
    wire: dict[str, Any] = {}
    for key, value in body.items():
        if value is UNSET:
            continue
        types = plain.get(key, _ABSENT)
        if types is _ABSENT or (types is not None and value is not None and value.__class__ not in types):
            return None
        wire[key] = value
    try:
        return wire, _ENCODER.encode(wire).encode()
    except (TypeError, ValueError, RecursionError):
        return None
