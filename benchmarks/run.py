"""`make bench`: every figure as a ratio against a floor measured in the same run.

Writes benchmarks/results.md (table, machine facts, how to reproduce) and benchmarks/results.png
(a bar chart of the ratios). Each figure is the median of at least 10 runs (batches of N calls
for per-call figures); its ratio divides it by its floor's median from the same run. Batches of
the different clients are interleaved round by round (in a rotating order), so a machine that
gets busier or quieter during the run moves a figure and its floor together.

Clients, all against one loopback server (benchmarks/server.py, its own process):
- the floor: raw httpx + json.loads (benchmarks/common.py);
- novu_api (this package), sync client;
- the official novu-py 3.15.0, installed only in benchmarks/.work/novu-py-venv (made here when
  missing) and driven by benchmarks/novu_py_driver.py under that venv's python; its ratios
  divide by the raw floor measured in its own process, interleaved the same way.

Reproduce: `make bench`, or `.venv/bin/python benchmarks/run.py --runs 20` once matplotlib is
installed (`pip install -e '.[bench]'`). Timed assertions never go into tests: this only reports.
"""

from __future__ import annotations

import argparse
import datetime
import gc
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
RESULTS = BENCH / "results.md"
CHART = BENCH / "results.png"
WORK = BENCH / ".work"  # git-ignored
NOVU_PY_VENV = WORK / "novu-py-venv"
NOVU_PY_PIN = "novu-py==3.15.0"
RUNTIME_VENV = WORK / "runtime-venv"  # novu-api's runtime dependencies only, for import figures

sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT))

from common import (  # noqa: E402
    SECRET,
    median,
    paired,
    per_call,
    ratios,
    raw_iterate_all,
    raw_page,
    raw_trigger,
    read_every_field,
    spread,
)
from server import PAGES, PER_PAGE, LoopbackServer  # noqa: E402
from volume import (  # noqa: E402
    BULK_EVENTS,
    MOCK_N,
    ONE_BY_ONE_EVENTS,
    bulk_samples,
    memory_samples,
    mock_samples,
)

# Calls per batch. Per-call and parse figures take 2 x --runs rounds of short batches: on a
# shared machine many short interleaved rounds give steadier medians than a few long ones.
TRIGGER_N = 40
PAGE_N = 12
PARSE_N = 20
FLAT_MEMORY = 1.2  # live memory at page 100 / at page 10: at most this to count as flat


@dataclass
class Figure:
    """One row of the results table."""

    label: str
    short: str  # the chart's label
    value: str  # our median, formatted
    ratio: float | None  # median of the per-round ratios ours / floor
    target: float | None  # ratio target (None: see target_text)
    target_text: str
    novu_py: float | None = None  # novu-py / its floor
    stock: str = "n/a"  # stock openapi-python-client, quoted from the issue, not measured
    spread: float = 0.0  # interquartile range / median of the per-round ratios
    met: bool | None = None
    chart: bool = True
    extra: str = ""  # appended to the value cell (e.g. memory)

    def __post_init__(self) -> None:
        if self.met is None and self.target is not None and self.ratio is not None:
            self.met = self.ratio <= self.target


@dataclass
class Run:
    runs: int
    figures: list[Figure] = field(default_factory=list)
    floors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


def rotate(items: list[Any], k: int) -> list[Any]:
    k %= len(items)
    return items[k:] + items[:k]


def fmt_us(seconds: float) -> str:
    return f"{seconds * 1e6:,.0f} us"


def fmt_ms(seconds: float) -> str:
    return f"{seconds * 1e3:,.0f} ms"


# -- the novu-py environment -----------------------------------------------------------------
def novu_py_python() -> Path:
    """The novu-py venv's python, creating the venv and installing the pin when missing."""
    python = NOVU_PY_VENV / "bin" / "python"
    check = [str(python), "-c", "import novu_py._version as v; assert v.__version__ == '3.15.0'"]
    if python.exists() and subprocess.run(check, capture_output=True).returncode == 0:
        return python
    log(f"creating {NOVU_PY_VENV.relative_to(ROOT)} with {NOVU_PY_PIN}")
    shutil.rmtree(NOVU_PY_VENV, ignore_errors=True)
    WORK.mkdir(parents=True, exist_ok=True)
    base = getattr(sys, "_base_executable", sys.executable)  # the interpreter behind .venv
    subprocess.run([base, "-m", "venv", str(NOVU_PY_VENV)], check=True)
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", NOVU_PY_PIN],
        capture_output=True,
        text=True,
    )
    if install.returncode != 0:
        sys.stderr.write(install.stdout + install.stderr)
        raise SystemExit(f"could not install {NOVU_PY_PIN} into {NOVU_PY_VENV}")
    subprocess.run(check, check=True)
    return python


class NovuPyDriver:
    """benchmarks/novu_py_driver.py under the novu-py venv: one JSON command, one JSON answer."""

    def __init__(self, python: Path, base_url: str) -> None:
        self.proc = subprocess.Popen(
            [str(python), str(BENCH / "novu_py_driver.py"), base_url],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.hello = self._read()
        if not self.hello.get("ready"):
            raise RuntimeError(f"novu-py driver did not start: {self.hello}")

    def _read(self) -> dict[str, Any]:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"novu-py driver exited ({self.proc.wait()})")
        answer: dict[str, Any] = json.loads(line)
        if "error" in answer:
            raise RuntimeError(f"novu-py driver: {answer['error']}")
        return answer

    def per_call(self, op: str, n: int, **extra: Any) -> float:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps({"op": op, "n": n, **extra}) + "\n")
        self.proc.stdin.flush()
        return float(self._read()["seconds"])

    def close(self) -> None:
        if self.proc.stdin is not None and not self.proc.stdin.closed:
            try:
                self.proc.stdin.write('{"op": "quit"}\n')
                self.proc.stdin.close()
            except BrokenPipeError:
                pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.terminate()
            self.proc.wait(timeout=10)
        if self.proc.stdout is not None:
            self.proc.stdout.close()


