"""The typing check itself (tests/tools/typecheck.py, run by `make typecheck`): it covers every
operation of the registry, it fails on a result typed `Any` and on an expected error that does
not happen, under both checkers, and every PENDING case still fails (once one passes, its entry
is deleted so `make check` covers it)."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from novu_api.operations import OPERATIONS
from tests.tools import typecheck
from tests.tools.typecheck import EVERY_CALL, any_results, every_call_program, run_mypy, run_pyright

needs_pyright = pytest.mark.skipif(typecheck.find_pyright() is not None, reason=str(typecheck.find_pyright()))


def test_the_generated_program_calls_every_facade_method_sync_and_async() -> None:
    for raw in (False, True):
        program, calls = every_call_program(raw=raw)
        compile(program, "every_call.py", "exec")
        expected = {(entry.facade, kind) for entry in OPERATIONS for kind in ("sync", "async")}
        assert {(call.facade, call.kind) for call in calls} == expected
        assert len(calls) == len(expected)
        lines = program.splitlines()
        for call in calls:
            handle = "novu.with_raw_response." if raw else "novu."
            assert f"{handle}{call.facade}(" in lines[call.line - 1], (call, lines[call.line - 1])


def test_the_readme_program_holds_every_python_block_in_order() -> None:
    program = typecheck.readme_program()
    blocks = [
        b
        for kind, b in typecheck.FENCE.findall(typecheck.README.read_text(encoding="utf-8"))
        if kind == "python"
    ]
    assert blocks
    positions = [program.index(block) for block in blocks]
    assert positions == sorted(positions)
    compile(program, "readme_blocks.py", "exec")


def test_pending_entries_name_files_that_exist() -> None:
    generated = set(typecheck.GENERATED)
    for entry in typecheck.PENDING:
        assert entry in generated or (typecheck.ROOT / entry).is_file(), entry
    suite = {f"tests/typing/{p.name}" for p in typecheck.SUITE.glob("pending_*.py")}
    assert suite <= set(typecheck.PENDING), "a pending_*.py file must be listed in PENDING"


def test_any_is_recognised_in_both_checkers_spellings() -> None:
    for shown in ("Any", "Unknown", "SyncPage[Any]", "novu_api._types.Response[Any]", "list[Unknown]"):
        assert typecheck.is_any(shown), shown
    for shown in ("SubscriberResponseDto", "dict[str, Any]", "SyncPage[SubscriberResponseDto]", "None"):
        assert not typecheck.is_any(shown), shown


@needs_pyright
@pytest.mark.parametrize("checker", [run_mypy, run_pyright], ids=["mypy", "pyright"])
def test_a_result_typed_any_fails_and_a_typed_one_passes(checker: typecheck.Runner, tmp_path: Path) -> None:
    program = tmp_path / EVERY_CALL
    program.write_text(
        textwrap.dedent(
            """\
            from typing import Any

            from typing_extensions import reveal_type


            def typed() -> int:
                return 1


            def untyped() -> Any:
                return 1


            reveal_type(typed())
            reveal_type(untyped())
            """
        ),
        encoding="utf-8",
    )
    report = checker([str(program)])
    assert report.errors == []
    calls = [typecheck.Call("typed", "sync", 14), typecheck.Call("untyped", "sync", 15)]
    assert any_results(calls, report.revealed, EVERY_CALL) == ["sync untyped: returns Any"]


@needs_pyright
def test_an_expected_error_that_does_not_happen_fails_under_both(tmp_path: Path) -> None:
    case = tmp_path / "case.py"
    case.write_text(
        textwrap.dedent(
            """\
            def takes(value: int) -> None:
                print(value)


            takes(1)  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
            takes("1")  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
            takes("1")  # type: ignore[call-arg]  # pyright: ignore[reportCallIssue]
            """
        ),
        encoding="utf-8",
    )
    mypy, pyright = run_mypy([str(case)]), run_pyright([str(case)])
    assert [e.split(":")[1] for e in mypy.errors if "error:" in e] == ["5", "7", "7"], mypy.errors
    assert sorted({e.split(":")[1] for e in pyright.errors}) == ["5", "7"], pyright.errors


@pytest.mark.slow  # both checkers over the pending cases and the package: a minute or two
@needs_pyright
def test_every_pending_case_still_fails(tmp_path: Path) -> None:
    found = typecheck.pending(tmp_path)
    assert "(elsewhere)" not in found, found["(elsewhere)"]
    passing = [entry for entry, errors in found.items() if not errors]
    assert not passing, f"these pass now: delete them from PENDING in tests/tools/typecheck.py: {passing}"
    for entry in typecheck.PENDING:
        checkers = {error.split(":")[0] for error in found[entry]}
        assert checkers == {"mypy", "pyright"}, (entry, found[entry])
