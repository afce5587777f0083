"""Start and stop a Prism mock server (@stoplight/prism-cli) for tests.

Prism is pinned in the repository's package.json; ``npm ci`` at the repo
root installs it under node_modules/. A server is run in its own process
group so that stopping it also stops the node children it spawns, and an
atexit hook makes sure no server outlives the Python process.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from types import TracebackType
from typing import IO

__all__ = ["REPO_ROOT", "PrismServer", "find_prism", "free_port", "spec_path"]

REPO_ROOT = Path(__file__).resolve().parent.parent
SPEC_ENV_VAR = "NOVU_SPEC_PATH"

# Prism needs about 4 s to load the 2.5 MB Novu spec on a 2-core machine;
# the margin covers a loaded CI box.
DEFAULT_START_TIMEOUT = 60.0
_STOP_GRACE = 5.0
_LOG_TAIL_LINES = 40
_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def find_prism() -> str | None:
    """Path of the repository's Prism executable, or None if not installed."""
    candidate = REPO_ROOT / "node_modules" / ".bin" / "prism"
    return str(candidate) if candidate.is_file() and os.access(candidate, os.X_OK) else None


def spec_path() -> Path:
    """The OpenAPI document to mock; ``NOVU_SPEC_PATH`` overrides the default."""
    override = os.environ.get(SPEC_ENV_VAR)
    if override:
        return Path(override).expanduser().resolve()
    from generator.spec import Pin  # the pinned document, wherever openapi/pin.json says it is

    return Pin.load().default_path()


def mocked_document() -> Path:
    """The document Prism serves: the pinned one with openapi/overlay.yaml applied (what the SDK
    is generated from), written once to the temp folder; ``NOVU_SPEC_PATH`` is served as is."""
    if os.environ.get(SPEC_ENV_VAR):
        return spec_path()
    import hashlib
    import json

    from generator.spec import OVERLAY_FILE, apply_overlay, load_overlay

    source = spec_path()
    raw = source.read_bytes()
    digest = hashlib.sha256(raw + OVERLAY_FILE.read_bytes()).hexdigest()[:16]
    target = Path(tempfile.gettempdir()) / f"novu-api-mock-{digest}.json"
    if not target.is_file():
        document, _missed = apply_overlay(json.loads(raw), load_overlay(), warn=False)
        partial = target.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(json.dumps(document), encoding="utf-8")
        os.replace(partial, target)
    return target


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PrismServer:
    """A ``prism mock`` process serving one spec on a free local port.

    Use as a context manager, or call :meth:`start` and :meth:`stop`.
    """

    host = "127.0.0.1"

    def __init__(
        self,
        spec: Path | str | None = None,
        *,
        executable: str | None = None,
        extra_args: tuple[str, ...] = (),
        start_timeout: float = DEFAULT_START_TIMEOUT,
    ) -> None:
        self.spec = Path(spec) if spec is not None else mocked_document()
        self.executable = executable or find_prism()
        self.extra_args = extra_args
        self.start_timeout = start_timeout
        self.port: int | None = None
        self.startup_seconds: float | None = None
        self._process: subprocess.Popen[bytes] | None = None
        # Output goes to a file, not a pipe, so a chatty server never blocks on a full pipe.
        self._log: IO[bytes] | None = None

    @property
    def url(self) -> str:
        if self.port is None:
            raise RuntimeError("Prism server is not running")
        return f"http://{self.host}:{self.port}"

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def start(self) -> PrismServer:
        if self._process is not None:
            raise RuntimeError("Prism server already started")
        if self.executable is None:
            raise RuntimeError(f"Prism is not installed: run `npm ci` in {REPO_ROOT}")
        if not self.spec.is_file():
            raise RuntimeError(f"OpenAPI spec not found: {self.spec} (set {SPEC_ENV_VAR})")
        self.port = free_port()
        self._log = tempfile.NamedTemporaryFile(prefix="prism-", suffix=".log", delete=False)
        command = [
            self.executable,
            "mock",
            "-h",
            self.host,
            "-p",
            str(self.port),
            *self.extra_args,
            str(self.spec),
        ]
        began = time.monotonic()
        self._process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            cwd=REPO_ROOT,
            start_new_session=True,  # own process group: stop() reaches node's children too
            preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
        )
        _live_servers.add(self)
        try:
            self._wait_ready(began)
        except BaseException:
            self.stop()
            raise
        self.startup_seconds = time.monotonic() - began
        return self

    def _wait_ready(self, began: float) -> None:
        deadline = began + self.start_timeout
        while True:
            assert self._process is not None
            if self._process.poll() is not None:
                raise RuntimeError(
                    f"Prism exited with code {self._process.returncode} before it was ready\n{self.log_tail()}"
                )
            if self._responds():
                return
            if time.monotonic() > deadline:
                raise RuntimeError(
                    f"Prism was not ready within {self.start_timeout:.0f} s on {self.url}\n{self.log_tail()}"
                )
            time.sleep(0.1)

    def _responds(self) -> bool:
        # Prism binds its port only once the spec is loaded, so any HTTP
        # answer (an unknown route gives 404) means requests will be served.
        try:
            with urllib.request.urlopen(f"{self.url}/__prism_ready__", timeout=2):
                return True
        except urllib.error.HTTPError:
            return True
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
            return False

    def log_path(self) -> Path | None:
        return Path(self._log.name) if self._log is not None else None

    def log_tail(self, lines: int = _LOG_TAIL_LINES) -> str:
        path = self.log_path()
        if path is None or not path.exists():
            return "(no Prism log)"
        text = path.read_text(encoding="utf-8", errors="replace").splitlines()
        return "--- Prism log (tail) ---\n" + "\n".join(text[-lines:])

    def stop(self) -> None:
        """Terminate the process group: SIGTERM, then SIGKILL after a grace period."""
        process, self._process = self._process, None
        _live_servers.discard(self)
        if process is not None:
            _terminate_group(process)
        if self._log is not None:
            self._log.close()
            with contextlib.suppress(OSError):
                os.unlink(self._log.name)
            self._log = None

    def __enter__(self) -> PrismServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()