@contextmanager
def novu_py_driver(python: Path, base_url: str) -> Iterator[NovuPyDriver]:
    driver = NovuPyDriver(python, base_url)
    try:
        yield driver
    finally:
        driver.close()


# -- import cost -----------------------------------------------------------------------------
def process_env() -> dict[str, str]:
    env = dict(os.environ)
    # Let the warm-up run write .pyc files: a stale cache would time compilation, not importing.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


# The child reports its own peak: `ru_maxrss` from wait4 (or getrusage in the child) is at least
# the RSS of the process that started it, since Linux keeps the high-water mark of the memory a
# vfork()ed child shared with its parent across exec; VmHWM is that of the child's own memory.
_PEAK = "\nwith open('/proc/self/status', 'rb') as _f: __import__('os').write({fd}, _f.read())"


def run_process(python: Path | str, code: str, env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB, the child's VmHWM) of `python -c code`."""
    read, write = os.pipe()
    try:
        started = time.perf_counter()
        proc = subprocess.Popen(
            [str(python), "-c", code + _PEAK.format(fd=write)], env=env, cwd=ROOT, pass_fds=(write,)
        )
        os.close(write)
        write = -1
        with os.fdopen(read, "rb") as pipe:
            read = -1
            status_text = pipe.read()
        status = proc.wait()
        elapsed = time.perf_counter() - started
    finally:
        for fd in (read, write):
            if fd >= 0:
                os.close(fd)
    if status != 0:
        raise RuntimeError(f"benchmark process failed: {python} -c {code!r}")
    for line in status_text.decode().splitlines():
        if line.startswith("VmHWM:"):
            return elapsed, int(line.split()[1]) / 1024  # kB
    raise RuntimeError(f"no VmHWM from {python} -c {code!r}")


def runtime_pins() -> list[str]:
    """novu-api's runtime dependencies and theirs (no extras), at the versions in this venv."""
    import importlib.metadata as metadata

    from packaging.requirements import Requirement

    pins: dict[str, str] = {}
    todo = [Requirement(r) for r in metadata.requires("novu-api") or []]
    while todo:
        req = todo.pop()
        if req.marker is not None and not req.marker.evaluate({"extra": ""}):
            continue
        name = req.name.lower()
        if name in pins:
            continue
        pins[name] = metadata.version(req.name)
        todo += [Requirement(r) for r in metadata.requires(req.name) or []]
    return sorted(f"{name}=={version}" for name, version in pins.items())


def runtime_python() -> Path:
    """A venv with what `pip install novu-api` brings and nothing else (novu_api itself is read
    from this tree), so that import figures are those of a user's process: in the project's
    venv, the dev tools install click and rich, which `import httpx` then loads for its command
    line. Made again when the pins change."""
    python = RUNTIME_VENV / "bin" / "python"
    pins = runtime_pins()
    stamp = RUNTIME_VENV / "pins.txt"
    if python.exists() and stamp.exists() and stamp.read_text() == "\n".join(pins):
        return python
    log(f"creating {RUNTIME_VENV.relative_to(ROOT)} with {' '.join(pins)}")
    shutil.rmtree(RUNTIME_VENV, ignore_errors=True)
    WORK.mkdir(parents=True, exist_ok=True)
    base = getattr(sys, "_base_executable", sys.executable)
    subprocess.run([base, "-m", "venv", str(RUNTIME_VENV)], check=True)
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-deps", *pins],
        capture_output=True,
        text=True,
    )
    if install.returncode != 0:
        sys.stderr.write(install.stdout + install.stderr)
        raise SystemExit(f"could not install {' '.join(pins)} into {RUNTIME_VENV}")
    stamp.write_text("\n".join(pins))
    return python


IMPORT_FLOOR = "import httpx"
FACADE = 'from novu_api import Novu; Novu(secret_key="x")'
STANDALONE = "import novu_api.api.subscribers.retrieve"
NOVU_PY_FACADE = 'from novu_py import Novu; Novu(secret_key="x")'


def import_figures(run: Run, novu_py: Path) -> None:
    log("import cost (whole processes)")
    env = process_env()
    runtime = runtime_python()
    user_env = {**env, "PYTHONPATH": str(ROOT)}  # novu_api from this tree, nothing else added
    cases: dict[str, tuple[Path | str, str, dict[str, str]]] = {
        "floor": (runtime, IMPORT_FLOOR, user_env),
        "facade": (runtime, FACADE, user_env),
        "standalone": (runtime, STANDALONE, user_env),
        "dev_floor": (sys.executable, IMPORT_FLOOR, env),
        "dev_facade": (sys.executable, FACADE, env),
        "novu_py": (novu_py, NOVU_PY_FACADE, env),
    }
    for python, code, case_env in cases.values():  # warm the .pyc caches
        for _ in range(2):
            run_process(python, code, case_env)
    times: dict[str, list[float]] = {k: [] for k in cases}
    rss: dict[str, list[float]] = {k: [] for k in cases}
    for r in range(run.runs):
        for key in rotate(list(cases), r):
            seconds, mib = run_process(*cases[key])
            times[key].append(seconds)
            rss[key].append(mib)
    floor_s, floor_mib = median(times["floor"]), median(rss["floor"])
    run.floors.append(
        f'`python -c "{IMPORT_FLOOR}"` with novu-api\'s runtime dependencies only '
        f"(`benchmarks/.work/runtime-venv`: {', '.join(runtime_pins())}): {fmt_ms(floor_s)}, "
        f"{floor_mib:.1f} MiB peak RSS; in the project's venv: {fmt_ms(median(times['dev_floor']))}, "
        f"{median(rss['dev_floor']):.1f} MiB"
    )

    def ratio(key: str) -> float:
        return paired(times[key], times["floor"])

    facade_mib = median(rss["facade"])
    facade_ratio = ratio("facade")
    run.figures.append(
        Figure(
            short="import Novu + make a client",
            label=f"`{FACADE}`, whole process, vs `{IMPORT_FLOOR}`",
            value=fmt_ms(median(times["facade"])),
            extra=f"; {facade_mib:.1f} MiB",
            ratio=facade_ratio,
            target=1.3,
            target_text="<= 1.3x, <= 28 MiB",
            novu_py=ratio("novu_py"),
            stock="7.9x (one op), 43 MiB",
            spread=spread(ratios(times["facade"], times["floor"])),
            met=facade_ratio <= 1.3 and facade_mib <= 28,
        )
    )
    dev_ratio = paired(times["dev_facade"], times["dev_floor"])
    run.figures.append(
        Figure(
            short="import Novu, project venv",
            label=f"the same in the project's own venv (dev tools installed), vs `{IMPORT_FLOOR}` there",
            value=fmt_ms(median(times["dev_facade"])),
            extra=f"; {median(rss['dev_facade']):.1f} MiB",
            ratio=dev_ratio,
            target=None,
            target_text="none (a process with click and rich installed: httpx imports them)",
            spread=spread(ratios(times["dev_facade"], times["dev_floor"])),
        )
    )
    run.notes.append(
        "Import figures run in `benchmarks/.work/runtime-venv`, which holds novu-api's runtime "
        "dependencies at the versions of the project's venv and nothing else (novu_api is read from "
        "this tree): what `pip install novu-api` gives a user. In the project's venv the dev tools "
        "install click and rich, and `import httpx` loads them for its command line "
        f"(`httpx._main`): {median(rss['dev_floor']):.1f} MiB instead of {floor_mib:.1f} MiB for httpx "
        "alone, which is why that row is shown apart. "
        f"novu-py import (`{NOVU_PY_FACADE}`, its own venv): {fmt_ms(median(times['novu_py']))}, "
        f"{median(rss['novu_py']):.1f} MiB peak RSS ({ratio('novu_py'):.2f}x the floor)."
    )
    run.figures.append(
        Figure(
            short="import one operation module",
            label=f"one standalone operation module (`{STANDALONE}`), vs `{IMPORT_FLOOR}`",
            value=fmt_ms(median(times["standalone"])),
            extra=f"; {median(rss['standalone']):.1f} MiB",
            ratio=ratio("standalone"),
            target=1.3,
            target_text="<= 1.3x",
            stock="7.9x",
            spread=spread(ratios(times["standalone"], times["floor"])),
        )
    )


