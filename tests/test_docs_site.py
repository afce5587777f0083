"""The documentation site (`make docs`), built from docs/ and opened in headless Chromium.

The site is built into a temporary folder with mkdocs (strict: a broken link or anchor in the
Markdown fails the build) and served on 127.0.0.1. Chromium (Debian's `chromium` package) loads
the home page, a resource page and a model page, and runs the site's search; the test reads the
DOM Chromium has rendered. Skipped, with the reason, where mkdocs or Chromium is missing;
`make test` installs both where it can (Chromium through apt-get when run as root).
"""

from __future__ import annotations

import functools
import html.parser
import http.server
import json
import os
import select
import shutil
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest

from novu_api.operations import OPERATIONS

ROOT = Path(__file__).resolve().parent.parent
pytestmark = [pytest.mark.browser, pytest.mark.slow]  # builds the whole site: half a minute

SEARCHED = "subscribers.search"


def chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    try:
        import material  # noqa: F401  (mkdocs-material)
        import mkdocs  # noqa: F401
    except ImportError:
        pytest.skip("mkdocs-material is not installed: `make docs` or `make test` installs it (.[docs])")
    out = tmp_path_factory.mktemp("site")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, f"mkdocs build --strict failed:\n{done.stdout}{done.stderr}"
    return out


@pytest.fixture(scope="module")
def served(site: Path) -> Iterator[str]:
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> str:
    found = chromium()
    if found is None:
        pytest.skip(
            "Chromium is not installed (Debian: `apt-get install chromium`; `make test` does it when "
            "it runs as root with apt-get)"
        )
    return found


