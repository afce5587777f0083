"""`make typecheck`: mypy --strict and pyright over what users type-check.

Checked by both: the package, the typing suite (tests/typing/), examples/, the README's python
blocks (one program, in order, as the README runs them) and a program generated here from the
registry that calls every facade method, sync and async, with its required arguments; a call
whose result a checker sees as `Any` fails. mypy alone also checks what `[tool.mypy] files` in
pyproject.toml lists (the generator, tests/typing_cases/).

An expected error is marked for each checker, `# type: ignore[code]` (mypy) and
`# pyright: ignore[rule]` (pyright); both report a mark with no error under it, so a mistake
the SDK stops rejecting fails the check.

    python -m tests.tools.typecheck            # the check (exit 1 on any error)
    python -m tests.tools.typecheck --pending  # what each PENDING case reports today
"""

from __future__ import annotations

import argparse
import ast
import functools
import inspect
import json
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import typing
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SUITE = ROOT / "tests" / "typing"
README = ROOT / "README.md"
PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"
EVERY_CALL = "every_call.py"
EVERY_RAW_CALL = "every_raw_call.py"
ENUM_IN_UNION = "enum_in_union.py"
ANY_ARGUMENT = "any_arguments.py"

# The one list of cases the SDK fails today (the case is right, the SDK is not): left out of the
# check, and `--pending` shows what each reports. Delete an entry once the SDK does what it says.
# Cases the SDK fails today, checked separately (`--pending`) until they pass: none now.
PENDING: tuple[str, ...] = ()

# Django ships no type information (django-stubs would be one more dependency); its receiver is
# checked at run time by tests/test_webhook_recipes.py.
UNTYPED = ("examples/webhooks/django_app.py",)

FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.S | re.M)
MYPY_REVEALED = re.compile(r'^(?P<path>.+?):(?P<line>\d+): note: Revealed type is "(?P<type>.*)"$')
PYRIGHT_REVEALED = re.compile(r'^Type of ".*" is "(?P<type>.*)"$', re.S)


def readme_program() -> str:
    """The README's ```python blocks, in order, as one module (later blocks use earlier names)."""
    text = README.read_text(encoding="utf-8")
    parts = ["# The README's python blocks, in order (tests/tools/typecheck.py).\n"]
    for match in FENCE.finditer(text):
        if match.group(1) == "python":
            line = text.count("\n", 0, match.start()) + 2
            parts.append(f"# README.md line {line}\n{match.group(2)}")
    return "\n".join(parts)


@dataclass(frozen=True)
class Call:
    """One generated call: which operation, which client, on which line of the program."""

    facade: str
    kind: str  # "sync" | "async"
    line: int


@functools.cache
def _imports_of(module: typing.Any) -> list[str]:
    """A module's import statements (also those under `if TYPE_CHECKING:`), made absolute, so the
    generated program can spell its annotations exactly as the module does."""
    tree = ast.parse(inspect.getsource(module))
    package = module.__name__.rpartition(".")[0] if not hasattr(module, "__path__") else module.__name__
    out: list[str] = []

    def visit(body: Iterable[ast.stmt]) -> None:
        for node in body:
            if isinstance(node, ast.If) and ast.unparse(node.test).endswith("TYPE_CHECKING"):
                visit(node.body)
            elif isinstance(node, ast.Import):
                out.append(ast.unparse(node))
            elif isinstance(node, ast.ImportFrom) and node.module != "__future__":
                base = node.module or ""
                if node.level:
                    parent = package.split(".")
                    parent = parent[: len(parent) - node.level + 1]
                    base = ".".join([*parent, base] if base else parent)
                names = ", ".join(a.name + (f" as {a.asname}" if a.asname else "") for a in node.names)
                out.append(f"from {base} import {names}")

    visit(tree.body)
    return out


@functools.cache
def _methods_of(owner: type) -> dict[str, list[ast.FunctionDef | ast.AsyncFunctionDef]]:
    tree = ast.parse(textwrap.dedent(inspect.getsource(owner)))
    out: dict[str, list[ast.FunctionDef | ast.AsyncFunctionDef]] = {}
    for node in typing.cast(ast.ClassDef, tree.body[0]).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            out.setdefault(node.name, []).append(node)
    return out