# -- per call over loopback ------------------------------------------------------------------
def mock_figure(run: Run) -> None:
    rounds = 2 * run.runs
    log(f"own work per trigger over httpx.MockTransport ({rounds} rounds of {MOCK_N} calls a client)")
    samples = mock_samples(rounds)
    own = median([o - r for o, r in zip(samples["ours"], samples["raw"], strict=True)])
    ratio = paired(samples["ours"], samples["raw"])
    run.figures.append(
        Figure(
            short="trigger over MockTransport",
            label="trigger per call over `httpx.MockTransport` (no network), vs raw httpx + json over "
            "the same transport; the SDK's own work is the per-round difference",
            value=f"{fmt_us(median(samples['ours']))}, own work {own * 1e6:.0f} us",
            ratio=ratio,
            target=1.10,
            target_text="<= 1.10x and own work <= 25 us",
            met=ratio <= 1.10 and own <= 25e-6,
            spread=spread(ratios(samples["ours"], samples["raw"])),
        )
    )
    run.floors.append(
        f"raw httpx + json over MockTransport, a trigger POST + JSON decode: {fmt_us(median(samples['raw']))} "
        f"(spread {spread(samples['raw']):.0%})"
    )


def call_figures(run: Run, base_url: str, driver: NovuPyDriver) -> None:
    import httpx

    from novu_api import Novu

    raw = httpx.Client()
    novu = Novu(secret_key=SECRET, server_url=base_url)
    payload = {"name": "Ada", "orderId": 42}

    def ours_trigger() -> Any:
        return novu.trigger(workflow_id="welcome", to="subscriber-1", payload=payload)

    def ours_page() -> Any:
        return novu.subscribers.search(limit=100)

    rounds = 2 * run.runs
    result = ours_trigger()
    assert result.transaction_id and getattr(result.status, "value", result.status) == "processed", result
    assert len(ours_page().data) == PER_PAGE
    for case, n, raw_fn, ours_fn, stock, target, floor_name in (
        (
            "trigger",
            TRIGGER_N,
            lambda: raw_trigger(raw, base_url),
            ours_trigger,
            "1.09x",
            1.15,
            "a trigger POST + JSON decode",
        ),
        (
            "page",
            PAGE_N,
            lambda: raw_page(raw, base_url),
            ours_page,
            "2.8x",
            1.15,
            f"a {PER_PAGE}-subscriber page GET + JSON decode",
        ),
    ):
        log(f"per call over loopback: {case} ({rounds} rounds of {n} calls a client)")
        for _ in range(3):  # warm the connections and the code paths
            per_call(raw_fn, 10)
            per_call(ours_fn, 10)
        samples: dict[str, list[float]] = {"raw": [], "ours": [], "py_raw": [], "py": []}
        batch = {
            "raw": lambda n=n, f=raw_fn: per_call(f, n),
            "ours": lambda n=n, f=ours_fn: per_call(f, n),
            "py_raw": lambda n=n, c=case: driver.per_call(f"raw_{c}", n),
            "py": lambda n=n, c=case: driver.per_call(c, n),
        }
        for r in range(rounds):
            for key in rotate(list(batch), r):
                samples[key].append(batch[key]())
        floor, py_floor = median(samples["raw"]), median(samples["py_raw"])
        ours = median(samples["ours"])
        label = (
            "trigger per call over loopback, vs raw httpx + json"
            if case == "trigger"
            else f"{PER_PAGE}-subscriber page per call over loopback, vs raw httpx + json"
        )
        run.figures.append(
            Figure(
                label=label,
                short="trigger per call" if case == "trigger" else "page per call",
                value=fmt_us(ours),
                ratio=paired(samples["ours"], samples["raw"]),
                target=target,
                target_text=f"<= {target}x",
                novu_py=paired(samples["py"], samples["py_raw"]),
                stock=stock,
                spread=spread(ratios(samples["ours"], samples["raw"])),
            )
        )
        run.floors.append(
            f"raw httpx + json, {floor_name}: {fmt_us(floor)} (spread {spread(samples['raw']):.0%}); "
            f"the same floor in the novu-py process: {fmt_us(py_floor)}; novu-py itself: "
            f"{fmt_us(median(samples['py']))}"
        )
    novu.close()
    raw.close()


