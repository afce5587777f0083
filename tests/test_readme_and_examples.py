"""The README's code blocks, the scripts in examples/ and the reference examples, run against
the Prism mock server of the pinned spec.

How each kind runs, and the one thing changed to point it at the mock:

- README ```python blocks run in order in one namespace, like a reader's session (a later
  block uses the `novu` made by an earlier one). They are run exactly as written, with
  `novu_api._client.SERVERS` (the URLs behind `server="us"` / `server="eu"`, "us" being the
  default) monkeypatched to the mock's URL, so `Novu(secret_key="...")` talks to the mock
  (NOVU_SERVER_URL is removed from the environment). Clients the blocks leave open (a block may rebind
  `novu`) are closed at the end, as leaving the process would.
- README ```sh blocks are not run (they install, regenerate, run the suite): each `make`
  target they name must exist in the Makefile, each `python -m generator` subcommand in the
  generator's command line. The error tree block must match `novu_api.errors`.
- examples/*.py run as scripts, as `make demo` runs the quickstart (`python -m tests.prism run
  SCRIPT`): NOVU_SERVER_URL is set to the mock's URL, and the scripts read it themselves.
- The example of every operation in docs/resources/ runs after that page's setup block, with
  the same SERVERS patch and `print` silenced; the operations Prism or the spec itself cannot
  serve (tests/conformance/known_defects.py) must fail the way recorded there.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from novu_api.operations import OPERATIONS
from tests.conformance.known_defects import KNOWN_DEFECTS
from tests.prism import PrismServer, find_prism, spec_path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
EXAMPLES = sorted((ROOT / "examples").glob("*.py"))
RESOURCES = ROOT / "docs" / "resources"
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.S | re.M)


def blocks(path: Path) -> list[tuple[str, str, int]]:
    """(language, code, line number) of every fenced block."""
    text = path.read_text(encoding="utf-8")
    return [(m.group(1), m.group(2), text.count("\n", 0, m.start()) + 2) for m in FENCE.finditer(text)]


def _missing() -> str | None:
    if shutil.which("node") is None:
        return "Node.js is not installed (no `node` on PATH): the mock-server tests need it and `npm ci`"
    if find_prism() is None:
        return "Prism is not installed: run `npm ci` in the repository root (`make test` does it)"
    if not spec_path().is_file():
        return f"the pinned OpenAPI document is missing: {spec_path()}"
    return None


@pytest.fixture(scope="module")
def prism() -> Iterator[PrismServer]:
    reason = _missing()
    if reason:
        pytest.skip(reason)
    with PrismServer() as server:
        yield server


@pytest.fixture
def mock_servers(prism: PrismServer, monkeypatch: pytest.MonkeyPatch) -> str:
    """`server="us"` (the default) and `server="eu"` lead to the mock."""
    import novu_api._client

    for name in novu_api._client.SERVERS:
        monkeypatch.setitem(novu_api._client.SERVERS, name, prism.url)
    monkeypatch.delenv("NOVU_LOG", raising=False)
    monkeypatch.delenv("NOVU_SERVER_URL", raising=False)
    return prism.url


def _close_clients(namespace: dict[str, Any], created: list[Any]) -> None:
    import httpx

    for value in [*created, *namespace.values()]:
        if isinstance(value, httpx.Client) or value in created:
            value.close()


# -- README ------------------------------------------------------------------------------------


@pytest.mark.prism
def test_readme_python_blocks_run(
    mock_servers: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from novu_api import Novu

    created: list[Any] = []
    init = Novu.__init__

    def remember(self: Any, **options: Any) -> None:
        init(self, **options)
        created.append(self)

    monkeypatch.setattr(Novu, "__init__", remember)
    python = [(code, line) for lang, code, line in blocks(README) if lang == "python"]
    assert len(python) >= 10
    namespace: dict[str, Any] = {"__name__": "readme"}
    try:
        for code, line in python:
            try:
                exec(compile(code, f"README.md:{line}", "exec"), namespace)
            except Exception as exc:
                raise AssertionError(f"README block at line {line} failed: {exc!r}\n{code}") from exc
    finally:
        _close_clients(namespace, created)
    out = capsys.readouterr().out
    assert "200" in out  # the hooks block prints each response's status
    assert "retry" not in out  # the mock answers at once: nothing was retried


def test_readme_first_call_fits_in_ten_lines() -> None:
    text = README.read_text(encoding="utf-8")
    first = text[text.index("## A first call") :]
    code = next(code for lang, code, _ in blocks_in(first) if lang == "python")
    lines = [line for line in code.splitlines() if line.strip()]
    assert len(lines) <= 10, lines


def blocks_in(text: str) -> list[tuple[str, str, int]]:
    return [(m.group(1), m.group(2), 0) for m in FENCE.finditer(text)]


def test_readme_sections() -> None:
    headings = [
        line[3:] for line in README.read_text(encoding="utf-8").splitlines() if line.startswith("## ")
    ]
    assert headings[:2] == ["Install", "A first call"]  # what a reader on PyPI needs first
    for expected in (
        "Install",
        "A first call",
        "Documentation",
        "Versions",
        "Authentication and servers",
        "Resources and standalone functions",
        "Async",
        "Pagination",
        "Errors",
        "Retries and idempotency",
        "Limits and deadlines",
        "Redirects",
        "Hooks and logging",
        "Raw responses",
        "Custom httpx client and per-call options",
        "Working on the SDK",
        "Releasing",
        "Regeneration",
    ):
        assert expected in headings, expected
    assert headings[-1] == "Updating to a new Novu API release"


def test_readme_opens_with_pip_install_and_links_work_as_a_long_description() -> None:
    """The README is the package's page on PyPI: the install line first, every link absolute."""
    text = README.read_text(encoding="utf-8")
    first_block = blocks(README)[0]
    assert first_block[:2] == ("sh", "pip install novu-api\n")
    links = re.findall(r"\]\(([^)\s]+)\)", text)
    assert links
    assert [link for link in links if not link.startswith("https://")] == []
    # Links into the project point at its repository as pyproject.toml declares it, to files
    # that exist in this checkout.
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    repository = re.search(r'^Repository = "(https://[^"]+)"$', pyproject, re.M)
    assert repository, "no Repository URL in pyproject.toml"
    tree = repository.group(1) + "/blob/main/"
    for link in links:
        if link.startswith(tree):
            assert (ROOT / link[len(tree) :].split("#")[0]).exists(), link