def _signature(method: Callable[..., typing.Any]) -> inspect.Signature:
    """The first overload's signature where there are overloads (an aliased argument), else the
    method's own, read from the source (so on every Python version), with the annotations as the
    module spells them."""
    function = getattr(method, "__func__", method)
    owner = next(c for c in type(method.__self__).__mro__ if function.__name__ in vars(c))
    defs = _methods_of(owner)[function.__name__]
    overloads = [d for d in defs if any(ast.unparse(x).endswith("overload") for x in d.decorator_list)]
    chosen = (overloads or defs)[0]
    given = inspect.Parameter.empty
    params: list[inspect.Parameter] = []
    arguments = chosen.args
    positional = [*arguments.posonlyargs, *arguments.args]
    first_default = len(positional) - len(arguments.defaults)
    for index, arg in enumerate(positional):
        note = ast.unparse(arg.annotation) if arg.annotation else given
        default = given if index < first_default else ...
        params.append(
            inspect.Parameter(
                arg.arg, inspect.Parameter.POSITIONAL_OR_KEYWORD, default=default, annotation=note
            )
        )
    for arg, value in zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True):
        note = ast.unparse(arg.annotation) if arg.annotation else given
        default = given if value is None else ...
        params.append(
            inspect.Parameter(arg.arg, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=note)
        )
    return inspect.Signature(params)


def every_call_program(*, raw: bool) -> tuple[str, list[Call]]:
    """A program that calls every facade method of the registry (`novu_api.operations`), on `Novu`
    and `AsyncNovu`, with its required arguments, and reveals the type of each result."""
    from novu_api import AsyncNovu, Novu
    from novu_api.operations import OPERATIONS

    imports: dict[str, None] = {"from novu_api import AsyncNovu, Novu": None}
    bodies: list[tuple[str, str, list[str]]] = []  # (facade, kind, lines)
    clients = {"sync": Novu(secret_key="typecheck"), "async": AsyncNovu(secret_key="typecheck")}
    for entry in OPERATIONS:
        for kind, client in clients.items():
            target: typing.Any = client
            for part in entry.facade.split("."):
                target = getattr(target, part)
            imports.update(dict.fromkeys(_imports_of(inspect.getmodule(target))))
            params, args = [], []
            for name, param in _signature(target).parameters.items():
                if name == "self" or param.default is not inspect.Parameter.empty:
                    continue
                params.append(f"a_{name}: {param.annotation}")
                args.append(f"{name}=a_{name}" if param.kind is param.KEYWORD_ONLY else f"a_{name}")
            number = len(bodies)
            handle = "novu.with_raw_response" if raw else "novu"
            call = f"{handle}.{entry.facade}({', '.join(args)})"
            if kind == "sync":
                head = f"def call_{number}(novu: Novu{''.join(', ' + p for p in params)}) -> None:"
                line = f"    reveal_type({call})"
            else:
                head = f"async def call_{number}(novu: AsyncNovu{''.join(', ' + p for p in params)}) -> None:"
                line = f"    reveal_type(await {call})"
            bodies.append((entry.facade, kind, [head, line]))
    for client in clients.values():
        client._http_client = None  # never used: nothing to close
    header = [
        "# Generated by tests/tools/typecheck.py from novu_api.operations; not committed.",
        "from __future__ import annotations",
        "",
        "from typing_extensions import reveal_type",
        *sorted(imports),
        "",
    ]
    lines = list(header)
    calls: list[Call] = []
    for facade, kind, body in bodies:
        lines.append("")
        lines.append(body[0])
        calls.append(Call(facade, kind, len(lines) + 1))
        lines.append(body[1])
    return "\n".join(lines) + "\n", calls


# (argument name, its evaluated type) -> the argument's source and a trailing comment, or None
Pick = Callable[[str, typing.Any], "tuple[str, str] | None"]


def _enum_value(name: str, kind: typing.Any) -> tuple[str, str] | None:
    """An enum inside a union (without `str`): the plain value of its first member."""
    import enum

    members = typing.get_args(kind)
    enums = [m for m in members if isinstance(m, type) and issubclass(m, enum.Enum)]
    if not enums or str in members:
        return None
    return repr(next(iter(enums[0])).value), f"# {enums[0].__name__}"


def _any_argument(name: str, kind: typing.Any) -> tuple[str, str] | None:
    """An argument typed `Any`: an `object()` must be refused once it has its spec's type."""
    if kind is not typing.Any:
        return None
    return "object()", "# type: ignore[arg-type]  # pyright: ignore[reportArgumentType]"