# -- parse only ------------------------------------------------------------------------------
def parse_figures(run: Run, base_url: str, driver: NovuPyDriver) -> None:
    import httpx

    from novu_api.api.subscribers import search
    from novu_api.models import ListSubscribersResponseDto

    with httpx.Client() as client:
        body = client.get(base_url + "/v2/subscribers", params={"limit": 100}).content
    loads = json.loads
    from_dict = ListSubscribersResponseDto.from_dict
    strict_parse = search._parse  # the operation's own decoder, as a strict_responses call runs it
    parsed = loads(body)  # parse only: the dict is decoded once, outside the timing
    fns: dict[str, Callable[[], Any]] = {
        "loads": lambda: loads(body),
        "loads_walk": lambda: read_every_field(loads(body)),
        "model": lambda: from_dict(parsed),
        "strict": lambda: strict_parse(parsed, True),
        "model_walk": lambda: read_every_field(from_dict(loads(body))),
        "decode": lambda: from_dict(loads(body)),  # as a call pays it: json.loads, then models
    }
    py_modes = ["loads", "loads_walk", "model", "model_walk"]
    walked = read_every_field(from_dict(loads(body)))
    raw_walked = read_every_field(loads(body))
    rounds = 2 * run.runs
    log(f"parse only ({rounds} rounds of {PARSE_N}; body {len(body):,} bytes)")
    for fn in fns.values():
        per_call(fn, 10)
    samples: dict[str, list[float]] = {}
    keys = [*fns, *(f"py_{m}" for m in py_modes)]
    for key in keys:
        samples[key] = []
    for r in range(rounds):
        for key in rotate(keys, r):
            if key.startswith("py_"):
                samples[key].append(driver.per_call("parse", PARSE_N, mode=key[3:]))
            else:
                samples[key].append(per_call(fns[key], PARSE_N))

    def ratio(num: str, den: str) -> float:
        return paired(samples[num], samples[den])

    run.figures.append(
        Figure(
            short="parse only",
            label=f"parse only: {PER_PAGE}-subscriber page dict -> models "
            "(`ListSubscribersResponseDto.from_dict(page)`: the page decoded and checked, its items "
            "when first read), vs `json.loads(body)` of the same page",
            value=fmt_us(median(samples["model"])),
            ratio=ratio("model", "loads"),
            target=1.0,
            target_text="<= 1.0x",
            novu_py=ratio("py_model", "py_loads"),
            stock="3.0x (attrs from_dict)",
            spread=spread(ratios(samples["model"], samples["loads"])),
        )
    )
    run.figures.append(
        Figure(
            short="parse, every check now",
            label="parse with every check now: the same page dict decoded whole, every item and "
            "value checked (the operation's decoder with `strict_responses=True`), vs `json.loads(body)`",
            value=fmt_us(median(samples["strict"])),
            ratio=ratio("strict", "loads"),
            target=1.0,
            target_text="<= 1.0x",
            spread=spread(ratios(samples["strict"], samples["loads"])),
        )
    )
    run.figures.append(
        Figure(
            short="decode as a call pays it",
            label=f"decode a {PER_PAGE}-subscriber page as a call pays it (`json.loads` + models), "
            "vs `json.loads` of the same body",
            value=fmt_us(median(samples["decode"])),
            ratio=ratio("decode", "loads"),
            target=1.3,
            target_text="<= 1.3x",
            spread=spread(ratios(samples["decode"], samples["loads"])),
        )
    )
    memory = memory_samples(body, MEMORY_RUNS)
    run.figures.append(
        Figure(
            short="memory per subscriber vs dict",
            label="memory per decoded subscriber (a model once read: its wire dict is dropped), vs the "
            "dict `json.loads` gives (tracemalloc, retained after `gc.collect()`)",
            value=f"{median(memory['model']):,.0f} B",
            ratio=paired(memory["model"], memory["dict"]),
            target=1.0,
            target_text="<= 1.0x",
            spread=spread(ratios(memory["model"], memory["dict"])),
        )
    )
    run.figures.append(
        Figure(
            short="memory per unread subscriber",
            label="memory per subscriber not read yet (the model holds its wire dict until first read), "
            "vs the dict alone",
            value=f"{median(memory['unread']):,.0f} B",
            ratio=paired(memory["unread"], memory["dict"]),
            target=None,
            target_text="none (the dict plus the model's empty slots; shown so nothing hides behind laziness)",
            spread=spread(ratios(memory["unread"], memory["dict"])),
        )
    )
    run.floors.append(
        f"a subscriber as the dict `json.loads` gives: {median(memory['dict']):,.0f} B retained "
        "(its strings, lists and nested dicts included)"
    )
    run.figures.append(
        Figure(
            short="parse + read every field",
            label="parse + read every field of every subscriber (models), "
            "vs `json.loads(body)` + reading every field of the dicts",
            value=fmt_us(median(samples["model_walk"])),
            ratio=ratio("model_walk", "loads_walk"),
            target=None,
            target_text="none (this is where items are decoded: on first read; shown so nothing hides behind laziness)",
            novu_py=ratio("py_model_walk", "py_loads_walk"),
            spread=spread(ratios(samples["model_walk"], samples["loads_walk"])),
        )
    )
    run.floors.append(
        f"`json.loads` of the {len(body):,}-byte page: {fmt_us(median(samples['loads']))} "
        f"(novu-py process: {fmt_us(median(samples['py_loads']))}); json.loads + reading all "
        f"{raw_walked:,} leaf values of the dicts: {fmt_us(median(samples['loads_walk']))}"
    )
    run.notes.append(
        f"Parse + read every field: the walker (benchmarks/common.py) reads {walked:,} leaves "
        f"through novu_api's model attributes and {raw_walked:,} through the dicts (novu_api "
        "models also expose unset optional fields as UNSET). Against bare `json.loads` the same "
        f"figure is {ratio('model_walk', 'loads'):.2f}x for novu_api and "
        f"{ratio('py_model_walk', 'py_loads'):.2f}x for novu-py."
    )
    run.notes.append(
        "novu-py's own client does not call `model_validate` directly: it re-serialises the "
        "unwrapped body and validates through a pydantic model it creates on every call "
        "(`utils.unmarshal`), which is part of its per-call figures but not of its parse-only one."
    )


