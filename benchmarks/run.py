"""`make bench`: figures as ratios against a floor measured in the same run.

Writes benchmarks/results.md. Each figure is the median of at least 10 runs; a figure's
ratio divides it by its floor's median from this same run, so a slow or busy machine
moves both together. Reproduce with `make bench` (or `python benchmarks/run.py --runs 20`).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results.md"


@dataclass
class ProcessFigure:
    seconds: float  # median wall time of the whole process
    max_rss_mib: float  # median peak resident memory


def run_process(code: str, runs: int) -> ProcessFigure:
    """Start `python -c code` `runs` times; median wall time and peak RSS (from wait4)."""
    times: list[float] = []
    rss: list[float] = []
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "0"}
    subprocess.run([sys.executable, "-c", code], check=True, env=env)  # warm the .pyc cache
    for _ in range(runs):
        started = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", code], env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        times.append(time.perf_counter() - started)
        if status != 0:
            raise RuntimeError(f"benchmark process failed: {code}")
        rss.append(usage.ru_maxrss / 1024)  # KiB on Linux
    return ProcessFigure(statistics.median(times), statistics.median(rss))


IMPORT_FLOOR = "import httpx"
IMPORT_CASES = {
    '`from novu_api import Novu; Novu(secret_key="x")`': 'from novu_api import Novu; Novu(secret_key="x")',
    "one standalone operation module (`novu_api.api.subscribers.retrieve`)": "import novu_api.api.subscribers.retrieve",
}
IMPORT_TARGET = 1.3
MEMORY_TARGET_MIB = 28


def import_rows(runs: int) -> list[str]:
    floor = run_process(IMPORT_FLOOR, runs)
    rows = [
        f'| `python -c "{IMPORT_FLOOR}"` (floor) | {floor.seconds * 1000:.0f} ms | 1.00x | '
        f"{floor.max_rss_mib:.1f} MiB | - |"
    ]
    for label, code in IMPORT_CASES.items():
        fig = run_process(code, runs)
        ratio = fig.seconds / floor.seconds
        ok = ratio <= IMPORT_TARGET and fig.max_rss_mib <= MEMORY_TARGET_MIB
        rows.append(
            f"| {label} | {fig.seconds * 1000:.0f} ms | {ratio:.2f}x | {fig.max_rss_mib:.1f} MiB | "
            f"<= {IMPORT_TARGET}x, <= {MEMORY_TARGET_MIB} MiB: {'met' if ok else 'MISSED'} |"
        )
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15, help="runs per figure (>= 10)")
    args = parser.parse_args()
    runs = max(10, args.runs)
    lines = [
        "# Benchmarks",
        "",
        f"Measured by `make bench` on {os.cpu_count()} cores, Python {sys.version.split()[0]}; "
        f"medians of {runs} runs, ratios against a floor measured in the same run.",
        "",
        "## Import cost (whole process)",
        "",
        "| figure | median time | vs `import httpx` | peak RSS | target |",
        "|---|---|---|---|---|",
        *import_rows(runs),
        "",
        "Reproduce: `make bench` (or `.venv/bin/python benchmarks/run.py --runs 20`).",
        "",
    ]
    RESULTS.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
