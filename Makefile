# afgresearch: `make report` runs the pipeline on seeds/, `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PY := $(BIN)/python
CORPUS ?= seeds
OUT ?= outputs
QUICK ?=

.PHONY: setup lock report test test-unit test-notebooks test-latest lint lab notebooks bench browser clean

LOCK := requirements.lock
LAB_LOCK := requirements-lab.lock
# `make lock` resolves with uv (installed into .venv-tools/, pinned); setup needs only pip.
UV_VERSION := 0.13.9
TOOLS := .venv-tools
UV := $(TOOLS)/bin/uv
LOCK_FLAGS := --universal --python-version 3.11 --generate-hashes --no-header --quiet

setup: $(STAMP)

# Exact, hashed versions from the committed lock; the package itself without dependencies.
$(STAMP): pyproject.toml $(LOCK)
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --require-hashes --no-deps -r $(LOCK)
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	$(PY) tests/lock_check.py $(LOCK)
	touch $(STAMP)

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet uv==$(UV_VERSION)

# Regenerate the locks from pyproject.toml's ranges (newest versions that satisfy them).
lock: $(UV)
	$(UV) pip compile pyproject.toml --extra test --extra spark $(LOCK_FLAGS) -o $(LOCK)
	$(UV) pip compile pyproject.toml --extra test --extra spark --extra lab -c $(LOCK) $(LOCK_FLAGS) -o $(LAB_LOCK)

# The tests against the newest releases pyproject.toml allows, in a separate environment.
test-latest:
	rm -rf .venv-latest
	$(PYTHON) -m venv .venv-latest
	.venv-latest/bin/pip install --quiet --upgrade pip
	.venv-latest/bin/pip install --quiet -e '.[test,spark]'
	AFGRESEARCH_UNLOCKED=1 .venv-latest/bin/pytest -q -p no:cacheprovider --doctest-modules afgresearch tests
	AFGRESEARCH_UNLOCKED=1 .venv-latest/bin/pytest -q --nbval notebooks --nbval-current-env --nbval-sanitize-with notebooks/sanitize.cfg -p no:cacheprovider

report: $(STAMP)
	$(BIN)/afgresearch report --corpus $(CORPUS) --out $(OUT)

test: test-unit test-notebooks

# Property tests draw random examples; under CI (CI set) a fixed seed makes a run reproducible.
test-unit: $(STAMP)
	$(BIN)/ruff check afgresearch tests benchmarks
	$(BIN)/pytest -q --doctest-modules afgresearch tests $(if $(CI),--hypothesis-seed=0,)

# nbval re-runs each notebook (kernel cwd notebooks/, defaults: seeds/ into outputs/interactive/)
# and compares every output with the committed one; `check` first refuses timing noise.
test-notebooks: $(STAMP)
	$(PY) -m afgresearch.notebooks check
	$(BIN)/pytest -q --nbval notebooks --nbval-current-env --nbval-sanitize-with notebooks/sanitize.cfg -p no:cacheprovider

lint: $(STAMP)
	$(BIN)/ruff check afgresearch tests benchmarks
	$(BIN)/ruff format --check afgresearch tests benchmarks

lab: $(STAMP)
	$(PY) -m pip install --quiet --require-hashes --no-deps -r $(LAB_LOCK)
	$(BIN)/jupyter lab --notebook-dir=notebooks

notebooks: $(STAMP)
	$(PY) -m afgresearch.notebooks refresh

bench: $(STAMP)
	$(PY) benchmarks/run.py $(if $(QUICK),--quick,) $(if $(THREADS),--threads $(THREADS),) $(if $(REPORT),--report-sizes $(REPORT),) $(if $(OVERHEAD),--overhead-size $(OVERHEAD),)

clean:
	rm -rf $(VENV) .venv-latest .venv-tools .pytest_cache .ruff_cache .hypothesis
