"""The in-process fake: an httpx transport that answers every operation of the registry.

Each request goes: route (method and path against the registry) -> scripted fault, if one is
queued for the operation -> auth -> validation against the document (path, query, headers,
body) -> idempotent replay -> the operation's answer, wrapped as the server wraps it. Answers
come from a small state (subscribers, topics, topic subscriptions, triggered transactions) for
the operations that need it, and from the document (its examples, else a value made from the
schema) for every other one. Every request is recorded.
"""

from __future__ import annotations

import copy
import datetime
import difflib
import functools
import json
import re
import urllib.parse
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import httpx

from ..operations import OPERATIONS, OperationEntry
from ._schema import Schemas

if TYPE_CHECKING:
    from .._client import AsyncNovu, Novu

FAKE_SERVER_URL = "https://api.novu.test"
FAKE_SECRET_KEY = "sk_test_fake_novu"
FAULT_ERRORS = ("timeout", "disconnect")
_REASONS = {
    400: "Bad Request",
    401: "Unauthorized",
    404: "Not Found",
    409: "Conflict",
    422: "Unprocessable Entity",
    429: "Too Many Requests",
}

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


# -- what is recorded --------------------------------------------------------------------------


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


# -- scripted faults ---------------------------------------------------------------------------


@dataclass
class _Fault:
    status: int | None
    headers: dict[str, str]
    body: Any
    error: str | None
    remaining: int


