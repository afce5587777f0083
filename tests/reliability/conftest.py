"""The reliability tally: each test reports what it measured, and the run ends with one line.

    reliability: 78/78 fault scenarios as expected, 1000/1000 delivered exactly once (sync),
    1000/1000 (async), 390/390 schemas round-tripped (0 not generated), 3120 mutations (...),
    136 through the client (...), 0 secret leaks in 632 checks

A part that did not run (deselected, or stopped by an earlier failure) says "not run" rather
than a number it did not measure.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

from tests.conftest import SECRET


@dataclass
class Tally:
    scenarios_run: list[str] = field(default_factory=list)
    scenarios_ok: list[str] = field(default_factory=list)
    exactly_once: dict[str, tuple[int, int]] = field(default_factory=dict)  # client -> (once, calls)
    schemas_total: int = 0
    schemas_run: list[str] = field(default_factory=list)
    schemas_ok: list[str] = field(default_factory=list)
    schemas_not_generated: dict[str, str] = field(default_factory=dict)
    mutations: dict[str, int] = field(default_factory=dict)  # outcome of from_dict -> count
    pipeline: dict[str, int] = field(default_factory=dict)  # outcome through the client -> count
    secret_checks: int = 0
    secret_leaks: list[str] = field(default_factory=list)

    @contextlib.contextmanager
    def scenario(self, name: str) -> Iterator[None]:
        """Counts a fault scenario; it is "as expected" only if the block completes."""
        self.scenarios_run.append(name)
        yield
        self.scenarios_ok.append(name)

    def mutation(self, outcome: str, *, client: bool = False) -> None:
        counts = self.pipeline if client else self.mutations
        counts[outcome] = counts.get(outcome, 0) + 1

    def secret_free(self, where: str, data: Any) -> bool:
        """Records one place checked for the secret key; False (and a recorded leak) if it is there."""
        self.secret_checks += 1
        if isinstance(data, bytes):
            found = SECRET.encode() in data
        else:
            found = SECRET in str(data)
        if found:
            self.secret_leaks.append(where)
        return not found

    def line(self) -> str:
        parts = []
        if self.scenarios_run:
            parts.append(f"{len(self.scenarios_ok)}/{len(self.scenarios_run)} fault scenarios as expected")
        else:
            parts.append("fault scenarios not run")
        for client, label in (("sync", "delivered exactly once (sync)"), ("async", "(async)")):
            if client in self.exactly_once:
                once, calls = self.exactly_once[client]
                parts.append(f"{once}/{calls} {label}")
            else:
                parts.append(f"exactly once ({client}) not run")
        if self.schemas_run:
            total = self.schemas_total or len(self.schemas_run)
            text = f"{len(self.schemas_ok)}/{total} schemas round-tripped"
            text += f" ({len(self.schemas_not_generated)} not generated)"
            if self.mutations:
                text += f", {sum(self.mutations.values())} mutations {_counts(self.mutations)}"
            if self.pipeline:
                text += f", {sum(self.pipeline.values())} through the client {_counts(self.pipeline)}"
            parts.append(text)
        else:
            parts.append("schemas not run")
        if self.secret_checks:
            parts.append(f"{len(self.secret_leaks)} secret leaks in {self.secret_checks} checks")
        else:
            parts.append("secret checks not run")
        return "reliability: " + ", ".join(parts)


def _counts(counts: dict[str, int]) -> str:
    return "(" + ", ".join(f"{n} {k}" for k, n in sorted(counts.items())) + ")"


TALLY = Tally()


@pytest.fixture(scope="session")
def tally() -> Tally:
    return TALLY


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    measured = TALLY.scenarios_run or TALLY.exactly_once or TALLY.schemas_run or TALLY.secret_checks
    if not measured:
        return
    terminalreporter.write_line(TALLY.line())
    if TALLY.secret_leaks:
        terminalreporter.write_line("secret key found in: " + "; ".join(TALLY.secret_leaks))
    failed = sorted(set(TALLY.scenarios_run) - set(TALLY.scenarios_ok))
    if failed:
        terminalreporter.write_line("fault scenarios not as expected: " + ", ".join(failed))
    if TALLY.schemas_not_generated:
        terminalreporter.write_line(
            "schemas not generated: "
            + "; ".join(f"{k} ({v})" for k, v in sorted(TALLY.schemas_not_generated.items()))
        )