# -- auto-pagination -------------------------------------------------------------------------
def pagination_figures(run: Run, base_url: str) -> None:
    import httpx

    from novu_api import Novu

    total = PAGES * PER_PAGE
    raw = httpx.Client()
    novu = Novu(secret_key=SECRET, server_url=base_url)

    def ours() -> int:
        return sum(1 for _ in novu.subscribers.search(limit=100))

    def floor() -> int:
        return raw_iterate_all(raw, base_url)

    assert ours() == total and floor() == total, (ours(), floor())
    log(f"auto-paginating {total:,} subscribers ({run.runs} rounds)")
    samples: dict[str, list[float]] = {"raw": [], "ours": []}
    fns = {"raw": floor, "ours": ours}
    for r in range(run.runs):
        for key in rotate(list(fns), r):
            samples[key].append(per_call(fns[key], 1))
    ours_s, floor_s = median(samples["ours"]), median(samples["raw"])
    run.figures.append(
        Figure(
            short="auto-paginate 10,000",
            label=f"auto-paginating {total:,} subscribers ({PAGES} pages), vs a raw httpx loop",
            value=fmt_ms(ours_s),
            ratio=paired(samples["ours"], samples["raw"]),
            target=1.15,
            target_text="<= 1.15x",
            spread=spread(ratios(samples["ours"], samples["raw"])),
        )
    )
    # The same loops with the cyclic collector paused during each run: what the SDK's own work
    # costs, apart from the collections its item objects cause (see the note below).
    paused: dict[str, list[float]] = {"raw": [], "ours": []}
    for r in range(run.runs):
        for key in rotate(list(fns), r):
            gc.collect()
            gc.disable()
            try:
                paused[key].append(per_call(fns[key], 1))
            finally:
                gc.enable()
    collections = _collections_per_run(fns)
    run.figures.append(
        Figure(
            short="auto-paginate, collector paused",
            label="the same auto-pagination with the cyclic garbage collector paused during each run "
            "(both loops), vs the raw loop likewise: the SDK's own work",
            value=fmt_ms(median(paused["ours"])),
            ratio=paired(paused["ours"], paused["raw"]),
            target=None,
            target_text="none (shows what the row above spends outside garbage collection)",
            spread=spread(ratios(paused["ours"], paused["raw"])),
        )
    )
    run.notes.append(
        "Auto-pagination and the garbage collector: CPython starts a young-generation collection "
        f"every {gc.get_threshold()[0]} net allocations of container objects, and a page of "
        f"{PER_PAGE} subscribers is about that many dicts and lists. Past the first page the "
        "SDK's iterator keeps each page's items as their wire objects and makes each item object "
        "when it reaches it (pagination `_Stream`), so an item the loop drops is freed at once and "
        "no page holds one more object per item. Per run of "
        f"{PAGES} pages (generations 0/1/2): {collections['raw']} collections for the raw loop and "
        f"{collections['ours']} for the SDK. Each survivor of a young collection moves toward the "
        "oldest generation, whose full collections walk every object of the process (here, every "
        "model module imported by the earlier figures), which is why the row with the collector "
        "paused is shown too."
    )
    run.floors.append(
        f"raw httpx loop over {PAGES} pages (json.loads, follow `next`): {fmt_ms(floor_s)} "
        f"(spread {spread(samples['raw']):.0%})"
    )
    memory_figure(run, novu, raw, base_url)
    novu.close()
    raw.close()


def _collections_per_run(fns: dict[str, Callable[[], Any]]) -> dict[str, str]:
    """Collections of each generation during one run of each loop, as "g0/g1/g2"."""
    out: dict[str, str] = {}
    for key, fn in fns.items():
        counts = [0, 0, 0]

        def count(phase: str, info: dict[str, Any], counts: list[int] = counts) -> None:
            if phase == "stop":
                counts[info["generation"]] += 1

        gc.callbacks.append(count)
        try:
            fn()
        finally:
            gc.callbacks.remove(count)
        out[key] = "/".join(map(str, counts))
    return out


def fake_figure(run: Run) -> None:
    """The testing kit's fake against the least a test can do: a bare MockTransport handler
    returning a canned trigger answer. Both drive the same real client, so the ratio is what
    routing, validation, state and recording add to a call in a user's test."""
    import httpx

    from novu_api import Novu
    from novu_api.testing import FakeNovu

    answer = json.dumps(
        {"data": {"acknowledged": True, "status": "processed", "transactionId": "txn-1"}}
    ).encode()

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(201, content=answer, headers={"Content-Type": "application/json"})

    bare = Novu(
        secret_key=SECRET,
        server_url="https://api.novu.test",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )
    fake = FakeNovu()
    faked = fake.client()
    payload = {"name": "Ada", "orderId": 42}

    def trigger(client: Any) -> Callable[[], Any]:
        return lambda: client.trigger(workflow_id="welcome", to="subscriber-1", payload=payload)

    fns = {"bare": trigger(bare), "fake": trigger(faked)}
    assert fns["fake"]().transaction_id and fns["bare"]().transaction_id == "txn-1"
    rounds = 2 * run.runs
    log(f"testing kit: a trigger through FakeNovu vs a bare MockTransport handler ({rounds} rounds)")
    for _ in range(3):
        for fn in fns.values():
            per_call(fn, 10)
    samples: dict[str, list[float]] = {"bare": [], "fake": []}
    for r in range(rounds):
        fake.calls.clear()  # a test makes a few calls, not thousands: keep the record small
        for key in rotate(list(fns), r):
            samples[key].append(per_call(fns[key], TRIGGER_N))
    run.figures.append(
        Figure(
            label="FakeNovu answering a trigger (validated, recorded), vs a bare httpx.MockTransport handler",
            short="FakeNovu trigger",
            value=fmt_us(median(samples["fake"])),
            ratio=paired(samples["fake"], samples["bare"]),
            target=2.0,
            target_text="< 2x",
            spread=spread(ratios(samples["fake"], samples["bare"])),
        )
    )
    run.floors.append(
        f"Novu over a bare MockTransport handler (canned trigger answer): {fmt_us(median(samples['bare']))} "
        f"(spread {spread(samples['bare']):.0%})"
    )
    bare.close()
    faked.close()


