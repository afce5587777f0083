"""`make release-check`, after `python -m build` and `twine check`: is what we would upload right?

    python -m tests.tools.release_check dist/

1. the wheel: `py.typed`, the LICENSE, no tests / generator / templates, and its metadata
   (SPDX license expression, `Typing :: Typed`, a classifier per Python version, URLs,
   keywords, the README as a Markdown long description whose links are all absolute);
2. the sdist: builds the wheel from what it carries and carries no tests;
3. for each Python interpreter found (the classifiers' versions; a missing one is reported,
   not hidden): a clean venv, the wheel installed from it (on the oldest interpreter with the
   oldest dependency versions pyproject.toml allows), `import novu_api`, both versions
   printed, and examples/quickstart.py run from outside the checkout against a local Prism
   mock of the pinned document.

Exits non-zero on the first problem, saying what it was.
"""

from __future__ import annotations

import email.parser
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parents[2]
QUICKSTART = ROOT / "examples" / "quickstart.py"
FORBIDDEN = ("tests/", "generator/", "templates/", "benchmarks/", "openapi/", "examples/")
LINK = re.compile(r"\]\(([^)\s]+)\)")


class Failed(Exception):
    pass


def step(message: str) -> None:
    print(f"release-check: {message}", flush=True)


def versions() -> list[str]:
    """The Python versions the classifiers promise, e.g. ["3.10", "3.11"]."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    prefix = "Programming Language :: Python :: "
    return [c[len(prefix) :] for c in project["classifiers"] if re.fullmatch(r"3\.\d+", c[len(prefix) :])]


def minimum_dependencies() -> list[str]:
    """`httpx>=0.27,<1` -> `httpx==0.27`: the oldest allowed version of each runtime dependency."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = []
    for requirement in project["dependencies"]:
        found = re.fullmatch(r"([\w.-]+)\s*>=\s*([\w.]+)(,.*)?", requirement.strip())
        if not found:
            raise Failed(f"cannot read a minimum version from dependency {requirement!r}")
        pins.append(f"{found.group(1)}=={found.group(2)}")
    return pins


def interpreter(version: str) -> str | None:
    """A working `python<version>`: on PATH, or installed by pyenv (whose shims may not work)."""
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    candidates = [shutil.which(f"python{version}")]
    candidates += [str(p) for p in sorted(pyenv.glob(f"{version}.*/bin/python{version}"), reverse=True)]
    for candidate in candidates:
        if (
            candidate
            and subprocess.run([candidate, "-c", "import venv"], capture_output=True).returncode == 0
        ):
            return candidate
    return None


