"""A minimal HTTP/1.1 keep-alive server on 127.0.0.1 for `make bench`.

Routes (everything else is a 404 shaped like Novu's ErrorDto):
- POST /v1/events/trigger -> 201 `{"data": {"acknowledged": true, "status": "processed", "transactionId": ...}}`
- POST /v1/events/trigger/bulk -> 201 `{"data": [...]}`, one such result per event of the body
  (the events are counted with `json.loads`, as a real server parses the body it processes)
- GET  /v2/subscribers    -> 200, a bare `ListSubscribersResponseDto` page of 100 subscribers (`limit`
  is not read: every caller asks for 100). Cursor pagination: `next` is the `_id` of the page's last subscriber, `after=<that>`
  returns the following page, and the last of `PAGES` pages has `next: null`.

It runs in its own process (`LoopbackServer` starts it), so its work never competes with the
measured client for the GIL, and serves every connection from one thread with a selector.
Every response is written with one `send` on a TCP_NODELAY socket (without that, Nagle plus
delayed ACK adds about 40 ms to each keep-alive call); what the socket did not take goes when it
is writable again. Response bytes are
built once at start-up, so a request costs the server one parse and one send.

Bounded: the process exits after `--max-seconds`, when its standard input closes (the parent
went away), or when the parent terminates it at the end of the run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import selectors
import socket
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

PAGES = 100  # pages in the subscriber list: 10,000 subscribers at 100 a page
PER_PAGE = 100
ORGANIZATION_ID = "65f1c0a2e4b0c1d2a3b4c5d6"
ENVIRONMENT_ID = "65f1c0a2e4b0c1d2a3b4c5d7"
TRANSACTION_ID = "txn_2f9c1e7a-5b3d-4c8e-9a61-0d7e4f2b8c13"

_FIRST = ["Ada", "Grace", "Alan", "Katherine", "Linus", "Margaret", "Dennis", "Barbara", "Ken", "Radia"]
_LAST = ["Lovelace", "Hopper", "Turing", "Johnson", "Torvalds", "Hamilton", "Ritchie", "Liskov", "Thompson"]
_LOCALES = ["en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "pt-BR", "ja-JP"]
_ZONES = ["Europe/London", "America/New_York", "Europe/Berlin", "Asia/Tokyo", "America/Sao_Paulo"]
_TOPICS = ["product-updates", "billing", "security-alerts", "weekly-digest", "marketing"]
_PLANS = ["free", "pro", "business", "enterprise"]


def _object_id(rng: random.Random) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(24))


def _timestamp(rng: random.Random, year: int) -> str:
    return (
        f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T"
        f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d}Z"
    )


def _channels(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """`ChannelSettingsDto`s: a chat webhook and push device tokens, as Novu stores them."""
    channels: list[dict[str, Any]] = [
        {
            "providerId": "slack",
            "integrationIdentifier": "slack-workspace",
            "credentials": {
                "webhookUrl": f"https://hooks.slack.com/services/T0{n:07d}/B0{rng.randint(0, 10**7):07d}/"
                + "".join(
                    rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(24)
                ),
                "channel": "notifications",
            },
            "_integrationId": _object_id(rng),
        },
        {
            "providerId": "fcm",
            "integrationIdentifier": "fcm-production",
            "credentials": {
                "deviceTokens": [
                    "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(152))
                    for _ in range(rng.randint(1, 2))
                ]
            },
            "_integrationId": _object_id(rng),
        },
    ]
    return channels[: rng.choice((1, 2, 2))]


def subscriber(n: int, rng: random.Random) -> dict[str, Any]:
    """One `SubscriberResponseDto` with every field filled as Novu sends it (a few nulls, as in life)."""
    first, last = _FIRST[n % len(_FIRST)], _LAST[n % len(_LAST)]
    created = _timestamp(rng, 2025)
    return {
        "_id": _object_id(rng),
        "firstName": first,
        "lastName": last,
        "email": f"{first.lower()}.{last.lower()}.{n:05d}@example.com",
        "phone": f"+1415555{n % 10000:04d}" if n % 5 else None,
        "avatar": f"https://cdn.example.com/avatars/{n:05d}.png" if n % 3 else None,
        "locale": _LOCALES[n % len(_LOCALES)],
        "channels": _channels(rng, n),
        "topics": rng.sample(_TOPICS, rng.randint(0, 3)),
        "isOnline": n % 7 == 0,
        "lastOnlineAt": _timestamp(rng, 2026),
        "__v": 0,
        "data": {
            "plan": _PLANS[n % len(_PLANS)],
            "company": f"Company {n % 250}",
            "seats": rng.randint(1, 500),
            "signupSource": rng.choice(["web", "ios", "android", "api"]),
            "marketingOptIn": bool(n % 2),
        },
        "timezone": _ZONES[n % len(_ZONES)],
        "subscriberId": f"user-{n:05d}",
        "_organizationId": ORGANIZATION_ID,
        "_environmentId": ENVIRONMENT_ID,
        "deleted": False,
        "createdAt": created,
        "updatedAt": _timestamp(rng, 2026),
    }


def build_pages(pages: int = PAGES, per_page: int = PER_PAGE, seed: int = 3150) -> list[dict[str, Any]]:
    """`pages` bare ListSubscribersResponseDto pages, linked by cursor (each page's `next`)."""
    rng = random.Random(seed)
    out: list[dict[str, Any]] = []
    for p in range(pages):
        data = [subscriber(p * per_page + i, rng) for i in range(per_page)]
        out.append(
            {
                "data": data,
                "next": None,
                "previous": data[0]["_id"] if p else None,
                "totalCount": pages * per_page,
                "totalCountCapped": False,
            }
        )
    for p in range(pages - 1):
        out[p]["next"] = out[p]["data"][-1]["_id"]
    return out


def page_body(pages: int = PAGES) -> bytes:
    """The first page's body, exactly as the server sends it (for parse-only figures)."""
    return _encode(build_pages(pages)[0])


def _encode(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode()


_REASONS = {200: "OK", 201: "Created", 404: "Not Found"}


def _response(status: int, body: bytes) -> bytes:
    head = (
        f"HTTP/1.1 {status} {_REASONS[status]}\r\n"
        "Content-Type: application/json; charset=utf-8\r\n"
        f"Content-Length: {len(body)}\r\n"
        "Connection: keep-alive\r\n"
        "RateLimit-Limit: 6000\r\n"
        "RateLimit-Remaining: 5999\r\n"
        "RateLimit-Reset: 1\r\n"
        'RateLimit-Policy: 6000;w=1;name="global"\r\n'
        "\r\n"
    )
    return head.encode() + body


class _Routes:
    def __init__(self, pages: int) -> None:
        built = build_pages(pages)
        self.first_page = _response(200, _encode(built[0]))
        # after=<cursor> -> the page that follows it
        self.by_cursor = {
            page["next"]: _response(200, _encode(built[i + 1])) for i, page in enumerate(built[:-1])
        }
        self.trigger = _response(
            201,
            _encode({"data": {"acknowledged": True, "status": "processed", "transactionId": TRANSACTION_ID}}),
        )
        self.bulk: dict[int, bytes] = {}  # number of events -> response
        self.not_found = _response(
            404,
            _encode(
                {
                    "statusCode": 404,
                    "timestamp": "2026-04-28T00:00:00.000Z",
                    "path": "",
                    "message": "Not Found",
                }
            ),
        )

    def bulk_answer(self, body: bytes) -> bytes:
        try:
            events = len(json.loads(body)["events"])
        except (ValueError, KeyError, TypeError):
            return self.not_found
        answer = self.bulk.get(events)
        if answer is None:
            result = {"acknowledged": True, "status": "processed", "transactionId": TRANSACTION_ID}
            answer = self.bulk[events] = _response(201, _encode({"data": [result] * events}))
        return answer

    def __call__(self, method: bytes, target: bytes, body: bytes = b"") -> bytes:
        path, _, query = target.partition(b"?")
        if method == b"POST" and path == b"/v1/events/trigger":
            return self.trigger
        if method == b"POST" and path == b"/v1/events/trigger/bulk":
            return self.bulk_answer(body)
        if method == b"GET" and path == b"/v2/subscribers":
            params = parse_qs(query.decode()) if query else {}
            after = params.get("after", [None])[0]
            if after:
                return self.by_cursor.get(after, self.not_found)
            return self.first_page
        return self.not_found


class _Connection:
    """One keep-alive connection's buffers: bytes read but not yet answered, bytes still to send."""

    __slots__ = ("sock", "inbox", "outbox", "writing")

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.inbox = b""
        self.outbox = b""
        self.writing = False  # registered for EVENT_WRITE: a response is half sent


def _answers(conn: _Connection, routes: _Routes) -> bytes | None:
    """The responses to every whole request in `conn.inbox` (which keeps the rest), or None when
    a request head cannot be read."""
    out: list[bytes] = []
    buf = conn.inbox
    while True:
        end = buf.find(b"\r\n\r\n")
        if end < 0:
            break
        lines = buf[:end].split(b"\r\n")
        try:
            method, target, _version = lines[0].split(b" ", 2)
            length = 0
            for line in lines[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
        except ValueError:
            return None
        start = end + 4
        if len(buf) - start < length:
            break
        out.append(routes(method, target, buf[start : start + length]))
        buf = buf[start + length :]
    conn.inbox = buf
    return b"".join(out)


def _serve_forever(listener: socket.socket, routes: _Routes) -> None:
    """Every connection on one thread, driven by readiness: no thread per connection, so the
    server's own work never queues on its GIL behind other connections' threads (which made the
    loopback floors bimodal at high concurrency)."""
    selector = selectors.DefaultSelector()
    listener.setblocking(False)
    selector.register(listener, selectors.EVENT_READ, None)

    def close(conn: _Connection) -> None:
        selector.unregister(conn.sock)
        conn.sock.close()

    while True:
        for key, events in selector.select():
            if key.data is None:
                try:
                    sock, _ = listener.accept()
                except BlockingIOError:
                    continue
                sock.setblocking(False)
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                selector.register(sock, selectors.EVENT_READ, _Connection(sock))
                continue
            conn: _Connection = key.data
            try:
                if events & selectors.EVENT_READ:
                    chunk = conn.sock.recv(262144)
                    if not chunk:
                        close(conn)
                        continue
                    conn.inbox += chunk
                    answer = _answers(conn, routes)
                    if answer is None:
                        close(conn)
                        continue
                    conn.outbox += answer
                if conn.outbox:
                    sent = conn.sock.send(conn.outbox)  # usually all of it: one send per response
                    conn.outbox = conn.outbox[sent:]
                # Wait to write only while a response is half sent; read again once it is out.
                if conn.writing != bool(conn.outbox):
                    conn.writing = bool(conn.outbox)
                    selector.modify(
                        conn.sock, selectors.EVENT_WRITE if conn.writing else selectors.EVENT_READ, conn
                    )
            except (BlockingIOError, InterruptedError):
                continue
            except OSError:
                close(conn)


def serve(pages: int, max_seconds: float, port: int = 0) -> None:
    routes = _Routes(pages)
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", port))
    listener.listen(128)
    print(f"PORT {listener.getsockname()[1]}", flush=True)

    def stop_on_stdin_eof() -> None:
        try:
            sys.stdin.buffer.read()
        finally:
            os._exit(0)

    threading.Thread(target=stop_on_stdin_eof, daemon=True).start()
    timer = threading.Timer(max_seconds, lambda: os._exit(0))
    timer.daemon = True
    timer.start()
    _serve_forever(listener, routes)


class LoopbackServer:
    """Starts `serve` in a child process; `with LoopbackServer() as server: server.url`."""

    def __init__(self, pages: int = PAGES, max_seconds: float = 900.0) -> None:
        self.pages = pages
        self.max_seconds = max_seconds
        self.url = ""
        self._proc: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> LoopbackServer:
        self._proc = subprocess.Popen(
            [
                sys.executable,
                str(Path(__file__).resolve()),
                "--pages",
                str(self.pages),
                "--max-seconds",
                str(self.max_seconds),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        assert self._proc.stdout is not None
        line = self._proc.stdout.readline().decode().strip()
        if not line.startswith("PORT "):
            self.__exit__()
            raise RuntimeError(f"benchmark server did not start: {line!r}")
        self.url = f"http://127.0.0.1:{int(line.split()[1])}"
        return self

    def __exit__(self, *exc: object) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        if proc.stdin is not None:
            proc.stdin.close()  # the server exits on EOF
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.terminate()
            proc.wait(timeout=5)
        if proc.stdout is not None:
            proc.stdout.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--pages", type=int, default=PAGES)
    parser.add_argument("--max-seconds", type=float, default=900.0)
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    serve(args.pages, args.max_seconds, args.port)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