MEMORY_RUNS = 10  # tracemalloc slows iteration several times over: the minimum number of runs


def _traced(items: Iterator[Any], marks: tuple[int, ...], collect: bool) -> list[float]:
    """Iterate `items` under tracemalloc; at each mark (an item count) record the peak (collect
    False) or, after `gc.collect()`, the live memory (collect True), in bytes above the start."""
    gc.collect()
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        out: list[float] = []
        count = 0
        for _item in items:
            count += 1
            if count in marks:
                if collect:
                    gc.collect()
                    out.append(float(tracemalloc.get_traced_memory()[0] - base))
                else:
                    out.append(float(tracemalloc.get_traced_memory()[1] - base))
        if len(out) != len(marks):
            raise RuntimeError(f"iteration ended after {count} items, before the marks {marks}")
        return out
    finally:
        tracemalloc.stop()


def _raw_items(raw: Any, base_url: str) -> Iterator[Any]:
    """The raw httpx loop as an iterator of subscriber dicts, holding one page at a time."""
    after: str | None = None
    while True:
        page = raw_page(raw, base_url, after)
        yield from page["data"]
        after = page["next"]
        if not after:
            return


def memory_figure(run: Run, novu: Any, raw: Any, base_url: str) -> None:
    """Are pages retained while iterating? Two readings at page 10 and page 100 of one iteration:
    the tracemalloc peak so far, and the live (reachable) memory right after a `gc.collect()`,
    in separate runs so that the collections do not lower the peaks."""
    marks = (10 * PER_PAGE, PAGES * PER_PAGE)
    log(f"memory while iterating {PAGES} pages ({MEMORY_RUNS} rounds, tracemalloc)")

    def ours_items() -> Iterator[Any]:  # lazy, like _raw_items: the first page is fetched under tracing
        yield from novu.subscribers.search(limit=100)

    cases: dict[str, Callable[[], list[float]]] = {
        "ours_peak": lambda: _traced(ours_items(), marks, collect=False),
        "ours_live": lambda: _traced(ours_items(), marks, collect=True),
        "raw_peak": lambda: _traced(_raw_items(raw, base_url), marks, collect=False),
        "raw_live": lambda: _traced(_raw_items(raw, base_url), marks, collect=True),
    }
    at10: dict[str, list[float]] = {key: [] for key in cases}
    at100: dict[str, list[float]] = {key: [] for key in cases}
    for r in range(MEMORY_RUNS):
        for key in rotate(list(cases), r):
            first, last = cases[key]()
            at10[key].append(first)
            at100[key].append(last)

    def mib(key: str, at: dict[str, list[float]]) -> str:
        return f"{median(at[key]) / 2**20:.2f} MiB"

    live_ratio = paired(at100["ours_live"], at10["ours_live"])
    run.figures.append(
        Figure(
            short="live memory, page 100 vs 10",
            label=f"memory while iterating {PAGES * PER_PAGE:,} subscribers: live (reachable) memory "
            f"at page {PAGES} vs at page 10 (tracemalloc after `gc.collect()`)",
            value=f"{mib('ours_live', at100)} vs {mib('ours_live', at10)}",
            extra=f"; peak {mib('ours_peak', at100)} vs {mib('ours_peak', at10)}",
            ratio=live_ratio,
            target=FLAT_MEMORY,
            target_text=f"flat: pages not retained (<= {FLAT_MEMORY}x)",
            spread=spread(ratios(at100["ours_live"], at10["ours_live"])),
        )
    )
    run.floors.append(
        f"raw httpx loop holding one page, live at page {PAGES} vs page 10: "
        f"{mib('raw_live', at100)} vs {mib('raw_live', at10)} "
        f"({paired(at100['raw_live'], at10['raw_live']):.2f}x); tracemalloc peak "
        f"{mib('raw_peak', at100)} vs {mib('raw_peak', at10)} "
        f"({paired(at100['raw_peak'], at10['raw_peak']):.2f}x)"
    )
    run.notes.append(
        f"Memory: the tracemalloc peak over {PAGES} pages is "
        f"{paired(at100['ours_peak'], at10['ours_peak']):.2f}x the peak over 10 pages for novu_api "
        f"and {paired(at100['raw_peak'], at10['raw_peak']):.2f}x for the raw httpx loop. The peak "
        "rises with the number of pages even for the floor because every httpx.Response sits in a "
        "reference cycle and is freed by the cyclic garbage collector, not when the loop drops it "
        "(with the collector disabled, both grow by about one response body a page). "
        "So the peak measures garbage-collector timing; whether pages are retained is measured by "
        "the live memory after a collection, which is the figure in the table."
    )


# -- bulk throughput -------------------------------------------------------------------------
# The bulk runs are short (0.1-0.6 s) and move with the machine: more rounds, steadier medians.
BULK_ROUNDS = 16