class _Refused(Exception):
    def __init__(self, status: int, body: Any, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(status)
        self.status = status
        self.body = body
        self.headers = dict(headers or {})


def _error_body(status: int, path: str, message: Any, **extra: Any) -> dict[str, Any]:
    return {"statusCode": status, "timestamp": _now(), "path": path, "message": message, **extra}


class _Transport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    def __init__(self, fake: FakeNovu) -> None:
        self.fake = fake

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        return self.fake._answer(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        return self.fake._answer(request)


# -- the fake ----------------------------------------------------------------------------------


class FakeNovu:
    """An in-process Novu for tests: a real `Novu` / `AsyncNovu` talks to it through httpx.

    >>> fake = FakeNovu()
    >>> novu = fake.client()
    >>> novu.trigger(workflow_id="welcome", to="user-1", payload={"name": "Ada"})
    >>> assert fake.triggered("welcome", to="user-1")

    Stateful: subscribers (create, create in bulk, retrieve, patch, delete, search with cursor
    pages), topics (upsert, get, update, delete, list), topic subscriptions (create, list,
    delete) and triggered transactions (trigger, bulk, broadcast, cancel). Every other operation
    answers the document's example, else a value made from its schema.
    """

    def __init__(self, *, headers: Mapping[str, str] | None = None) -> None:
        """`headers` go out with every answer (Novu sends RateLimit-* on each, for example)."""
        self.headers = dict(headers or {})
        self._doc = document()
        self.transport = _Transport(self)
        self.calls: list[Call] = []
        self._faults: dict[str, list[_Fault]] = {}
        self._subscribers: dict[str, dict[str, Any]] = {}
        self._topics: dict[str, dict[str, Any]] = {}
        self._subscriptions: dict[str, dict[str, dict[str, Any]]] = {}  # topic -> identifier -> facts
        self._transactions: dict[str, bool] = {}  # transaction id -> cancelled
        self._idempotency: dict[str, tuple[str, httpx.Response, Call]] = {}
        self._requests = 0

    # -- clients --------------------------------------------------------------------------
    def client(self, **options: Any) -> Novu:
        """A `Novu` wired to this fake (any constructor option may be given; retries do not wait
        unless `retry=` or a fault's Retry-After says so)."""
        from .._client import Novu

        options.setdefault("http_client", self.http_client())
        return Novu(**self._client_options(options))

    def async_client(self, **options: Any) -> AsyncNovu:
        """An `AsyncNovu` wired to this fake (options as for `client`)."""
        from .._client import AsyncNovu

        options.setdefault("http_client", self.async_http_client())
        return AsyncNovu(**self._client_options(options))

    def http_client(self) -> httpx.Client:
        """An httpx.Client whose requests reach this fake, for a `Novu` your own code builds."""
        return httpx.Client(transport=self.transport, base_url=FAKE_SERVER_URL)

    def async_http_client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=self.transport, base_url=FAKE_SERVER_URL)

    @staticmethod
    def _client_options(options: dict[str, Any]) -> dict[str, Any]:
        from .._client import RetryPolicy

        options.setdefault("secret_key", FAKE_SECRET_KEY)
        if "server" not in options:
            options.setdefault("server_url", FAKE_SERVER_URL)
        if "retry" not in options:
            options["retry"] = RetryPolicy(
                max_retries=options.pop("max_retries", RetryPolicy.max_retries),
                initial_delay=0.0,
                max_delay=0.0,
            )
        return options

    # -- recording and assertions ---------------------------------------------------------
    def calls_to(self, facade_path: str) -> list[Call]:
        """The recorded calls of one operation, by its facade path (e.g. "subscribers.create")."""
        entry = self._entry(facade_path)
        return [c for c in self.calls if c.operation is entry]

    def triggers(self) -> list[Trigger]:
        """Every accepted trigger, one per event, in order (retries answered by replay count once)."""
        out: list[Trigger] = []
        for call in self.calls:
            if not call.ok or call.replayed or call.operation.operation_id not in _TRIGGERS:
                continue
            events = (
                (call.json or {}).get("events", []) if _TRIGGERS[call.operation.operation_id] else [call.json]
            )
            answers = call.response.get("data") if isinstance(call.response, dict) else None
            answers = answers if isinstance(answers, list) else [answers]
            for index, event in enumerate(events):
                if not isinstance(event, dict):
                    continue
                answer = answers[index] if index < len(answers) and isinstance(answers[index], dict) else {}
                out.append(
                    Trigger(
                        workflow_id=str(event.get("name")),
                        to=_recipients(event.get("to")),
                        payload=dict(event.get("payload") or {}),
                        transaction_id=answer.get("transactionId"),
                        call=call,
                        event=event,
                    )
                )
        return out

    def triggered(
        self,
        workflow_id: str | None = None,
        *,
        to: str | list[str] | None = None,
        payload: Mapping[str, Any] | None = None,
    ) -> Triggered:
        """Triggers of `workflow_id` whose recipients include `to` (a subscriber id or topic key, or
        a list of them) and whose payload has the given keys with the given values.

        Empty when nothing matches; then its repr (what pytest shows for `assert fake.triggered(...)`)
        lists every trigger the fake received and how it differs.
        """
        wanted_to = [to] if isinstance(to, str) else list(to or [])
        described = [repr(workflow_id) if workflow_id is not None else "any workflow"]
        if wanted_to:
            described.append(f"to {wanted_to}")
        if payload is not None:
            described.append(f"with payload {dict(payload)}")
        matches: list[Trigger] = []
        misses: list[tuple[Trigger, str]] = []
        for trigger in self.triggers():
            why = []
            if workflow_id is not None and trigger.workflow_id != workflow_id:
                why.append("another workflow")
            missing = [r for r in wanted_to if r not in trigger.recipients]
            if missing:
                why.append(f"not to {missing}")
            if payload is not None and not _subset(payload, trigger.payload):
                why.append("payload differs")
            if why:
                misses.append((trigger, ", ".join(why)))
            else:
                matches.append(trigger)
        return Triggered(matches, " ".join(described), misses)

    def assert_triggered(
        self,
        workflow_id: str | None = None,
        *,
        to: str | list[str] | None = None,
        payload: Mapping[str, Any] | None = None,
        times: int | None = None,
    ) -> Triggered:
        """`triggered(...)`, raising AssertionError (with the near misses) when nothing matches,
        or when `times` is given and the count differs."""
        found = self.triggered(workflow_id, to=to, payload=payload)
        if not found or (times is not None and len(found) != times):
            head = found.explain()
            if times is not None and found:
                head = f"expected {times} trigger(s) of {found.wanted}, got {len(found)}"
            raise AssertionError(head)
        return found

    # -- faults ---------------------------------------------------------------------------
    def fail_next(
        self,
        facade_path: str,
        status: int | None = None,
        *,
        times: int = 1,
        headers: Mapping[str, str] | None = None,
        body: Any = None,
        error: str | None = None,
    ) -> None:
        """Make the next `times` requests of an operation fail: with `status` (and `headers`,
        `body`; a 429 says `Retry-After: 0` unless `headers` are given), or with `error`
        "timeout" (the request times out) or "disconnect" (the connection drops before an
        answer). Retries of the SDK are requests too: each consumes one failure."""
        self._entry(facade_path)
        if (status is None) == (error is None):
            raise ValueError("fail_next needs either status= or error=, not both")
        if error is not None and error not in FAULT_ERRORS:
            raise ValueError(f"error must be one of {FAULT_ERRORS}, got {error!r}")
        if status is not None and (
            isinstance(status, bool) or not isinstance(status, int) or not 400 <= status <= 599
        ):
            raise ValueError(f"status must be an HTTP error status (400-599), got {status!r}")
        if isinstance(times, bool) or not isinstance(times, int) or times < 1:
            raise ValueError(f"times must be an int >= 1, got {times!r}")
        given = dict(headers) if headers is not None else ({"Retry-After": "0"} if status == 429 else {})
        self._faults.setdefault(facade_path, []).append(_Fault(status, given, body, error, times))

    # -- state ----------------------------------------------------------------------------
    @property
    def subscribers(self) -> Mapping[str, dict[str, Any]]:
        """Subscribers held by the fake, by subscriber id (the wire objects it answers with)."""
        return MappingProxyType(self._subscribers)

    @property
    def topics(self) -> Mapping[str, dict[str, Any]]:
        return MappingProxyType(self._topics)

    def topic_subscribers(self, topic_key: str) -> list[str]:
        """Subscriber ids subscribed to a topic, in the order they were added."""
        return [s["subscriberId"] for s in self._subscriptions.get(topic_key, {}).values()]

    def add_subscriber(self, subscriber_id: str, **fields: Any) -> dict[str, Any]:
        """Put a subscriber in the fake without a request (fields by wire or snake_case name)."""
        body = {_camel(k): v for k, v in fields.items()}
        body["subscriberId"] = subscriber_id
        return self._store_subscriber(body)

    def add_topic(self, key: str, name: str | None = None) -> dict[str, Any]:
        return self._store_topic(key, name)

    def subscribe(self, topic_key: str, subscriber_id: str) -> None:
        if subscriber_id not in self._subscribers:
            raise KeyError(f"no subscriber {subscriber_id!r} in the fake: add_subscriber() first")
        if topic_key not in self._topics:
            self._store_topic(topic_key, None)
        self._add_subscription(topic_key, subscriber_id, None)

    def reset(self) -> None:
        """Forget calls, faults and state (the `headers` given stay)."""
        self.__init__(headers=self.headers)  # type: ignore[misc]

    # -- answering ------------------------------------------------------------------------
    def _entry(self, facade_path: str) -> OperationEntry:
        entry = self._doc.by_facade.get(facade_path)
        if entry is None:
            close = difflib.get_close_matches(facade_path, list(self._doc.by_facade), n=3)
            hint = f"; did you mean {', '.join(close)}?" if close else ""
            raise ValueError(f"no operation {facade_path!r} in the registry{hint}")
        return entry

    def _answer(self, request: httpx.Request) -> httpx.Response:
        self._requests += 1
        path = request.url.path
        found = self._doc.route(request.method, path)
        if found is None:
            return self._json(
                404, _error_body(404, path, f"Cannot {request.method} {path}", error="Not Found")
            )
        route, path_params = found
        facts = route.facts
        headers = request.headers  # case-insensitive, as the server reads them
        query: dict[str, Any] = {}
        call = Call(route.entry, request.method, path, path_params, query, headers, None, 0, _facts=facts)
        self.calls.append(call)
        try:
            call.json = self._read_body(facts, request, path)
        except _Refused as refused:
            return self._finish(call, refused.status, refused.body, refused.headers)
        fault = self._take_fault(route.entry.facade)
        if fault is not None:
            return self._fault(call, fault, request)
        try:
            self._authorise(headers, path)
            query.update(self._check(facts, path, path_params, request, headers, call.json))
            replay = self._replay(call)
            if replay is not None:
                return replay
            handler = _HANDLERS.get(route.entry.operation_id)
            if handler is not None:
                value = handler(self, facts, path_params, query, call.json)
            else:
                value = self._doc.canned(route.entry.operation_id)
        except _Refused as refused:
            if isinstance(refused.body, dict) and not refused.body.get("path"):
                refused.body["path"] = path  # raised by a handler, which does not know the path
            return self._finish(call, refused.status, refused.body, refused.headers)
        status = int(facts["success"]["status"])
        if facts["success"]["schema"] is None:
            return self._finish(call, status, None)
        return self._finish(call, status, _wrap(facts, value), remember=True)

    def _finish(
        self,
        call: Call,
        status: int,
        body: Any,
        headers: Mapping[str, str] | None = None,
        remember: bool = False,
    ) -> httpx.Response:
        call.status = status
        response = self._json(status, body, headers)
        call._content = response.content
        key = call.idempotency_key
        if remember and key:
            self._idempotency[key] = (call.operation.operation_id, response, call)
        return response

    def _json(self, status: int, body: Any, headers: Mapping[str, str] | None = None) -> httpx.Response:
        out = {"X-Request-Id": f"fake-{self._requests}", **self.headers}
        out.update(headers or {})
        if body is None:
            return httpx.Response(status, headers=out)
        out["Content-Type"] = "application/json; charset=utf-8"
        content = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()
        return httpx.Response(status, headers=out, content=content)

    def _take_fault(self, facade: str) -> _Fault | None:
        queue = self._faults.get(facade)
        if not queue:
            return None
        fault = queue[0]
        fault.remaining -= 1
        if fault.remaining <= 0:
            queue.pop(0)
        return fault

    def _fault(self, call: Call, fault: _Fault, request: httpx.Request) -> httpx.Response:
        if fault.error == "timeout":
            call.fault, call.status = "timeout", 0
            raise httpx.ReadTimeout("the fake Novu timed out this request (fail_next)", request=request)
        if fault.error == "disconnect":
            call.fault, call.status = "disconnect", 0
            raise httpx.RemoteProtocolError(
                "Server disconnected without sending a response (fail_next)", request=request
            )
        assert fault.status is not None
        call.fault = "status"
        status = fault.status
        if fault.body is not None:
            body = fault.body
        else:
            reason = _REASONS.get(status) or httpx.codes.get_reason_phrase(status) or "Error"
            body = _error_body(status, call.path, reason)
        return self._finish(call, status, body, fault.headers)

    def _authorise(self, headers: Mapping[str, str], path: str) -> None:
        value = headers.get("authorization", "")
        scheme, _, key = value.partition(" ")
        if scheme.lower() != "apikey" or not key.strip():
            raise _Refused(401, _error_body(401, path, "API Key not found", error="Unauthorized"))

    def _read_body(self, facts: Mapping[str, Any], request: httpx.Request, path: str) -> Any:
        content = request.content
        if not content:
            return None
        ctype = request.headers.get("content-type", "")
        if "json" not in ctype:
            return None  # multipart uploads are kept as sent in the request, not decoded
        try:
            return json.loads(content)
        except RecursionError:
            message = "Unexpected token in JSON: nested too deeply"
            raise _Refused(400, _error_body(400, path, message, error="Bad Request")) from None
        except ValueError as exc:
            raise _Refused(
                400, _error_body(400, path, f"Unexpected token in JSON: {exc}", error="Bad Request")
            ) from None

    def _check(
        self,
        facts: Mapping[str, Any],
        path: str,
        path_params: Mapping[str, str],
        request: httpx.Request,
        headers: Mapping[str, str],
        body: Any,
    ) -> dict[str, Any]:
        """Path, query, headers and body against the document; returns the query, typed."""
        schemas = self._doc.schemas
        problems: list[tuple[str, str, Any]] = []
        query: dict[str, Any] = {}
        raw_query: dict[str, list[str]] = {}
        for name, value in request.url.params.multi_items():
            raw_query.setdefault(name, []).append(value)
        for param in facts["params"]:
            name, where = param["name"], param["in"]
            schema = param["schema"]
            if where == "path":
                given: Any = path_params.get(name)
            elif where == "query":
                values = raw_query.pop(name, None)
                given = None if values is None else _typed(schemas, schema, values)
                if given is not None:
                    query[name] = given
            else:
                given = headers.get(name.lower())
            if given is None:
                if param["required"]:
                    problems.append((name, f"{name} should not be null or undefined", None))
                continue
            # A parameter is one field to the server, items of a list included ("each value in ...").
            item = re.compile(re.escape(name) + r"\.\d+")
            problems += [
                (name, item.sub(f"each value in {name}", m, 1), given)
                for _, m in schemas.errors(schema, given, name)
            ]
        for name, values in raw_query.items():  # not declared: kept as sent
            query[name] = values if len(values) > 1 else values[0]
        spec = facts["body"]
        if spec is not None and "json" in spec["content"]:
            if body is None:
                if spec["required"]:
                    problems.append(("body", "body should not be empty", None))
            else:
                problems += [(f, m, _at(body, f)) for f, m in schemas.errors(spec["schema"], body)]
        elif spec is not None and spec["content"].startswith("multipart/"):
            # A form is checked for its required parts; their contents are the upload's own.
            sent = set(re.findall(r'name="([^"]+)"', request.content.decode("utf-8", "replace")))
            for name in schemas.resolve(spec["schema"]).get("required") or ():
                if name not in sent:
                    problems.append((name, f"{name} should not be null or undefined", None))
        if problems:
            raise _Refused(*_refusal(facts, path, problems))
        return query

    def _replay(self, call: Call) -> httpx.Response | None:
        key = call.idempotency_key
        if not key or key not in self._idempotency:
            return None
        operation_id, response, first = self._idempotency[key]
        if operation_id != call.operation.operation_id or first.json != call.json:
            message = f'Request with key "{key}" is being reused for a different body'
            raise _Refused(422, _error_body(422, call.path, message))
        call.status, call._content, call.replayed = first.status, first._content, True
        headers = dict(response.headers)
        headers["Idempotency-Replay"] = "true"
        return httpx.Response(response.status_code, headers=headers, content=response.content)

    # -- state behind the stateful operations ---------------------------------------------
    def _shape(self, schema: Any, fields: Mapping[str, Any], base: Any = None) -> dict[str, Any]:
        """A value of an object schema: `base` (or one made from the schema) with `fields` put in
        where the schema has them and they fit; nested objects are shaped the same way."""
        schemas = self._doc.schemas
        value = copy.deepcopy(base if base is not None else self._doc.minimal(schema))
        if not isinstance(value, dict):
            value = {}
        props = self._doc.props(schema)
        for key, given in fields.items():
            if key not in props:
                continue
            prop = props[key]
            if isinstance(given, dict) and schemas.properties(prop):
                value[key] = self._shape(prop, given)
            elif schemas.fits(prop, given) or given is None:
                value[key] = copy.deepcopy(given)
        return value

    def _success_schema(self, operation_id: str) -> Any:
        return self._doc.facts[operation_id]["success"]["schema"]

    def _item_schema(self, operation_id: str) -> Any:
        """The schema of one item of a list operation's page."""
        facts = self._doc.facts[operation_id]
        props = self._doc.schemas.properties(facts["success"]["schema"])
        items = props.get((facts.get("pagination") or {}).get("items", "data"), {})
        return self._doc.schemas.resolve(items).get("items", {})

    def _store_subscriber(
        self, body: Mapping[str, Any], existing: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        now = _now()
        base = dict(existing) if existing else None
        stored = self._shape(self._success_schema(_SUBSCRIBER), body, base)
        if existing is None:
            stored.update(_id=_object_id(), createdAt=now, deleted=False)
            for key in ("channels", "topics"):
                if isinstance(stored.get(key), list) and key not in body:
                    stored[key] = []
        stored["updatedAt"] = now
        stored["subscriberId"] = str(body.get("subscriberId", stored.get("subscriberId")))
        self._subscribers[stored["subscriberId"]] = stored
        return stored

    def _subscriber(self, subscriber_id: str, path: str) -> dict[str, Any]:
        found = self._subscribers.get(subscriber_id)
        if found is None:
            message = f"Subscriber: {subscriber_id} was not found"
            raise _Refused(404, _error_body(404, path, message, error="Not Found"))
        return found

    def _store_topic(
        self, key: str, name: str | None, existing: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        now = _now()
        fields: dict[str, Any] = {"key": key}
        if name is not None:
            fields["name"] = name
        stored = self._shape(self._success_schema(_TOPIC), fields, existing)
        if existing is None:
            stored.update(_id=_object_id(), createdAt=now)
            if name is None:
                stored["name"] = key
        stored["updatedAt"] = now
        self._topics[key] = stored
        self._subscriptions.setdefault(key, {})
        return stored

    def _topic(self, key: str, path: str) -> dict[str, Any]:
        found = self._topics.get(key)
        if found is None:
            raise _Refused(404, _error_body(404, path, f"Topic with key {key} not found", error="Not Found"))
        return found

    def _add_subscription(self, topic_key: str, subscriber_id: str, identifier: str | None) -> dict[str, Any]:
        identifier = identifier or f"tk={topic_key}:si={subscriber_id}"
        now = _now()
        record = self._subscriptions.setdefault(topic_key, {}).get(identifier)
        if record is None:
            record = {
                "_id": _object_id(),
                "identifier": identifier,
                "subscriberId": subscriber_id,
                "createdAt": now,
            }
            self._subscriptions[topic_key][identifier] = record
        record["updatedAt"] = now
        return record

    def _subscription_value(self, schema: Any, topic_key: str, record: Mapping[str, Any]) -> dict[str, Any]:
        subscriber = self._subscribers.get(record["subscriberId"], {"subscriberId": record["subscriberId"]})
        fields = {
            **record,
            "topic": self._topics.get(topic_key, {"key": topic_key}),
            "subscriber": subscriber,
            "contextKeys": [],
        }
        return self._shape(schema, fields)


def _at(body: Any, field_path: str) -> Any:
    node = body
    for part in field_path.split(".") if field_path and field_path != "body" else ():
        if isinstance(node, dict):
            node = node.get(part)
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return None
    return node


def _typed(schemas: Schemas, schema: Any, values: list[str]) -> Any:
    """A query parameter's text as the JSON value its schema describes (left as text when it is not one)."""
    resolved = schemas.resolve(schema)
    if resolved.get("type") == "array":
        items = resolved.get("items") or {}
        return [_scalar(schemas.resolve(items), v) for v in values]
    return _scalar(resolved, values[-1])


def _scalar(schema: Mapping[str, Any], text: str) -> Any:
    kind = schema.get("type")
    if kind in ("number", "integer"):
        try:
            number = float(text)
        except ValueError:
            return text
        return int(number) if number.is_integer() and "." not in text else number
    if kind == "boolean":
        return {"true": True, "false": False}.get(text, text)
    return text


def _refusal(facts: Mapping[str, Any], path: str, problems: list[tuple[str, str, Any]]) -> tuple[int, Any]:
    """Novu's answer to a request its validation refuses: 422 with the fields (ValidationErrorDto)
    where the operation declares it, else 400 with the messages."""
    if 422 in facts["refusals"] or not facts["refusals"]:
        errors: dict[str, Any] = {}
        for name, message, value in problems:
            entry = errors.setdefault(name, {"messages": [], "value": value})
            if message not in entry["messages"]:
                entry["messages"].append(message)
        return 422, _error_body(422, path, "Validation Error", errors=errors)
    return 400, _error_body(400, path, [m for _, m, _ in problems], error="Bad Request")


# -- the stateful operations, by operation id (an id missing from a release is simply canned) ----

_SUBSCRIBER = "SubscribersController_getSubscriber"
_TOPIC = "TopicsController_getTopic"
# Trigger operations: operation id -> whether the body holds several events.
_TRIGGERS = {
    "EventsController_trigger": False,
    "EventsController_broadcastEventToAll": False,
    "EventsController_triggerBulk": True,
}

_Handler = Callable[[FakeNovu, Mapping[str, Any], Mapping[str, str], Mapping[str, Any], Any], Any]
_HANDLERS: dict[str, _Handler] = {}


def _handles(*operation_ids: str) -> Callable[[_Handler], _Handler]:
    def register(fn: _Handler) -> _Handler:
        for operation_id in operation_ids:
            _HANDLERS[operation_id] = fn
        return fn

    return register


def _page(fake: FakeNovu, operation_id: str, items: list[dict[str, Any]], query: Mapping[str, Any]) -> Any:
    """A cursor page over `items` (cursor = an item's `_id`), shaped as the operation's page DTO."""
    facts = fake._doc.facts[operation_id]
    paging = facts.get("pagination") or {"items": "data", "request": {}, "response": {}}
    request, response = paging["request"], paging["response"]
    limit = query.get(request.get("limit", "limit"), 10)
    limit = int(limit) if isinstance(limit, (int, float)) and limit >= 1 else 10
    ids = [str(item.get("_id")) for item in items]
    start = 0
    after = query.get(request.get("after", "after"))
    before = query.get(request.get("before", "before"))
    if isinstance(after, str) and after in ids:
        start = ids.index(after) + 1
    elif isinstance(before, str) and before in ids:
        start = max(0, ids.index(before) - limit)
    chunk = items[start : start + limit]
    more = start + limit < len(items)
    value = copy.deepcopy(fake._doc.canned(operation_id))
    if not isinstance(value, dict):
        value = {}
    value[paging["items"]] = chunk
    if "next" in response:
        value[response["next"]] = str(chunk[-1]["_id"]) if more and chunk else None
    if "previous" in response:
        value[response["previous"]] = str(chunk[0]["_id"]) if start > 0 and chunk else None
    if "has_more" in response:
        value[response["has_more"]] = more
    if "total" in response:
        value[response["total"]] = len(items)
    if "totalCountCapped" in value:
        value["totalCountCapped"] = False
    return value


@_handles("SubscribersController_createSubscriber")
def _create_subscriber(fake: FakeNovu, facts: Any, path: Any, query: Any, body: Any) -> Any:
    existing = fake._subscribers.get(str(body["subscriberId"]))
    if existing is not None and query.get("failIfExists") is True:
        message = f"Subscriber with subscriberId: {body['subscriberId']} already exists"
        raise _Refused(409, _error_body(409, "", message, error="Conflict"))
    return fake._store_subscriber(body, existing)


@_handles("SubscribersV1Controller_bulkCreateSubscribers")
def _bulk_create_subscribers(fake: FakeNovu, facts: Any, path: Any, query: Any, body: Any) -> Any:
    created: list[dict[str, str]] = []
    updated: list[dict[str, str]] = []
    for item in body.get("subscribers", []):
        existing = fake._subscribers.get(str(item["subscriberId"]))
        fake._store_subscriber(item, existing)
        (updated if existing else created).append({"subscriberId": str(item["subscriberId"])})
    value = copy.deepcopy(fake._doc.canned("SubscribersV1Controller_bulkCreateSubscribers"))
    return fake._shape(
        facts["success"]["schema"], {"created": created, "updated": updated, "failed": []}, value
    )


@_handles("SubscribersController_getSubscriber")
def _get_subscriber(fake: FakeNovu, facts: Any, path: Any, query: Any, body: Any) -> Any:
    return fake._subscriber(path["subscriberId"], "")


@_handles("SubscribersController_patchSubscriber")
def _patch_subscriber(fake: FakeNovu, facts: Any, path: Any, query: Any, body: Any) -> Any:
    existing = fake._subscriber(path["subscriberId"], "")
    return fake._store_subscriber({**(body or {}), "subscriberId": path["subscriberId"]}, existing)


@_handles("SubscribersController_removeSubscriber")
def _remove_subscriber(fake: FakeNovu, facts: Any, path: Any, query: Any, body: Any) -> Any:
    fake._subscriber(path["subscriberId"], "")
    del fake._subscribers[path["subscriberId"]]
    for records in fake._subscriptions.values():
        for identifier in [i for i, r in records.items() if r["subscriberId"] == path["subscriberId"]]:
            del records[identifier]
    return fake._shape(facts["success"]["schema"], {"acknowledged": True, "status": "deleted"})


@_handles("SubscribersController_searchSubscribers")
def _search_subscribers(fake: FakeNovu, facts: Any, path: Any, query: Any, body: Any) -> Any:
    def keep(item: Mapping[str, Any]) -> bool:
        if "subscriberId" in query and item.get("subscriberId") != query["subscriberId"]:
            return False
        for key, fields in (
            ("email", ("email",)),
            ("phone", ("phone",)),
            ("name", ("firstName", "lastName")),
        ):
            wanted = query.get(key)
            if isinstance(wanted, str):
                text = " ".join(str(item.get(f) or "") for f in fields).lower()
                if wanted.lower() not in text:
                    return False
        return True

    items = [s for s in fake._subscribers.values() if keep(s)]
    if query.get("orderDirection") == "DESC":
        items.reverse()
    return _page(fake, "SubscribersController_searchSubscribers", items, query)


@_handles("TopicsController_upsertTopic")
def _upsert_topic(fake: FakeNovu, facts: Any, path: Any, query: Any, body: Any) -> Any:
    existing = fake._topics.get(str(body["key"]))
    if existing is not None and query.get("failIfExists") is True:
        raise _Refused(
            409, _error_body(409, "", f"Topic with key {body['key']} already exists", error="Conflict")
        )
    return fake._store_topic(str(body["key"]), body.get("name"), existing)


@_handles("TopicsController_getTopic")
def _get_topic(fake: FakeNovu, facts: Any, path: Any, query: Any, body: Any) -> Any:
    return fake._topic(path["topicKey"], "")


@_handles("TopicsController_updateTopic")
def _update_topic(fake: FakeNovu, facts: Any, path: Any, query: Any, body: Any) -> Any:
    existing = fake._topic(path["topicKey"], "")
    return fake._store_topic(path["topicKey"], (body or {}).get("name"), existing)


@_handles("TopicsController_deleteTopic")
def _delete_topic(fake: FakeNovu, facts: Any, path: Any, query: Any, body: Any) -> Any:
    fake._topic(path["topicKey"], "")
    del fake._topics[path["topicKey"]]
    fake._subscriptions.pop(path["topicKey"], None)
    return fake._shape(facts["success"]["schema"], {"acknowledged": True})


@_handles("TopicsController_listTopics")
def _list_topics(fake: FakeNovu, facts: Any, path: Any, query: Any, body: Any) -> Any:
    items = [
        t
        for t in fake._topics.values()
        if ("key" not in query or t["key"] == query["key"])
        and (
            not isinstance(query.get("name"), str) or query["name"].lower() in str(t.get("name", "")).lower()
        )
    ]
    return _page(fake, "TopicsController_listTopics", items, query)


def _subscription_targets(body: Mapping[str, Any]) -> list[tuple[str | None, str | None]]:
    """(subscriber id, identifier) for each entry of a subscriptions body."""
    out: list[tuple[str | None, str | None]] = []
    for item in body.get("subscriptions") or []:
        if isinstance(item, str):
            out.append((item, None))
        elif isinstance(item, dict):
            out.append((item.get("subscriberId"), item.get("identifier")))
    out += [(str(s), None) for s in body.get("subscriberIds") or []]
    return out


@_handles("TopicsController_createTopicSubscriptions")
def _create_subscriptions(fake: FakeNovu, facts: Any, path: Any, query: Any, body: Any) -> Any:
    key = path["topicKey"]
    if key not in fake._topics:
        fake._store_topic(key, (body or {}).get("name"))
    schema = facts["success"]["schema"]
    item_schema = fake._doc.schemas.resolve(fake._doc.schemas.properties(schema).get("data", {})).get(
        "items", {}
    )
    made, failed = [], []
    for subscriber_id, identifier in _subscription_targets(body or {}):
        if subscriber_id is None or subscriber_id not in fake._subscribers:
            failed.append(
                {
                    "subscriberId": str(subscriber_id),
                    "code": "SUBSCRIBER_NOT_FOUND",
                    "message": f"Subscriber with id '{subscriber_id}' not found",
                }
            )
            continue
        record = fake._add_subscription(key, subscriber_id, identifier)
        made.append(fake._subscription_value(item_schema, key, record))
    meta = {"totalCount": len(made) + len(failed), "successful": len(made), "failed": len(failed)}
    return fake._shape(schema, {"data": made, "meta": meta, "errors": failed})


@_handles("TopicsController_listTopicSubscriptions")
def _list_subscriptions(fake: FakeNovu, facts: Any, path: Any, query: Any, body: Any) -> Any:
    key = path["topicKey"]
    fake._topic(key, "")
    item_schema = fake._item_schema("TopicsController_listTopicSubscriptions")
    records = [
        r
        for r in fake._subscriptions.get(key, {}).values()
        if "subscriberId" not in query or r["subscriberId"] == query["subscriberId"]
    ]
    items = [fake._subscription_value(item_schema, key, r) for r in records]
    return _page(fake, "TopicsController_listTopicSubscriptions", items, query)


@_handles("TopicsController_deleteTopicSubscriptions")
def _delete_subscriptions(fake: FakeNovu, facts: Any, path: Any, query: Any, body: Any) -> Any:
    key = path["topicKey"]
    fake._topic(key, "")
    schema = facts["success"]["schema"]
    item_schema = fake._doc.schemas.resolve(fake._doc.schemas.properties(schema).get("data", {})).get(
        "items", {}
    )
    records = fake._subscriptions.get(key, {})
    removed, failed = [], []
    for subscriber_id, identifier in _subscription_targets(body or {}):
        hits = [
            i
            for i, r in records.items()
            if (identifier is None or i == identifier)
            and (subscriber_id is None or r["subscriberId"] == subscriber_id)
        ]
        if not hits:
            failed.append(
                {
                    "subscriberId": str(subscriber_id),
                    "code": "SUBSCRIPTION_NOT_FOUND",
                    "message": f"Subscriber '{subscriber_id}' is not subscribed to topic '{key}'",
                }
            )
        for identifier_hit in hits:
            removed.append(fake._subscription_value(item_schema, key, records.pop(identifier_hit)))
    meta = {"totalCount": len(removed) + len(failed), "successful": len(removed), "failed": len(failed)}
    return fake._shape(schema, {"data": removed, "meta": meta, "errors": failed})


def _accept_trigger(fake: FakeNovu, schema: Any, event: Mapping[str, Any]) -> dict[str, Any]:
    transaction_id = str(event.get("transactionId") or uuid.uuid4().hex)
    fake._transactions.setdefault(transaction_id, False)
    value = fake._shape(
        schema, {"acknowledged": True, "status": "processed", "transactionId": transaction_id}
    )
    value.pop("error", None)
    return value


@_handles("EventsController_trigger", "EventsController_broadcastEventToAll")
def _trigger(fake: FakeNovu, facts: Any, path: Any, query: Any, body: Any) -> Any:
    return _accept_trigger(fake, facts["success"]["schema"], body)


@_handles("EventsController_triggerBulk")
def _trigger_bulk(fake: FakeNovu, facts: Any, path: Any, query: Any, body: Any) -> Any:
    schema = fake._doc.schemas.resolve(facts["success"]["schema"]).get("items", {})
    return [_accept_trigger(fake, schema, event) for event in body.get("events", [])]


@_handles("EventsController_cancel")
def _cancel(fake: FakeNovu, facts: Any, path: Any, query: Any, body: Any) -> Any:
    transaction_id = path["transactionId"]
    if fake._transactions.get(transaction_id) is False:
        fake._transactions[transaction_id] = True
        return True
    return False


def iter_stateful() -> Iterator[str]:
    """Operation ids the fake keeps state for (those present in this release's registry)."""
    ids = document().by_id
    return (op for op in _HANDLERS if op in ids)