def argument_cases_program(pick: Pick) -> str:
    """A program with one call per facade argument that `pick` chooses (registry-derived), passing
    the value it gives and the method's other required arguments."""
    from novu_api import Novu
    from novu_api.operations import OPERATIONS

    imports: dict[str, None] = {"from novu_api import Novu": None}
    functions: list[str] = []
    client = Novu(secret_key="typecheck")
    for entry in OPERATIONS:
        target: typing.Any = client
        for part in entry.facade.split("."):
            target = getattr(target, part)
        module_imports = _imports_of(inspect.getmodule(target))
        imports.update(dict.fromkeys(module_imports))
        namespace: dict[str, typing.Any] = {}
        exec("\n".join(module_imports), namespace)
        parameters = _signature(target).parameters
        for name, param in parameters.items():
            if name == "self" or param.kind is not param.KEYWORD_ONLY:
                continue
            chosen = pick(name, eval(param.annotation, namespace))
            if chosen is None:
                continue
            params, args = [], [f"{name}={chosen[0]}"]
            for other, each in parameters.items():
                if other in ("self", name) or each.default is not inspect.Parameter.empty:
                    continue
                params.append(f", a_{other}: {each.annotation}")
                args.append(f"{other}=a_{other}")
            functions.append(
                f"def case_{len(functions)}(novu: Novu{''.join(params)}) -> None:\n"
                f"    novu.{entry.facade}({', '.join(args)})  {chosen[1]}\n"
            )
    client._http_client = None
    header = [
        "# Generated by tests/tools/typecheck.py from novu_api.operations; not committed.",
        "from __future__ import annotations",
        "",
        *sorted(imports),
        "",
    ]
    return "\n".join(header) + "\n\n" + "\n\n".join(functions)


# The programs generated from the registry: every call (plain and raw, each result checked for
# Any), and one call per argument a pick chooses.
GENERATED: dict[str, Pick | None] = {
    EVERY_CALL: None,
    EVERY_RAW_CALL: None,
    ENUM_IN_UNION: _enum_value,
    ANY_ARGUMENT: _any_argument,  # an argument typed Any refuses object() once it has its spec's type
}


def is_any(revealed: str) -> bool:
    """A result type that tells the caller nothing: Any (pyright: Unknown), or a page, raw
    response or list of it."""
    return bool(re.fullmatch(r"Any|Unknown", revealed)) or bool(
        re.search(r"(Page|Response|list|Iterator)\[(Any|Unknown)\]", revealed)
    )


@dataclass
class Report:
    errors: list[str]
    revealed: dict[tuple[str, int], str]  # (file name, line) -> type


Runner = Callable[[list[str]], Report]


def run_mypy(paths: list[str]) -> Report:
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-error-summary", "--show-error-codes", *paths],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    report = Report([], {})
    for line in (done.stdout + done.stderr).splitlines():
        found = MYPY_REVEALED.match(line)
        if found:
            report.revealed[(Path(found["path"]).name, int(found["line"]))] = found["type"]
        elif ": error:" in line or (line.strip() and ": note:" not in line):
            report.errors.append(line)
    if done.returncode not in (0, 1) and not report.errors:
        report.errors.append(f"mypy exited {done.returncode}")
    return report


def run_pyright(paths: list[str]) -> Report:
    done = subprocess.run(
        [str(PYRIGHT), "--outputjson", *paths], cwd=ROOT, capture_output=True, text=True, check=False
    )
    try:
        result = json.loads(done.stdout)
    except ValueError:
        return Report([f"pyright exited {done.returncode}: {done.stdout[-2000:]}{done.stderr[-2000:]}"], {})
    report = Report([], {})
    for item in result.get("generalDiagnostics", []):
        line = item["range"]["start"]["line"] + 1
        where = f"{item.get('file', '?')}:{line}"
        found = PYRIGHT_REVEALED.match(item["message"])
        if item["severity"] == "information" and found:
            report.revealed[(Path(item.get("file", "")).name, line)] = found["type"]
        elif item["severity"] == "error":
            rule = f" ({item['rule']})" if item.get("rule") else ""
            report.errors.append(f"{where}: error: {item['message'].splitlines()[0]}{rule}")
    return report


