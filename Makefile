# Two commands on a fresh machine with Python 3.11:  make site  and  make test
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
EVAL := ../shared/eval

.PHONY: site test lint serve eval check clean bench bench-curve install install-test system-tools lock

$(VENV)/.installed: requirements/build.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(PIP) install --quiet --require-hashes --no-deps -r requirements/build.txt
	touch $@

# Briefing itself, editable (the `briefing` command runs this folder's code, edits included), with
# the setuptools the hashed install put in .venv: no download, nothing unhashed.
$(VENV)/.installed-project: $(VENV)/.installed pyproject.toml
	$(PIP) install --quiet --no-index --no-deps --no-build-isolation --editable .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed-project requirements/test.txt
	$(PIP) install --quiet --require-hashes --no-deps -r requirements/test.txt
	touch $@

# The HTML validator (vnu-jar, run with Java) and axe-core, locked with integrity hashes.
node_modules/.installed: package.json package-lock.json | system-tools
	npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	touch $@

# What the tests run besides Python: Chromium (browser tests), Java (the HTML validator), npm
# (installs the validator). Installed with apt-get when missing; without root, one line says how.
SYSTEM_TOOLS := chromium:chromium java:default-jre-headless npm:nodejs npm:npm
system-tools:
	@missing=""; for pair in $(SYSTEM_TOOLS); do \
	  command -v $${pair%%:*} >/dev/null 2>&1 || missing="$$missing $${pair#*:}"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then \
	    echo "make test needs$$missing: run 'sudo apt-get install -y$$missing' (Debian), then make test again" >&2; \
	    exit 1; fi; \
	  echo "Installing$$missing with apt-get"; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  apt-get update -qq && apt-get install -y -qq$$missing >/dev/null; fi

install: $(VENV)/.installed-project
install-test: $(VENV)/.installed-test

site: install
	$(PY) build.py build $(BUILD_ARGS)

serve: install
	$(PY) build.py serve

check: install node_modules/.installed
	$(PY) build.py check $(BUILD_ARGS)

# Lint and types first (seconds), then every test.
lint: install-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

test: system-tools install-test node_modules/.installed lint
	$(PY) -m pytest -q

# Scores on dev: each rule (entities, quotes, tense) switched off (fires, articles, every measure), the two halves
# of dev, and last the overall line of score.py. Parses once; a few minutes on 2 cores.
eval: install
	$(PY) bench/eval.py --dev $(EVAL)/dev $(EVAL_ARGS)
	@echo 'Invented articles, held out (bench/invented/README.md):'
	$(PY) bench/eval.py --dev bench/invented/articles --score $(EVAL)/score.py --no-ablation

# Benchmark (not a test): Briefing against Pelican and the floors; writes bench/RESULTS.md.
bench/.venv/.installed: bench/requirements.txt
	test -x bench/.venv/bin/python || $(PYTHON) -m venv bench/.venv || python3 -m venv bench/.venv
	bench/.venv/bin/pip install --quiet --require-hashes --no-deps -r bench/requirements.txt
	touch $@

bench: install bench/.venv/.installed
	$(PY) bench/run.py $(BENCH_ARGS)

# The cost curve at 1,000, 10,000 and 100,000 briefs: writes bench/RESULTS-curve.md (hours cold;
# each size's cold build is kept in bench/out-curve/ and measured once).
bench-curve: install bench/.venv/.installed
	$(PY) bench/curve.py $(CURVE_ARGS)

bench-reload: install-test
	$(PY) bench/reload.py $(BENCH_ARGS)

clean:
	$(PY) build.py clean
	rm -rf site

# Re-lock after editing requirements/*.in (needs uv: pip install uv).
lock:
	uv pip compile --quiet --python-version 3.11 --generate-hashes requirements/build.in -o requirements/build.txt
	uv pip compile --quiet --python-version 3.11 --generate-hashes requirements/test.in -o requirements/test.txt
