"""`benchmarks/concurrency.py` (the figures of "Choosing `concurrency`" in the volume guide) still
runs against the SDK as it is: every client at every concurrency sends every event and gets a
figure. Nothing here is timed; the figures themselves are the benchmark's business."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "concurrency.py"


def test_the_concurrency_benchmark_fills_its_table() -> None:
    run = subprocess.run(
        [
            sys.executable,
            str(SCRIPT),
            "--delays",
            "0,1",
            "--events",
            "250",
            "--rounds",
            "1",
            "--max-seconds",
            "90",
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    header = next(line for line in run.stdout.splitlines() if line.startswith("| round trip"))
    levels = [int(n) for n in re.findall(r"concurrency (\d+)", header)]
    assert levels and levels[0] == 1
    rows = [line for line in run.stdout.splitlines() if re.match(r"\| \d", line)]
    assert [row.split(" | ")[:2] for row in rows] == [
        [f"| {delay} ms", client]
        for delay in ("0", "1")
        for client in ("Novu (threads)", "AsyncNovu (tasks)")
    ]
    for row in rows:
        cells = [c.strip() for c in row.strip("|").split("|")[2:]]
        assert len(cells) == len(levels), row
        assert all(float(c.replace(",", "")) > 0 for c in cells), row
