# consentscan: start here. `make demo` scans the bundled demo site; `make test` runs every test.
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: setup demo test unit integration bench lint clean

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test,bench]'
	touch $(STAMP)

# The venv, a Chromium for Playwright, and the pinned data fetched from npm (autoconsent, cookie database).
setup: $(STAMP)
	$(PY) -m pipeline.setup.install
	$(PY) -m pipeline.setup.assets

# Serve the demo shop on loopback and scan it through every stage, in-process.
demo: setup
	$(VENV)/bin/consentscan demo --scan --out consentscan-data

test: setup
	$(VENV)/bin/ruff check pipeline stages tests
	$(PY) -m pytest -v -p no:cacheprovider

unit: setup
	$(PY) -m pytest -v -m "not integration"

integration: setup
	$(PY) -m pytest -v -m integration

lint: setup
	$(VENV)/bin/ruff check pipeline stages tests

clean:
	rm -rf $(VENV) consentscan-data

# Speed and memory figures (printed, not asserted). BENCH_SCANS=10 for a quick run.
bench: setup
	$(PY) -m tests.bench.bench_analysis
	$(PY) -m tests.bench.bench_crawl
	$(PY) -m tests.bench.bench_crawl_capacity
	$(PY) -m tests.bench.bench_pipeline
	$(PY) -m tests.bench.bench_scheduler
	$(PY) -m tests.bench.bench_api
	$(PY) -m tests.bench.bench_banner_roles
	$(PY) -m tests.test_cmp_replicas
	$(PY) -m tests.test_cmp_replicas --heuristic-only
	$(PY) -m tests.bench.bench_dashboard