def test_readme_shell_blocks_name_real_commands() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    targets = set(re.findall(r"^([\w-]+):", makefile, re.M))
    from generator.__main__ import main as generator_main

    shell = [code for lang, code, _ in blocks(README) if lang == "sh"]
    assert shell
    for code in shell:
        for line in code.splitlines():
            command = line.split("#")[0].split()
            if not command:
                continue
            if command[0] == "make":
                assert command[1] in targets, f"no make target {command[1]!r}: {line}"
            elif command[:3] == ["pip", "install", "novu-api"]:
                continue  # the install line for users
            elif command[:3] == ["python", "-m", "generator"]:
                with pytest.raises(SystemExit) as done:
                    generator_main([command[3], "--help"])
                assert done.value.code == 0, line
            else:
                raise AssertionError(f"unchecked shell command in README: {line}")


def test_readme_error_tree_matches_the_errors_module() -> None:
    """The tree under "## Errors": each class exists, sits under its base class, and a class
    shown with a status is the one raised for it."""
    from novu_api import errors

    tree = next(code for lang, code, _ in blocks(README) if lang == "" and "NovuError" in code)
    named: set[str] = set()
    parents: list[tuple[int, str]] = []  # (column, class) of the enclosing entries
    for line in tree.splitlines():
        found = list(re.finditer(r"\b([A-Z]\w*Error)\b", line))
        if not found:
            continue
        column = found[0].start()
        while parents and parents[-1][0] >= column:
            parents.pop()
        siblings = []
        for match in found:
            name = match.group(1)
            cls = getattr(errors, name, None)
            assert isinstance(cls, type) and issubclass(cls, errors.NovuError), name
            named.add(name)
            before = line[: match.start()].rstrip()
            if before.endswith("("):  # "(IdempotencyKeyReuseError)": a subclass of the one before
                assert issubclass(cls, getattr(errors, siblings[-1])), (name, siblings[-1])
            else:
                if parents:
                    assert cls.__mro__[1].__name__ == parents[-1][1], (name, parents[-1][1])
                siblings.append(name)
            status = re.match(r"\s+(\d{3}|5xx)\b", line[match.end() :])
            if status:
                code = 500 if status.group(1) == "5xx" else int(status.group(1))
                assert errors.error_class(code) is cls, (name, code)
        parents.append((column, siblings[0]))
    assert named == set(errors.__all__), set(errors.__all__) ^ named