def bulk_figures(run: Run, base_url: str) -> None:
    log(
        f"bulk throughput: {BULK_EVENTS:,} events through trigger_many, a raw httpx bulk loop and "
        f"{ONE_BY_ONE_EVENTS:,} one-by-one triggers ({BULK_ROUNDS} rounds each, sync and async)"
    )
    for name, s in bulk_samples(base_url, BULK_ROUNDS).items():
        ours_rate = 1 / median(s["ours"])
        raw_rate = 1 / median(s["raw"])
        single_rate = 1 / median(s["single"])
        speedup = paired(s["single"], s["ours"])  # per-event time one by one / in bulk
        requests = median(s["ours_requests"])
        share = requests / median(s["single_requests"])
        run.figures.append(
            Figure(
                short=f"bulk vs raw bulk loop ({name})",
                label=f"{BULK_EVENTS:,} triggers through `trigger_many` ({name}), time vs a raw httpx bulk "
                "loop with the same concurrency, over loopback",
                value=f"{ours_rate:,.0f} events/s, {requests:.0f} requests (raw loop {raw_rate:,.0f} events/s)",
                ratio=paired(s["ours"], s["raw"]),
                target=1.1,
                target_text="<= 1.1x",
                spread=spread(ratios(s["ours"], s["raw"])),
            )
        )
        run.figures.append(
            Figure(
                short=f"bulk speed-up over one by one ({name})",
                label=f"`trigger_many` vs one-by-one `trigger` calls ({name}): events/s ratio (higher is "
                "better) and requests per event",
                value=f"{ours_rate:,.0f} vs {single_rate:,.0f} events/s; {requests:.0f} vs "
                f"{median(s['single_requests']):,.0f} requests for {BULK_EVENTS:,} events ({share:.4f})",
                ratio=speedup,
                target=None,
                target_text=">= 20x the events/s, <= 1/90 of the requests",
                met=speedup >= 20 and share <= 1 / 90,
                spread=spread(ratios(s["single"], s["ours"])),
                chart=False,
            )
        )
    run.notes.append(
        f"Bulk throughput: each round sends {BULK_EVENTS:,} events through `trigger_many` and through a raw "
        f"httpx loop posting the same {BULK_EVENTS // 100:,}-ish bulk bodies (thread pool or asyncio "
        f"semaphore of the same size), and {ONE_BY_ONE_EVENTS:,} events one by one with `trigger` at the "
        f"same concurrency; rates are per event, so the one-by-one run is shorter but comparable, and its "
        f"requests are counted per event ({BULK_EVENTS:,} for {BULK_EVENTS:,} events). The bulk request "
        "size is the document's maximum (`trigger_bulk.OPERATION.bulk`). The SDK runs read each "
        "result as it comes out and keep none, as the raw loops keep nothing per event (until this "
        "run the sync one kept all 10,000 results in a list, and the collector's walks over them "
        "were part of its figure). The speed-up row's ratio is higher-is-better, so it is left out "
        "of the chart."
    )


# -- regeneration ----------------------------------------------------------------------------
def regen_figure(run: Run, runs: int) -> None:
    log(f"full regeneration into a temporary copy ({runs} runs)")
    times: list[float] = []
    with tempfile.TemporaryDirectory(prefix="novu-bench-regen-") as tmp:
        out = Path(tmp) / "novu_api"
        shutil.copytree(ROOT / "novu_api", out, ignore=shutil.ignore_patterns("__pycache__"))
        command = [sys.executable, "-m", "generator", "generate", "--out", str(out)]
        for _ in range(runs):
            started = time.perf_counter()
            done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
            times.append(time.perf_counter() - started)
            if done.returncode != 0:
                sys.stderr.write(done.stdout + done.stderr)
                raise RuntimeError("regeneration failed")
    seconds = median(times)
    run.figures.append(
        Figure(
            short="regeneration",
            label="full regeneration (`python -m generator generate --out <tmp copy>`), whole process",
            value=f"{seconds:.1f} s",
            ratio=None,
            target=None,
            target_text="<= 20 s",
            met=seconds <= 20,
            spread=spread(times),
            chart=False,
        )
    )


# -- report ----------------------------------------------------------------------------------
def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def git_head() -> str:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
        )
        return out.stdout.strip() or "unknown"
    except OSError:
        return "unknown"