class Chromium:
    """Headless Chromium driven over the DevTools protocol on a pipe (`--remote-debugging-pipe`:
    JSON messages separated by NUL on the child's fds 3 and 4), one page at a time."""

    def __init__(self, executable: str, profile: Path) -> None:
        to_child, self._to_child = os.pipe()
        self._from_child, from_child = os.pipe()

        def fds() -> None:  # in the child, before exec
            os.dup2(to_child, 3)
            os.dup2(from_child, 4)

        self.process = subprocess.Popen(
            [
                executable,
                "--headless",
                "--no-sandbox",  # root in a container has no user namespace for the sandbox
                "--disable-gpu",
                "--no-first-run",
                f"--user-data-dir={profile}",
                "--remote-debugging-pipe",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            pass_fds=(3, 4),
            preexec_fn=fds,
        )
        os.close(to_child)
        os.close(from_child)
        self._buffer = b""
        self._next = 0
        target = self.send("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.send("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]

    def send(self, method: str, session: str | None = None, **params: object) -> dict[str, object]:
        self._next += 1
        message: dict[str, object] = {"id": self._next, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        os.write(self._to_child, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            while b"\0" in self._buffer:
                raw, self._buffer = self._buffer.split(b"\0", 1)
                reply = json.loads(raw)
                if reply.get("id") == self._next:
                    if "error" in reply:
                        raise AssertionError(f"{method}: {reply['error']}")
                    return dict(reply.get("result") or {})
            ready, _, _ = select.select([self._from_child], [], [], 1.0)
            if ready:
                chunk = os.read(self._from_child, 1 << 20)
                if not chunk:
                    raise AssertionError("Chromium closed the DevTools pipe")
                self._buffer += chunk
        raise AssertionError(f"no answer from Chromium to {method} in 60 s")

    def evaluate(self, expression: str) -> object:
        result = self.send(
            "Runtime.evaluate", self.session, expression=expression, returnByValue=True, awaitPromise=True
        )
        return dict(result.get("result") or {}).get("value")  # type: ignore[call-overload]

    def wait_for(self, expression: str, seconds: float = 60) -> object:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            value = self.evaluate(expression)
            if value:
                return value
            time.sleep(0.2)
        raise AssertionError(f"still false after {seconds:.0f} s: {expression}")

    def open(self, url: str) -> str:
        """Load `url` and return the DOM once the page and its scripts have loaded."""
        self.send("Page.navigate", self.session, url=url)
        self.wait_for(f"location.href === {json.dumps(url)} && document.readyState === 'complete'")
        return str(self.evaluate("document.documentElement.outerHTML"))

    def close(self) -> None:
        try:
            self.send("Browser.close")
        except AssertionError:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._to_child)
        os.close(self._from_child)


class Page(html.parser.HTMLParser):
    """Links, ids, headings and search results of a rendered page."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.headings: list[str] = []
        self.heading_ids: dict[str, str] = {}  # heading text -> its id
        self.results: list[str] = []
        self._heading_id = ""
        self._heading = 0
        self._result = False
        self._text: list[str] = []
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if attributes.get("id"):
            self.ids.add(str(attributes["id"]))
        if tag == "a" and attributes.get("href"):
            href = str(attributes["href"])
            self.links.append(href)
            if self._result:
                self.results.append(href)
        if tag == "li" and "md-search-result__item" in (attributes.get("class") or ""):
            self._result = True
        if tag in ("h1", "h2"):
            self._heading += 1
            self._text = []
            self._heading_id = str(attributes.get("id") or "")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("h1", "h2") and self._heading:
            self._heading -= 1
            text = " ".join("".join(self._text).split()).rstrip("¶").strip()
            self.headings.append(text)
            self.heading_ids.setdefault(text, self._heading_id)
        if tag == "li":
            self._result = False

    def handle_data(self, data: str) -> None:
        if self._heading:
            self._text.append(data)


@pytest.fixture(scope="module")
def pages(browser: str, served: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Page]]:
    search = next(e for e in OPERATIONS if e.facade == SEARCHED)
    resource = search.module.split(".")[2]  # novu_api.api.<resource>.<method>
    chrome = Chromium(browser, tmp_path_factory.mktemp("chromium"))
    try:
        rendered = {
            "home": Page(chrome.open(served)),
            "resource": Page(chrome.open(served + f"resources/{resource}/")),
            "model": Page(chrome.open(served + "models/SubscriberResponseDto/")),
        }
        # The search box, as a reader uses it: type, then wait for the worker's results.
        chrome.open(served)
        chrome.evaluate(
            "(() => { const q = document.querySelector('input[data-md-component=search-query]');"
            f" q.focus(); q.value = {json.dumps(SEARCHED)};"
            " q.dispatchEvent(new Event('input', {bubbles: true}));"
            " q.dispatchEvent(new KeyboardEvent('keyup', {bubbles: true})); return true; })()"
        )
        chrome.wait_for("document.querySelectorAll('.md-search-result__item').length > 0")
        rendered["search"] = Page(str(chrome.evaluate("document.documentElement.outerHTML")))
        yield rendered
    finally:
        chrome.close()


def test_home_page_renders(pages: dict[str, Page]) -> None:
    home = pages["home"]
    assert any(h.startswith("novu-api reference") for h in home.headings), home.headings
    assert "Resources" in [h.rstrip("¶").strip() for h in home.headings]
    hrefs = " ".join(home.links)
    for guide in ("guides/quickstart/", "migrating-from-novu-py/", "migrating-from-novu-ts/"):
        assert guide in hrefs, guide


def test_a_resource_page_renders_every_operation_of_the_resource(pages: dict[str, Page]) -> None:
    page = pages["resource"]
    prefix = SEARCHED.split(".")[0]
    expected = {e.facade for e in OPERATIONS if e.facade.split(".")[0] == prefix}
    shown = {h.split("(")[0].removeprefix("novu.") for h in page.headings if h.startswith("novu.")}
    assert expected <= shown, expected - shown
    assert "op-" + SEARCHED.replace(".", "-").replace("_", "-") in page.ids


def test_a_model_page_renders(pages: dict[str, Page]) -> None:
    page = pages["model"]
    assert any("SubscriberResponseDto" in h for h in page.headings), page.headings


def test_search_finds_the_operation(pages: dict[str, Page]) -> None:
    """Typing `subscribers.search` leads first to that operation's section of its resource page."""
    results = pages["search"].results
    assert results, "the search returned no results"
    sections = [urllib.parse.urlparse(href) for href in results if "#" in href]
    assert sections, results
    first = sections[0]
    resource = next(e for e in OPERATIONS if e.facade == SEARCHED).module.split(".")[2]
    assert first.path == f"/resources/{resource}/", "\n".join(results)
    assert first.fragment == pages["resource"].heading_ids[f"novu.{SEARCHED}(...)"], "\n".join(results)


def test_internal_links_resolve(pages: dict[str, Page], site: Path, served: str) -> None:
    """Every internal link of the rendered pages, and of every page of the built site, leads to a
    page that exists, and its #anchor to an element of that page."""
    ids: dict[Path, set[str]] = {}

    def ids_of(file: Path) -> set[str]:
        if file not in ids:
            ids[file] = Page(file.read_text(encoding="utf-8")).ids
        return ids[file]

    problems = []
    sources = {
        site / "index.html": pages["home"],
        site / "models/SubscriberResponseDto/index.html": pages["model"],
    }
    for file in sorted(site.rglob("*.html")):
        if file.name == "404.html":  # links there are absolute to the server root, by design
            continue
        page = sources.get(file) or Page(file.read_text(encoding="utf-8"))
        for href in page.links:
            parsed = urllib.parse.urlparse(href)
            if parsed.scheme or parsed.netloc or href.startswith(("mailto:", "javascript:")):
                continue
            target = (file.parent / urllib.parse.unquote(parsed.path)).resolve() if parsed.path else file
            if target.is_dir():
                target = target / "index.html"
            if not target.is_file():
                problems.append(f"{file.relative_to(site)}: {href} (no such page)")
            elif parsed.fragment and target.suffix == ".html" and parsed.fragment not in ids_of(target):
                problems.append(f"{file.relative_to(site)}: {href} (no such anchor)")
    assert not problems, f"{len(problems)} broken links:\n" + "\n".join(problems[:30])
