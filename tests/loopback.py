"""A small scripted HTTP/1.1 server on 127.0.0.1 for fault-injection tests.

    with LoopbackServer([respond(503), reset(), respond(201, json={"data": {...}})]) as server:
        novu = Novu(secret_key=SECRET, server_url=server.url, ...)
        ...
        assert len(server.requests) == 3

Each received request consumes the next action of the script, in order, whatever connection it
arrives on: `respond`, `reset` (RST: SO_LINGER 0 then close), `close` (FIN, no response),
`sleep_then_respond`, `half_body_then_reset`, `send_bytes` (exact bytes, e.g. a hand-framed
response) and `trickle` (headers at once, then the body one byte at a time). A request beyond the script gets a 599 so that
the test fails visibly instead of hanging. Every response is written with one `sendall` on a
TCP_NODELAY socket, so a reset never races a half-written header. Requests are recorded in
`server.requests`.

Instead of a script, a `handler(request) -> Action` may decide each answer (a stateful fake
server, called concurrently from one thread per connection; it may block with `server.wait`).

Bounded: sockets have short timeouts, a connection is served for at most `max_seconds`, the
server accepts connections for at most `lifetime` seconds, sleeps wake early at shutdown, and
leaving the `with` block stops and joins every thread.
"""

from __future__ import annotations

import json as _json
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "Action",
    "LoopbackServer",
    "ReceivedRequest",
    "close",
    "half_body_then_reset",
    "reset",
    "respond",
    "send_bytes",
    "sleep_then_respond",
    "trickle",
]

_REASONS = {
    200: "OK",
    201: "Created",
    204: "No Content",
    400: "Bad Request",
    401: "Unauthorized",
    404: "Not Found",
    408: "Request Timeout",
    409: "Conflict",
    422: "Unprocessable Entity",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
    599: "Script Exhausted",
}


@dataclass(frozen=True)
class Action:
    kind: str  # "respond" | "reset" | "close" | "sleep" | "half_reset" | "bytes" | "trickle"
    status: int = 200
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes = b""
    delay: float = 0.0


def respond(
    status: int = 200,
    *,
    json: Any = None,
    body: bytes | str = b"",
    headers: Mapping[str, str] | None = None,
) -> Action:
    """A complete response; `json=` sets the body and Content-Type."""
    hdrs = dict(headers or {})
    if json is not None:
        body = _json.dumps(json).encode()
        hdrs.setdefault("Content-Type", "application/json")
    return Action("respond", status, tuple(hdrs.items()), body.encode() if isinstance(body, str) else body)


def reset() -> Action:
    """Read the request, then reset the connection (RST) without answering."""
    return Action("reset")


def close() -> Action:
    """Read the request, then close the connection cleanly (FIN) without answering."""
    return Action("close")


def sleep_then_respond(delay: float, status: int = 200, **kwargs: Any) -> Action:
    """Wait `delay` seconds (less if the server stops), then answer like `respond`."""
    action = respond(status, **kwargs)
    return Action("sleep", action.status, action.headers, action.body, delay)


def half_body_then_reset(status: int = 200, **kwargs: Any) -> Action:
    """Send the headers (with the full Content-Length) and half the body, then reset."""
    action = respond(status, **kwargs)
    return Action("half_reset", action.status, action.headers, action.body)


def send_bytes(data: bytes) -> Action:
    """Write exactly these bytes as the answer (the test frames the response itself)."""
    return Action("bytes", body=data)


def trickle(every: float, status: int = 200, **kwargs: Any) -> Action:
    """Headers at once, then one body byte every `every` seconds (until the server stops or the
    client goes away)."""
    action = respond(status, **kwargs)
    return Action("trickle", action.status, action.headers, action.body, every)


@dataclass
class ReceivedRequest:
    method: str
    target: str  # path and query, as sent
    headers: dict[str, str]  # lower-cased names
    body: bytes

    @property
    def path(self) -> str:
        return self.target.split("?", 1)[0]

    def json(self) -> Any:
        return _json.loads(self.body)