def draw_chart(figures: list[Figure], path: Path) -> bool:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        log("matplotlib is not installed (pip install -e '.[bench]'): no chart")
        return False
    rows = [f for f in figures if f.chart and f.ratio is not None]
    labels = [f.short for f in rows]
    fig, ax = plt.subplots(figsize=(8, 0.55 * len(rows) + 1.4), dpi=110)
    y = list(range(len(rows)))
    height = 0.38
    ours = [f.ratio or 0 for f in rows]
    colors = ["#757575" if f.met is None else "#2e7d32" if f.met else "#c62828" for f in rows]
    ax.barh([v - height / 2 for v in y], ours, height, color=colors, label="novu-api (green: target met)")
    py = [(i, f.novu_py) for i, f in enumerate(rows) if f.novu_py is not None]
    ax.barh(
        [i + height / 2 for i, _ in py], [v for _, v in py], height, color="#90a4ae", label="novu-py 3.15.0"
    )
    for i, f in enumerate(rows):
        if f.target is not None:
            ax.plot([f.target, f.target], [i - 0.45, i + 0.45], color="black", linewidth=2)
        ax.text((f.ratio or 0) * 1.03, i - height / 2, f"{f.ratio:.2f}x", va="center", fontsize=7)
    for i, v in py:
        ax.text(v * 1.03, i + height / 2, f"{v:.1f}x", va="center", fontsize=7, color="#455a64")
    ax.plot([], [], color="black", linewidth=2, label="target")
    ax.axvline(1.0, color="#9e9e9e", linestyle="--", linewidth=0.8)
    ax.set_xscale("log")
    ticks = [0.5, 0.75, 1, 1.5, 2, 3, 5, 10, 20]
    ax.set_xticks(ticks)
    ax.set_xticklabels([f"{t:g}x" for t in ticks], fontsize=7)
    ax.minorticks_off()
    ax.set_yticks(y)
    ax.set_yticklabels(labels, fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel("ratio to the floor measured in the same run (log scale; lower is better)", fontsize=8)
    ax.legend(fontsize=7, loc="lower right")
    ax.set_title("make bench: novu-api vs floor and vs novu-py", fontsize=9)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return True


def render(run: Run, facts: dict[str, str], chart: bool, argv: list[str]) -> str:
    missed = [f for f in run.figures if f.met is False]
    lines = [
        "# Benchmarks",
        "",
        f"Written by `make bench` ({facts['date']}). Each figure is a median of at least 10 runs, and "
        "each ratio is measured in the same run against its floor: the clients' runs are interleaved "
        "round by round and the ratio is the median of the per-round ratios. Runs per figure: "
        f"{run.runs} for imports and pagination, {MEMORY_RUNS} for memory, {facts['regen_runs']} for "
        f"regeneration, {2 * run.runs} batches for per-call and parse figures ({TRIGGER_N} triggers, "
        f"{PAGE_N} pages or {PARSE_N} parses back to back; calls on a warm keep-alive connection to "
        "the loopback server in benchmarks/server.py). The novu-py column is measured in the same run "
        "against the same server; the stock openapi-python-client column is quoted from the issue, "
        "not measured.",
        "",
        "| figure | novu-api median | novu-api ratio | novu-py 3.15.0 ratio | stock openapi-python-client "
        "(quoted) | target | result |",
        "|---|---|---|---|---|---|---|",
    ]
    for f in run.figures:
        ratio = f"{f.ratio:.2f}x" if f.ratio is not None else "-"
        py = f"{f.novu_py:.2f}x" if f.novu_py is not None else "n/a"
        if f.met is None:
            result = "informational"
        else:
            result = "met" if f.met else f"**MISSED** ({ratio if f.ratio is not None else f.value})"
        lines.append(
            f"| {f.label} | {f.value}{f.extra} ({'ratio spread' if f.ratio is not None else 'spread'} {f.spread:.0%}) | {ratio} | {py} | {f.stock} | "
            f"{f.target_text} | {result} |"
        )
    lines += [""]
    if missed:
        lines += [
            f"**{len(missed)} target(s) missed:** "
            + "; ".join(f"{f.short}: {f.ratio:.2f}x" if f.ratio else f.value for f in missed)
            + ". Targets are as the issue sets them.",
            "",
        ]
    if chart:
        lines += [f"![ratios against the floor]({CHART.name})", ""]
    lines += ["## Floors (same run)", "", *(f"- {line}" for line in run.floors), ""]
    lines += ["## Notes", "", *(f"- {line}" for line in run.notes)]
    lines += [
        "- Ratios are medians of per-round ratios (each novu-api run over the floor run of the same "
        "round). Ratio spread is their interquartile range over their median (for regeneration, of "
        "the times): how much the figure moved within this run. The machine is shared, so expect "
        "some movement between runs of `make bench` too.",
        f"- Memory is flat when the live memory at page {PAGES} is at most {FLAT_MEMORY}x the live "
        "memory at page 10 of the same iteration: pages are not retained while iterating.",
        "",
        "## Machine",
        "",
        f"- {facts['cores']} cores ({facts['cpu']}), Python {facts['python']} ({facts['platform']})",
        f"- load average {facts['load_start']} at the start, {facts['load_end']} at the end",
        f"- commit {facts['commit']} (the work tree may carry uncommitted changes), {facts['novu_py']}",
        f"- run took {facts['elapsed']}",
        "",
        "## Reproduce",
        "",
        "```sh",
        "make bench                                   # installs .[bench], then runs the script below",
        f".venv/bin/python benchmarks/run.py {' '.join(argv)}".rstrip(),
        "```",
        "",
        f"The novu-py venv is made at `{NOVU_PY_VENV.relative_to(ROOT)}` (git-ignored) with "
        f"`pip install {NOVU_PY_PIN}` when missing; `benchmarks/novu_py_driver.py` times it under "
        "that venv's python and reports JSON. The import figures' venv is made at "
        f"`{RUNTIME_VENV.relative_to(ROOT)}` with novu-api's runtime dependencies, pinned to the "
        "versions of `.venv` (made again when they change). Timed assertions never go into tests.",
        "",
    ]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15, help="runs (batches) per figure, at least 10")
    parser.add_argument("--regen-runs", type=int, default=10, help="regeneration runs, at least 10")
    parser.add_argument(
        "--only",
        choices=["imports", "mock", "calls", "parse", "pagination", "bulk", "fake", "regen"],
        action="append",
        help="measure only these sections and print them; results.md is left as it is",
    )
    args = parser.parse_args()
    runs = max(10, args.runs)
    regen_runs = max(10, args.regen_runs)
    sections = set(args.only or ["imports", "mock", "calls", "parse", "pagination", "bulk", "fake", "regen"])
    started = time.perf_counter()
    load_start = ", ".join(f"{v:.2f}" for v in os.getloadavg())
    run = Run(runs=runs)
    novu_py = novu_py_python() if sections & {"imports", "calls", "parse"} else Path()
    if "imports" in sections:
        import_figures(run, novu_py)
    if "mock" in sections:
        mock_figure(run)
    if sections & {"calls", "parse", "pagination", "bulk"}:
        log(f"starting the loopback server ({PAGES} pages of {PER_PAGE} subscribers)")
        with LoopbackServer() as server:
            if sections & {"calls", "parse"}:
                with novu_py_driver(novu_py, server.url) as driver:
                    if "calls" in sections:
                        call_figures(run, server.url, driver)
                    if "parse" in sections:
                        parse_figures(run, server.url, driver)
            if "pagination" in sections:
                pagination_figures(run, server.url)
            if "bulk" in sections:
                bulk_figures(run, server.url)
    if "fake" in sections:
        fake_figure(run)
    if "regen" in sections:
        regen_figure(run, regen_runs)
    elapsed = time.perf_counter() - started
    facts = {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "cores": str(os.cpu_count()),
        "cpu": cpu_model(),
        "python": sys.version.split()[0],
        "platform": platform.platform(terse=True),
        "load_start": load_start,
        "load_end": ", ".join(f"{v:.2f}" for v in os.getloadavg()),
        "commit": git_head(),
        "novu_py": f"novu-py {NOVU_PY_PIN.split('==')[1]} (its own venv)",
        "elapsed": f"{elapsed:.0f} s",
        "regen_runs": str(regen_runs),
    }
    argv = [a for a in sys.argv[1:]]
    if args.only:
        print(render(run, facts, chart=False, argv=argv))
        return 0
    chart = draw_chart(run.figures, CHART)
    text = render(run, facts, chart, argv)
    RESULTS.write_text(text, encoding="utf-8")
    print(text)
    log(f"wrote {RESULTS.relative_to(ROOT)}" + (f" and {CHART.relative_to(ROOT)}" if chart else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
