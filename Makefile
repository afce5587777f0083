# One entry point per job. Every target installs what it needs when it is missing.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
SPEC   ?=

.PHONY: install generate check lint typecheck drift test test-fast test-quick bench demo update-spec diff clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)

# Without npm the mock-server tests skip with that reason (and `make demo` says so); CI has npm.
node_modules/.installed: package.json package-lock.json
	@if command -v npm >/dev/null; then \
		npm ci --no-audit --no-fund --loglevel=error && touch $@; \
	else \
		echo "warning: npm not found: the mock-server (Prism) tests will be skipped; install Node.js to run them"; \
	fi

generate: $(STAMP)
	$(PY) -m generator generate $(if $(SPEC),--spec $(SPEC))

lint: $(STAMP)
	$(PY) -m ruff check generator novu_api tests examples benchmarks
	$(PY) -m ruff format --check generator novu_api tests examples benchmarks

typecheck: $(STAMP)
	$(PY) -m mypy

drift: $(STAMP)
	$(PY) -m generator check

check: lint typecheck drift

test: $(STAMP) node_modules/.installed check
	$(PY) -m pytest

test-fast: $(STAMP)
	$(PY) -m pytest -m "not prism"

# Under a minute: no mock server, nothing that runs the generator.
test-quick: $(STAMP)
	$(PY) -m pytest -m "not prism and not slow"

# matplotlib (the chart) is a bench-only extra; novu-py 3.15.0 goes into its own venv,
# benchmarks/.work/novu-py-venv, which benchmarks/run.py makes when missing.
$(VENV)/.bench-installed: $(STAMP) pyproject.toml
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[bench]'
	@touch $@

bench: $(VENV)/.bench-installed
	$(PY) benchmarks/run.py $(BENCH_ARGS)

demo: $(STAMP) node_modules/.installed
	$(PY) -m tests.prism run examples/quickstart.py

update-spec: $(STAMP)
	@test -n "$(SPEC)" || { echo "usage: make update-spec SPEC=<path or URL> [UPDATE_ARGS='--source-url URL --allow-downgrade ...']"; exit 2; }
	$(PY) -m generator update $(SPEC) $(UPDATE_ARGS)

diff: $(STAMP)
	$(PY) -m generator diff $(OLD) $(NEW)

clean:
	rm -rf $(VENV) node_modules .mypy_cache .ruff_cache .pytest_cache