@dataclass
class LoopbackServer:
    script: Iterable[Action] = ()
    max_seconds: float = 10.0  # longest life of one connection
    requests: list[ReceivedRequest] = field(default_factory=list)
    handler: Callable[[ReceivedRequest], Action] | None = None  # answers instead of the script
    backlog: int = 16  # pending connections; raise it for many concurrent clients
    lifetime: float = 300.0  # the server stops accepting after this long, whatever happens

    def __post_init__(self) -> None:
        self._actions = list(self.script)
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(self.backlog)
        self._listener.settimeout(0.05)
        self.port = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> LoopbackServer:
        self._spawn(self._accept_loop)
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        for thread in list(self._threads):
            thread.join(timeout=5)
        self._listener.close()
        alive = [t.name for t in self._threads if t.is_alive()]
        assert not alive, f"loopback threads did not stop: {alive}"

    @property
    def unused(self) -> int:
        """Actions of the script not consumed by a request."""
        with self._lock:
            return len(self._actions)

    def wait(self, seconds: float) -> bool:
        """Block a handler for `seconds`; True (early) when the server is stopping."""
        return self._stop.wait(seconds)

    # -- internals ------------------------------------------------------------------------
    def _spawn(self, target: Any, *args: Any) -> None:
        thread = threading.Thread(
            target=target, args=args, daemon=True, name=f"loopback-{len(self._threads)}"
        )
        self._threads.append(thread)
        thread.start()

    def _accept_loop(self) -> None:
        deadline = time.monotonic() + self.lifetime
        while not self._stop.is_set() and time.monotonic() < deadline:
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self._spawn(self._serve, conn)

    def _next_action(self, request: ReceivedRequest) -> Action:
        with self._lock:
            self.requests.append(request)
            if self.handler is None and self._actions:
                return self._actions.pop(0)
        if self.handler is not None:
            return self.handler(request)
        return respond(599, body=b"loopback script exhausted")

    def _serve(self, conn: socket.socket) -> None:
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        conn.settimeout(0.05)
        reader = _Reader(conn, self._stop, self.max_seconds)
        try:
            while True:
                request = reader.read_request()
                if request is None:
                    return
                action = self._next_action(request)
                if action.kind in ("reset", "half_reset"):
                    if action.kind == "half_reset":
                        head, body = _render(action)
                        conn.sendall(head + body[: len(body) // 2])
                    # Linger on, zero seconds: close() sends RST instead of FIN.
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    return
                if action.kind == "close":
                    conn.shutdown(socket.SHUT_RDWR)
                    return
                if action.kind == "sleep" and self._stop.wait(action.delay):
                    return
                if action.kind == "bytes":
                    conn.sendall(action.body)
                    continue
                if action.kind == "trickle":
                    head, body = _render(action)
                    conn.sendall(head)
                    for index in range(len(body)):
                        if self._stop.wait(action.delay):
                            return
                        conn.sendall(body[index : index + 1])
                    continue
                head, body = _render(action)
                conn.sendall(head + body)
                if request.headers.get("connection", "").lower() == "close":
                    return
        except OSError:
            return
        finally:
            conn.close()


class _Reader:
    """Reads HTTP/1.1 requests off one connection, giving up at shutdown or after its time budget."""

    def __init__(self, conn: socket.socket, stop: threading.Event, max_seconds: float) -> None:
        self.conn = conn
        self.stop = stop
        self.deadline = time.monotonic() + max_seconds
        self.buffer = b""

    def _fill(self) -> bool:
        while time.monotonic() < self.deadline and not self.stop.is_set():
            try:
                chunk = self.conn.recv(65536)
            except TimeoutError:
                continue
            if not chunk:
                return False
            self.buffer += chunk
            return True
        return False

    def _take(self, n: int) -> bytes | None:
        while len(self.buffer) < n:
            if not self._fill():
                return None
        out, self.buffer = self.buffer[:n], self.buffer[n:]
        return out

    def _line(self) -> bytes | None:
        while b"\r\n" not in self.buffer:
            if not self._fill():
                return None
        line, self.buffer = self.buffer.split(b"\r\n", 1)
        return line

    def read_request(self) -> ReceivedRequest | None:
        while b"\r\n\r\n" not in self.buffer:
            if not self._fill():
                return None
        head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
        lines = head.decode("latin-1").split("\r\n")
        method, target, _version = lines[0].split(" ", 2)
        headers: dict[str, str] = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        if headers.get("transfer-encoding", "").lower() == "chunked":
            body = b""
            while True:
                size_line = self._line()
                if size_line is None:
                    return None
                size = int(size_line.split(b";")[0], 16)
                chunk = self._take(size + 2)
                if chunk is None:
                    return None
                if size == 0:
                    break
                body += chunk[:-2]
        else:
            taken = self._take(int(headers.get("content-length", "0")))
            if taken is None:
                return None
            body = taken
        return ReceivedRequest(method, target, headers, body)


def _render(action: Action) -> tuple[bytes, bytes]:
    names = {k.lower() for k, _ in action.headers}
    headers = list(action.headers)
    if "content-length" not in names:
        headers.append(("Content-Length", str(len(action.body))))
    reason = _REASONS.get(action.status, "Status")
    head = f"HTTP/1.1 {action.status} {reason}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers) + "\r\n"
    return head.encode("latin-1"), action.body
