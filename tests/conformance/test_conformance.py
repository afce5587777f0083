"""Every operation in the registry, called through the facade, against Prism (pinned spec).

Prism validates each request (a request that breaks the spec gets a 422 and an
`sl-violations` header) and answers with the spec's examples, or with random schema-valid
data (extra properties included) when asked `Prefer: dynamic=true`. So for every operation:
- static, with only required inputs and with every optional one: the request carries every
  input, Prism accepts it, and the response parses into the declared type without loss
  (encoded back, the value is the payload Prism sent, unknown fields included);
- dynamic, several runs: every response still parses;
- async: the same for one operation per resource on `AsyncNovu`.
Operations that cannot pass for reasons outside the SDK are in `harness.KNOWN_DEFECTS` and
are asserted to still fail that way.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from novu_api.operations import OPERATIONS, OperationEntry
from tests.conformance.harness import (
    DYNAMIC_RUNS,
    KNOWN_DEFECTS,
    PREFER_DYNAMIC,
    TALLY,
    VARIANTS,
    Outcome,
    Recorder,
    async_sample,
    facade_arguments,
    facade_method,
    run_async,
    run_sync,
    still_defective,
)
from tests.conftest import SECRET
from tests.prism import PrismServer

pytestmark = pytest.mark.prism

OPS = {entry.operation_id: entry for entry in OPERATIONS}
SAMPLE = async_sample()


def _check(outcome: Outcome, *, kinds: tuple[str, ...]) -> None:
    """Record the outcome, then assert it (a known defect must still fail as documented)."""
    entry = outcome.call.entry
    # Accepted: Prism validated the request, and it carried every input it was given.
    accepted = outcome.accepted and outcome.request_problem is None
    TALLY.record("accepted", entry.operation_id, accepted)
    for kind in kinds:
        TALLY.record(kind, entry.operation_id, accepted and outcome.parses)
    if entry.operation_id in KNOWN_DEFECTS:
        problem = still_defective(outcome)
        assert problem is None, f"known defect {entry.operation_id}: {problem}\n{outcome.explain()}"
        return
    assert outcome.request_problem is None, (
        f"the SDK did not send the inputs: {outcome.request_problem}\n{outcome.explain()}"
    )
    assert outcome.accepted, f"Prism rejected the request\n{outcome.explain()}"
    assert outcome.parses, f"the response did not parse: {outcome.parse_problem}\n{outcome.explain()}"


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("op_id", sorted(OPS))
def test_static(op_id: str, variant: str, novu: Any, recorder: Recorder, spec: dict[str, Any]) -> None:
    """The spec's examples: request accepted, response parsed into the declared type."""
    entry = OPS[op_id]
    call = facade_arguments(spec, entry, facade_method(novu, entry), variant)
    _check(run_sync(novu, recorder, call), kinds=("static",))


@pytest.mark.parametrize("op_id", sorted(OPS))
def test_dynamic(op_id: str, novu: Any, recorder: Recorder, spec: dict[str, Any]) -> None:
    """Random schema-valid responses, extra properties included: every run parses."""
    entry = OPS[op_id]
    method = facade_method(novu, entry)
    for run in range(DYNAMIC_RUNS):
        call = facade_arguments(spec, entry, method, VARIANTS[run % len(VARIANTS)])
        _check(run_sync(novu, recorder, call, dict(PREFER_DYNAMIC)), kinds=("dynamic",))


@pytest.mark.parametrize("op_id", sorted(op for op, e in OPS.items() if not e.pagination))
def test_strict_mode_raises_what_the_default_mode_records(
    op_id: str, novu: Any, recorder: Recorder, spec: dict[str, Any]
) -> None:
    """The spec's full example, twice: the default mode records each deviation of the answer
    (`novu_api.deviations`); `strict_responses=True` raises `ResponseValidationError` at one of
    those paths, or returns the same value when there are none. (Paginated calls return pages,
    whose items are checked the same way by the pagination tests.)"""
    from novu_api import ResponseValidationError, deviations

    entry = OPS[op_id]
    method = facade_method(novu, entry)
    call = facade_arguments(spec, entry, method, "full")
    outcome = run_sync(novu, recorder, call)
    if entry.operation_id in KNOWN_DEFECTS or not (outcome.accepted and outcome.parses):
        pytest.skip(f"{op_id}: not answered with a parsed success (see test_static)")
    recorded = {d.path for d in deviations(outcome.result)}
    TALLY.record("strict", op_id, False)  # until the assertions below hold
    try:
        strict = method(**call.kwargs, max_retries=0, strict_responses=True)
    except ResponseValidationError as exc:
        assert recorded, f"strict mode raised where nothing was recorded: {exc}"
        assert exc.json_path in recorded, (exc.json_path, sorted(recorded))
        assert entry.facade in str(exc)
        TALLY.strict_raised.add(op_id)
    else:
        assert not recorded, f"strict mode let these through: {sorted(recorded)}"
        assert strict == outcome.result
    TALLY.strict[op_id] = True


@pytest.mark.parametrize("op_id", sorted(SAMPLE))
def test_async_sample(op_id: str, prism: PrismServer, spec: dict[str, Any]) -> None:
    """`AsyncNovu` on a sample (every resource, pagination style and body style): both
    variants, static then dynamic."""
    from novu_api import AsyncNovu

    entry: OperationEntry = SAMPLE[op_id]

    async def scenario() -> list[Outcome]:
        recorder = Recorder()
        async with AsyncNovu(
            secret_key=SECRET, server_url=prism.url, timeout=30, hooks={"after_response": [recorder]}
        ) as client:
            method = facade_method(client, entry)
            outcomes = []
            for variant in VARIANTS:
                call = facade_arguments(spec, entry, method, variant)
                outcomes.append(await run_async(client, recorder, call))
                outcomes.append(await run_async(client, recorder, call, dict(PREFER_DYNAMIC)))
            return outcomes

    outcomes = asyncio.run(scenario())
    ok = all(o.accepted and o.request_problem is None and o.parses for o in outcomes)
    TALLY.record("async_sample", entry.operation_id, ok)
    for outcome in outcomes:
        assert outcome.request_problem is None, (
            f"the SDK did not send the inputs: {outcome.request_problem}\n{outcome.explain()}"
        )
        assert outcome.accepted, f"Prism rejected the async request\n{outcome.explain()}"
        assert outcome.parses, (
            f"the async response did not parse: {outcome.parse_problem}\n{outcome.explain()}"
        )


def test_known_defects_are_registered_operations() -> None:
    """The defect list names real operations, so a renamed one cannot hide a failure."""
    assert set(KNOWN_DEFECTS) <= set(OPS)