def _die_with_parent() -> None:
    # Runs in the child before exec. atexit does not run when the test process
    # is killed by a signal, so ask the kernel to SIGKILL Prism when it dies.
    # (The "parent" is the thread that started the server: start it from the
    # main thread or from one that lives as long as the server.)
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)


def _signal_group(process: subprocess.Popen[bytes], sig: signal.Signals) -> None:
    try:
        os.killpg(process.pid, sig)  # pgid == pid thanks to start_new_session
    except ProcessLookupError:
        pass
    except PermissionError:
        with contextlib.suppress(ProcessLookupError):
            process.send_signal(sig)


def _terminate_group(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        _signal_group(process, signal.SIGTERM)
        try:
            process.wait(timeout=_STOP_GRACE)
        except subprocess.TimeoutExpired:
            pass
    # Children may linger even after the leader exited: always sweep the group.
    _signal_group(process, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=_STOP_GRACE)


_live_servers: set[PrismServer] = set()


@atexit.register
def _stop_all() -> None:
    for server in list(_live_servers):
        with contextlib.suppress(Exception):
            server.stop()


MOCK_VALUES = """\
      About the answers: the mock keeps nothing and knows no real data. It answers each call
      with the example in Novu's document or, where there is none, with placeholders made from
      the schema: "string" for text, the first value of a list of choices (so a trigger reports
      status=error), one item per list. A subscriber created as "Ada" comes back as "string".
      The SDK decodes and types these answers exactly as it would Novu's."""


def demo(script: str, step: int, steps: int) -> int:
    """`make demo`'s last steps: start the mock, say what its answers are, run the script."""
    from generator.spec import Pin

    pin = Pin.load()
    began = time.monotonic()
    print(
        f"[{step}/{steps}] starting a local mock of the Novu API: Prism, serving the pinned "
        f"Novu API {pin.version} document (a few seconds)...",
        flush=True,
    )
    with PrismServer() as server:
        print(f"      ready on {server.url} in {time.monotonic() - began:.1f} s", flush=True)
        print(f"[{step + 1}/{steps}] running {script} with NOVU_SERVER_URL={server.url}", flush=True)
        print(MOCK_VALUES, flush=True)
        print("-" * 78, flush=True)
        env = {**os.environ, "NOVU_SERVER_URL": server.url, "NOVU_SECRET_KEY": "demo-secret-key"}
        code = subprocess.call([sys.executable, script], env=env)
        print("-" * 78, flush=True)
    if code == 0:
        print(
            f"done. Against your Novu account: NOVU_SECRET_KEY=<your key> {sys.executable} {script}",
            flush=True,
        )
    return code


def main(argv: list[str] | None = None) -> int:
    """`python -m tests.prism run SCRIPT [ARGS...]`: run a script against a fresh mock server.

    The server's URL is passed to the script as NOVU_SERVER_URL; the server stops when the
    script ends, whatever its outcome. `python -m tests.prism demo SCRIPT STEP STEPS` is
    `make demo`: the same, with progress and a word on the mock's placeholder answers.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) < 2 or args[0] not in ("run", "demo"):
        print("usage: python -m tests.prism run SCRIPT [ARGS...]", file=sys.stderr)
        return 2
    if find_prism() is None:
        print("Prism is not installed: run `npm ci` (make does it for you)", file=sys.stderr)
        return 2
    if args[0] == "demo":
        return demo(args[1], int(args[2]) if len(args) > 2 else 1, int(args[3]) if len(args) > 3 else 2)
    with PrismServer() as server:
        print(f"mock Novu API (Prism, pinned spec) on {server.url}", flush=True)
        env = {**os.environ, "NOVU_SERVER_URL": server.url}
        return subprocess.call([sys.executable, *args[1:]], env=env)


if __name__ == "__main__":
    raise SystemExit(main())