def _relative(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def _mypy_config_files() -> list[str]:
    try:
        import tomllib
    except ImportError:  # Python 3.10: mypy's own dependency
        import tomli as tomllib
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return list(config["tool"]["mypy"]["files"])


def targets(scratch: Path, *, pending: bool) -> tuple[list[str], list[str], dict[str, list[Call]]]:
    """(mypy paths, pyright paths, generated calls by program): the checked set, or the PENDING set."""
    (scratch / "readme_blocks.py").write_text(readme_program(), encoding="utf-8")
    calls: dict[str, list[Call]] = {}
    for name, pick in GENERATED.items():
        if pick is None:
            source, calls[name] = every_call_program(raw=name == EVERY_RAW_CALL)
        else:
            source = argument_cases_program(pick)
        (scratch / name).write_text(source, encoding="utf-8")
    if pending:
        paths = [str(scratch / p) if p in GENERATED else p for p in PENDING]
        return paths, paths, {name: each for name, each in calls.items() if name in PENDING}
    base = _mypy_config_files()
    skip = set(PENDING) | set(UNTYPED)
    mine = [
        _relative(path)
        for path in sorted([*SUITE.glob("*.py"), *(ROOT / "examples").rglob("*.py")])
        if _relative(path) not in skip
    ]
    extra = [str(scratch / "readme_blocks.py"), *(str(scratch / n) for n in GENERATED if n not in PENDING)]
    covered = tuple(p.rstrip("/") + "/" for p in base)
    mypy_paths = base + [p for p in mine if not p.startswith(covered)] + extra
    pyright_paths = ["novu_api", *mine, *extra]
    return mypy_paths, pyright_paths, {name: each for name, each in calls.items() if name not in PENDING}


def find_pyright() -> str | None:
    if PYRIGHT.exists():
        return None
    if shutil.which("npm") is None:
        return "pyright is not installed and npm is missing: install Node.js (npm), then `npm ci`"
    return "pyright is not installed: run `npm ci` in the repository root (`make typecheck` does it)"


def any_results(calls: list[Call], revealed: dict[tuple[str, int], str], name: str) -> list[str]:
    out = []
    for call in calls:
        kind = revealed.get((name, call.line))
        if kind is None:
            out.append(f"{call.kind} {call.facade}: the checker revealed no type (line {call.line})")
        elif is_any(kind):
            out.append(f"{call.kind} {call.facade}: returns {kind}")
    return out


def both(mypy_paths: list[str], pyright_paths: list[str]) -> dict[str, Report]:
    """Both checkers at once (each is single-threaded)."""
    with ThreadPoolExecutor(max_workers=2) as pool:
        mypy = pool.submit(run_mypy, mypy_paths)
        pyright = pool.submit(run_pyright, pyright_paths)
        return {"mypy": mypy.result(), "pyright": pyright.result()}


def check(scratch: Path) -> list[str]:
    mypy_paths, pyright_paths, calls = targets(scratch, pending=False)
    print(
        f"typecheck: mypy over {len(mypy_paths)} paths, pyright over {len(pyright_paths)};"
        f" {sum(map(len, calls.values()))} generated calls",
        flush=True,
    )
    failures: list[str] = []
    for checker, report in both(mypy_paths, pyright_paths).items():
        failures += [f"{checker}: {e}" for e in report.errors]
        for name, each in calls.items():
            failures += [f"{checker}: {e}" for e in any_results(each, report.revealed, name)]
    return failures


def pending(scratch: Path) -> dict[str, list[str]]:
    """What each PENDING entry reports today, by entry (an empty list: it passes now)."""
    if not PENDING:  # nothing to run the checkers over
        return {}
    mypy_paths, pyright_paths, calls = targets(scratch, pending=True)
    found: dict[str, list[str]] = {entry: [] for entry in PENDING}
    for checker, report in both(mypy_paths, pyright_paths).items():
        for error in report.errors:
            for entry in PENDING:
                if Path(entry).name in error:
                    found[entry].append(f"{checker}: {error}")
                    break
            else:
                found.setdefault("(elsewhere)", []).append(f"{checker}: {error}")
        for name, each in calls.items():
            found[name] += [f"{checker}: {problem}" for problem in any_results(each, report.revealed, name)]
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pending", action="store_true", help="report what each PENDING case gives today")
    args = parser.parse_args(argv)
    missing = find_pyright()
    if missing:
        print(f"typecheck: {missing}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="novu-typecheck-") as tmp:
        if args.pending:
            for entry, errors in pending(Path(tmp)).items():
                print(f"{entry}: {'still fails' if errors else 'PASSES NOW: delete it from PENDING'}")
                for error in errors:
                    print(f"    {error}")
            return 0
        failures = check(Path(tmp))
    for failure in failures:
        print(failure)
    print(f"typecheck: {len(failures)} problem(s)" if failures else "typecheck: mypy and pyright clean")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
