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
import difflib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import httpx

from ..operations import OperationEntry
from ._common import _camel, _error_body, _now, _object_id, _Refused, _wrap, document
from ._recording import Call, Trigger, Triggered, _recipients, _subset
from ._schema import Schemas
from ._state import _HANDLERS, _SUBSCRIBER, _TOPIC, _TRIGGERS

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


# -- scripted faults ---------------------------------------------------------------------------


@dataclass
class _Fault:
    status: int | None
    headers: dict[str, str]
    body: Any
    error: str | None
    remaining: int


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

        # No base URL on this pool: the client sends absolute URLs (its `server_url`), and a pool
        # without one lets the client merge its headers once instead of on every call.
        options.setdefault("http_client", httpx.Client(transport=self.transport))
        return Novu(**self._client_options(options))

    def async_client(self, **options: Any) -> AsyncNovu:
        """An `AsyncNovu` wired to this fake (options as for `client`)."""
        from .._client import AsyncNovu

        options.setdefault("http_client", httpx.AsyncClient(transport=self.transport))
        return AsyncNovu(**self._client_options(options))

    def http_client(self) -> httpx.Client:
        """An httpx.Client whose requests reach this fake, for a `Novu` your own code builds
        (its base URL is the fake's, so relative paths work too)."""
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
                        transaction_id=answer.get("transactionId"),  # pyright: ignore[reportOptionalMemberAccess]
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
        # Case-insensitive, as the server reads them: by lower-case name, read once.
        headers = _lowered(request.headers)
        key = headers.get("idempotency-key")
        query: dict[str, Any] = {}
        call = Call(
            route.entry, request.method, path, path_params, query, request.headers, None, 0, _facts=facts
        )
        self.calls.append(call)
        try:
            call.json = self._read_body(headers.get("content-type", ""), request, path)
        except _Refused as refused:
            return self._finish(call, refused.status, refused.body, refused.headers)
        fault = self._take_fault(route.entry.facade)
        if fault is not None:
            return self._fault(call, fault, request)
        try:
            self._authorise(headers, path)
            query.update(self._check(facts, path, path_params, request, headers, call.json))
            replay = self._replay(call, key)
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
        return self._finish(call, status, _wrap(facts, value), remember=key)

    def _finish(
        self,
        call: Call,
        status: int,
        body: Any,
        headers: Mapping[str, str] | None = None,
        remember: str | None = None,
    ) -> httpx.Response:
        """The answer, recorded on the call; `remember`: the idempotency key to replay it under."""
        call.status = status
        response = self._json(status, body, headers)
        call._content = response.content
        if remember:
            self._idempotency[remember] = (call.operation.operation_id, response, call)
        return response

    def _json(self, status: int, body: Any, headers: Mapping[str, str] | None = None) -> httpx.Response:
        out = {"X-Request-Id": f"fake-{self._requests}", **self.headers}
        if headers:
            out.update(headers)
        if body is None:
            return httpx.Response(status, headers=out)
        out["Content-Type"] = "application/json; charset=utf-8"
        content = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()
        if any(name.lower() in _FRAMING for name in out):
            # Headers of the test's own about the body's framing: httpx frames it as they say.
            return httpx.Response(status, headers=out, content=content)
        # The body as a transport that buffered it gives it: read already, framed by its length.
        pairs = [*out.items(), ("Content-Length", str(len(content)))]
        response = httpx.Response(status, headers=pairs, stream=httpx.ByteStream(content))
        response._content = content  # what `read()` sets; the body is in memory
        return response

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
        """`headers` by lower-case name."""
        value = headers.get("authorization", "")
        scheme, _, key = value.partition(" ")
        if scheme.lower() != "apikey" or not key.strip():
            raise _Refused(401, _error_body(401, path, "API Key not found", error="Unauthorized"))

    def _read_body(self, ctype: str, request: httpx.Request, path: str) -> Any:
        content = request.content
        if not content:
            return None
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
        """Path, query, headers (by lower-case name) and body against the document; returns the
        query, typed."""
        schemas = self._doc.schemas
        problems: list[tuple[str, str, Any]] = []
        query: dict[str, Any] = {}
        raw_query: dict[str, list[str]] = {}
        if request.url.query:
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
            found = schemas.errors(schema, given, name)
            if found:
                # A parameter is one field to the server, items of a list included ("each value in ...").
                item = re.compile(re.escape(name) + r"\.\d+")
                problems += [(name, item.sub(f"each value in {name}", m, 1), given) for _, m in found]
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

    def _replay(self, call: Call, key: str | None) -> httpx.Response | None:
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
        # The document's values are plain JSON: copied as such; a value held in the state may
        # hold any object a test put there.
        value = copy.deepcopy(base) if base is not None else _copy_json(self._doc.minimal(schema))
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
                value[key] = given if type(given) in _ATOMS else copy.deepcopy(given)
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


# Response headers of a test's own that say how a body is framed or coded.
_FRAMING = frozenset({"content-length", "content-encoding", "transfer-encoding"})
_ATOMS = frozenset({str, int, float, bool, type(None)})


def _lowered(headers: httpx.Headers) -> dict[str, str]:
    """Headers by lower-case name; a repeated one joined by ", ", as `httpx.Headers.get` gives it."""
    out: dict[str, str] = {}
    for name, value in headers.multi_items():
        out[name] = f"{out[name]}, {value}" if name in out else value
    return out


def _copy_json(value: Any) -> Any:
    """A copy of a JSON value (dicts and lists made again, the rest shared: it is immutable)."""
    if isinstance(value, dict):
        return {key: _copy_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_copy_json(item) for item in value]
    return value


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
