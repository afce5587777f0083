"""What every part of the fake shares: the document's table (routes, made answers, the server's
envelope) and the server's error answers."""

from __future__ import annotations

import copy
import datetime
import functools
import re
import urllib.parse
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..operations import OPERATIONS, OperationEntry
from ._schema import Schemas

# -- the document, loaded on first use ---------------------------------------------------------


@dataclass(frozen=True)
class _Route:
    entry: OperationEntry
    facts: Mapping[str, Any]
    pattern: re.Pattern[str] | None  # None: a path without parameters, matched exactly


class _Document:
    """The generated table, with routes and made responses computed once per process."""

    def __init__(self) -> None:
        from . import _document

        self.schemas = Schemas(_document.SCHEMAS)
        self.facts = _document.OPERATIONS
        self.exact: dict[tuple[str, str], _Route] = {}
        self.templated: dict[str, list[_Route]] = {}
        self.by_facade: dict[str, OperationEntry] = {}
        self.by_id: dict[str, OperationEntry] = {}
        for entry in OPERATIONS:
            facts = self.facts[entry.operation_id]
            self.by_facade[entry.facade] = entry
            self.by_id[entry.operation_id] = entry
            if "{" not in entry.path:
                self.exact[(entry.method, entry.path)] = _Route(entry, facts, None)
                continue
            regex = "^" + re.sub(r"\\\{[^}]*\\\}", "([^/]+)", re.escape(entry.path)) + "$"
            self.templated.setdefault(entry.method, []).append(_Route(entry, facts, re.compile(regex)))
        for routes in self.templated.values():
            # Literal segments win over parameters: `/x/seen` before `/x/{id}`.
            routes.sort(key=lambda r: (r.entry.path.count("{"), -len(r.entry.path)))
        self._canned: dict[str, Any] = {}
        # By the id of a schema of the table (kept alive beside it, so the id stays its own).
        self._minimal: dict[int, tuple[Any, Any]] = {}
        self._props: dict[int, tuple[Any, dict[str, Any]]] = {}

    def route(self, method: str, path: str) -> tuple[_Route, dict[str, str]] | None:
        """The operation at `path`, or at the end of it: a `server_url` with a path of its own
        (`https://proxy.example/novu`) puts a prefix before the API's paths."""
        found = self._route(method, path)
        while found is None and path.count("/") > 1:
            path = "/" + path.split("/", 2)[2]
            found = self._route(method, path)
        return found

    def _route(self, method: str, path: str) -> tuple[_Route, dict[str, str]] | None:
        found = self.exact.get((method, path))
        if found is not None:
            return found, {}
        for route in self.templated.get(method, ()):
            assert route.pattern is not None
            match = route.pattern.match(path)
            if match:
                names = re.findall(r"\{([^}]*)\}", route.entry.path)
                values = [urllib.parse.unquote(v) for v in match.groups()]
                return route, dict(zip(names, values, strict=True))
        return None

    def minimal(self, schema: Any) -> Any:
        """The smallest made value of a schema (shared: copy before changing it)."""
        key = id(schema)
        if key not in self._minimal:
            self._minimal[key] = (schema, self.schemas.sample(schema, minimal=True))
        return self._minimal[key][1]

    def props(self, schema: Any) -> dict[str, Any]:
        key = id(schema)
        if key not in self._props:
            self._props[key] = (schema, self.schemas.properties(schema))
        return self._props[key][1]

    def canned(self, operation_id: str) -> Any:
        """The operation's success payload from the document (shared: copy before changing it)."""
        if operation_id not in self._canned:
            facts = self.facts[operation_id]
            success = facts["success"]
            value: Any = None
            if success["schema"] is not None:
                example = success.get("example")
                if "example" in success and self.schemas.fits(success["schema"], example):
                    value = copy.deepcopy(example)
                else:
                    value = self.schemas.sample(success["schema"])
                value = _last_page(facts, value)
            self._canned[operation_id] = value
        return self._canned[operation_id]


@functools.cache
def document() -> _Document:
    return _Document()


def _last_page(facts: Mapping[str, Any], value: Any) -> Any:
    """A made page says it is the last, so iterating a canned list ends after it."""
    paging = facts.get("pagination")
    if not paging or not isinstance(value, dict):
        return value
    response = paging["response"]
    items = value.get(paging["items"])
    if "next" in response:
        value[response["next"]] = None
    if "previous" in response:
        value[response["previous"]] = None
    if "has_more" in response:
        value[response["has_more"]] = False
    if "total" in response and isinstance(items, list):
        value[response["total"]] = len(items)
    return value


def _wrap(facts: Mapping[str, Any], value: Any) -> Any:
    """The server's envelope: an object with a truthy `data` goes out as it is, the rest in `{"data": ...}`."""
    if not facts["envelope"]:
        return value
    if isinstance(value, dict) and value.get("data"):
        return value
    return {"data": value}


def _now() -> str:
    return (
        datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    )


def _object_id() -> str:
    return uuid.uuid4().hex[:24]


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(word[:1].upper() + word[1:] for word in rest)


class _Refused(Exception):
    def __init__(self, status: int, body: Any, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(status)
        self.status = status
        self.body = body
        self.headers = dict(headers or {})


def _error_body(status: int, path: str, message: Any, **extra: Any) -> dict[str, Any]:
    return {"statusCode": status, "timestamp": _now(), "path": path, "message": message, **extra}
