# One entry point per job. Every target installs what it needs when it is missing.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
SPEC   ?=

.PHONY: install generate golden check lint typecheck drift test test-fast test-quick browser bench demo docs release-check update-spec diff clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)

# Without npm the mock-server tests skip with that reason (and `make demo` says so), and
# `make typecheck` fails (pyright comes from npm); CI has npm.
node_modules/.installed: package.json package-lock.json
	@if command -v npm >/dev/null; then \
		npm ci --no-audit --no-fund --loglevel=error && touch $@; \
	else \
		echo "warning: npm not found: the mock-server (Prism) tests will be skipped; install Node.js to run them"; \
	fi

generate: $(STAMP)
	$(PY) -m generator generate $(if $(SPEC),--spec $(SPEC))

# Rewrite tests/golden/expected/ (the golden document's rendered output) after an intended
# template or generator change; review it with `git diff tests/golden/expected`, commit it.
golden: $(STAMP)
	$(PY) -m tests.golden

lint: $(STAMP)
	$(PY) -m ruff check generator novu_api tests examples benchmarks
	$(PY) -m ruff format --check generator novu_api tests examples benchmarks

# mypy --strict and pyright (from npm, pinned in package.json) over the package, tests/typing/,
# examples/, the README's python blocks and a program calling every facade method; without npm
# it fails saying so (tests/tools/typecheck.py).
typecheck: $(STAMP) node_modules/.installed
	$(PY) -m tests.tools.typecheck

drift: $(STAMP)
	$(PY) -m generator check

check: lint typecheck drift

# Chromium (Debian's package) for the documentation site's browser test: installed with apt-get
# when run as root (CI); elsewhere that test skips and says why.
browser:
	@if command -v chromium >/dev/null || command -v chromium-browser >/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "installing Chromium with apt-get, for the documentation site test"; \
		export DEBIAN_FRONTEND=noninteractive; \
		{ apt-get install -y -qq --no-install-recommends chromium >/dev/null 2>&1 || \
		  { apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends chromium >/dev/null; }; } || \
		echo "warning: apt-get could not install chromium: the browser test will be skipped"; \
	else \
		echo "warning: Chromium not found (Debian: apt-get install chromium, as root): the browser test will be skipped"; \
	fi

test: $(STAMP) $(VENV)/.docs-installed node_modules/.installed browser check
	$(PY) -m pytest

test-fast: $(STAMP)
	$(PY) -m pytest -m "not prism and not browser"

# The contributor's loop, under a minute: no mock server (tests/conformance/ is all Prism, and
# skipping its collection saves importing every operation), nothing marked slow, WORKERS processes
# (pytest-xdist; WORKERS=0 runs in this process).
WORKERS ?= 2
test-quick: $(STAMP)
	$(PY) -m pytest -m "not prism and not slow" --ignore=tests/conformance -n $(WORKERS) --dist loadfile

# matplotlib (the chart) is a bench-only extra; novu-py 3.15.0 goes into its own venv,
# benchmarks/.work/novu-py-venv, and the import figures run in benchmarks/.work/runtime-venv
# (novu-api's runtime dependencies only), both made by benchmarks/run.py when missing.
$(VENV)/.bench-installed: $(STAMP) pyproject.toml
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[bench]'
	@touch $@

bench: $(VENV)/.bench-installed
	$(PY) benchmarks/run.py $(BENCH_ARGS)

# Only what the quickstart needs: the package (no dev tools) and the mock server.
$(VENV)/.demo-installed: pyproject.toml
	@echo "[1/4] installing the package into .venv (httpx, attrs, python-dateutil; no dev tools)"
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@test -f $(STAMP) || $(PY) -m pip install --quiet --disable-pip-version-check -e . 2>&1 | grep -v "^WARNING: Location" || true
	@$(PY) -c "import novu_api" && touch $@

demo: $(VENV)/.demo-installed
	@echo "[2/4] installing the mock server (Prism, from npm, pinned in package-lock.json)"
	@$(MAKE) --no-print-directory -s node_modules/.installed
	@$(PY) -m tests.prism demo examples/quickstart.py 3 4

# The documentation site (mkdocs-material, search included) from the pages under docs/, into
# site/; strict: a broken internal link or anchor fails the build.
$(VENV)/.docs-installed: $(STAMP) pyproject.toml
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[docs]'
	@touch $@

docs: $(VENV)/.docs-installed
	NO_MKDOCS_2_WARNING=1 $(PY) -m mkdocs build --quiet --strict --clean

# Build the sdist and wheel, `twine check` them, then tests/tools/release_check.py: contents and
# metadata, and the wheel installed into a clean venv per Python version found, imported and
# running examples/quickstart.py against the local mock.
$(VENV)/.release-installed: $(STAMP) pyproject.toml
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[release]'
	@touch $@

release-check: $(VENV)/.release-installed node_modules/.installed
	rm -rf dist build
	$(PY) -m build --outdir dist . > .release-build.log 2>&1 || { cat .release-build.log; exit 1; }
	@rm -f .release-build.log
	$(PY) -m twine check --strict dist/*
	$(PY) -m tests.tools.release_check dist

update-spec: $(STAMP)
	@test -n "$(SPEC)" || { echo "usage: make update-spec SPEC=<path or URL> [UPDATE_ARGS='--source-url URL --allow-downgrade ...']"; exit 2; }
	$(PY) -m generator update $(SPEC) $(UPDATE_ARGS)

diff: $(STAMP)
	$(PY) -m generator diff $(OLD) $(NEW)

clean:
	rm -rf $(VENV) node_modules .mypy_cache .ruff_cache .pytest_cache dist build site