def check_wheel(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        metadata_name = next(n for n in names if n.endswith(".dist-info/METADATA"))
        metadata = email.parser.Parser().parsestr(archive.read(metadata_name).decode())
    if "novu_api/py.typed" not in names:
        raise Failed("the wheel has no novu_api/py.typed")
    if not any(n.endswith(".dist-info/licenses/LICENSE") for n in names):
        raise Failed("the wheel carries no LICENSE")
    stray = [n for n in names if n.startswith(FORBIDDEN) or "/tests/" in n or n.endswith(".jinja")]
    if stray:
        raise Failed(f"the wheel carries files that are not the package: {stray[:5]}")
    if metadata["License-Expression"] != "MIT":
        raise Failed(f"License-Expression is {metadata['License-Expression']!r}, expected 'MIT'")
    classifiers = metadata.get_all("Classifier") or []
    expected = {"Typing :: Typed", *(f"Programming Language :: Python :: {v}" for v in versions())}
    if not expected <= set(classifiers):
        raise Failed(f"classifiers missing: {sorted(expected - set(classifiers))}")
    if not metadata.get_all("Project-URL") or not metadata["Keywords"]:
        raise Failed("no project URLs or no keywords in the metadata")
    if metadata["Description-Content-Type"] != "text/markdown":
        raise Failed("the long description is not declared as Markdown")
    description = metadata.get_payload()
    if not description.lstrip().startswith("# novu-api") or "pip install novu-api" not in description:
        raise Failed("the long description does not open with the README's install line")
    relative = [t for t in LINK.findall(description) if not t.startswith(("https://", "http://", "#"))]
    if relative:
        raise Failed(f"relative links in the long description break on PyPI: {relative}")
    size = wheel.stat().st_size
    step(f"wheel ok: {wheel.name}, {len(names)} files, {size / 1e6:.2f} MB")
    for field in ("Name", "Version", "Summary", "License-Expression", "Requires-Python", "Keywords"):
        print(f"    {field}: {metadata[field]}")
    for field in ("Requires-Dist", "Classifier", "Project-URL"):
        for value in metadata.get_all(field) or []:
            print(f"    {field}: {value}")


def check_sdist(sdist: Path) -> None:
    with tarfile.open(sdist) as archive:
        names = [n.split("/", 1)[1] for n in archive.getnames() if "/" in n]
    # (novu_api/models/test_domain_route_dto.py is a model named after Novu's "test domain route")
    tests = [
        n
        for n in names
        if n.startswith("tests/")
        or n.endswith("conftest.py")
        or (not n.startswith("novu_api/") and re.search(r"(^|/)test_[^/]*\.py$", n))
    ]
    if tests:
        raise Failed(f"the sdist carries tests it cannot run: {tests[:5]}")
    for needed in ("pyproject.toml", "README.md", "LICENSE", "novu_api/__init__.py", "novu_api/py.typed"):
        if needed not in names:
            raise Failed(f"the sdist lacks {needed}")
    step(f"sdist ok: {sdist.name}, {len(names)} entries, no tests")


def run(command: list[str], **kwargs: object) -> str:
    done = subprocess.run(command, capture_output=True, text=True, **kwargs)  # type: ignore[call-overload]
    if done.returncode != 0:
        raise Failed(f"{' '.join(command)} failed ({done.returncode}):\n{done.stdout}{done.stderr}")
    return str(done.stdout)


def check_install(wheel: Path, python: str, version: str, pins: list[str], server_url: str) -> None:
    began = time.monotonic()
    with tempfile.TemporaryDirectory(prefix=f"novu-release-{version}-") as tmp:
        venv = Path(tmp) / "venv"
        run([python, "-m", "venv", str(venv)])
        py = str(venv / "bin" / "python")
        pip = [py, "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        run([*pip, str(wheel), *pins])
        shown = run(
            [py, "-c", "import novu_api; print(novu_api.__version__, novu_api.__api_version__)"], cwd=tmp
        ).split()
        env = {**os.environ, "NOVU_SERVER_URL": server_url, "NOVU_SECRET_KEY": "release-check"}
        env.pop("PYTHONPATH", None)
        output = run([py, str(QUICKSTART)], cwd=tmp, env=env)
        where = run([py, "-c", "import novu_api; print(novu_api.__file__)"], cwd=tmp).strip()
        if not where.startswith(str(venv)):
            raise Failed(f"Python {version} imported novu_api from {where}, not from the installed wheel")
        if "typed error as expected: NotFoundError" not in output:
            raise Failed(f"the quickstart did not finish on Python {version}:\n{output}")
    deps = f", dependencies {' '.join(pins)}" if pins else ""
    step(
        f"Python {version}: installed, imported (SDK {shown[0]}, Novu API {shown[1]}), "
        f"quickstart ran against the mock{deps} ({time.monotonic() - began:.0f} s)"
    )


def main(argv: list[str]) -> int:
    dist = Path(argv[0] if argv else "dist")
    try:
        (wheel,) = dist.glob("novu_api-*.whl")
        (sdist,) = dist.glob("novu_api-*.tar.gz")
        check_wheel(wheel)
        check_sdist(sdist)
        from tests.prism import PrismServer, find_prism, spec_path

        if find_prism() is None:
            raise Failed("Prism is not installed (npm ci): the quickstart needs the local mock")
        found = [(v, interpreter(v)) for v in versions()]
        missing = [v for v, path in found if path is None]
        pythons = [(v, p) for v, p in found if p is not None]
        if not pythons:
            raise Failed("no Python interpreter for any classifier version was found")
        with PrismServer(spec_path()) as server:
            for index, (version, python) in enumerate(pythons):
                pins = minimum_dependencies() if index == 0 else []
                check_install(wheel, python, version, pins, server.url)
        if missing:
            step(f"not checked, no interpreter found here: Python {', '.join(missing)}")
    except Failed as problem:
        print(f"release-check FAILED: {problem}", file=sys.stderr)
        return 1
    step("all good")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