# -- examples/ ---------------------------------------------------------------------------------


EXPECTED_OUTPUT = {
    "quickstart.py": ["created subscriber", "triggered workflow", "typed error as expected: NotFoundError"],
    "bulk_trigger.py": ["sent 3 events in one request"],
    "paginate.py": ["subscribers (cursor pages):", "first page:", "workflows:"],
    "error_handling.py": [
        "NotFoundError: status=404",
        "UnprocessableEntityError:",
        "APIConnectionError:",
        "NovuConfigError: no secret key",
    ],
    "async_client.py": ["triggered for ada-lovelace", "retrieved "],
}


def test_every_example_is_covered() -> None:
    assert {p.name for p in EXAMPLES} == set(EXPECTED_OUTPUT)


@pytest.mark.prism
@pytest.mark.parametrize("script", EXAMPLES, ids=lambda p: p.name)
def test_example_runs(prism: PrismServer, script: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NOVU_")}
    env["NOVU_SERVER_URL"] = prism.url
    done = subprocess.run(
        [sys.executable, "-W", "error", str(script)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    # The mock answers with the document's own examples, which some of its schemas do not fit:
    # those deviations are logged once each (novu_api's WARNING); nothing else may be printed.
    other = [
        line for line in done.stderr.splitlines() if " the response deviates from the spec at " not in line
    ]
    assert not "\n".join(other).strip(), done.stderr
    for expected in EXPECTED_OUTPUT[script.name]:
        assert expected in done.stdout, (expected, done.stdout)


# -- reference examples ---------------------------------------------------------------------------


def reference_examples() -> list[tuple[str, str, str, int]]:
    """(operation id, setup code, example code, line) for every operation in docs/resources/."""
    by_anchor = {"op-" + e.facade.replace(".", "-").replace("_", "-"): e for e in OPERATIONS}
    found = []
    for page in sorted(RESOURCES.glob("*.md")):
        text = page.read_text(encoding="utf-8")
        setup = blocks(page)[0][1]
        for match in re.finditer(r'<a id="(op-[\w-]+)"></a>', text):
            start = match.end()
            fence = FENCE.search(text, start)
            assert fence is not None, match.group(1)
            line = text.count("\n", 0, fence.start()) + 2
            found.append((by_anchor[match.group(1)].operation_id, setup, fence.group(2), line))
    return found


@pytest.mark.prism
def test_reference_examples_run(mock_servers: str) -> None:
    from novu_api import UnprocessableEntityError

    examples = reference_examples()
    assert {op for op, *_ in examples} == {e.operation_id for e in OPERATIONS}
    failures = []
    setups: dict[str, dict[str, Any]] = {}
    try:
        for operation_id, setup, code, line in examples:
            if setup not in setups:
                namespace: dict[str, Any] = {}
                exec(compile(setup, "setup", "exec"), namespace)
                namespace["owner"] = namespace["novu"]  # owns the pool the copy below shares
                namespace["novu"] = namespace["novu"].with_options(max_retries=0)
                setups[setup] = namespace
            namespace = dict(setups[setup], print=lambda *args, **kwargs: None)
            tree = ast.parse(code)
            try:
                exec(compile(tree, f"{operation_id} (line {line})", "exec"), namespace)
            except UnprocessableEntityError as exc:
                defect = KNOWN_DEFECTS.get(operation_id)
                if defect is None:
                    failures.append(f"{operation_id} (line {line}): {exc}")
            except Exception as exc:
                failures.append(f"{operation_id} (line {line}): {exc!r}")
            else:
                if operation_id in KNOWN_DEFECTS:
                    failures.append(f"{operation_id}: now passes; remove it from known_defects")
    finally:
        for namespace in setups.values():
            namespace["owner"].close()
    assert not failures, "\n".join(failures)


# -- guides (docs/guides/) --------------------------------------------------------------------

GUIDES = ROOT / "docs" / "guides"
# The order a reader follows; later guides use the `novu` client the quickstart made.
GUIDE_ORDER = [
    "quickstart",
    "pagination",
    "errors-and-retries",
    "which-call",
    "migration",
]


def test_every_guide_is_in_the_order_and_the_site_nav() -> None:
    assert sorted(p.stem for p in GUIDES.glob("*.md")) == sorted(GUIDE_ORDER)
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    for name in GUIDE_ORDER:
        assert f"guides/{name}.md" in nav, name


@pytest.mark.prism
def test_guide_python_blocks_run(mock_servers: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """```python blocks run in order, as one session, against the mock; ```py blocks (an `await`
    outside a function, a fragment) must at least compile."""
    import asyncio

    from novu_api import Novu

    created: list[Any] = []
    init = Novu.__init__

    def remember(self: Any, **options: Any) -> None:
        init(self, **options)
        created.append(self)

    monkeypatch.setattr(Novu, "__init__", remember)
    namespace: dict[str, Any] = {"__name__": "guides", "print": lambda *args, **kwargs: None}
    ran = 0
    try:
        for name in GUIDE_ORDER:
            page = GUIDES / f"{name}.md"
            for lang, code, line in blocks(page):
                where = f"{page.relative_to(ROOT)}:{line}"
                if lang == "py":
                    compile(code, where, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
                elif lang == "python":
                    try:
                        exec(compile(code, where, "exec"), namespace)
                    except Exception as exc:
                        raise AssertionError(f"{where} failed: {exc!r}\n{code}") from exc
                    ran += 1
    finally:
        _close_clients(namespace, created)
        asyncio.set_event_loop(None)
    assert ran >= 8


def test_calls_named_in_hand_written_docs_exist() -> None:
    """`novu.x.y(...)` in the README and the hand-written pages is a call of the registry, so a
    rename in a new Novu release cannot leave these pages naming a call that is gone."""
    from novu_api import Novu

    facades = {e.facade for e in OPERATIONS}
    resources = {f.rsplit(".", 1)[0] for f in facades if "." in f}
    client = Novu(secret_key="sk_docs")

    def helper(name: str) -> bool:
        """A generated facade helper beside the registry's operations (the bulk `*_many`)."""
        target: Any = client
        for part in name.split("."):
            target = getattr(target, part, None)
        return name.endswith("_many") and callable(target)

    # (the 1.x migration guide has its own check, which also knows the releases beside the pin:
    # tests/test_docs.py::test_migration_guide_calls_exist)
    pages = [README, *sorted(GUIDES.glob("*.md")), ROOT / "docs" / "sending-at-volume.md"]
    problems = []
    for page in pages:
        text = page.read_text(encoding="utf-8")
        for name in re.findall(r"\bnovu\.((?:[a-z_]+\.)*[a-z_]+)\(", text):
            if name not in facades and not name.startswith("with_") and not helper(name):
                problems.append(f"{page.name}: novu.{name}(...)")
        for name in re.findall(r"`novu\.((?:[a-z_]+\.)*[a-z_]+)`", text):
            if name not in facades and name not in resources and not name.startswith("with_"):
                problems.append(f"{page.name}: novu.{name}")
    assert not problems, "\n".join(problems)
